"""Events of a group whose members are named after it, or of companions named along with
the one it happened to. Invented sentences."""

from __future__ import annotations

import signal

import pytest


@pytest.mark.parametrize("text,type_", [
    ("Two men were hanged at dawn in Varna on Monday. The men have been identified as Teo Marsh and Ilan Vokk.", "EXECUTE"),
    ("Police arrested four activists on Monday. Those held included lawyer Teo Marsh and Ilan Vokk.", "ARREST"),
    ("Teo Marsh and Ilan Vokk were among those arrested on Monday.", "ARREST"),
    ("The president sacked three ministers on Monday. The sacked ministers are Teo Marsh and Ilan Vokk.", "PURGE"),
])
def test_members_named_after_the_group(events_of, text, type_):
    got = {(e.type, e.person, e.date) for e in events_of(text, published="2025-06-24")}
    assert {(type_, "Teo Marsh", "2025-06-23"), (type_, "Ilan Vokk", "2025-06-23")} <= got


@pytest.mark.parametrize("text", [
    "Two men were hanged at dawn in Varna on Monday. Teo Marsh, a lawyer, condemned the executions.",
    "Two men were hanged at dawn in Varna on Monday. The judges were identified as Teo Marsh and Ilan Vokk.",
    "Two men were hanged at dawn in Varna on Monday. It rained. The weather was cold. The men were identified "
    "as Teo Marsh and Ilan Vokk.",  # too far to be the same group
])
def test_a_name_that_is_not_the_group_gets_nothing(events_of, text):
    assert not [e for e in events_of(text) if e.type == "EXECUTE"]


def test_a_name_coordinated_with_a_person_is_a_person(annotate):
    doc = annotate("Teo Marsh and Ilan Vokk were among those arrested on Monday.")
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} == {"Teo Marsh", "Ilan Vokk"}


@pytest.mark.parametrize("text,type_,people", [
    ("Police detained four aides on Monday. The detainees included Anna Berg along with Tomas Varga and Lena Vos.",
     "ARREST", {"Anna Berg", "Tomas Varga", "Lena Vos"}),
    ("Police arrested four members of the party on Monday. The union said the detained members included Anna Berg "
     "along with Tomas Varga, Lena Vos and Omar Haddad.", "ARREST", {"Anna Berg", "Tomas Varga", "Lena Vos", "Omar Haddad"}),
    ("The president sacked six ministers on Monday. The dismissed ministers are Anna Berg (Energy); Tomas Varga "
     "(Trade); Lena Vos, (Health); and Omar Haddad (Justice).", "PURGE", {"Anna Berg", "Tomas Varga", "Lena Vos", "Omar Haddad"}),
    ("The governor approved the sack of two commissioners on Monday. Those affected were Anna Berg, the "
     "health commissioner, and Tomas Varga, the works commissioner.", "PURGE", {"Anna Berg", "Tomas Varga"}),
    ("Three men died after their boat capsized on Monday. Police said the victims were Anna Berg, 31; Tomas Varga, 57; "
     "and Lena Vos, 62.", "DIE", {"Anna Berg", "Tomas Varga", "Lena Vos"}),
    ("Anna Berg and Tomas Varga led the protest on Monday. They were arrested in the evening.",
     "ARREST", {"Anna Berg", "Tomas Varga"}),
    ("Police detained four activists on Monday, including Anna Berg and Tomas Varga.", "ARREST", {"Anna Berg", "Tomas Varga"}),
    ("Police detained four activists on Monday, as well as Anna Berg.", "ARREST", {"Anna Berg"}),
    ("The president sacked three ministers on Monday. Anna Berg and Tomas Varga were also affected.",
     "PURGE", {"Anna Berg", "Tomas Varga"}),
    ("Police detained four activists on Monday. Anna Berg, Tomas Varga and Lena Vos were among them.",
     "ARREST", {"Anna Berg", "Tomas Varga", "Lena Vos"}),
    ("The union said the detained members included treasurer Anna Berg along with board members "
     "Tomas Varga, Lena Vos and Omar Haddad.", "ARREST", {"Anna Berg", "Tomas Varga", "Lena Vos", "Omar Haddad"}),
    ("A Dane and three Italians died when their ferry sank on Monday. Four people were killed in a ferry accident. "
     "Anna Berg, a teacher, was on her way home. The cause is not yet known. Coastguards said the "
     "three victims were Tomas Varga, 31; Lena Vos, 57; and Omar Haddad, 62.", "DIE", {"Tomas Varga", "Lena Vos", "Omar Haddad"}),
])
def test_lists_of_members(events_of, text, type_, people):
    """The group called otherwise later, lists over semicolons, ages and parentheses, 'along
    with', 'as well as', 'including', 'among them', 'also affected', 'they' after a pair."""
    assert people <= {e.person for e in events_of(text) if e.type == type_}


