"""paragraph_breaks (pipeline/nlp/paragraphs.py), on Docs built by hand: a line break starts
a sentence, two proper nouns side by side never part, and nothing else is touched."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.nlp.paragraphs import paragraph_breaks


def made(nlp, words: list[str], spaces: list[bool], tags: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)


def test_a_line_break_starts_a_sentence(nlp):
    doc = paragraph_breaks(made(nlp, ["Photo", "\n\n", "Police", "arrested", "him", "\n"],
                                [False, False, True, True, False, False], ["NN", "_SP", "NNS", "VBD", "PRP", "_SP"]))
    assert [t.is_sent_start for t in doc] == [True, None, True, None, None, None]


def test_two_proper_nouns_side_by_side_stay_in_one_sentence(nlp):
    doc = paragraph_breaks(made(nlp, ["Thabo", "Dube", "met", "Ana", "Pereira", "."],
                                [True, True, True, True, False, False], ["NNP", "NNP", "VBD", "NNP", "NNP", "."]))
    assert [t.is_sent_start for t in doc] == [True, False, None, None, False, None]


def test_proper_nouns_not_spaced_apart_are_left_to_the_parser(nlp):
    """'Seoul/Pyongyang' or 'Dube-Pereira': no space between them, no decision."""
    doc = paragraph_breaks(made(nlp, ["Dube", "Pereira", "talks"], [False, True, False], ["NNP", "NNP", "NNS"]))
    assert [t.is_sent_start for t in doc] == [True, None, None]


def test_a_text_of_one_token_or_none(nlp):
    assert len(paragraph_breaks(made(nlp, [], [], []))) == 0
    assert [t.is_sent_start for t in paragraph_breaks(made(nlp, ["\n"], [False], ["_SP"]))] == [True]
