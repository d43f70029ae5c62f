"""Sentence starts at line breaks.

The small English parser runs captions, headings and paragraphs together into
one sentence; a line break in a news article always ends a sentence, and two
proper nouns side by side ("Thabo Dube") never start a new one.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    if len(doc) < 2:
        return doc
    # read from arrays: a Python pass over every token cost as much as the rest of our components
    space, tags, spaced = (doc.to_array(a) for a in (IS_SPACE, TAG, SPACY))
    for i in numpy.flatnonzero(space[:-1]).tolist():
        if "\n" in doc[i].text:  # only a whitespace token holds a line break
            doc[i + 1].is_sent_start = True
    nnp = tags == doc.vocab.strings["NNP"]
    for i in numpy.flatnonzero(nnp[:-1] & nnp[1:] & (spaced[:-1] == 1)).tolist():
        doc[i + 1].is_sent_start = False  # a name never straddles two sentences
    return doc
