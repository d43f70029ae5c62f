"""Readers for the data files under ``models/``.

Every pattern, cue list and gazetteer lives in a data file so that linguists can
extend them without touching code; these helpers are the only place that knows
the file formats (JSONL: one JSON object a line; TXT: one entry a line, ``#``
starts a comment).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def resolve_path(path: str | Path, base: Path | None = None) -> Path:
    """Relative paths in the config are relative to the models folder."""
    p = Path(path)
    if p.is_absolute():
        return p
    return (base or MODELS_DIR) / p


@lru_cache(maxsize=None)
def _read_lines(path: Path) -> tuple[str, ...]:
    lines: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("{") else raw.strip()
            if line:
                lines.append(line)
    return tuple(lines)


def read_list(path: str | Path) -> list[str]:
    """One entry a line; blank lines and ``#`` comments are ignored."""
    return list(_read_lines(resolve_path(path)))


def read_jsonl(path: str | Path) -> list[dict]:
    """One JSON object a line; a bad line names its file and line number."""
    rows: list[dict] = []
    p = resolve_path(path)
    for n, line in enumerate(_read_lines(p), 1):
        if line.startswith("#"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - data error
            raise ValueError(f"{p}: entry {n} is not valid JSON: {exc}") from exc
    return rows


def read_groups(path: str | Path) -> dict[str, set[str]]:
    """Lines of the form ``kind: word word ...``: the words of each kind."""
    groups: dict[str, set[str]] = {}
    for line in read_list(path):
        kind, _, words = line.partition(":")
        groups.setdefault(kind.strip(), set()).update(w.lower() for w in words.split())
    return groups


def word_class(name: str) -> frozenset[str]:
    """One class of ``models/lexicon/word_classes.txt``: open-class words a rule reads in a fixed role."""
    classes = read_groups("lexicon/word_classes.txt")
    if name not in classes:
        raise KeyError(f"no word class {name!r} in models/lexicon/word_classes.txt")
    return frozenset(classes[name])
