"""Import every module that registers a spaCy factory, so that the config can name them."""

from . import cues, dating, gazetteer, names, paragraphs, triggers  # noqa: F401
