"""Mutation score per module, from mutmut's results (the last step of ``make mutation``).

mutmut prints one line per mutant (``mutmut results --all true``), e.g.
``    pipeline.reconcile.conflicts.x__one_account__mutmut_3: survived``. This
script counts them per module and ends with one line over all the modules
asked for::

    mutation score: 87.5% (killed 350 of 400)

A mutant counts as killed when a test failed (``killed``), when it made the
tests hang (``timeout``) or when a type check refused it. Every other mutant
counts against the score, "no tests" and not yet checked ones included, so an
interrupted run cannot look better than a finished one. Only mutants that a
``# pragma: no mutate`` put aside (``skipped``) are left out.

With ``--sample FILE`` (written by ``tools/mutation_sample.py``) only the
sampled mutants count, and a last line gives the 95% interval of the score of
all the mutants they were drawn from::

    all mutants (estimated from a sample of 400): 82.1% to 89.2%

Usage: ``python tools/mutation_report.py [--results FILE] [--sample FILE] [MODULE ...]``
where a MODULE is a package or file path (``pipeline/jobs``, ``pipeline/read/page.py``)
or a dotted name; without ``--results`` it asks ``mutmut results`` itself.
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# "    pipeline.read.page.x_is_prose__mutmut_12: survived"  (functions: "x_name",
# methods: "xǁClassǁname"; the module is everything before that last part)
LINE = re.compile(r"^\s*(?P<name>(?P<module>[\w.]+?)\.x(?:_|ǁ)\S*__mutmut_\d+):\s*(?P<status>.+?)\s*$")
DETECTED = {"killed", "timeout", "caught by type check"}
SHOWN = ("killed", "survived", "timeout", "no tests")
LEFT_OUT = {"skipped"}


@dataclass
class ModuleCounts:
    """How the mutants of one module fared."""

    statuses: Counter[str] = field(default_factory=Counter)

    @property
    def detected(self) -> int:
        return sum(n for status, n in self.statuses.items() if status in DETECTED)

    @property
    def scored(self) -> int:
        return sum(n for status, n in self.statuses.items() if status not in LEFT_OUT)

    @property
    def other(self) -> int:
        return sum(n for status, n in self.statuses.items() if status not in SHOWN and status not in LEFT_OUT)


def module_prefix(module: str) -> str:
    """``pipeline/read/page.py`` or ``pipeline.read.page`` -> ``pipeline.read.page``."""
    name = module.strip().rstrip("/")
    if name.endswith(".py"):
        name = name[:-3]
    return name.replace("/", ".")


def parse_results(text: str, modules: list[str] | None = None,
                  sample: set[str] | None = None) -> dict[str, ModuleCounts]:
    """Count statuses per module; with ``modules``, only mutants inside one of them; with
    ``sample``, only the mutants named in it."""
    prefixes = [module_prefix(m) for m in modules or []]
    counts: dict[str, ModuleCounts] = {}
    for line in text.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        module = match["module"]
        if prefixes and not any(module == p or module.startswith(p + ".") for p in prefixes):
            continue
        if sample is not None and match["name"] not in sample:
            continue
        counts.setdefault(module, ModuleCounts()).statuses[match["status"]] += 1
    return counts


def score_line(counts: dict[str, ModuleCounts]) -> str:
    """The closing line: share of scored mutants that were detected."""
    detected = sum(c.detected for c in counts.values())
    scored = sum(c.scored for c in counts.values())
    share = 100.0 * detected / scored if scored else 0.0
    return f"mutation score: {share:.1f}% (killed {detected} of {scored})"


def interval(detected: int, scored: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson's 95% interval for a share measured on a sample (it stays inside 0..1 and
    is honest at 100% killed, where the plain one would shrink to nothing)."""
    if not scored:
        return 0.0, 1.0
    p = detected / scored
    centre = (p + z * z / (2 * scored)) / (1 + z * z / scored)
    half = z * math.sqrt(p * (1 - p) / scored + z * z / (4 * scored * scored)) / (1 + z * z / scored)
    return max(0.0, centre - half), min(1.0, centre + half)


def estimate_line(counts: dict[str, ModuleCounts]) -> str:
    """What a sample says about all the mutants it was drawn from."""
    detected = sum(c.detected for c in counts.values())
    scored = sum(c.scored for c in counts.values())
    low, high = interval(detected, scored)
    return f"all mutants (estimated from a sample of {scored}): {100 * low:.1f}% to {100 * high:.1f}%"


def report(counts: dict[str, ModuleCounts]) -> str:
    """A table of the modules, then the score line."""
    width = max([len("module")] + [len(m) for m in counts])
    head = f"{'module':<{width}}  {'killed':>6}  {'survived':>8}  {'timeout':>7}  {'no tests':>8}  {'other':>5}  {'score':>6}"
    rows = [head]
    for module in sorted(counts):
        c = counts[module]
        share = f"{100.0 * c.detected / c.scored:.1f}%" if c.scored else "-"
        s = c.statuses
        rows.append(f"{module:<{width}}  {s['killed']:>6}  {s['survived']:>8}  {s['timeout']:>7}  "
                    f"{s['no tests']:>8}  {c.other:>5}  {share:>6}")
    rows.append(score_line(counts))
    return "\n".join(rows)


def mutmut_results() -> str:
    """Every mutant's status, as mutmut lists it (run from the project root)."""
    mutmut = Path(sys.executable).with_name("mutmut")
    done = subprocess.run([str(mutmut), "results", "--all", "true"], capture_output=True, text=True, check=True)
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="packages or files to report on (default: all mutated)")
    parser.add_argument("--results", type=Path, help="a saved `mutmut results --all true` listing")
    parser.add_argument("--sample", type=Path, help="only the mutants named in this file (tools/mutation_sample.py)")
    args = parser.parse_args(argv)
    text = args.results.read_text(encoding="utf-8") if args.results else mutmut_results()
    sample = set(args.sample.read_text(encoding="utf-8").split()) if args.sample else None
    counts = parse_results(text, args.modules, sample)
    if not counts:
        print("no mutants found for " + (" ".join(args.modules) or "any module"), file=sys.stderr)
    print(report(counts))
    if sample is not None:
        print(estimate_line(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
