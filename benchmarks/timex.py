"""Date resolution measured on a newswire TimeML corpus (TimeBank / TempEval-3 ``.tml`` files).

Usage: python benchmarks/timex.py FOLDER [--tense] [--errors N]

The corpus is not shipped with the project: point FOLDER at TimeML files kept
elsewhere (they are searched recursively). Each file needs a DCT (document
creation time) and TIMEX3 elements in its TEXT.

What is counted: TIMEX3 elements of type DATE whose gold value is a calendar
date at year, month or day precision ("2019", "2019-02", "2019-02-14").
Skipped, and counted apart: durations, sets and times (other types), weeks
("2013-W12"), seasons and quarters ("2012-SU", "1998-Q1"), decades and
centuries ("199", "19"), PRESENT_REF / PAST_REF / FUTURE_REF and values with
unknown parts ("XXXX-XX-XX").

How: every DATE timex of a document is resolved in text order with
``resolve_date(text, DCT, anchor)``, the anchor being the last one that
resolved (as the pipeline's date component does). A counted expression is
correct when the resolved ISO value is at least as precise as the gold and
equal to it at the gold's precision. For comparison, plain dateparser
(``DateDataParser`` with RELATIVE_BASE = DCT) reads the same expressions; its
value is taken at the period it reports. With ``--tense`` the expression's
clause is parsed with the pipeline's spaCy model and decides, as in the
pipeline, whether a date without a year lies ahead (``looks_ahead``).
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.dates import ResolvedDate, parse_iso, resolve_date  # noqa: E402

CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass
class Timex:
    text: str
    type: str
    value: str
    start: int  # character offsets in the document's TEXT
    end: int


@dataclass
class Document:
    name: str
    dct: ResolvedDate
    text: str
    timexes: list[Timex]


def _walk(elem: ET.Element, parts: list[str], found: list[Timex]) -> None:
    """Flatten TEXT into plain text, noting where each TIMEX3 lies."""
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        start = sum(map(len, parts))
        _walk(child, parts, found)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:]
            found.append(Timex(" ".join(text.split()), child.get("type", ""), child.get("value", ""),
                               start, start + len(text)))
        if child.tail:
            parts.append(child.tail)


def read_document(path: Path) -> Document | None:
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    text_elem = root.find("TEXT")
    if dct is None or text_elem is None:
        return None
    reference = parse_iso((dct.get("value") or "")[:10])
    if reference is None:
        return None
    parts: list[str] = []
    found: list[Timex] = []
    _walk(text_elem, parts, found)
    found.sort(key=lambda t: t.start)
    return Document(path.name, reference, "".join(parts), found)


def skip_reason(t: Timex) -> str | None:
    if t.type != "DATE":
        return t.type.lower() or "no type"
    if CALENDAR.fullmatch(t.value):
        return None
    if "X" in t.value:
        return "unknown part"
    if t.value.endswith("_REF"):
        return t.value.lower()
    if "-W" in t.value:
        return "week"
    if re.fullmatch(r"\d{4}-(?:SP|SU|FA|AU|WI|Q\d|H\d)", t.value):
        return "season/quarter/half"
    if re.fullmatch(r"\d{2,3}", t.value):
        return "decade/century"
    return "other value"


def correct(got: str | None, gold: str) -> bool:
    return got is not None and len(got) >= len(gold) and got[: len(gold)] == gold


def error_kind(got: str | None, gold: str) -> str:
    if got is None:
        return "unresolved"
    if len(got) < len(gold) and gold.startswith(got):
        return "too coarse"
    if got[:4] != gold[:4]:
        return "wrong year" if got[4:len(gold)] == gold[4:] else "wrong year and more"
    return "wrong month" if got[5:7] != gold[5:7] else "wrong day"


def dateparser_value(parser_cache: dict, text: str, dct: datetime.date) -> str | None:
    from dateparser.date import DateDataParser

    parser = parser_cache.get(dct)
    if parser is None:
        base = datetime.datetime.combine(dct, datetime.time(12))
        parser = parser_cache[dct] = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises on some inputs: count it as unresolved
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    return {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(data.period or "day", d.isoformat())


@dataclass
class Score:
    label: str
    ok: int = 0
    kinds: Counter = None  # type: ignore[assignment]
    failures: Counter = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.kinds, self.failures = Counter(), Counter()

    def add(self, text: str, got: str | None, gold: str) -> None:
        if correct(got, gold):
            self.ok += 1
        else:
            self.kinds[error_kind(got, gold)] += 1
            self.failures[(text.lower(), gold, str(got))] += 1

    def report(self, n: int) -> str:
        kinds = ", ".join(f"{k} {v}" for k, v in self.kinds.most_common()) or "none"
        return f"{self.label}: {self.ok}/{n} = {100 * self.ok / n:.1f}%   errors: {kinds}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--tense", action="store_true", help="also let the parse decide past or future, as the pipeline does")
    ap.add_argument("--errors", type=int, default=15, help="how many failing expressions to list")
    args = ap.parse_args()

    docs = [d for p in sorted(args.folder.rglob("*.tml")) if (d := read_document(p)) is not None]
    nlp = cues = looks_ahead = None
    if args.tense:
        from pipeline.nlp.build import build_nlp
        from pipeline.nlp.dating import looks_ahead

        nlp = build_nlp()
        cues = nlp.get_pipe("date_resolver").cues

    past, tense = Score("resolve_date, past by default"), Score("resolve_date, tense from the parse")
    plain = Score("dateparser, plain (RELATIVE_BASE=DCT)")
    skipped: Counter[str] = Counter()
    n = 0
    parsers: dict = {}
    for doc in docs:
        parsed = nlp(doc.text) if nlp is not None else None
        anchors: dict[str, ResolvedDate | None] = {"past": None, "tense": None}  # each method its own chain
        for t in doc.timexes:
            got: dict[str, str | None] = {}
            if t.type == "DATE":
                ahead = False
                if parsed is not None:
                    span = parsed.char_span(t.start, t.end, alignment_mode="expand")
                    ahead = span is not None and len(span) > 0 and looks_ahead(span, cues)
                for method, future in (("past", False), ("tense", ahead)):
                    resolved = resolve_date(t.text, doc.dct, anchors[method], future=future)
                    if resolved is not None:
                        anchors[method] = resolved
                    got[method] = resolved.iso if resolved is not None else None
            reason = skip_reason(t)
            if reason is not None:
                skipped[reason] += 1
                continue
            n += 1
            past.add(t.text, got["past"], t.value)
            tense.add(t.text, got["tense"], t.value)
            plain.add(t.text, dateparser_value(parsers, t.text, doc.dct.start), t.value)

    print(f"documents={len(docs)} counted={n} skipped={sum(skipped.values())} "
          f"({', '.join(f'{k} {v}' for k, v in skipped.most_common())})")
    if not n:
        return
    shown = [past, tense, plain] if args.tense else [past, plain]
    for score in shown:
        print(score.report(n))
    worst = tense if args.tense else past
    if args.errors and worst.failures:
        print(f"most common failures of {worst.label} (text, gold, got):")
        for (text, gold, got_iso), count in worst.failures.most_common(args.errors):
            print(f"  {count:3d}  {text!r:32} gold={gold:10} got={got_iso}")


if __name__ == "__main__":
    main()