@pytest.mark.parametrize("text,control,type_,person", [
    ("Three men died after their boat capsized on Monday. Police said the rescuers were Anna Berg and Tomas Varga.",
     "Three men died after their boat capsized on Monday. Police said the victims were Anna Berg and Tomas Varga.",
     "DIE", "Anna Berg"),
    ("The president sacked three ministers on Monday. Anna Berg and Tomas Varga were not affected.",
     "The president sacked three ministers on Monday. Anna Berg and Tomas Varga were also affected.",
     "PURGE", "Anna Berg"),
    ("Three men died in the crash on Monday. Police said the victims were Anna Berg, 31; relatives of Tomas Varga "
     "were unhurt.",
     "Three men died in the crash on Monday. Police said the victims were Anna Berg, 31; Tomas Varga, 57.",
     "DIE", "Tomas Varga"),
    ("Police detained four activists on Monday, angering critics including Anna Berg.",
     "Police detained four activists on Monday, including Anna Berg.",
     "ARREST", "Anna Berg"),
])
def test_lists_stop_where_the_group_does(events_of, text, control, type_, person):
    assert person not in {e.person for e in events_of(text) if e.type == type_}
    assert person in {e.person for e in events_of(control) if e.type == type_}


def test_one_person_described_by_the_event_and_named_by_its_clause(events_of):
    """'The second officer killed in the ambush was X': the participle's noun is named by its
    own copula, however singular."""
    got = {(e.type, e.person) for e in events_of("The second officer killed in the ambush was Lena Vos, a police sergeant.")}
    assert ("KILL", "Lena Vos") in got
    assert not [e for e in events_of("The man arrested on Monday was a teacher.") if e.type == "ARREST"]


# -- "along with": the companion undergoes it too ------------------------------------


@pytest.mark.parametrize("text", [
    "Kemal Arslan was arrested along with Omar Haddad on Monday.",
    "Kemal Arslan was arrested on Monday together with Omar Haddad.",
    "Police arrested Kemal Arslan on Monday, along with Omar Haddad.",
])
def test_a_companion_along_with_the_arrested_is_arrested(events_of, text):
    assert sorted(e.person for e in events_of(text) if e.type == "ARREST") == ["Kemal Arslan", "Omar Haddad"]


def test_a_companion_of_one_who_fled_fled_too(events_of):
    text = "Kemal Arslan, along with his deputy Omar Haddad, fled to Greece in May."
    assert sorted(e.person for e in events_of(text) if e.type == "DEFECT") == ["Kemal Arslan", "Omar Haddad"]


@pytest.mark.parametrize("text", [
    "Kemal Arslan was arrested with Omar Haddad's help on Monday.",
    "Kemal Arslan was arrested on Monday with Omar Haddad watching.",
])
def test_a_plain_with_is_no_companion(events_of, text):
    assert [e.person for e in events_of(text) if e.type == "ARREST"] == ["Kemal Arslan"]


