"""Sentence starts at line breaks.

The small English parser runs captions, headings and paragraphs together into
one sentence; a line break in a news article always ends a sentence, and two
proper nouns side by side ("Thabo Dube") never start a new one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
        elif token.tag_ == "NNP" and doc[token.i + 1].tag_ == "NNP" and token.whitespace_ == " ":
            doc[token.i + 1].is_sent_start = False  # a name never straddles two sentences
    return doc
