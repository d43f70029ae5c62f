"""Give the C heap's free memory back to the system between batches.

Parsing a batch takes a few hundred megabytes for a moment and frees them; the results
kept between batches are small but scattered through that memory, and glibc's allocator
returns freed memory to the system only from the top of its heap. Over a run of
thousands of articles the process's resident size then grows with its history, not with
what it holds. ``malloc_trim`` releases the free pages wherever they lie.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache
from typing import Callable


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Return the heap's free pages to the system; False where the C library cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


TRIM_EVERY = 64  # articles extracted in a process between two trims
_since_trim = 0


def release_now_and_then(articles: int, every: int = TRIM_EVERY) -> bool:
    """``release_free_memory`` once per ``every`` articles extracted in this process, however
    they come (a worker takes shards of eight): the memory given back is taken again, page by
    page, by the next batch's parse, which cost 8% of a two-process run when done per shard."""
    global _since_trim
    _since_trim += articles
    if _since_trim < every:
        return False
    _since_trim = 0
    return release_free_memory()
