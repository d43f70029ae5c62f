"""Articles through the spaCy pipeline: one Doc per article (a run of paragraphs at a
time for long ones), each carrying the article's reference date for the date resolver and
the page's parts (headline, captions, body) for the extractor."""

from __future__ import annotations

from typing import Iterable, Iterator
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc

from ..read.articles import Article, relative_base

CHUNK_CHARS = 100_000  # long articles are parsed a run of paragraphs at a time
WARM_CHARS = 200_000  # characters of a run's first articles whose words the tokenizer keeps cached

_warmed: WeakKeyDictionary[Language, int] = WeakKeyDictionary()  # characters tokenised outside a zone so far


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, text) runs of whole paragraphs of at most ``size`` characters (a longer
    paragraph is its own run, cut hard at ``size``)."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            end = cut + 2 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def warm_tokenizer(articles: Iterable[Article], nlp: Language, budget: int = WARM_CHARS) -> None:
    """Tokenise the run's first articles once outside any memory zone. spaCy's tokenizer
    caches nothing inside a zone, so without this every word of every article goes through
    the prefix, suffix and infix regexes again (five times the tokenizer's cached cost); the
    words of the first ``budget`` characters stay cached, and the vocabulary grows by them
    only, however long the run. Tokenisation is the same either way."""
    done = _warmed.get(nlp, 0)
    for article in articles:
        if done >= budget:
            break
        if article.status == "ok":
            text = article.layout.parse_text[:budget - done]
            nlp.tokenizer(text)
            done += len(text)
    _warmed[nlp] = done


def annotate(articles: Iterable[Article], nlp: Language, batch_size: int = 16, batch_chars: int = CHUNK_CHARS,
             chunk_chars: int = CHUNK_CHARS) -> Iterator[tuple[Article, int, Doc, bool]]:
    """(article, offset, doc, last) for each run of paragraphs, in order, as soon as it is
    parsed: a long article comes as several docs with their character offsets, ``last`` on
    its final one. A batch holds at most ``batch_size`` docs and about ``batch_chars``
    characters, so a long article is never held in memory as parsed Docs all at once.
    Docs carry the article's reference date, which the date component reads."""
    articles = [a for a in articles if a.status == "ok"]
    # the parser reads the page stage's parse text: the same length as the article's text, with
    # page furniture blanked and a Title Case headline in sentence case
    pieces = [(n, off, part) for n, a in enumerate(articles) for off, part in chunks(a.layout.parse_text, chunk_chars)]

    def make(n: int, off: int, part: str) -> Doc:
        doc = nlp.make_doc(part)
        doc._.reference = relative_base(articles[n])  # a ResolvedDate: an inferred one is an interval
        doc._.parts = [(max(p.start, off) - off, min(p.end, off + len(part)) - off, p.kind, p.date)
                       for p in articles[n].layout.parts if p.end > off and p.start < off + len(part)]
        return doc

    batch: list[int] = []  # indexes into pieces
    size = 0
    for k, (_, _, part) in enumerate(pieces):
        batch.append(k)
        size += len(part)
        if len(batch) < batch_size and size < batch_chars and k + 1 < len(pieces):
            continue
        docs = nlp.pipe((make(*pieces[j]) for j in batch), batch_size=len(batch))
        for j, doc in zip(batch, docs):
            n, off, _ = pieces[j]
            yield articles[n], off, doc, j + 1 == len(pieces) or pieces[j + 1][0] != n
        batch, size = [], 0