@pytest.mark.parametrize("text", [
    "Two journalists, Tomas Welk and Adaeze Obi, were arrested on Monday.",
    "Police arrested two journalists, Tomas Welk and Adaeze Obi, on Monday.",
    "Police on Monday arrested two journalists: Tomas Welk and Adaeze Obi.",
])
def test_every_name_of_a_list_in_apposition_to_the_group_shares_its_event(events_of, text):
    """'Two journalists, A and B, were arrested': B, the conjunct of the apposition, was arrested too."""
    got = {(e.type, e.person, e.date) for e in events_of(text, published="2025-06-24")}
    assert got == {("ARREST", "Tomas Welk", "2025-06-23"), ("ARREST", "Adaeze Obi", "2025-06-23")}



@pytest.mark.parametrize("text", [
    "Four activists were arrested on Monday: Tomas Welk, Adaeze Obi, Piet Ornsby and Lena Marr.",
    "Police on Monday arrested the activists Tomas Welk, Adaeze Obi, Piet Ornsby and Lena Marr.",
])
def test_a_comma_list_the_parser_chains_as_appositions_is_every_name_of_it(events_of, text):
    """'A, B, C and D' parsed as B apposed to A, C and D its conjuncts: all four were arrested."""
    got = {(e.type, e.person) for e in events_of(text)}
    assert got == {("ARREST", n) for n in ("Tomas Welk", "Adaeze Obi", "Piet Ornsby", "Lena Marr")}


def test_a_name_apposed_to_a_name_without_a_list_is_no_second_person(events_of):
    """'According to the prosecutor, X, Y was arrested': a name beside a name, with no "and" going
    on, is not a list of two people arrested."""
    got = [e for e in events_of("According to the prosecutor general, Idris Korr, Omar Haddad was arrested "
                                "on 2 April.") if e.type == "ARREST"]
    assert len(got) == 1


@pytest.mark.parametrize("text, people", [
    ("Authorities have detained at least 12 people, among them journalist Teo Marsh.", ["Teo Marsh"]),
    ("Police arrested 12 people on Monday, among them the opposition leader, Teo Marsh.", ["Teo Marsh"]),
    ("Police arrested 12 people, among them Tomas Welk and Ana Pereira.", ["Ana Pereira", "Tomas Welk"]),
])
def test_among_them_names_members_of_the_group_however_it_is_hung(events_of, text, people):
    """'detained 12 people, among them X': the parser hangs "among them" on the name, which it
    makes the verb's modifier or the group's apposition; X is one of those detained. Told by
    someone, 'Police arrested 12 people, X said' names no member."""
    assert sorted(e.person for e in events_of(text) if e.type == "ARREST") == people
    assert [e.person for e in events_of("Police arrested 12 people, Teo Marsh said.")] == []


def test_the_noun_a_group_is_of_gives_its_event(events_of):
    """'ordered the arrest of four activists. The detainees were A and B': the group hangs on
    "of", whose head is the arrest; "the detainees" are the group of an arrest, as after
    "arrested four activists"."""
    for lead in ("Police ordered the arrest of four activists on Monday.", "Police arrested four activists on Monday."):
        got = {(e.type, e.person) for e in events_of(lead + " The detainees were Tomas Welk and Ana Pereira.")}
        assert got == {("ARREST", "Tomas Welk"), ("ARREST", "Ana Pereira")}, lead


def test_a_list_over_semicolons_ends(events_of):
    """'A, 31; B, 57; and C, 62': each part after a semicolon is looked for a name from the
    semicolon on, never from the names already taken, so the list ends, and promptly."""
    events_of("Three men died on Monday.")  # the model loaded before the clock starts

    def too_long(signum, frame):
        raise TimeoutError("the list over semicolons did not end")

    old = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(20)
    try:
        got = {e.person for e in events_of("Three men died after their boat capsized on Monday. Police said the "
                                           "victims were Tomas Welk, 31; Piet Ornsby, 57; and Ana Pereira, 62.")
               if e.type == "DIE"}
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert got == {"Tomas Welk", "Piet Ornsby", "Ana Pereira"}
