"""The main job in one process: articles in, output tables out.

read → annotate (spaCy with our components) → extract events → reconcile and
tabulate. Plain functions so that the CLI, the public API and the tests share one path.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from ..extract.article import extract_article
from ..extract.events import Lexicon
from ..nlp.annotate import annotate
from ..nlp.build import build_nlp
from ..output.assemble import Tables, assemble
from ..read.articles import Article, from_texts
from ..read.readers import read_sources
from ..read.duplicates import mark_duplicates


def process(articles: list[Article], nlp: Language | None = None) -> Tables:
    nlp = nlp or build_nlp()
    lexicon = Lexicon.from_nlp(nlp)
    stories = mark_duplicates(articles)
    results = {article.doc: extract_article(article, docs, lexicon) for article, docs in annotate(articles, nlp)}
    return assemble(articles, results, stories)


def extract(source: str | Path | list[dict], nlp: Language | None = None) -> Tables:
    """Public entry point: a folder, file or glob of articles (read as ``pipeline run`` and
    ``ingest`` read them), or a list of ``{"text": ..., "published": ...}`` dicts. Every
    article gets its page layout (``Article.layout``) as it is read."""
    if isinstance(source, (str, Path)):
        articles = list(read_sources([source]))
    else:
        articles = from_texts(list(source))
    return process(articles, nlp)
