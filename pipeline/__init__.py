"""News events pipeline: what articles report happened to people.

    >>> import pipeline
    >>> tables = pipeline.extract("corpus/")
    >>> tables.events.head()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .jobs.local import Tables, extract

__all__ = ["Tables", "extract"]


def __getattr__(name: str) -> Any:
    """``pipeline.extract`` loads spaCy; the command line and the store need not."""
    if name == "extract":
        import importlib

        # the package is callable: see pipeline/extract/__init__.py
        return importlib.import_module(f"{__name__}.extract")
    if name == "Tables":
        from .output.assemble import Tables

        return Tables
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
