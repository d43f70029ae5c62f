"""The main job: articles in, output tables out.

read → annotate (spaCy with our components) → extract events (here, in worker
processes or on Dask: see ``engines``) → reconcile and tabulate, once, here. Plain
functions so that the CLI, the public API and the tests share one path.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from .engines import Engine, LocalEngine, extract_all
from ..output.assemble import Tables, assemble
from ..read.articles import Article, from_texts
from ..read.readers import read_sources
from ..read.duplicates import mark_duplicates
from ..read.reviews import Review
from ..reconcile.reviews import Anchor


def process(articles: list[Article], nlp: Language | None = None, engine: Engine | None = None,
            reviews: list[Review] | None = None, anchors: dict[str, Anchor] | None = None) -> Tables:
    """Extract every article (in this process unless an engine is given), then apply the
    analyst's corrections and reconcile them all at once."""
    stories = mark_duplicates(articles)
    own = engine is None
    engine = engine or LocalEngine(nlp)
    try:
        results = extract_all(engine, articles)
    finally:
        if own:
            engine.close()
    return assemble(articles, results, stories, reviews, anchors)


def extract(source: str | Path | list[dict], nlp: Language | None = None) -> Tables:
    """Public entry point: a folder, file or glob of articles (read as ``pipeline run`` and
    ``ingest`` read them), or a list of ``{"text": ..., "published": ...}`` dicts. Every
    article gets its page layout (``Article.layout``) as it is read."""
    if isinstance(source, (str, Path)):
        articles = list(read_sources([source]))
    else:
        articles = from_texts(list(source))
    return process(articles, nlp)
