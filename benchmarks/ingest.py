"""Ingestion figures: a first run over the given folders, then a run with nothing new.

Usage: python benchmarks/ingest.py [SOURCE ...]
Each run is a real ``pipeline ingest`` process (model load included) into a
temporary store; prints wall-clock seconds, articles per second and the
nothing-new run's share of the first.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(sources: list[str], db: Path, out: Path) -> tuple[float, dict]:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", *sources, "--db", str(db), "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start, json.loads((out / "run.json").read_text())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sources", nargs="*", default=[str(ROOT / "corpus")])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "pipeline.db", Path(tmp) / "out"
        first, summary = run(args.sources, db, out)
        again, summary2 = run(args.sources, db, out)
    n = summary["n_new_documents"]
    print(f"articles={n} events={summary['n_new_events']}")
    print(f"first_run_s={first:.2f} articles_per_s={n / first:.1f}")
    print(f"nothing_new_run_s={again:.2f} ratio_to_first={again / first:.2f} new={summary2['n_new_documents']}")


if __name__ == "__main__":
    main()
