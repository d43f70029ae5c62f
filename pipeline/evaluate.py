"""Score pipeline output against a hand-checked gold folder.

The rules follow ``ANNOTATION.md`` ("How it is scored"): names are compared
after alias resolution, predictions are collapsed to distinct
(doc, type, person, date, negated) before matching (a claim and its denial stay
two rows), matching is one-to-one on non-contradicting dates and prefers the same
polarity, optional gold events are neither rewarded nor
punished, and attributes are judged only on matched pairs.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

TYPES: tuple[str, ...] = (
    "DEFECT", "DISAPPEAR", "REAPPEAR", "ARREST", "IMPRISON", "EXECUTE",
    "KILL", "DIE", "PURGE", "APPOINT", "ELECT", "MEET",
)

# ASCII hyphen-minus plus the Unicode hyphen and non-breaking hyphen, which
# some outlets use inside romanised names ("Ri Il‑kyu").
_HYPHENS = re.compile("[-\u2010\u2011]")
_SPACES = re.compile(r"\s+")
_ACRONYM = re.compile(r"(.+?) \(([^()\s]+)\)")

# Above this many gold events in one (doc, type, person) group the exhaustive
# matcher gets slow; fall back to augmenting paths (exact pairs first).
_EXHAUSTIVE_LIMIT = 12


@dataclass
class Gold:
    """The four files of a gold folder, one dict per JSONL line."""

    docs: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)


# --------------------------------------------------------------------------
# Loading


def _read_jsonl(path: Path, required: bool) -> list[dict]:
    """Read one JSONL file; a bad line names file and line so it can be fixed."""
    if not path.exists():
        if required:
            raise FileNotFoundError(f"gold file missing: {path}")
        return []
    rows: list[dict] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from exc
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object")
            rows.append(obj)
    return rows


def load_gold(gold_dir: Path | str) -> Gold:
    """Load a gold folder; conflicts.jsonl is optional since not every set has disputes."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"gold folder not found: {root}")
    return Gold(
        docs=_read_jsonl(root / "docs.jsonl", required=True),
        events=_read_jsonl(root / "events.jsonl", required=True),
        people=_read_jsonl(root / "people.jsonl", required=True),
        conflicts=_read_jsonl(root / "conflicts.jsonl", required=False),
    )


# --------------------------------------------------------------------------
# Cell normalisation (CSV cells arrive as NaN, "", "true", 2019.0, ...)


