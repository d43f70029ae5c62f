"""A seeded random sample of the mutants of some modules, for ``make mutation SAMPLE=n``.

Measuring every mutant of ``pipeline/extract`` takes hours on a laptop; a uniform
sample of a few hundred estimates its score within a few points in minutes.
The sample is drawn from the mutants mutmut has generated (``mutants/**/*.meta``),
written one name a line to ``mutants/sample.txt`` for ``mutation_report.py
--sample``, and printed for ``mutmut run``. The same seed draws the same sample,
so a rerun after new tests measures the same mutants again.

Usage: ``python tools/mutation_sample.py N [--seed S] [MODULE ...]``
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutation_report import module_prefix  # noqa: E402

MUTANTS = Path("mutants")


def generated(root: Path = MUTANTS) -> list[str]:
    """Every mutant name mutmut generated, in a stable order."""
    names: list[str] = []
    for meta in sorted(root.glob("**/*.py.meta")):
        names.extend(json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {}))
    return sorted(names)


def in_modules(name: str, modules: list[str]) -> bool:
    """``pipeline.read.page.x_is_prose__mutmut_7`` is in ``pipeline/read`` and ``pipeline.read.page``."""
    prefixes = [module_prefix(m) for m in modules]
    return not prefixes or any(name.startswith(p + ".") for p in prefixes)


def draw(names: list[str], n: int, seed: int) -> list[str]:
    """n names drawn without replacement (all of them when there are fewer)."""
    if n >= len(names):
        return list(names)
    return sorted(random.Random(seed).sample(names, n))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many mutants to draw")
    parser.add_argument("modules", nargs="*", help="packages or files to draw from (default: all mutated)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--root", type=Path, default=MUTANTS, help="mutmut's working folder")
    args = parser.parse_intermixed_args(argv)  # the Makefile puts --seed between n and the modules
    names = [name for name in generated(args.root) if in_modules(name, args.modules)]
    if not names:
        print(f"no mutants generated in {args.root}/ for " + (" ".join(args.modules) or "any module")
              + ": run `make mutation` once first", file=sys.stderr)
        return 1
    sample = draw(names, args.n, args.seed)
    (args.root / "sample.txt").write_text("".join(f"{name}\n" for name in sample), encoding="utf-8")
    print(" ".join(sample))
    return 0


if __name__ == "__main__":
    sys.exit(main())
