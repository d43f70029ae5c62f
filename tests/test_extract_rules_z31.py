"""Forms found by the seed-31 mutation sample of pipeline/extract/: an untagged name whose
small words include "and"; a reporting verb the parser gives a plain-adverb "never"; a denied
report in the past tense, which the parser reads rightly as a verb; a description named by the
very next word."""

from __future__ import annotations

from extracted import rows

from pipeline.extract.attribution import Attributor
from pipeline.extract.coref import Mentions
from pipeline.extract.events import Lexicon
from pipeline.extract.quotes import find_quotes
from pipeline.extract.syntax import Cues


DESCRIBED = "Tomas Welk died in a prison camp last month, an exiled rights group said on Monday.\n\n"


def test_an_untagged_name_with_and_in_it_names_the_group_described_before():
    """'..., an exiled rights group said. Voices for Lorvania and Darnel, which ..., said': "and"
    inside a name the model did not tag is one of its small words, so the next sentence's
    reporter still names the group described."""
    assert rows(DESCRIBED + "Voices for Lorvania and Darnel, which works from Riga, said two inmates had "
                "seen him collapse.", "type", "person", "source") == [
        ("DIE", "Tomas Welk", "Voices for Lorvania and Darnel")]


def test_a_reporting_verb_with_never_as_a_plain_adverb_reports_nothing():
    """'Police said never that X was arrested': the parser hangs "never" on the verb as a plain
    adverb, not a negation; the report is still one not made, so the claim stays the
    article's. Without "never" the police are the source."""
    assert rows("Police said never that Tomas Welk was arrested.", "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "")]
    assert rows("Police said that Tomas Welk was arrested.", "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "Police")]


def test_denying_that_a_radio_reported_is_no_denial_of_what_it_reported():
    """'denied that Darnel Radio reported X was executed': a past-tense "reported" is a verb, its
    subject the one who speaks; only a present "reports", which may be the misparsed noun of
    "denied ... reports that", makes the subject deny the execution too."""
    assert rows("The ministry denied that Darnel Radio reported Tomas Welk was executed.",
                "type", "person", "source", "negated") == [("EXECUTE", "Tomas Welk", "Darnel Radio", False)]
    assert rows("The ministry denied that Darnel Radio reports Tomas Welk was executed.",
                "type", "person", "source", "negated") == [
        ("EXECUTE", "Tomas Welk", "Darnel Radio", False), ("EXECUTE", "Tomas Welk", "The ministry", True)]


def test_a_description_named_by_the_very_next_word(annotate, nlp):
    """'His brother brother, Piet Welk, said': a doubled word (the first a compound of the
    second) is read as the same description named right after; the search for it starts at the
    next word, and the second brother, having no later brother, is named by no one."""
    doc = annotate("His brother brother, Piet Welk, said Tomas Welk was arrested.")
    lexicon = Lexicon.from_nlp(nlp)
    cues = Cues(doc)
    mentions = Mentions(doc, cues, find_quotes(doc, cues), lexicon.role_nouns)
    attributor = Attributor(doc, mentions, lexicon.source_nouns)
    assert [t.lower_ for t in doc[1:3]] == ["brother", "brother"]
    assert attributor.named_later(doc[1]) == "Piet Welk"
    assert attributor.named_later(doc[2]) == ""
