"""The unattended ingest run: new articles into the store, the whole store out to files.

    lock → read inputs (skipping bytes already taken in) → drop exact copies, mark
    near-copies → extract in batches, one transaction each → reconcile the whole
    store → export CSV + Parquet → run.json

A run killed at any point loses at most the batch it was writing; the next run
finds those articles missing from the store and extracts them, so the store ends
as if nothing had happened. A run with nothing new loads no model and rewrites
no file.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:  # spaCy and pandas load only when there is work: a run with nothing new needs neither
    import pandas as pd
    from spacy.language import Language

    from ..extract.article import ArticleResult
    from .engines import Engine

from ..output.files import write_atomic
from ..lexicon import MODELS_DIR
from ..output.store import Store, now
from ..read.articles import MAX_CHARS, Article
from ..read.duplicates import Seen, simhash
from .lock import RunLock
from ..read.readers import expand, read_file

log = logging.getLogger(__name__)

TABLES = ("events", "people", "conflicts", "fates", "documents")
Progress = Callable[[int, int], None]


@dataclass
class IngestOptions:
    db: Path = Path("outputs/pipeline.db")
    out: Path = Path("outputs")
    reprocess: bool = False
    max_chars: int = MAX_CHARS
    batch_size: int = 16
    model: str | None = None
    config: Path | None = None
    processes: int = 1  # worker processes that extract (see engines)
    engine: str = "local"  # or "dask": workers extract, the store stays here
    scheduler: str | None = None  # a Dask scheduler's address; none: a local cluster
    report: bool = True  # write report.html beside the tables
    reviews: Path | None = None  # the analyst's corrections; None: reviews.csv in ``out``


@dataclass
class RunSummary:
    run_id: int = 0
    status: str = "running"
    started: str = ""
    ended: str = ""
    db: str = ""
    out: str = ""
    n_inputs: int = 0  # articles offered (a JSONL line is one)
    n_known: int = 0  # already in the store, not read again
    n_new_documents: int = 0
    n_new_events: int = 0
    n_rejected: int = 0
    n_duplicates: int = 0  # near-copies of a stored story (extracted, counted once as evidence)
    n_copies: int = 0  # exact copies of a stored text under another name (not extracted again)
    n_reprocessed: int = 0
    n_stale: int = 0  # stored articles extracted by other rules (see --reprocess)
    interrupted_runs: list[int] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    exported: bool = False
    store_documents: int = 0
    store_events: int = 0
    pipeline_version: str = ""
    patterns_version: str = ""
    elapsed_s: float = 0.0
    message: str = ""
    n_reviews_applied: int = 0
    review_problems: list[str] = field(default_factory=list)  # rows of reviews.csv not applied, and why

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if k.startswith("n_")}


def pipeline_version() -> str:
    try:
        return metadata.version("news-events-pipeline")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def patterns_version(models: Path = MODELS_DIR) -> str:
    """A hash of every rule, list and setting under ``models/``: when it changes, stored
    events were made by other rules (``--reprocess`` re-extracts them)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in models.rglob("*") if p.is_file() and p.suffix in {".cfg", ".jsonl", ".txt", ".tsv"}):
        digest.update(path.relative_to(models).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


class Ingest:
    def __init__(self, options: IngestOptions, progress: Progress | None = None,
                 nlp: Language | None = None) -> None:
        self.opt = options
        self.progress = progress
        self.nlp = nlp  # built on first need unless given (tests share one pipeline)
        self.engine: Engine | None = None  # where extraction runs, started on first need
        self.summary = RunSummary(db=str(options.db), out=str(options.out), pipeline_version=pipeline_version(),
                                  patterns_version=patterns_version())

    # -- the run -----------------------------------------------------------------------
    def run(self, sources: Iterable[str | Path]) -> RunSummary:
        files = expand(sources)  # a missing source fails before anything is touched
        start = time.perf_counter()
        lock_path = self.opt.db.with_name(self.opt.db.name + ".lock")
        with RunLock(lock_path), Store(self.opt.db) as store:
            s = self.summary
            s.interrupted_runs = store.interrupted_runs()
            if s.interrupted_runs:
                log.warning("runs %s did not finish (killed?); their unfinished batch is redone now",
                            s.interrupted_runs)
                store.mark_interrupted(s.interrupted_runs)
            s.started = now()
            s.run_id = store.start_run(s.pipeline_version, s.patterns_version)
            try:
                try:
                    self._take_in(store, files)
                    if self.opt.reprocess:
                        self._reprocess(store)
                finally:
                    if self.engine is not None:
                        self.engine.close()
                        self.engine = None
                self._export(store)
            except BaseException as exc:
                s.status, s.message, s.ended = "failed", f"{type(exc).__name__}: {exc}", now()
                s.elapsed_s = round(time.perf_counter() - start, 2)
                store.finish_run(s.run_id, "failed", s.counts(), s.message)
                self._write_summary()
                raise
            s.n_stale = store.stale(s.patterns_version)
            if s.n_stale:
                log.warning("%d stored articles were extracted by older rules: run with --reprocess", s.n_stale)
            counts = store.counts()
            s.store_documents, s.store_events = counts["documents"], counts["events"]
            s.status, s.ended = "done", now()
            s.elapsed_s = round(time.perf_counter() - start, 2)
            store.finish_run(s.run_id, "done", s.counts(), s.message)
        self._write_summary()
        return self.summary

    def _write_summary(self) -> None:
        write_atomic(self.opt.out / "run.json", json.dumps(asdict(self.summary), indent=2, ensure_ascii=False) + "\n")

    # -- reading and storing new articles ----------------------------------------------------
    def _take_in(self, store: Store, files: list[tuple[Path, dict]]) -> None:
        s = self.summary
        known = store.known_inputs()
        texts = store.stored_texts()  # content hash -> doc
        names = store.doc_names()
        seen = Seen(store.stories())
        pending: list[tuple[Article, str, int]] = []
        rows: list[tuple[str, Article]] = []  # rejected inputs and copies: a row, no extraction
        inputs: list[tuple[str, str, str]] = []  # raw hash -> document key, for inputs seen again

        def flush() -> None:
            self._store_batch(store, pending, rows, inputs)
            pending.clear()
            rows.clear()
            inputs.clear()

        for n, (path, meta) in enumerate(files, start=1):
            for art in read_file(path, meta, self.opt.max_chars, known):
                s.n_inputs += 1
                raw = art.meta.get("raw_hash", "")
                if art.status == "known":
                    s.n_known += 1
                    continue
                if art.status != "ok":
                    s.n_rejected += 1
                    s.rejected.append({"file": art.file, "doc": art.doc, "status": art.status, "message": art.message})
                    log.warning("%s: %s: %s", art.file, art.status, art.message)
                    rows.append((f"{raw}@{art.file}", art))
                    inputs.append((raw, f"{raw}@{art.file}", art.file))
                    continue
                chash = art.content_hash
                if chash in texts:
                    original = texts[chash]
                    if original == art.doc:  # the same article saved again (other encoding, line ends)
                        inputs.append((raw, chash, art.file))
                    else:
                        s.n_copies += 1
                        art.status, art.duplicate_of = "skipped", original
                        art.message = f"same text as {original}, already stored: not extracted again"
                        rows.append((f"{chash}@{art.doc}", art))
                        inputs.append((raw, f"{chash}@{art.doc}", art.file))
                    continue
                if art.doc in names:  # a new text under a name already used
                    art.doc = f"{art.doc}-{chash[:8]}"
                names.add(art.doc)
                texts[chash] = art.doc
                h = simhash(art.text)
                story = chash
                found = seen.original_of(h)
                if found is not None:
                    s.n_duplicates += 1
                    art.duplicate_of, story = found
                    log.info("%s republishes %s", art.doc, art.duplicate_of)
                else:
                    seen.add(art.doc, chash, h)
                pending.append((art, story, h))
                inputs.append((raw, chash, art.file))
                if len(pending) >= self.opt.batch_size:
                    flush()
            if self.progress:
                self.progress(n, len(files))
        flush()

    def _extract(self, articles: list[Article]) -> dict[str, ArticleResult]:
        if self.engine is None:
            from .engines import make_engine

            config = str(self.opt.config) if self.opt.config else None
            if self.nlp is None and self.opt.engine == "local":
                from ..nlp.build import build_nlp

                self.nlp = build_nlp(config, self.opt.model)  # before the workers fork: they share it
            self.engine = make_engine(self.opt.processes, self.nlp, config, self.opt.model,
                                      self.opt.engine, self.opt.scheduler)
        from .engines import extract_all

        return extract_all(self.engine, articles)

    def _store_batch(self, store: Store, pending: list[tuple[Article, str, int]], rows: list[tuple[str, Article]],
                     inputs: list[tuple[str, str, str]]) -> None:
        if not (pending or rows or inputs):
            return
        from ..extract.article import ArticleResult

        results = self._extract([a for a, _, _ in pending]) if pending else {}
        version = self.summary.patterns_version
        with store.transaction():  # the whole batch, or none of it
            store.mark_changed()
            for art, story, h in pending:
                result = results.get(art.doc, ArticleResult([], []))
                store.add_document(art.content_hash, art, self.summary.run_id, story, h)  # replace_results records the version
                store.replace_results(art.content_hash, result.events, result.mentions, version)
                self.summary.n_new_documents += 1
                self.summary.n_new_events += len(result.events)
            for key, art in rows:
                store.add_document(key, art, self.summary.run_id)
            for raw, key, file in inputs:
                store.add_input(raw, key, file)
        log.info("stored %d new articles (%d events)", len(pending), sum(len(r.events) for r in results.values()))

    # -- re-extraction after the rules changed -----------------------------------------------
    def _reprocess(self, store: Store) -> None:
        from ..extract.article import ArticleResult

        keys = store.texts_to_extract()
        version = self.summary.patterns_version
        for start in range(0, len(keys), self.opt.batch_size):
            batch = store.articles(keys[start:start + self.opt.batch_size], with_text=True)
            results = self._extract(batch)
            with store.transaction():  # a document's events are replaced, never half-replaced
                store.mark_changed()
                for art in batch:
                    result = results.get(art.doc, ArticleResult([], []))
                    store.replace_results(art.content_hash, result.events, result.mentions, version)
                    self.summary.n_reprocessed += 1
            if self.progress:
                self.progress(min(start + self.opt.batch_size, len(keys)), len(keys))

    # -- the whole store out to files ----------------------------------------------------------
    def _export(self, store: Store) -> None:
        s = self.summary
        from ..output.export import WORKBOOK_NAME
        from ..output.report import REPORT_NAME
        from ..read.reviews import REVIEWS_NAME
        from ..reconcile.reviews import load_corrections, unmatched_message
        path = self.opt.reviews or self.opt.out / REVIEWS_NAME
        corrections, s.review_problems, previous = load_corrections(path, self.opt.out)
        reviewed = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        # a run killed while exporting leaves the store marked changed: the next run exports
        present = all((self.opt.out / f"{name}.{ext}").exists() for name in TABLES for ext in ("csv", "parquet")) \
            and (self.opt.out / WORKBOOK_NAME).exists() and (not self.opt.report or (self.opt.out / REPORT_NAME).exists())
        if store.exports_current() and present and store.reviews_hash() == reviewed:
            s.message = "nothing new: the store and the exported files are unchanged"
            return
        from ..output.export import write_outputs
        from ..extract.article import ArticleResult
        from ..output.assemble import assemble
        articles = store.articles()
        by_doc: dict[str, list] = defaultdict(list)
        for ev in store.events():
            by_doc[ev.doc].append(ev)
        mentions = store.mentions()
        results = {a.doc: ArticleResult(by_doc.get(a.doc, []), mentions.get(a.doc, []))
                   for a in articles if a.status == "ok"}
        anchors = {**previous, **store.review_anchors()}  # the store's word on where they were wins
        tables = assemble(articles, results, store.story_of(), corrections, anchors)
        outcome = tables.reviews
        s.n_reviews_applied = len(outcome.applied) + len(outcome.same) + len(outcome.apart)
        s.review_problems += [f"{path}: {unmatched_message(r)}" for r in outcome.unmatched]
        with store.transaction():
            store.replace_people(tables.people.to_dict("records"))
            store.record_reviews(outcome, reviewed)
        frames = tables.as_dict()
        write_outputs(frames, self.opt.out, self.opt.report)
        write_parquet(frames, self.opt.out)
        store.mark_exported()
        s.exported = True


def write_parquet(tables: dict[str, "pd.DataFrame"], out_dir: Path) -> list[Path]:
    """Parquet copies of the tables for programs (values as they are: no spreadsheet guard)."""
    written = []
    for name, df in tables.items():
        buf = io.BytesIO()
        df.to_parquet(buf, index=False, engine="pyarrow")
        path = Path(out_dir) / f"{name}.parquet"
        write_atomic(path, buf.getvalue())
        written.append(path)
    return written


def ingest(sources: Iterable[str | Path], options: IngestOptions | None = None,
           progress: Progress | None = None) -> RunSummary:
    return Ingest(options or IngestOptions(), progress).run(sources)
