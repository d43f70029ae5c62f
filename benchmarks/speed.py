"""Throughput of the main job: articles and characters per second.

Usage: python benchmarks/speed.py [CORPUS_DIR ...] [--repeat N]
Loads the pipeline once (load time reported apart), then extracts the corpus
folders N times and prints the best and median wall-clock figures.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from pipeline.jobs.local import process
from pipeline.read.articles import read_corpus
from pipeline.nlp.build import build_nlp

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpora", nargs="*", default=[str(ROOT / "corpus")])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    nlp = build_nlp()
    load = time.perf_counter() - t0
    articles = [a for c in args.corpora for a in read_corpus(c)]
    chars = sum(len(a.text) for a in articles)
    process(articles[:1], nlp)  # warm-up: caches, lazy imports
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        tables = process(articles, nlp)
        times.append(time.perf_counter() - t)
    best, median = min(times), statistics.median(times)
    print(f"articles={len(articles)} chars={chars} events={len(tables.events)} model_load_s={load:.2f}")
    print(f"best_s={best:.3f} median_s={median:.3f} articles_per_s={len(articles) / median:.1f} "
          f"kchars_per_s={chars / median / 1000:.1f}")


if __name__ == "__main__":
    main()
