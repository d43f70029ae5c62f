"""Everything the rule tests' texts give, pinned: a net under the rules.

Each rule test asserts what its rule is for (the right person, date or source). What
else the pipeline reads from the same text (every other field of every event) is
pinned here: ``tests/snapshots/extracted.jsonl`` holds, for each text a test extracts
from through ``events_of`` or ``extracted.events``, all it gave when the snapshot was
last written. A change that moves any of it, on any test text, fails the test that
extracted it, with the difference.

When a change is meant to move output, write the snapshot again and read its diff
before committing it: ``make snapshot``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "extracted.jsonl"
UPDATE = os.environ.get("UPDATE_SNAPSHOT") == "1"

Key = tuple[str, str, str]


class Snapshot:
    def __init__(self, path: Path = SNAPSHOT) -> None:
        self.path = path
        self.stored: dict[Key, list] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                self.stored[(entry["via"], entry["text"], entry["published"])] = entry["events"]
        self.seen: dict[Key, list] = {}

    def check(self, via: str, text: str, published: str | None, events: list[list]) -> None:
        """``events``: one list of field values per event, in the order extracted."""
        key = (via, text, str(published))
        events = json.loads(json.dumps(events, default=str))  # as it reads back from the file
        if UPDATE:
            if key in self.seen and self.seen[key] != events:
                raise AssertionError(f"one text, two outputs in one session (a test changes the pipeline?): {text!r}")
            self.seen[key] = events
            return
        if key not in self.stored:
            raise AssertionError(f"{text!r} (published {published}) is not in {self.path.name}: "
                                 "run `make snapshot` and read the diff")
        expected = self.stored[key]
        if events != expected:
            raise AssertionError(_difference(text, expected, events))

    def write(self) -> None:
        """The entries seen this session over those stored (``make snapshot`` starts from none)."""
        merged = {**self.stored, **self.seen}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps({"via": k[0], "text": k[1], "published": k[2], "events": merged[k]}, ensure_ascii=False)
                 for k in sorted(merged)]
        self.path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _difference(text: str, expected: list, got: list) -> str:
    lines = [f"the output on {text!r} moved from the snapshot ({len(expected)} events then, {len(got)} now)"]
    for n in range(max(len(expected), len(got))):
        then = expected[n] if n < len(expected) else None
        now = got[n] if n < len(got) else None
        if then != now:
            lines += [f"  event {n}: snapshot {then}", f"  event {n}: now      {now}"]
    lines.append("if the change is meant, run `make snapshot` and read the diff")
    return "\n".join(lines)


SNAP = Snapshot()
