"""An event's evidence sentence as HTML with the person, the trigger, the date and the
source marked (as displaCy's span renderer marks entities). Every piece of article text is
escaped: what an article says is shown, never run."""

from __future__ import annotations

import html
from dataclasses import dataclass

# when two marks overlap, the earlier kind wins
KINDS = ("trigger", "person", "date", "source")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str


def _as_int(value: object, default: int = -1) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _all(sentence: str, needle: str, kind: str, fold: bool = False) -> list[Mark]:
    if len(needle) < 2:
        return []
    hay, pin = (sentence.lower(), needle.lower()) if fold else (sentence, needle)
    out, at = [], hay.find(pin)
    while at >= 0:
        out.append(Mark(at, at + len(pin), kind))
        at = hay.find(pin, at + len(pin))
    return out


def marks(row: dict, names: list[str]) -> list[Mark]:
    """Where the row's parts sit in its sentence: the trigger by its stored offsets, the
    others by the words the row carries (a pronoun stays unmarked)."""
    sentence = _text(row.get("sentence"))
    found: list[Mark] = []
    base = _as_int(row.get("char_start"))
    t0, t1 = _as_int(row.get("trigger_start")) - base, _as_int(row.get("trigger_end")) - base
    if base >= 0 and 0 <= t0 < t1 <= len(sentence):
        found.append(Mark(t0, t1, "trigger"))
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        found += _all(sentence, name, "person")
    date_text = _text(row.get("date_text"))
    found += _all(sentence, date_text, "date")[:1]
    found += _all(sentence, _text(row.get("source")), "source", fold=True)[:1]
    chosen: list[Mark] = []
    for mark in sorted(found, key=lambda m: (KINDS.index(m.kind), m.start)):
        if all(mark.end <= c.start or mark.start >= c.end for c in chosen):
            chosen.append(mark)
    return sorted(chosen, key=lambda m: m.start)


def highlighted(row: dict, names: list[str]) -> str:
    sentence = _text(row.get("sentence"))
    out, at = [], 0
    for mark in marks(row, names):
        out.append(html.escape(sentence[at:mark.start]))
        out.append(f'<mark class="hl {mark.kind}" title="{mark.kind}">{html.escape(sentence[mark.start:mark.end])}</mark>')
        at = mark.end
    out.append(html.escape(sentence[at:]))
    return "".join(out)
