"""News events pipeline: what articles report happened to people.

    >>> import pipeline
    >>> tables = pipeline.extract("corpus/")
    >>> tables.events.head()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extraction import Tables, extract

__all__ = ["Tables", "extract"]


def __getattr__(name: str) -> Any:
    """``pipeline.extract`` loads spaCy; the command line and the store need not."""
    if name in __all__:
        from . import extraction

        return getattr(extraction, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
