"""Organisation and outlet names from the gazetteers override the model.

``en_core_web_sm`` reads many newspapers and agencies as people ("Chosun Ilbo"
as PERSON); a phrase listed under ``models/lexicon`` is always an ORG.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicon import read_list
from .lookup import among, matches_in, merged, word_ids


@Language.factory("gazetteer_ruler", default_config={"outlets": "", "organisations": "", "outlet_heads": ""})
def make_gazetteer_ruler(nlp: Language, name: str, outlets: str, organisations: str,
                         outlet_heads: str) -> "GazetteerRuler":
    heads = {w.lower() for line in read_list(outlet_heads) for w in line.split()} if outlet_heads else set()
    return GazetteerRuler(nlp, read_list(outlets) if outlets else [],
                          read_list(organisations) if organisations else [], heads)


OUTLET = "outlet"  # kb_id of an ORG span that is a news outlet


class GazetteerRuler:
    def __init__(self, nlp: Language, outlets: list[str], organisations: list[str],
                 outlet_heads: set[str] | None = None) -> None:
        # acronyms match exactly ("UN" is not the "Un" of a name); names in any case
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, phrases in ((OUTLET, outlets), ("org", organisations)):
            self.exact.add(key, [nlp.make_doc(p) for p in phrases if p.isupper()])
            self.folded.add(key, [nlp.make_doc(p) for p in phrases if not p.isupper()])
        # "the Kestrel Evening Post": capitalised words ending in a newspaper word, after "the"
        self.shaped = Matcher(nlp.vocab)
        self.head_ids = word_ids(outlet_heads or ())
        if outlet_heads:
            self.shaped.add(OUTLET, [[{"LOWER": "the"}, {"IS_TITLE": True, "OP": "+"},
                                      {"LOWER": {"IN": sorted(outlet_heads)}, "IS_TITLE": True}]])
        # "the Front for a Civic Renewal (FCR)": capitalised words and the acronym they make
        self.acronymed = Matcher(nlp.vocab)
        title, acronym = {"IS_TITLE": True, "OP": "+"}, [{"ORTH": "("}, {"IS_UPPER": True, "LENGTH": {">=": 2}}, {"ORTH": ")"}]
        self.acronymed.add("ORG", [[title, *acronym],
                                   [title, {"LOWER": {"IN": sorted(ORG_LINKS)}}, {"LOWER": {"IN": ["the", "a", "an"]}, "OP": "?"},
                                    title, *acronym]], greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        found = [Span(doc, s, e, label="ORG", kb_id=OUTLET if strings[k] == OUTLET else "")
                 for k, s, e in [*self.exact(doc), *self.folded(doc)]]
        # the two Matchers run only over the stretches of a Doc where their patterns can end:
        # at a capitalised newspaper word after a capitalised word, at an acronym in brackets
        # after one (most articles have neither)
        if self.head_ids.size:
            found += [Span(doc, s + 1, e, label="ORG", kb_id=OUTLET)
                      for _, s, e in matches_in(self.shaped, doc, _outlet_windows(doc, self.head_ids))
                      if not any(t.ent_type_ in {"GPE", "NORP"} and t.i == e - 1 for t in doc[s:e])]
        found += [whole for ent in doc.ents if ent.label_ == "ORG" and (whole := full_org_name(ent)) is not None]
        found += [span for _, s, e in matches_in(self.acronymed, doc, _acronym_windows(doc))
                  if (span := acronymed_name(doc, s, e)) is not None]
        if not found:
            return doc
        found = filter_spans(found)
        taken = {i for span in found for i in range(span.start, span.end)}
        keep = [ent for ent in doc.ents if not taken.intersection(range(ent.start, ent.end))]
        # A listed name swallows the entity it sits inside ("the Chosun Ilbo newspaper").
        doc.ents = filter_spans(keep + found)
        return doc


ORG_LINKS = {"of", "for", "de", "du", "des", "del"}
_OPEN, _CLOSE = get_string_id("("), get_string_id(")")


_ARTICLES = {"the", "a", "an"}


def _outlet_windows(doc: Doc, head_ids) -> list[tuple[int, int]]:
    """The stretches where the outlet Matcher's pattern ("the", capitalised words, a
    capitalised newspaper word: one of ``head_ids``) can match: each ends at such a word
    after a capitalised word and starts a word before the run of capitalised words before
    it (a match starts there or later), merged; none in most Docs."""
    if len(doc) < 3:
        return []
    values = doc.to_array([LOWER, IS_TITLE])
    title = (values[:, 1] == 1).tolist()
    heads = among(values[2:, 0], head_ids) & values[2:, 1].astype(bool) & values[1:-1, 1].astype(bool)
    spans = []
    for h in (numpy.flatnonzero(heads) + 2).tolist():
        start = h - 1
        while start > 0 and title[start - 1]:
            start -= 1
        spans.append((max(0, start - 1), h + 1))
    return merged(spans)


def _acronym_windows(doc: Doc) -> list[tuple[int, int]]:
    """The stretches where the acronym Matcher's patterns can match: each ends at an acronym
    in brackets (a "(", an upper-case word of two letters or more, a ")") after a
    capitalised word, and starts at the run of capitalised, linking and article words
    before it (every word of a match before its "(" is one), merged; none in most Docs."""
    if len(doc) < 4:
        return []
    values = doc.to_array([ORTH, IS_TITLE, IS_UPPER, LENGTH])
    orth, word = values[:, 0], values[2:-1]
    opens = ((orth[1:-2] == _OPEN) & (orth[3:] == _CLOSE) & (values[:-3, 1] == 1)
             & (word[:, 2] == 1) & (word[:, 3] >= 2))
    spans = []
    for c in (numpy.flatnonzero(opens) + 1).tolist():
        start = c - 1
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ORG_LINKS
                             or doc[start - 1].lower_ in _ARTICLES):
            start -= 1
        spans.append((start, c + 3))
    return merged(spans)


def full_org_name(ent: Span) -> Span | None:
    """The model often stops an organisation's name at its first word ("Union" of "the Union
    for a Democratic Renewal (UDR)"): run on over linking words and capitalised words, and
    take an acronym in brackets; None when there is nothing to add."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        j = end
        while j < len(doc) and j - end < 3 and (doc[j].lower_ in ORG_LINKS or (j > end and doc[j].lower_ in {"the", "a", "an"})):
            j += 1
        if j == end or j >= len(doc) or not _capitalised(doc[j]) or doc[j].ent_type_ in {"PERSON", "DATE", "TIME"}:
            break
        k = j
        while k < len(doc) and _capitalised(doc[k]) and "\n" not in doc[k - 1].text_with_ws:
            k += 1
        end = k
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text.isupper() \
            and len(doc[end + 1].text) >= 2:
        end += 3
    return Span(doc, ent.start, end, label="ORG") if end > ent.end else None


def acronymed_name(doc: Doc, start: int, end: int) -> Span | None:
    """The name before a bracketed acronym when the acronym spells its capitals in order
    ("Front for a Civic Renewal (FCR)"); not a person with a party after it ("Anna Berg (SPD)")."""
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    initials = "".join(t.text[0] for t in doc[start:end - 3] if t.text[:1].isupper())
    letters = iter(initials)
    if len(initials) < 2 or not all(ch in letters for ch in doc[end - 2].text):
        return None
    if "\n" in doc[start:end - 1].text:
        return None
    return Span(doc, start, end, label="ORG")


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text)
