"""Size of report.html for N articles, and how long headless Chromium takes to load it.
Prints figures; not a test.

Usage: python benchmarks/report_load.py [--n 500] [--from DIR ...] [--outputs DIR] [--repeat 3]

Builds N synthetic articles (as benchmarks/throughput.py does), runs the pipeline on them
(or takes the tables already in --outputs), writes the report, then opens it in Chromium
--repeat times. The load time is the page's own measure: from navigation start to the
load event (performance.now() when ``load`` fires, which the report's script writes on
<body data-load-ms>); the wall time of the whole browser process is printed beside it.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--from", dest="sources", nargs="+", default=[str(ROOT / "corpus")])
    ap.add_argument("--outputs", help="an output folder whose tables to report on (no pipeline run)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    import browser
    from pipeline.output.report import read_tables, write_report

    if browser.chromium() is None:
        raise SystemExit("Chromium is not installed (Debian package 'chromium')")
    with tempfile.TemporaryDirectory() as tmp:
        if args.outputs:
            out = Path(args.outputs)
        else:
            from throughput import synthetic_corpus

            from pipeline.cli import run_corpus

            sys.path.insert(0, str(ROOT / "benchmarks"))
            folder = Path(tmp) / "corpus"
            synthetic_corpus(args.sources, args.n, args.seed, folder)
            out = Path(tmp) / "out"
            start = time.perf_counter()
            run_corpus([folder], out, report=False)
            print(f"pipeline_s={time.perf_counter() - start:.1f} articles={args.n}")
        tables = read_tables(out)
        start = time.perf_counter()
        page = write_report(tables, Path(tmp))
        written = time.perf_counter() - start
        loads, walls = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            dom = browser.dump_dom(page, wait_ms=0)
            walls.append(time.perf_counter() - start)
            found = re.search(r'data-load-ms="(\d+)"', dom)
            if found is None:
                raise SystemExit("the report's script did not run: no load time")
            loads.append(int(found.group(1)) / 1000)
        size = page.stat().st_size
    print(f"events={len(tables.get('events', []))} people={len(tables.get('people', []))} "
          f"report_mb={size / 1e6:.2f} write_s={written:.1f}")
    print(f"chromium_load_event_s median={statistics.median(loads):.2f} max={max(loads):.2f} "
          f"browser_process_wall_s median={statistics.median(walls):.2f}")


if __name__ == "__main__":
    main()