def _is_missing(value: Any) -> bool:
    """True for None, NaN/NA and blank strings: all mean "empty cell"."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _text(value: Any) -> str:
    """A cell as stripped text, empty for missing values."""
    return "" if _is_missing(value) else str(value).strip()


def normalise_name(name: str | None) -> str:
    """Lower-case, drop hyphens, collapse whitespace: the spelling-insensitive key of ANNOTATION.md."""
    if _is_missing(name):
        return ""
    text = _HYPHENS.sub("", str(name).lower())
    return _SPACES.sub(" ", text).strip()


def _norm_date(value: Any) -> str:
    """ISO date text; tolerates pandas reading "2019" as 2019 or 2019.0."""
    if _is_missing(value):
        return ""
    if isinstance(value, (_dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _to_bool(value: Any) -> bool:
    """Accept real booleans and the CSV spellings "true"/"false" (any case)."""
    if _is_missing(value):
        return False
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"true", "t", "yes", "y", "1"}:
            return True
        if text in {"false", "f", "no", "n", "0"}:
            return False
        raise ValueError(f"not a boolean: {value!r}")
    return bool(value)


# --------------------------------------------------------------------------
# Dates


def _contains(outer: str, inner: str) -> bool:
    """True when ISO date ``outer`` contains ``inner`` (equal counts; empty contains all)."""
    if not outer:
        return True
    if not inner.startswith(outer):
        return False
    return len(inner) == len(outer) or inner[len(outer)] == "-"


def _compatible(a: str, b: str) -> bool:
    """Dates do not contradict: equal, nested, or either empty."""
    return _contains(a, b) or _contains(b, a)


def _precision(date: str) -> int:
    """Number of ISO components given (0 for empty)."""
    return 0 if not date else date.count("-") + 1


def _date_correct(gold: str, pred: str) -> bool:
    """Prediction inside the gold date and at least as precise; empty gold wants empty pred."""
    if not gold:
        return not pred
    return bool(pred) and _contains(gold, pred)


# --------------------------------------------------------------------------
# Names


class _Names:
    """Alias table: normalised spelling -> normalised canonical, plus display names."""

    def __init__(self, people: Iterable[dict]) -> None:
        self.canon: dict[str, str] = {}
        self.display: dict[str, str] = {}
        people = list(people)
        # Canonical names first so an alias can never hijack someone's canonical name.
        for p in people:
            key = normalise_name(p.get("person"))
            if key and key not in self.canon:
                self.canon[key] = key
                self.display[key] = str(p["person"]).strip()
        for p in people:
            key = normalise_name(p.get("person"))
            if not key:
                continue
            for alias in p.get("aliases") or []:
                akey = normalise_name(alias)
                if akey and akey not in self.canon:
                    self.canon[akey] = self.canon[key]

    def resolve(self, name: Any) -> str:
        """Canonical normalised form when known, else the normalised text itself."""
        key = normalise_name(name)
        return self.canon.get(key, key)

    def show(self, key: str, fallback: Any = None) -> str | None:
        """Readable name for reports: the gold spelling, else what was predicted."""
        if key in self.display:
            return self.display[key]
        text = _text(fallback)
        return text or None


def _source_forms(key: str) -> set[str]:
    """A normalised source as it may be written for the same body: with or without a leading
    "the", and a "Long Name (ACRONYM)" by either part ("the Interior Ministry" is the body
    "Interior Ministry" names; "CCTV" the one "China Central Television (CCTV)" names)."""
    forms = {key}
    acronym = _ACRONYM.fullmatch(key)
    if acronym:
        forms |= {acronym.group(1), acronym.group(2)}
    return forms | {f[len("the "):] for f in forms if f.startswith("the ")}


def _same_source(gold: str, pred: str) -> bool:
    """Same person or organisation (ANNOTATION.md): names resolved by alias, bodies by the forms above."""
    if gold == pred:
        return True
    return bool(gold and pred and _source_forms(gold) & _source_forms(pred))


# --------------------------------------------------------------------------
# Events


@dataclass
class _Event:
    doc: str
    type: str
    person: str          # resolved, normalised
    date: str
    source: str          # resolved, normalised
    hedged: bool
    negated: bool
    optional: bool = False
    person_text: Any = None
    source_text: Any = None


def _gold_events(gold: Gold, names: _Names, docs: set[str]) -> list[_Event]:
    """Gold events of the scored docs, names resolved like predictions are."""
    out = []
    for e in gold.events:
        doc = _text(e.get("doc"))
        if doc not in docs:
            continue
        out.append(_Event(
            doc=doc,
            type=_text(e.get("type")).upper(),
            person=names.resolve(e.get("person")),
            date=_norm_date(e.get("date")),
            source=names.resolve(e.get("source")),
            hedged=_to_bool(e.get("hedged")),
            negated=_to_bool(e.get("negated")),
            optional=_to_bool(e.get("optional")),
            person_text=e.get("person"),
            source_text=e.get("source"),
        ))
    return out


def _pred_events(events: pd.DataFrame, names: _Names, docs: set[str]) -> list[_Event]:
    """Predicted rows of the scored docs, in file order; missing optional columns default empty."""
    if events is None or len(events) == 0:
        return []
    missing = [c for c in ("doc", "type", "person") if c not in events.columns]
    if missing:
        raise ValueError(f"events table lacks column(s): {', '.join(missing)}")
    out = []
    for row in events.to_dict("records"):
        doc = _text(row.get("doc"))
        if doc not in docs:
            continue
        out.append(_Event(
            doc=doc,
            type=_text(row.get("type")).upper(),
            person=names.resolve(row.get("person")),
            date=_norm_date(row.get("date")),
            source=names.resolve(row.get("source")),
            hedged=_to_bool(row.get("hedged")),
            negated=_to_bool(row.get("negated")),
            person_text=row.get("person"),
            source_text=row.get("source"),
        ))
    return out


def _group_key(e: _Event) -> tuple[str, str, str]:
    return (e.doc, e.type, e.person)


def _collapse(preds: list[_Event]) -> list[_Event]:
    """Distinct (doc, type, person, date, negated); a date merges into a more precise one it
    contains. A claim and its denial stay two rows.

    Identical keys keep the first row; a less precise row is dropped in favour
    of the more precise row (whose attributes are kept).
    """
    first: dict[tuple[str, str, str, str, bool], _Event] = {}
    for p in preds:
        first.setdefault((*_group_key(p), p.date, p.negated), p)
    groups: dict[tuple[str, str, str, bool], list[_Event]] = {}
    for p in first.values():
        groups.setdefault((*_group_key(p), p.negated), []).append(p)
    kept: list[_Event] = []
    for members in groups.values():
        dates = [m.date for m in members]
        for m in members:
            if not any(d != m.date and _contains(m.date, d) for d in dates):
                kept.append(m)
    return kept


Key = tuple[str, bool]  # (date, negated)


def _pair_weight(p: Key, g: Key) -> tuple[int, int, int, int]:
    """Preference for a compatible pair: count it, same polarity first, then exact dates,
    then shared precision."""
    return (1, int(p[1] == g[1]), int(p[0] == g[0]), min(_precision(p[0]), _precision(g[0])))


def _match_exhaustive(preds: list[Key], golds: list[Key]) -> list[tuple[int, int]]:
    """Best one-to-one matching: most pairs, then most same-polarity pairs, then most exact
    pairs, then most specific."""
    n = len(preds)
    edges = [[j for j, g in enumerate(golds) if _compatible(p[0], g[0])] for p in preds]
    zero = (0, 0, 0, 0)

    @lru_cache(maxsize=None)
    def best(i: int, used: int) -> tuple[tuple[int, int, int, int], tuple[tuple[int, int], ...]]:
        if i == n:
            return zero, ()
        top, pairs = best(i + 1, used)  # leave prediction i unmatched
        for j in edges[i]:
            if used & (1 << j):
                continue
            sub, sub_pairs = best(i + 1, used | (1 << j))
            w = _pair_weight(preds[i], golds[j])
            cand = tuple(a + b for a, b in zip(sub, w))
            if cand > top:
                top, pairs = cand, ((i, j),) + sub_pairs
        return top, pairs

    return list(best(0, 0)[1])


def _match_augmenting(preds: list[Key], golds: list[Key]) -> list[tuple[int, int]]:
    """Maximum matching for large groups: pair exact (date, polarity) first, then augment."""
    match_g: dict[int, int] = {}

    def augment(i: int, allowed, seen: set[int]) -> bool:
        for j, g in enumerate(golds):
            if j in seen or not allowed(preds[i], g):
                continue
            seen.add(j)
            if j not in match_g or augment(match_g[j], allowed, seen):
                match_g[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, lambda a, b: a == b, set())
    matched = set(match_g.values())
    for i in range(len(preds)):
        if i not in matched and augment(i, lambda a, b: _compatible(a[0], b[0]), set()):
            matched = set(match_g.values())
    return sorted((i, j) for j, i in match_g.items())


def _match(preds: list[Key], golds: list[Key]) -> list[tuple[int, int]]:
    """One-to-one matching of (date, negated) keys inside one (doc, type, person) group."""
    if not preds or not golds:
        return []
    if len(golds) <= _EXHAUSTIVE_LIMIT:
        return _match_exhaustive(preds, golds)
    return _match_augmenting(preds, golds)


def _prf(tp: int, fp: int, fn: int) -> dict:
    """Precision/recall/F1 with the counts; zero denominators give 0.0."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _type_order(types: Iterable[str]) -> list[str]:
    """Known types in ANNOTATION.md order, then any unknown ones alphabetically."""
    present = set(types)
    known = [t for t in TYPES if t in present]
    return known + sorted(present - set(TYPES))


