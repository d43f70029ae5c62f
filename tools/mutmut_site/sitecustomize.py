"""Imported at start-up by child Pythons during mutmut's stats run (see tools/mutmut_hits.py).

At exit, writes the functions of the watched modules that this process ran, so
the test that started it is credited with them.
"""

from __future__ import annotations

import os

_FOLDER = os.environ.get("MUTMUT_SUBPROCESS_HITS")

if _FOLDER and os.environ.get("MUTANT_UNDER_TEST") == "stats":
    import atexit
    import json

    def _write_hits() -> None:
        try:
            from mutmut.state import state
        except ImportError:
            return
        prefixes = tuple(p for p in os.environ.get("MUTMUT_SUBPROCESS_MODULES", "").split(",") if p)
        hits = sorted(name for name in state()._stats if name.startswith(prefixes))
        if hits:
            path = os.path.join(_FOLDER, f"{os.getpid()}.json")
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                json.dump(hits, f)
            os.replace(path + ".tmp", path)

    atexit.register(_write_hits)
