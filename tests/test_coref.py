"""Who a pronoun is: gender the article shows keeps "he" off a woman and "she" off a man."""

from __future__ import annotations


def arrests(events):
    return sorted(e.person for e in events if e.type == "ARREST")


def test_he_is_not_the_woman_the_article_calls_she(events_of):
    text = ("Ilse Dorn said she would run again. Her campaign manager, Tomas Varga, has not been seen since May. "
            "According to the party, he was detained by men in plain clothes.")
    assert arrests(events_of(text)) == ["Tomas Varga"]


def test_a_title_tells_gender(events_of):
    text = "Mrs Ilse Dorn and Tomas Varga met in May. Later he was detained in Orvik."
    assert arrests(events_of(text)) == ["Tomas Varga"]


def test_without_evidence_salience_decides(events_of):
    # the twin without any gender cue: the main subject is taken, as before
    text = "Ilse Dorn and Tomas Varga met in May. Later he was detained in Orvik."
    assert arrests(events_of(text)) == ["Ilse Dorn"]


def test_a_possessive_of_someone_else_is_no_evidence(events_of):
    # "her campaign manager, Tomas Varga": "her" is not Varga
    text = ("Ilse Dorn won the seat. Her victory was clouded by the disappearance of her campaign manager, "
            "Tomas Varga. According to the party, he was detained by men in plain clothes.")
    assert arrests(events_of(text)) == ["Tomas Varga"]
