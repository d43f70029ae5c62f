"""One ingest run at a time per store.

``fcntl.flock`` on a lock file next to the database: the kernel releases it when
the process ends, however it ends (kill -9 included), so a crashed run never
leaves a stale lock behind. A second run does not wait: it exits at once with
``EX_TEMPFAIL`` (75) so that a scheduler simply tries again next time.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

EX_TEMPFAIL = 75


class Locked(RuntimeError):
    """Another run holds the lock."""


class RunLock:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.fd: int | None = None

    def __enter__(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise Locked(f"another ingest run (pid {holder}) holds the lock {self.path}; not starting") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
