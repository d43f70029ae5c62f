"""Extraction on a Dask cluster the user already runs, or on a local one started here.

Shards of articles go to the workers; each worker builds the pipeline on its first shard
and keeps it (``build_nlp`` is cached per process), so the model is never shipped
through the scheduler, only articles and their results. Results are taken in the
articles' order and reconciliation runs once, in the calling process, so the tables are
the ones the local engine writes. The workers need this package and the English model
installed, as the machine running the job does.
"""

from __future__ import annotations

from typing import Iterator

from ..extract.article import ArticleResult
from ..read.articles import Article
from .engines import SHARD, WorkerDied, extract_shard


class DaskEngine:
    def __init__(self, scheduler: str | None = None, processes: int = 1, config: str | None = None,
                 model: str | None = None) -> None:
        from distributed import Client, LocalCluster

        self.config, self.model = config, model
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:  # one single-threaded worker process per core asked for: spaCy's parse holds the GIL
            self.cluster = LocalCluster(n_workers=max(1, processes), threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)

    def extract(self, articles: list[Article]) -> Iterator[tuple[str, ArticleResult]]:
        from distributed import KilledWorker

        shards = [articles[i:i + SHARD] for i in range(0, len(articles), SHARD)]
        futures = self.client.map(extract_shard, shards, config=self.config, model=self.model, pure=False)
        try:
            for future in futures:
                yield from future.result()
        except KilledWorker as exc:
            raise WorkerDied(f"Dask workers died extracting a shard ({exc}); nothing from unfinished shards was kept") from exc
        finally:
            self.client.cancel([f for f in futures if not f.done()])

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
