"""News events pipeline: what articles report happened to people.

    >>> import pipeline
    >>> tables = pipeline.extract("corpus/")
    >>> tables.events.head()
"""

from .extract import Tables, extract

__all__ = ["Tables", "extract"]
