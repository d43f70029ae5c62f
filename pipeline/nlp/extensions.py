"""Custom attributes our components set on Docs, Spans and Tokens.

Registered once, here, so that every component and the event extractor agree on
their names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register() -> None:
    """Idempotent: spaCy raises if an extension is set twice without force."""
    # parts: the page's parts in this Doc's offsets, (start, end, kind, date) from the page stage
    for name, default in (("reference", None), ("roles", None), ("mention_roles", None), ("parts", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("date", "trigger", "cue"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register()
