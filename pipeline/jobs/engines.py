"""Where extraction runs: in this process, in worker processes, or on a Dask cluster.

Extraction (spaCy's parse plus our components and event rules) is the cost and each
article is extracted on its own, so it spreads over workers; reconciliation needs every
article's events and runs once, in the calling process, over the merged results. A
worker loads the model once (``build_nlp`` is cached per process) and receives articles,
not a pipeline. Results come back in the articles' order, so the output does not depend
on the engine.
"""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator, Protocol

from spacy.language import Language

from ..extract.article import ArticleResult, combine_pieces, extract_piece
from ..extract.events import Lexicon
from ..nlp.annotate import annotate, warm_tokenizer
from ..nlp.build import build_nlp
from ..read.articles import Article
from .heap import release_now_and_then

SHARD = 8  # articles a worker takes at a time: enough to batch the parser, small enough to balance


class WorkerDied(RuntimeError):
    """A worker process ended while extracting (killed, out of memory)."""


class Engine(Protocol):
    def extract(self, articles: list[Article]) -> Iterator[tuple[str, ArticleResult]]: ...

    def close(self) -> None: ...


ZONE = 64  # articles extracted inside one memory zone


def extract_all(engine: Engine, articles: list[Article]) -> dict[str, ArticleResult]:
    """Every article's result by its doc id; each article's layout is let go as soon as it is
    extracted, so a run holds its texts and results, not every page twice over."""
    by_doc = {a.doc: a for a in articles}
    results: dict[str, ArticleResult] = {}
    for doc, result in engine.extract(articles):
        results[doc] = result
        by_doc[doc].drop_layout()
    return results


def extract_batch(articles: list[Article], nlp: Language, lexicon: Lexicon) -> list[tuple[str, ArticleResult]]:
    """Articles to their results inside a spaCy memory zone: the strings the batch added to
    the vocabulary go when it ends, so a long run does not grow (the results hold their
    own strings, no Doc outlives the zone)."""
    out: list[tuple[str, ArticleResult]] = []
    pieces: list[ArticleResult] = []
    warm_tokenizer(articles, nlp)
    with nlp.memory_zone():
        for article, offset, doc, last in annotate(articles, nlp):
            pieces.append(extract_piece(article, offset, doc, lexicon))
            # the extractor's per-Doc caches hold Spans of the Doc, a cycle that only the
            # cyclic collector frees, and late in a run that holds many results: let it go now
            doc.user_data.clear()
            if last:
                out.append((article.doc, combine_pieces(pieces)))
                pieces = []
    # the batch's parse freed far more than its results keep: without this, a run's resident
    # size grows with the articles it has seen (500 -> 2,000 articles: +7.4% with, +16.5% without)
    release_now_and_then(len(articles))
    return out


def extract_shard(articles: list[Article], config: str | None = None, model: str | None = None) -> list[tuple[str, ArticleResult]]:
    """Run in a worker: the model is built on the first shard and kept for the next."""
    nlp = build_nlp(config, model)
    return extract_batch(articles, nlp, _lexicon(nlp))


_LEXICONS: dict[int, Lexicon] = {}


def _lexicon(nlp: Language) -> Lexicon:
    if id(nlp) not in _LEXICONS:
        _LEXICONS[id(nlp)] = Lexicon.from_nlp(nlp)
    return _LEXICONS[id(nlp)]


class LocalEngine:
    """This process, with a pipeline it is given or builds."""

    def __init__(self, nlp: Language | None = None, config: str | None = None, model: str | None = None) -> None:
        self.nlp = nlp or build_nlp(config, model)
        self.lexicon = _lexicon(self.nlp)

    def extract(self, articles: list[Article]) -> Iterator[tuple[str, ArticleResult]]:
        for start in range(0, len(articles), ZONE):
            yield from extract_batch(articles[start:start + ZONE], self.nlp, self.lexicon)

    def close(self) -> None:
        pass


def _start_worker(config: str | None, model: str | None) -> None:
    build_nlp(config, model)  # load the model before the first shard arrives


class ProcessEngine:
    """``processes`` worker processes on this machine. On Linux they are forked, so a model
    this process has loaded already is shared, not loaded again."""

    def __init__(self, processes: int, config: str | None = None, model: str | None = None) -> None:
        self.config, self.model = config, model
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self.pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(method),
                                        initializer=_start_worker, initargs=(config, model))
        self.window = processes * 2  # shards in flight: workers stay busy, results do not pile up

    def extract(self, articles: list[Article]) -> Iterator[tuple[str, ArticleResult]]:
        shards = [articles[i:i + SHARD] for i in range(0, len(articles), SHARD)]
        pending: list[tuple[list[Article], Future]] = []
        try:
            for shard in shards:
                pending.append((shard, self.pool.submit(extract_shard, shard, self.config, self.model)))
                if len(pending) >= self.window:
                    yield from self._first(pending)
            while pending:
                yield from self._first(pending)
        except BrokenProcessPool as exc:
            lost = ", ".join(a.doc for shard, _ in pending for a in shard[:3])
            raise WorkerDied(f"a worker process died (killed or out of memory) while extracting {lost} ...; "
                             "nothing from the unfinished shards was kept") from exc

    @staticmethod
    def _first(pending: list[tuple[list[Article], Future]]) -> list[tuple[str, ArticleResult]]:
        _, future = pending[0]
        result = future.result()
        pending.pop(0)
        return result

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def make_engine(processes: int = 1, nlp: Language | None = None, config: str | None = None,
                model: str | None = None, engine: str = "local", scheduler: str | None = None) -> Engine:
    if engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(scheduler, processes, config, model)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if processes > 1:
        return ProcessEngine(processes, config, model)
    return LocalEngine(nlp, config, model)
