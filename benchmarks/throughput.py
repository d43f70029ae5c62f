"""Throughput against bare spaCy, and cost against article length. Prints figures; not a test.

Usage:
  python benchmarks/throughput.py [--n 500] [--from DIR ...] [--processes P] [--seed S] [--bracket | --rounds R]
  python benchmarks/throughput.py --long [--sizes 50000,200000,1000000]

Corpus mode builds N articles from the given folders (default: the shipped corpus/):
each one a shuffle of paragraphs from two source articles, its capitalised words
respelled and its years and publication date shifted, so no two are alike. In ONE
process it then measures (a) bare ``nlp.pipe`` of the same spaCy model over the same
texts and (b) our whole path: read the files, our components, events, reconciliation,
the output files (the tables and events.xlsx; report.html only with --report: its cost is
the analyst's view, measured by benchmarks/report_load.py). It prints docs/s, tokens/s, the ratio of (b)'s throughput to (a)'s
and peak RSS.

Long mode runs one article of each size in a fresh process (so that peak RSS is its
own) and prints seconds per 100k characters and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
WORD = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")  # a capitalised word inside a sentence
KEEP = {"January", "February", "March", "April", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
SYLLABLES = ["ka", "ren", "vo", "mil", "sta", "dor", "lu", "bek", "tan", "sor", "vi", "nam"]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def respell(word: str, rng: random.Random) -> str:
    """Another name of about the same length and the same initial."""
    out = word[0]
    while len(out) < len(word):
        out += rng.choice(SYLLABLES)
    return out[: len(word) + 1]


def synthetic_corpus(folders: list[str], n: int, seed: int, dest: Path) -> list[Path]:
    """n article files with an index.csv, made from the articles in ``folders``."""
    from pipeline.read.readers import read_sources

    sources = [a for a in read_sources(folders) if a.status == "ok"]
    if not sources:
        raise SystemExit(f"no readable articles in {folders}")
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    rows = ["file,published"]
    paths = []
    for i in range(n):
        a, b = rng.choice(sources), rng.choice(sources)
        paragraphs = [p for p in a.text.split("\n\n") if p.strip()]
        extra = [p for p in b.text.split("\n\n") if p.strip()]
        paragraphs = paragraphs[:1] + rng.sample(paragraphs[1:], len(paragraphs) - 1) + rng.sample(extra, min(3, len(extra)))
        text = "\n\n".join(paragraphs)
        names = {w: respell(w, rng) for w in sorted(set(WORD.findall(text))) if w not in KEEP and rng.random() < 0.7}
        if names:
            text = re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b", lambda m: names[m.group(1)], text)
        shift = rng.randint(-6, 3)
        text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
        path = dest / f"syn-{i:05d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
        year = 2020 + shift + rng.randint(0, 3)
        rows.append(f"{path.name},{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    (dest / "index.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return paths


def corpus_mode(args: argparse.Namespace) -> None:
    import spacy

    from spacy.util import load_config

    from pipeline.cli import run_corpus
    from pipeline.nlp.build import DEFAULT_CONFIG, build_nlp, model_name

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        paths = synthetic_corpus(args.sources, args.n, args.seed, folder)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        chars = sum(map(len, texts))
        name = model_name(load_config(DEFAULT_CONFIG, interpolate=False))

        def bare_pipe() -> tuple[float, int]:
            bare_nlp = spacy.load(name)
            list(bare_nlp.pipe(texts[:8]))  # warm-up
            start = time.perf_counter()
            tokens = sum(len(doc) for doc in bare_nlp.pipe(texts, batch_size=16, n_process=args.processes))
            return time.perf_counter() - start, tokens

        bare, tokens = bare_pipe()

        build_nlp()  # load time is not throughput
        run_corpus([paths[0]], Path(tmp) / "warm", processes=1, report=args.report)  # warm-up: lazy imports, caches

        def whole_path(k: int) -> tuple[float, dict]:
            start = time.perf_counter()
            tables = run_corpus([folder], Path(tmp) / f"out{k}", processes=args.processes, report=args.report)
            return time.perf_counter() - start, tables

        whole, tables = whole_path(0)
        peak = peak_rss_mb()  # the whole path's, before a second bare model is loaded
        children_peak = peak_rss_mb(resource.RUSAGE_CHILDREN)
        again = bare_pipe()[0] if args.bracket or args.rounds > 1 else None
        # more rounds, each whole path between two bare runs: the machine's drift moves single
        # figures by a few hundredths, a median of rounds less
        rounds = [(bare, whole, again)]
        for k in range(1, args.rounds):
            w = whole_path(k)[0]
            rounds.append((rounds[-1][2], w, bare_pipe()[0]))

    print(f"model={name} articles={len(texts)} chars={chars} tokens={tokens} events={len(tables['events'])} "
          f"processes={args.processes}")
    print(f"bare_nlp_pipe_s={bare:.2f} docs_per_s={len(texts) / bare:.1f} tokens_per_s={tokens / bare:.0f}")
    print(f"whole_pipeline_s={whole:.2f} docs_per_s={len(texts) / whole:.1f} tokens_per_s={tokens / whole:.0f}")
    print(f"ratio_whole_to_bare={bare / whole:.3f}")
    if again is not None:  # the machine's speed drifts: the whole path against bare runs on both sides of it
        print(f"bare_nlp_pipe_again_s={again:.2f} ratio_whole_to_bare_mean={(bare + again) / 2 / whole:.3f}")
    if len(rounds) > 1:
        ratios = [(b1 + b2) / 2 / w for b1, w, b2 in rounds]
        print("round_ratios=" + ",".join(f"{r:.3f}" for r in ratios) + f" ratio_median={statistics.median(ratios):.3f}")
    print(f"peak_rss_mb={peak:.0f} children_peak_rss_mb={children_peak:.0f}")


def one_long(size: int, seed: int) -> None:
    """Child process of long mode: one article of ``size`` characters, timed."""
    from pipeline.jobs.local import process
    from pipeline.nlp.build import build_nlp
    from pipeline.read.articles import from_texts

    with tempfile.TemporaryDirectory() as tmp:
        paths = synthetic_corpus([str(ROOT / "corpus")], max(4, size // 2000), seed, Path(tmp))
        text = ""
        for p in paths:
            if len(text) >= size:
                break
            text += p.read_text(encoding="utf-8") + "\n"
        text = text[:size]
        text = text[: text.rfind("\n\n")] if "\n\n" in text else text
    nlp = build_nlp()
    process(from_texts([{"text": "Officials said on Monday that talks went on.", "published": "2024-05-01"}]), nlp)
    start = time.perf_counter()
    tables = process(from_texts([{"text": text, "published": "2024-05-01"}]), nlp)
    took = time.perf_counter() - start
    print(f"chars={len(text)} seconds={took:.2f} s_per_100k_chars={took / len(text) * 1e5:.2f} "
          f"events={len(tables.events)} peak_rss_mb={peak_rss_mb():.0f}")


def long_mode(args: argparse.Namespace) -> None:
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one-long", str(size)], capture_output=True, text=True)
        print(out.stdout.strip() or out.stderr.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500, help="articles in the synthetic corpus")
    ap.add_argument("--from", dest="sources", nargs="+", default=[str(ROOT / "corpus")],
                    help="folders to build the corpus from (e.g. corpus/ and a development set)")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--report", action="store_true", help="also write report.html in the measured run")
    ap.add_argument("--bracket", action="store_true",
                    help="run bare nlp.pipe again after the whole path and also print the ratio to the "
                         "mean of the two bare runs (a machine whose speed drifts skews a single pair)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="whole path this many times, each between two bare runs; prints each round's ratio and the median")
    ap.add_argument("--long", action="store_true", help="measure one article of growing length instead")
    ap.add_argument("--sizes", default="50000,200000,1000000")
    ap.add_argument("--one-long", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one_long:
        one_long(args.one_long, args.seed)
    elif args.long:
        long_mode(args)
    else:
        corpus_mode(args)


if __name__ == "__main__":
    main()
