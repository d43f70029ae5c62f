"""Command line: a thin typer layer over plain functions (as ``spacy/cli``)."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import typer

from .evaluate import format_report, load_gold, score

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract what news articles report happened to people, and score it.")


def run_corpus(corpus: Path, out: Path, model: str | None = None, config: Path | None = None) -> dict[str, pd.DataFrame]:
    """Run the main job on a corpus folder and write the output files."""
    from .export import write_tables
    from .extract import process
    from .ingest.articles import read_corpus
    from .nlp.build import build_nlp

    nlp = build_nlp(str(config) if config else None, model)
    tables = process(read_corpus(corpus), nlp).as_dict()
    write_tables(tables, out)
    return tables


@app.command()
def run(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of .txt articles, with an optional index.csv (file, published, outlet, url)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder to write events.csv, people.csv, conflicts.csv, fates.csv and documents.csv into."),
    model: str = typer.Option(None, "--model", help="spaCy base model to use instead of the config's (e.g. en_core_web_sm)."),
    config: Path = typer.Option(None, "--config", help="Pipeline config file (default models/config.cfg)."),
) -> None:
    """Run the pipeline on a corpus folder and write the output tables."""
    if not corpus.is_dir():
        typer.echo(f"error: corpus folder not found: {corpus}", err=True)
        raise typer.Exit(2)
    start = time.perf_counter()
    tables = run_corpus(corpus, out, model, config)
    docs = tables["documents"]
    bad = docs[docs["status"] != "ok"]
    for _, row in bad.iterrows():
        typer.echo(f"{row['file']}: {row['status']}: {row['message']}", err=True)
    typer.echo(
        f"{len(docs) - len(bad)} articles read ({len(bad)} not processed), "
        f"{len(tables['events'])} events about {len(tables['people'])} people, "
        f"{len(tables['conflicts'])} conflicts -> {out}/ in {time.perf_counter() - start:.1f}s"
    )


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
    gold = load_gold(gold_dir)
    with tempfile.TemporaryDirectory(prefix="pipeline-eval-") as tmp:
        run_corpus(corpus, Path(tmp), model, config)
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
