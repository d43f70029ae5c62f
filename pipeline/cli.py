"""Command line: a thin typer layer over plain functions (as ``spacy/cli``)."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import typer

from .read.articles import MAX_CHARS

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract what news articles report happened to people, and score it.")


def run_corpus(sources: str | Path | list[str | Path], out: Path, model: str | None = None,
               config: Path | None = None, max_chars: int = MAX_CHARS, processes: int = 1,
               engine: str = "local", scheduler: str | None = None, report: bool = True,
               reviews: Path | None = None, notes: list[str] | None = None) -> dict:
    """Run the main job on folders, files or globs of articles (read as ``ingest`` reads
    them) and write the output files. The analyst's corrections (``reviews``, by default
    reviews.csv in ``out``) apply first; what could not be applied goes to ``notes``."""
    from .output.export import write_outputs
    from .jobs.engines import make_engine
    from .jobs.local import process
    from .read.readers import read_sources
    from .read.reviews import REVIEWS_NAME
    from .reconcile.reviews import load_corrections, unmatched_message
    from .nlp.build import build_nlp

    if isinstance(sources, (str, Path)):
        sources = [sources]
    articles = list(read_sources(sources, max_chars))  # a missing source fails before the model loads
    conf = str(config) if config else None
    nlp = build_nlp(conf, model) if engine == "local" else None  # forked workers share it
    path = Path(reviews) if reviews else Path(out) / REVIEWS_NAME
    corrections, problems, anchors = load_corrections(path, Path(out))
    runner = make_engine(processes, nlp, conf, model, engine, scheduler)
    try:
        result = process(articles, engine=runner, reviews=corrections, anchors=anchors)
    finally:
        runner.close()
    tables = result.as_dict()
    write_outputs(tables, out, report)
    if notes is not None:
        notes.extend(problems)
        notes.extend(f"{path}: {unmatched_message(r)}" for r in result.reviews.unmatched)
    return tables


ENGINES = ("local", "dask")


def check_engine(engine: str, scheduler: str | None) -> None:
    """A usage error (exit 2) before anything is read: an unknown engine, or a scheduler
    address for the local engine, which would be silently ignored."""
    if engine not in ENGINES:
        typer.echo(f"error: unknown --engine {engine!r}: use one of {', '.join(ENGINES)}", err=True)
        raise typer.Exit(2)
    if scheduler and engine != "dask":
        typer.echo("error: --scheduler needs --engine dask", err=True)
        raise typer.Exit(2)


@app.command()
def run(
    sources: list[str] = typer.Argument(None, help="Folders, files or globs of articles (.txt in any common encoding, "
                                                   ".html, .jsonl; a folder's index.csv gives metadata: file, "
                                                   "published, outlet, url). Default: corpus/."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder to write events.csv, people.csv, conflicts.csv, fates.csv and documents.csv into."),
    max_chars: int = typer.Option(MAX_CHARS, "--max-chars", help="Size cap: longer articles are cut at a paragraph boundary."),
    model: str = typer.Option(None, "--model", help="spaCy base model to use instead of the config's (e.g. en_core_web_sm)."),
    config: Path = typer.Option(None, "--config", help="Pipeline config file (default models/config.cfg)."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes that extract articles (each loads the model once)."),
    engine: str = typer.Option("local", "--engine", help="Where extraction runs: 'local' (this machine) or 'dask'."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); without it, --engine dask starts a local cluster."),
    report: bool = typer.Option(True, "--report/--no-report", help="Also write report.html (the analyst's view)."),
    reviews: Path = typer.Option(None, "--reviews", help="The analyst's corrections (default: reviews.csv in --out)."),
) -> None:
    """Run the pipeline on articles and write the output tables, events.xlsx and report.html
    (no store: see ``ingest``)."""
    from .read.readers import expand

    sources = sources or ["corpus"]
    check_engine(engine, scheduler)
    try:
        expand(sources)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    start = time.perf_counter()
    from .jobs.engines import WorkerDied

    try:
        notes: list[str] = []
        tables = run_corpus(sources, out, model, config, max_chars, processes, engine, scheduler, report, reviews, notes)
    except WorkerDied as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    docs = tables["documents"]
    bad = docs[docs["status"] != "ok"]
    for _, row in bad.iterrows():
        typer.echo(f"{row['file']}: {row['status']}: {row['message']}", err=True)
    for _, row in docs[(docs["status"] == "ok") & (docs["message"] != "")].iterrows():
        typer.echo(f"{row['file']}: note: {row['message']}", err=True)
    for note in notes:
        typer.echo(f"review: {note}", err=True)
    typer.echo(
        f"{len(docs) - len(bad)} articles read ({len(bad)} not processed), "
        f"{len(tables['events'])} events about {len(tables['people'])} people, "
        f"{len(tables['conflicts'])} conflicts -> {out}/ in {time.perf_counter() - start:.1f}s"
    )


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Folders, files or globs of articles (.txt in any common encoding, .html, .jsonl; index.csv metadata)."),
    db: Path = typer.Option(Path("outputs/pipeline.db"), "--db", help="SQLite store (created if missing)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder for the CSV and Parquet exports and run.json."),
    reprocess: bool = typer.Option(False, "--reprocess", help="Re-extract every stored article (after the rules changed)."),
    max_chars: int = typer.Option(MAX_CHARS, "--max-chars", help="Size cap: longer articles are cut at a paragraph boundary."),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per transaction."),
    model: str = typer.Option(None, "--model", help="spaCy base model to use instead of the config's."),
    config: Path = typer.Option(None, "--config", help="Pipeline config file (default models/config.cfg)."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes that extract articles (each loads the model once)."),
    engine: str = typer.Option("local", "--engine", help="Where extraction runs: 'local' (this machine) or 'dask' (the store stays here)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); without it, --engine dask starts a local cluster."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="Log what happens (-v), and more (-vv)."),
    progress: bool = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: only on a terminal)."),
    report: bool = typer.Option(True, "--report/--no-report", help="Also write report.html (the analyst's view)."),
    reviews: Path = typer.Option(None, "--reviews", help="The analyst's corrections (default: reviews.csv in --out)."),
) -> None:
    """Add new articles to the store, reconcile the whole store and export it.

    Exit codes: 0 done (rejected inputs are reported, not failures), 75 another run
    holds the lock (try again later), 2 bad arguments, 1 any other failure."""
    from .jobs.ingest import IngestOptions
    from .jobs.ingest import ingest as run_ingest
    from .jobs.lock import EX_TEMPFAIL, Locked

    check_engine(engine, scheduler)
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    show = sys.stderr.isatty() if progress is None else progress
    options = IngestOptions(db=db, out=out, reprocess=reprocess, max_chars=max_chars, batch_size=batch_size,
                            model=model, config=config, processes=processes, engine=engine, scheduler=scheduler,
                            report=report, reviews=reviews)
    try:
        with progress_bar(show) as advance:
            summary = run_ingest(sources, options, advance)
    except Locked as exc:
        typer.echo(f"ingest: {exc}", err=True)
        raise typer.Exit(EX_TEMPFAIL)
    except FileNotFoundError as exc:
        typer.echo(f"ingest: {exc}", err=True)
        raise typer.Exit(2)
    except Exception as exc:
        if verbose:
            logging.exception("ingest failed")
        typer.echo(f"ingest: failed: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1)
    for row in summary.rejected:
        typer.echo(f"{row['file']}: {row['status']}: {row['message']}", err=True)
    if summary.n_stale:
        typer.echo(f"note: {summary.n_stale} stored articles were extracted by older rules; "
                   "`pipeline ingest --reprocess` re-extracts them", err=True)
    for note in summary.review_problems:
        typer.echo(f"review: {note}", err=True)
    if summary.interrupted_runs:
        typer.echo(f"note: earlier run(s) {summary.interrupted_runs} were interrupted; their work is complete now", err=True)
    what = (f"{summary.n_new_documents} new articles ({summary.n_new_events} events), {summary.n_known} already stored, "
            f"{summary.n_rejected} rejected, {summary.n_duplicates} near-duplicates, {summary.n_copies} copies")
    if summary.n_reprocessed:
        what += f", {summary.n_reprocessed} re-extracted"
    tail = f"exported to {out}/" if summary.exported else summary.message
    typer.echo(f"{what}; store holds {summary.store_documents} articles, {summary.store_events} events; {tail} "
               f"in {summary.elapsed_s:.1f}s")


@contextmanager
def progress_bar(show: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A bar on a terminal; nothing at all otherwise, so cron logs stay clean."""
    if not show:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True) as bar:
        task = bar.add_task("ingest", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


review_app = typer.Typer(no_args_is_help=True, help="The analysts' corrections file (reviews.csv).")
app.add_typer(review_app, name="review")


@review_app.command("check")
def review_check(
    path: Path = typer.Argument(Path("outputs/reviews.csv"), help="The corrections file."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder whose events.csv holds the event ids."),
    db: Path = typer.Option(None, "--db", help="Store whose audit trail knows earlier event ids (default: --out/pipeline.db if present)."),
) -> None:
    """Check the corrections file: a line-numbered message for each row that cannot apply
    (exit 1 if any), without running anything."""
    from .read.reviews import EVENT_ACTIONS, read_reviews
    from .reconcile.reviews import anchors_from_csv

    if not path.is_file():
        typer.echo(f"error: no corrections file {path}", err=True)
        raise typer.Exit(2)
    rows, problems = read_reviews(path)
    known = set(anchors_from_csv(out / "events.csv"))
    db = db or (out / "pipeline.db")
    if db.is_file():
        from .output.store import Store

        with Store(db) as store:
            known |= set(store.review_anchors())
    messages = [(p.line, p.message) for p in problems]
    if known:  # ids are checked against what a run wrote; with no run yet, they cannot be
        messages += [(r.line, f"unknown event id {r.event_id!r}: not in {out / 'events.csv'}")
                     for r in rows if r.action in EVENT_ACTIONS and r.event_id not in known]
    for line, message in sorted(messages):
        typer.echo(f"{path}:{line}: {message}")
    bad = {line for line, _ in messages}
    typer.echo(f"{len(rows) + len(problems)} rows, {len(rows) - len(bad & {r.line for r in rows})} can apply, "
               f"{len(messages)} problem(s)", err=True)
    if messages:
        raise typer.Exit(1)


@review_app.command("stats")
def review_stats(
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder of a run or ingest (its events.csv)."),
) -> None:
    """How many events analysts rejected, corrected or confirmed, per event type and per
    rule: the rules analysts overrule most come first."""
    import pandas as pd

    path = out / "events.csv"
    if not path.is_file():
        typer.echo(f"error: no events.csv in {out}/", err=True)
        raise typer.Exit(2)
    events = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "review" not in events.columns:
        events["review"] = ""
    typer.echo(f"{len(events)} events; reviewed: " + ", ".join(
        f"{(events['review'] == v).sum()} {v}" for v in ("rejected", "corrected", "confirmed")))
    for key in ("type", "rule_id"):
        counts = pd.crosstab(events[key], events["review"]).reindex(
            columns=["rejected", "corrected", "confirmed"], fill_value=0)
        counts["events"] = events.groupby(key).size()
        counts["overruled"] = counts["rejected"] + counts["corrected"]
        counts = counts[counts["rejected"] + counts["corrected"] + counts["confirmed"] > 0]
        counts = counts.sort_values(["overruled", "events"], ascending=False)
        typer.echo(f"\nper {key}:")
        typer.echo(counts.to_string() if len(counts) else "  (nothing reviewed)")


@app.command()
def report(
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder of a run: its tables are read, report.html is written there."),
) -> None:
    """Write report.html from the tables a run or ingest left in an output folder."""
    from .output.report import read_tables, write_report

    tables = read_tables(out)
    if "events" not in tables:
        typer.echo(f"error: no events.csv in {out}/: run `pipeline run` or `pipeline ingest` first", err=True)
        raise typer.Exit(2)
    path = write_report(tables, out)
    typer.echo(f"{path} ({path.stat().st_size // 1024} KB): {len(tables['events'])} events")


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Gold folder with docs.jsonl, events.jsonl, people.jsonl, conflicts.jsonl."),
    corpus: Path = typer.Option(..., "--corpus", help="Folder of the articles the gold set annotates."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (for programs) instead of tables."),
    errors: bool = typer.Option(False, "--errors", help="Also list missed, spurious and mismatched events."),
    model: str = typer.Option(None, "--model", help="spaCy base model to use instead of the config's."),
    config: Path = typer.Option(None, "--config", help="Pipeline config file (default models/config.cfg)."),
) -> None:
    """Run the pipeline on CORPUS into a temporary folder and score it against GOLD_DIR."""
    import pandas as pd

    from .evaluate import format_report, load_gold, score

    gold = load_gold(gold_dir)
    with tempfile.TemporaryDirectory(prefix="pipeline-eval-") as tmp:
        run_corpus(corpus, Path(tmp), model, config, report=False)  # scored from the tables
        events = pd.read_csv(Path(tmp) / "events.csv", dtype=str, keep_default_na=False)
        conflicts = pd.read_csv(Path(tmp) / "conflicts.csv", dtype=str, keep_default_na=False)
    result = score(events, conflicts, gold)
    if as_json:
        if not errors:
            result = {k: v for k, v in result.items() if k != "errors"}
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    typer.echo(format_report(result))
    if errors:
        for kind in ("false_negatives", "false_positives", "attribute_mismatches"):
            typer.echo(f"\n{kind}:")
            for row in result["errors"][kind]:
                typer.echo("  " + json.dumps(row, ensure_ascii=False))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
