"""Headless Chromium for the report's tests and benchmark: the real browser, started as
a subprocess (Debian package ``chromium``; ``make test`` installs it where it can)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-extensions", "--disable-background-networking"]


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(args: list[str], timeout: int = 120) -> subprocess.CompletedProcess:
    exe = chromium()
    if exe is None:
        raise RuntimeError("Chromium is not installed")
    return subprocess.run([exe, *FLAGS, *args], capture_output=True, text=True, timeout=timeout, check=True)


def dump_dom(page: Path, wait_ms: int = 3000) -> str:
    """The DOM after the page loaded and its scripts (and any event handlers) had time to run."""
    budget = [f"--virtual-time-budget={wait_ms}"] if wait_ms > 0 else []  # 0 would wait for ever
    return _run([*budget, "--dump-dom", Path(page).resolve().as_uri()]).stdout


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 1800) -> Path:
    _run([f"--window-size={width},{height}", "--virtual-time-budget=3000", f"--screenshot={Path(png).resolve()}",
          Path(page).resolve().as_uri()])
    return png