def _score_conflicts(conflicts: pd.DataFrame | None, gold: Gold, names: _Names) -> dict:
    """Distinct persons flagged vs gold persons, after alias resolution."""
    gold_people = {names.resolve(c.get("person")) for c in gold.conflicts} - {""}
    pred_people: set[str] = set()
    if conflicts is not None and len(conflicts) and "person" in conflicts.columns:
        pred_people = {names.resolve(v) for v in conflicts["person"]} - {""}
    tp = len(gold_people & pred_people)
    out = _prf(tp, len(pred_people) - tp, len(gold_people) - tp)
    if not gold_people and not pred_people:
        out.update(precision=None, recall=None, f1=None,
                   note="no gold conflicts and none predicted")
    return out


def score(events: pd.DataFrame, conflicts: pd.DataFrame, gold: Gold) -> dict:
    """Score predicted events and conflicts against gold; JSON-serialisable result."""
    names = _Names(gold.people)
    docs = {_text(d.get("doc")) for d in gold.docs} - {""}
    gold_events = _gold_events(gold, names, docs)
    preds = _collapse(_pred_events(events, names, docs))

    required = [g for g in gold_events if not g.optional]
    optional = [g for g in gold_events if g.optional]

    req_groups: dict[tuple[str, str, str], list[int]] = {}
    for idx, g in enumerate(required):
        req_groups.setdefault(_group_key(g), []).append(idx)
    pred_groups: dict[tuple[str, str, str], list[int]] = {}
    for idx, p in enumerate(preds):
        pred_groups.setdefault(_group_key(p), []).append(idx)

    pairs: list[tuple[int, int]] = []  # (pred index, required-gold index)
    for key, pidx in pred_groups.items():
        gidx = req_groups.get(key, [])
        local = _match([(preds[i].date, preds[i].negated) for i in pidx],
                       [(required[j].date, required[j].negated) for j in gidx])
        pairs.extend((pidx[a], gidx[b]) for a, b in local)

    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    # Unmatched predictions that an optional gold event would accept are ignored.
    dropped = {
        i for i, p in enumerate(preds)
        if i not in matched_p and any(
            _group_key(o) == _group_key(p) and _compatible(p.date, o.date) for o in optional)
    }
    fp_idx = [i for i in range(len(preds)) if i not in matched_p and i not in dropped]
    fn_idx = [j for j in range(len(required)) if j not in matched_g]

    counts: dict[str, list[int]] = {}
    for t in _type_order([e.type for e in gold_events] + [p.type for p in preds]):
        counts[t] = [0, 0, 0]
    for i, _ in pairs:
        counts[preds[i].type][0] += 1
    for i in fp_idx:
        counts[preds[i].type][1] += 1
    for j in fn_idx:
        counts[required[j].type][2] += 1

    attr_hits = {"date": 0, "source": 0, "hedged": 0, "negated": 0}
    mismatches: list[dict] = []
    for i, j in sorted(pairs, key=lambda ij: ij[1]):
        p, g = preds[i], required[j]
        checks = {
            "date": (_date_correct(g.date, p.date), g.date or None, p.date or None),
            "source": (_same_source(g.source, p.source), names.show(g.source, g.source_text),
                       names.show(p.source, p.source_text)),
            "hedged": (g.hedged == p.hedged, g.hedged, p.hedged),
            "negated": (g.negated == p.negated, g.negated, p.negated),
        }
        for name, (ok, gv, pv) in checks.items():
            if ok:
                attr_hits[name] += 1
            else:
                mismatches.append({
                    "doc": g.doc, "type": g.type, "person": names.show(g.person, g.person_text),
                    "date": g.date or None, "field": name, "gold": gv, "predicted": pv,
                })
    n = len(pairs)
    attributes = {k: {"accuracy": (v / n if n else 0.0), "n": n} for k, v in attr_hits.items()}

    def brief(e: _Event) -> dict:
        return {"doc": e.doc, "type": e.type, "person": names.show(e.person, e.person_text),
                "date": e.date or None, "source": names.show(e.source, e.source_text)}

    tp, fp, fn = len(pairs), len(fp_idx), len(fn_idx)
    return {
        "events": _prf(tp, fp, fn),
        "per_type": {t: _prf(*c) for t, c in counts.items()},
        "attributes": attributes,
        "conflicts": _score_conflicts(conflicts, gold, names),
        "errors": {
            "false_positives": [brief(preds[i]) for i in fp_idx],
            "false_negatives": [brief(required[j]) for j in fn_idx],
            "attribute_mismatches": mismatches,
        },
    }


# --------------------------------------------------------------------------
# Report


def _num(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def _prf_line(label: str, d: dict) -> str:
    return (f"{label:<10} P={_num(d['precision'])}  R={_num(d['recall'])}  "
            f"F1={_num(d['f1'])}  (tp={d['tp']} fp={d['fp']} fn={d['fn']})")


def format_report(result: dict) -> str:
    """Plain-text summary of a :func:`score` result for a terminal or log."""
    lines = [_prf_line("Events", result["events"]), ""]
    lines.append(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for t, d in result["per_type"].items():
        lines.append(f"{t:<10} {_num(d['precision']):>6} {_num(d['recall']):>6} "
                     f"{_num(d['f1']):>6} {d['tp']:>4} {d['fp']:>4} {d['fn']:>4}")
    lines.append("")
    lines.append("Attributes on matched pairs:")
    for k, d in result["attributes"].items():
        lines.append(f"  {k:<8} accuracy={_num(d['accuracy'])}  (n={d['n']})")
    lines.append("")
    c = result["conflicts"]
    line = _prf_line("Conflicts", c)
    if c.get("note"):
        line += f"  [{c['note']}]"
    lines.append(line)
    return "\n".join(lines) + "\n"
