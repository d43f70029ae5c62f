"""Reconciliation, one rule at a time, on hand-built names, events and claims."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from pipeline.extract.events import Event
from pipeline.reconcile import reconcile
from pipeline.reconcile.claims import Claim, build_claims
from pipeline.reconcile.claims import OWN_VOICE
from pipeline.reconcile.conflicts import (SAME_EPISODE_DAYS, dead_then_seen, denial, fate_rows, fate_vs_custody,
                                          find_conflicts, fled_vs_held, rival_fates, same_end_other_date,
                                          same_event_other_date)
from pipeline.reconcile.people import Romaniser, name_key, resolve_people, same_person

ROM = Romaniser.load()

MONTH_END = {"02": "28", "04": "30", "06": "30", "09": "30", "11": "30"}


def span(date: str) -> tuple[str, str]:
    """The interval an ISO date at its precision stands for (enough for these tests)."""
    if not date:
        return "", ""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{date}-01-01", f"{date}-12-31"
    if len(parts) == 2:
        return f"{date}-01", f"{date}-{MONTH_END.get(parts[1], '31')}"
    return date, date


def claim(type_: str, date: str = "", source: str = "src", doc: str = "a", negated: bool = False,
          person: str = "P", reported_by: str = "") -> Claim:
    start, end = span(date)
    c = Claim(person, type_, negated, date, start, end, hedged=False, sources=[source], docs=[doc],
              evidence={doc}, reported_by=reported_by)
    return c


def event(doc: str, type_: str, person: str, date: str = "", source: str = "", negated: bool = False) -> Event:
    start, end = span(date)
    return Event(f"{doc}-{type_}-{person}-{date}", doc, type_, person, "", date, start, end, date, "", source,
                 False, negated, "", "", 0, 0, "test")


# -- people ------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Ri Il Gyu", "Ri Il-kyu"),
    ("Ri Il Gyu", "Lee Il-kyu"),
    ("Ri Il-gyu", "Yi Il Kyu"),
    ("Kim Jong Un", "Kim Jong-un"),
    ("Ji Seong-ho", "Ji Sung-ho"),
    ("Jang Song Thaek", "Chang Sung-taek"),
    ("Pak Pong Ju", "Park Bong-ju"),
    ("Ryu Hyon U", "Yu Hyon-u"),
    ("Rim Chol", "Lim Chol"),
    ("Choe Ryong Hae", "Choi Ryong-hae"),
    ("Sergei Zhuravsky", "Siarhei Zhuravski"),
    ("Oleg Marunov", "Oleg Pavlovich Marunov"),
    ("Hamid Qasim al-Rawi", "Hamid Qasim el-Rawi"),  # the Arabic article, however spelt
    ("Hamid Qasim al-Rawi", "Hamid al-Rawi"),
    ("Hamid al-Rawi", "Hamid Rawi"),
    ("Yıldız Kaya", "Yildiz Kaya"),  # letters NFKD keeps whole
    ("Dovran Rejebov", "Dovran Redjebov"),  # romanisations of one Cyrillic or Turkic name
    ("Anton Kiselev", "Anton Kiselyov"),
    ("Yevgeny Zarovsky", "Evgeniy Zarovskiy"),
    ("Serdar Khojaberdiyev", "Serdar Khodzhaberdiyev"),
    ("Arseny Morozkin", "Arseniy Morozkin"),
    ("Yevgeny Volkov", "Evgeny Volkov-Orlov"),  # "Ye-" and "E-" alike, inside a longer name too
    ("Kim Il Gon", "Ilgon Kim"),  # East Asian order, given name in full
    ("Ahmed Ali Ahmed", "Ahmed Ahmed Ali"),  # the same names in another order
    ("Hamid al-Rawi", "Hamid el-Rawi Tikriti"),  # inside a longer name, the article dropped
    ("Karim bin Saleh", "Karim Saleh Tikriti"),  # inside a longer name, the lower-case "bin" dropped
])
def test_romanisation_variants_share_a_key(a: str, b: str) -> None:
    assert same_person(name_key(a, ROM), name_key(b, ROM))


@pytest.mark.parametrize("a,b", [
    ("Kim Jong Un", "Kim Jong Nam"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("Kim Jong Nam", "Kim Jong Il"),
    ("Ri Il Gyu", "Ri Yong Ho"),
    ("Ri Yong Ho", "Ri Yong Gil"),
    ("Pak Chol Min", "Pak Chol Su"),
    ("Anna Berg", "Erik Berg"),
    ("Kim Jong Un", "Kim"),  # a lone surname is never merged across articles
    ("Hamid al-Rawi", "Samir al-Rawi"),
    ("Ben Smith", "Tom Smith"),  # a capitalised "Ben" is a given name, not a particle
    ("Anton Kiselev", "Anton Kiselin"),
    ("Yevgeny Zarovsky", "Pavel Zarovsky"),
    ("Kim Il Gon", "Ilsu Kim"),  # one name in East Asian order: the given names must agree in full
    ("Orvanek", "Kestrino"),  # two people known by one name each
])
def test_different_people_stay_apart(a: str, b: str) -> None:
    assert not same_person(name_key(a, ROM), name_key(b, ROM))


def test_canonical_name_is_the_most_frequent_full_form() -> None:
    mentions = Counter({"Ri Il Gyu": 7, "Ri Il-kyu": 2, "Lee Il-kyu": 1, "Ri Yong Ho": 3})
    canon = resolve_people(mentions, {})
    assert canon["Ri Il-kyu"] == canon["Lee Il-kyu"] == canon["Ri Il Gyu"] == "Ri Il Gyu"
    assert canon["Ri Yong Ho"] == "Ri Yong Ho"


def test_people_one_article_tells_apart_are_never_merged() -> None:
    """Two initial-matching Western names an article names side by side are two people."""
    mentions = Counter({"Anna Berg": 2, "Anders Berg": 1})
    assert resolve_people(mentions, {})["Anders Berg"] == "Anna Berg"  # same surname and initial
    canon = resolve_people(mentions, {"doc": {"Anna Berg", "Anders Berg"}})
    assert canon["Anders Berg"] == "Anders Berg" and canon["Anna Berg"] == "Anna Berg"


# -- claims ------------------------------------------------------------------

def test_same_happening_from_two_articles_is_one_claim_with_both_sources() -> None:
    events = [event("d1", "EXECUTE", "P", "2019-02", "Outlet A"),
              event("d2", "EXECUTE", "P", "2019", "Outlet B"),
              event("d3", "EXECUTE", "P", "2017", "Outlet C")]
    claims = build_claims(events)
    assert len(claims) == 2
    joint = next(c for c in claims if len(c.docs) == 2)
    assert joint.date == "2019-02"  # the more precise date wins
    assert joint.sources == ["Outlet A", "Outlet B"] and joint.docs == ["d1", "d2"]


def test_copies_of_one_wire_story_count_once_as_evidence() -> None:
    events = [event("d1", "ARREST", "P", "2020-05", "Wire"), event("d2", "ARREST", "P", "2020-05", "Wire")]
    (c,) = build_claims(events, stories={"d1": "hash1", "d2": "hash1"})
    assert c.docs == ["d1", "d2"] and c.evidence == {"hash1"}
    (c2,) = build_claims(events)
    assert c2.evidence == {"d1", "d2"}


def test_reconcile_counts_copies_of_one_story_once() -> None:
    # two papers printing one wire story are one account: the fate is single-source
    events = [event("d1", "ARREST", "Tomas Varga", "2020-05", "Orvik Wire"),
              event("d2", "ARREST", "Tomas Varga", "2020-05", "Orvik Wire")]
    copies = reconcile(events, Counter({"Tomas Varga": 2}), {}, stories={"d1": "hash1", "d2": "hash1"})
    assert [c.evidence for c in copies.claims] == [{"hash1"}]
    assert copies.fate_rows[0]["agreement"] == "single-source"
    apart = reconcile(events, Counter({"Tomas Varga": 2}), {}, stories={"d1": "hash1", "d2": "hash2"})
    assert apart.fate_rows[0]["agreement"] == "consistent"


def test_a_denial_is_its_own_claim() -> None:
    claims = build_claims([event("d1", "DEFECT", "P", "2023-12", "Paper"),
                           event("d2", "DEFECT", "P", "2023-12", "Embassy", negated=True)])
    assert sorted(c.negated for c in claims) == [False, True]


# -- conflict rules, one at a time ---------------------------------------------

def test_rival_fates() -> None:
    assert rival_fates(claim("EXECUTE", "2019"), claim("DIE", "2019"))
    assert rival_fates(claim("KILL"), claim("EXECUTE"))
    assert not rival_fates(claim("EXECUTE"), claim("EXECUTE"))
    assert not rival_fates(claim("EXECUTE"), claim("PURGE"))


def test_death_vs_custody() -> None:
    # sent to a camp in December 2019 vs executed: no order between them
    assert fate_vs_custody(claim("IMPRISON", "2019-12"), claim("EXECUTE"))
    assert fate_vs_custody(claim("EXECUTE", "2019"), claim("IMPRISON", "2020"))
    # jailed in 2015, executed in 2019: a sequence
    assert not fate_vs_custody(claim("IMPRISON", "2015"), claim("EXECUTE", "2019"))
    # purged after the death cannot be
    assert fate_vs_custody(claim("EXECUTE", "2018"), claim("PURGE", "2019"))
    # sidelined in 2018 then executed in 2019, or a purge with no date: the usual prelude
    assert not fate_vs_custody(claim("PURGE", "2018"), claim("EXECUTE", "2019"))
    assert not fate_vs_custody(claim("PURGE"), claim("EXECUTE", "2019"))
    assert not fate_vs_custody(claim("ARREST", "2018"), claim("IMPRISON", "2019"))


def test_dead_then_seen() -> None:
    assert dead_then_seen(claim("EXECUTE", "2023-01"), claim("REAPPEAR", "2023-04-15"))
    assert dead_then_seen(claim("MEET", "2024-03"), claim("DIE", "2023"))
    assert not dead_then_seen(claim("REAPPEAR", "2022"), claim("EXECUTE", "2023"))  # seen, then executed
    # "shown alive" with no date: alive when the article appeared, after the death
    assert dead_then_seen(claim("EXECUTE", "2023-01"), claim("REAPPEAR", reported_by="2023-04-20"))
    assert not dead_then_seen(claim("EXECUTE", "2023-06"), claim("REAPPEAR", reported_by="2023-04-20"))


def test_same_end_other_date() -> None:
    assert same_end_other_date(claim("EXECUTE", "2023-03"), claim("EXECUTE", "2022-10"))
    assert not same_end_other_date(claim("EXECUTE", "2023-03"), claim("EXECUTE", "2023"))
    assert not same_end_other_date(claim("EXECUTE", "2023-03"), claim("EXECUTE"))
    assert not same_end_other_date(claim("ARREST", "2020"), claim("ARREST", "2021"))  # arrests recur


def test_claim_and_denial() -> None:
    assert denial(claim("ARREST", "2024-05"), claim("ARREST", negated=True))
    assert not denial(claim("ARREST", "2024-05"), claim("ARREST", "2021", negated=True))
    assert not denial(claim("ARREST"), claim("DEFECT", negated=True))


@pytest.mark.parametrize("first,second", [
    (("PURGE", "2018"), ("EXECUTE", "2019")),  # sidelined then executed
    (("ARREST", "2020-01"), ("IMPRISON", "2020-06")),  # arrested then sentenced
    (("DISAPPEAR", "2021"), ("DEFECT", "2022")),  # disappeared then defected
    (("APPOINT", "2015"), ("EXECUTE", "2019")),  # promoted, later executed
])
def test_consistent_sequences_are_not_conflicts(first: tuple[str, str], second: tuple[str, str]) -> None:
    a = claim(*first, source="Agency", doc="d1")
    b = claim(*second, source="Paper", doc="d2")
    assert find_conflicts([a, b]) == []


def test_one_account_never_conflicts_with_itself() -> None:
    """One source in one article telling a story in steps is not a disagreement."""
    a = claim("IMPRISON", "2019", source="Defector", doc="d1")
    b = claim("DIE", "2019", source="Defector", doc="d1")
    assert find_conflicts([a, b]) == []
    b2 = claim("DIE", "2019", source="Paper", doc="d2")
    assert [c.rule for c in find_conflicts([a, b2])] == ["death vs custody"]


# -- end to end over events ----------------------------------------------------

def test_the_spelling_written_most_names_the_person_and_an_uncounted_one_is_kept() -> None:
    # the events' own spellings join the count without resetting it
    events = [event("d1", "ARREST", "Pak Chol-su", "2020"), event("d2", "ARREST", "Tomas Varga", "2021")]
    rec = reconcile(events, Counter({"Pak Chol-su": 3, "Pak Chol Su": 1}), {})
    assert [e.person for e in rec.events] == ["Pak Chol-su", "Tomas Varga"]
    assert rec.canonical["Pak Chol Su"] == "Pak Chol-su"


def test_prison_camp_vs_executed_is_one_conflict_with_both_sources() -> None:
    events = [
        event("d1", "IMPRISON", "Ri Yong Ho", "2019-12", "a defector"),
        event("d2", "EXECUTE", "Ri Yong-ho", "", "a Japanese newspaper"),
        event("d2", "PURGE", "Han Song Ryol", "2018", ""),
        event("d2", "EXECUTE", "Han Song Ryol", "2019", "a Japanese newspaper"),
    ]
    rec = reconcile(events, Counter({"Ri Yong Ho": 3, "Ri Yong-ho": 1, "Han Song Ryol": 2}), {})
    assert [row["person"] for row in rec.conflict_rows] == ["Ri Yong Ho"]
    row = rec.conflict_rows[0]
    assert row["types"] == "IMPRISON;EXECUTE" or row["types"] == "EXECUTE;IMPRISON"
    assert "a defector" in row["claims"] and "a Japanese newspaper" in row["claims"]
    assert "2019-12" in row["claims"] and row["docs"].split(";") == sorted(row["docs"].split(";"))
    fates = {f["person"]: f for f in rec.fate_rows}
    assert fates["Ri Yong Ho"]["agreement"] == "disputed"
    assert fates["Han Song Ryol"]["status"] == "executed"
    assert fates["Han Song Ryol"]["agreement"] != "disputed"


def test_fates_say_whether_sources_agree() -> None:
    one = claim("IMPRISON", "2020", source="A", doc="d1", person="X")
    two_claims = build_claims([event("d1", "IMPRISON", "X", "2020", "A"), event("d2", "IMPRISON", "X", "2020", "B")])
    rows = {r["person"]: r for r in fate_rows(two_claims, [])}
    assert rows["X"]["status"] == "imprisoned" and rows["X"]["agreement"] == "consistent"
    assert rows["X"]["as_of"] == "2020"
    single = fate_rows([one], [])
    assert single[0]["agreement"] == "single-source"


@pytest.mark.parametrize("sources, docs, agreement", [
    (["A", "B"], ["d1", "d1"], "consistent"),  # two sources in one article
    (["A", "A"], ["d1", "d2"], "consistent"),  # one source, two independent articles
    (["A", "A"], ["d1", "d1"], "single-source"),  # said twice by the same source in the same article
    (["A"], ["d1"], "single-source"),
])
def test_agreement_needs_a_second_source_or_a_second_article(sources, docs, agreement) -> None:
    claims = [claim("IMPRISON", "2020", source=s, doc=d, person="X") for s, d in zip(sources, docs)]
    (row,) = fate_rows(claims, [])
    assert (row["status"], row["agreement"]) == ("imprisoned", agreement)


def test_latest_state_wins_and_death_outranks_undated_news() -> None:
    claims = build_claims([event("d1", "ARREST", "X", "2019", "A"), event("d1", "IMPRISON", "X", "2020", "A"),
                           event("d2", "DIE", "X", "2022-03", "B"), event("d2", "MEET", "X", "", "B")])
    (row,) = fate_rows(claims, find_conflicts(claims))
    assert row["status"] == "dead" and row["as_of"] == "2022-03"


def test_one_arrest_two_dates_from_two_sources() -> None:
    wife, lawyer = claim("ARREST", "2025-03-08", "his wife"), claim("ARREST", "2025-03-07", "his lawyer")
    assert same_event_other_date(wife, lawyer)
    # a month apart at most: the boundary is a dispute, a day later two arrests
    first = claim("ARREST", "2025-03-01", "his wife")
    assert same_event_other_date(first, claim("ARREST", "2025-04-01", "his lawyer"))  # 31 days
    assert not same_event_other_date(first, claim("ARREST", "2025-04-02", "his lawyer"))  # 32 days
    assert SAME_EPISODE_DAYS == 31
    # compatible dates, another type, or one side undated: no dispute
    assert not same_event_other_date(claim("ARREST", "2025-03", "a"), claim("ARREST", "2025-03-07", "b"))
    assert not same_event_other_date(claim("EXECUTE", "2025-03-08", "a"), claim("EXECUTE", "2025-03-07", "b"))
    assert not same_event_other_date(claim("ARREST", "", "a"), claim("ARREST", "2025-03-07", "b"))


def test_dates_the_articles_state_themselves_may_be_two_events() -> None:
    own = claim("ARREST", "2025-03-08", OWN_VOICE)
    assert not same_event_other_date(own, claim("ARREST", "2025-03-07", OWN_VOICE))
    assert not same_event_other_date(own, claim("ARREST", "2025-03-07", "his lawyer"))
    assert not same_event_other_date(claim("ARREST", "2025-03-08", "x"), claim("ARREST", "2025-03-07", "x"))


def test_fled_by_one_account_held_by_another() -> None:
    fled = claim("DEFECT", "2024-03", "state television")
    assert fled_vs_held(fled, claim("ARREST", "2024-03-14", "his party"))
    assert fled_vs_held(claim("IMPRISON", "", "a court"), claim("DEFECT", "", "his family"))
    assert fled_vs_held(claim("DEFECT", "2024-04-02"), claim("ARREST", "2024-03-14"))  # 19 days apart
    # held long before fleeing (or after): a sequence, not a dispute
    assert not fled_vs_held(claim("DEFECT", "2024-09"), claim("ARREST", "2023-01"))
    assert not fled_vs_held(claim("DEFECT", "2024-03"), claim("PURGE", "2024-03"))


def test_canonical_never_adds_common_words_to_a_shorter_name() -> None:
    """A headline glued to a name on one page, counted many times there, is not the name
    of that person on every page."""
    mentions = Counter({"Pavel Drunov Suffered Heart Attack": 9, "Pavel Drunov": 4, "Drunov": 3})
    canon = resolve_people(mentions, {})
    assert canon["Pavel Drunov Suffered Heart Attack"] == canon["Pavel Drunov"] == "Pavel Drunov"


def test_a_longer_name_that_adds_a_name_is_still_the_full_form() -> None:
    mentions = Counter({"Oleg Pavlovich Marunov": 3, "Oleg Marunov": 2})
    assert resolve_people(mentions, {})["Oleg Marunov"] == "Oleg Pavlovich Marunov"


def test_canonical_keeps_the_accents_when_counts_tie() -> None:
    mentions = Counter({"Julio Ibáñez": 2, "Julio Ibanez": 2})
    assert resolve_people(mentions, {})["Julio Ibanez"] == "Julio Ibáñez"


def test_a_name_plus_common_words_pads_it_and_a_name_plus_a_name_does_not() -> None:
    from pipeline.reconcile.people import common_words, pads
    names = {"Pavel Drunov", "Pavel Drunov Collapses", "Pavel Sergeyevich Drunov"}
    assert pads("Pavel Drunov Collapses", names, common_words())
    assert not pads("Pavel Sergeyevich Drunov", names, common_words())


def test_a_hyphenated_surname_is_the_same_two_names() -> None:
    assert same_person(name_key("Julio Ibáñez-Corrales", ROM), name_key("Julio Ibáñez Corrales", ROM))
    assert not same_person(name_key("Julio Ibáñez-Corrales", ROM), name_key("Marta Ibáñez-Corrales", ROM))


def test_the_accented_spelling_shows_when_more_write_it_without() -> None:
    mentions = Counter({"Julio Ibanez Corrales": 5, "Julio Ibáñez Corrales": 2, "Julio Ibañez": 1})
    assert resolve_people(mentions, {})["Julio Ibanez Corrales"] == "Julio Ibáñez Corrales"


def test_the_full_name_wins_over_a_shorter_form_written_more_often() -> None:
    mentions = Counter({"Julio Ibáñez": 6, "Julio Ibanez": 3, "Julio Ibáñez Corrales": 2})
    assert resolve_people(mentions, {})["Julio Ibanez"] == "Julio Ibáñez Corrales"
    mentions = Counter({"Julio Ibáñez": 1, "Julio Ibanez": 1, "Julio Ibáñez Corrales": 1})  # one article each
    assert resolve_people(mentions, {})["Julio Ibanez"] == "Julio Ibáñez Corrales"
    # a fuller form seen once (perhaps a misreading) does not displace a well-attested name
    mentions = Counter({"Julio Ibáñez": 6, "Julio Ibáñez Kestrelgrad": 1})
    assert resolve_people(mentions, {})["Julio Ibáñez Kestrelgrad"] == "Julio Ibáñez"


# -- claims, one by one (invented names) -------------------------------------

def hedged(ev: Event) -> Event:
    return replace(ev, hedged=True)


def test_a_claim_is_hedged_only_while_every_mention_hedges_it() -> None:
    # one plain telling makes it a plain claim; two hedged ones keep it hedged
    (mixed,) = build_claims([hedged(event("d1", "ARREST", "Tomas Varga", "2021-03")),
                             event("d2", "ARREST", "Tomas Varga", "2021-03")])
    assert mixed.hedged is False
    (both,) = build_claims([hedged(event("d1", "ARREST", "Tomas Varga", "2021-03")),
                            hedged(event("d2", "ARREST", "Tomas Varga", "2021-03"))])
    assert both.hedged is True


def test_a_claim_keeps_its_most_precise_date_and_every_event() -> None:
    year, day = event("d1", "ARREST", "Tomas Varga", "2021"), event("d2", "ARREST", "Tomas Varga", "2021-03-04")
    (c,) = build_claims([year, day])
    assert (c.date, c.date_start, c.date_end) == ("2021-03-04", "2021-03-04", "2021-03-04")
    assert c.event_ids == [day.event_id, year.event_id]  # the most precise first


def test_a_claim_is_reported_by_the_latest_publication_of_its_articles() -> None:
    events = [event("d1", "ARREST", "Tomas Varga", "2021-03"), event("d2", "ARREST", "Tomas Varga", "2021-03"),
              event("d3", "DIE", "Pavel Haddad", "2022"), event("d4", "DIE", "Pavel Haddad")]
    death, arrest = build_claims(events, published={"d1": "2021-04-02", "d2": "2021-05-09", "d9": "2023-01-01"})
    assert arrest.reported_by == "2021-05-09"
    assert death.reported_by == ""  # no article of it has a known date
    alone = Claim("Tomas Varga", "ARREST", False)
    alone.add(event("d1", "ARREST", "Tomas Varga"), "d1")
    assert alone.reported_by == ""


def test_a_claim_describes_what_when_whose_word_and_where() -> None:
    plain_claim, denied = build_claims([
        hedged(event("d2", "EXECUTE", "Tomas Varga", "2011-02", "Kestrel Post")),
        hedged(event("d1", "EXECUTE", "Tomas Varga", "2011-02", "Anna Berg")),
        hedged(event("d1", "EXECUTE", "Tomas Varga", "", "Orvik Radio", negated=True)),
    ])
    assert plain_claim.describe() == "EXECUTE 2011-02 per Anna Berg, Kestrel Post, hedged (d1; d2)"
    assert denied.describe() == "denied EXECUTE undated per Orvik Radio (d1)"  # a denial is never "hedged"
    (own,) = build_claims([event("d3", "ARREST", "Pavel Haddad", "2020")])
    assert own.describe() == f"ARREST 2020 per {OWN_VOICE} (d3)"


# -- reconcile() as a whole ----------------------------------------------------

def test_reconcile_names_every_person_and_source_by_one_spelling() -> None:
    events = [event("d1", "ARREST", "Pak Chol-su", "2020"), event("d1", "ARREST", "Pak Chol-su", "2020"),
              event("d2", "DIE", "Tomas Varga", "2021", source="Pak Chol-su")]
    # the events' spellings are already counted in the mentions: they are not counted again
    rec = reconcile(events, Counter({"Pak Chol Su": 2, "Pak Chol-su": 1}), {})
    assert [(e.person, e.source) for e in rec.events] == [
        ("Pak Chol Su", ""), ("Pak Chol Su", ""), ("Tomas Varga", "Pak Chol Su")]


def test_reconcile_returns_the_claims_and_the_conflicts_it_found() -> None:
    events = [event("d1", "EXECUTE", "Tomas Varga", "2019-12", "Kestrel Post"),
              event("d2", "IMPRISON", "Tomas Varga", "2019-12", "Orvik Radio")]
    rec = reconcile(events, Counter({"Tomas Varga": 2}), {})
    assert sorted(c.describe() for c in rec.claims) == [
        "EXECUTE 2019-12 per Kestrel Post (d1)", "IMPRISON 2019-12 per Orvik Radio (d2)"]
    assert [(c.person, c.rule) for c in rec.conflicts] == [("Tomas Varga", "death vs custody")]


def test_reconcile_dates_an_undated_sighting_by_its_article() -> None:
    # seen alive, undated, in an article of the day after the death: a dispute only when
    # reconcile passes the articles' dates on to the claims
    events = [event("d1", "DIE", "Tomas Varga", "2024-05-02", "Kestrel Post"),
              event("d2", "REAPPEAR", "Tomas Varga", "", "Orvik Radio")]
    rec = reconcile(events, Counter({"Tomas Varga": 2}), {}, published={"d1": "2024-05-02", "d2": "2024-05-03"})
    assert [c.rule for c in rec.conflicts] == ["death, then seen alive"]
    assert reconcile(events, Counter({"Tomas Varga": 2}), {}).conflicts == []


# -- people: which spellings are one person ------------------------------------

def test_an_initial_goes_to_the_person_written_more_often() -> None:
    # an article names two Bergs apart; "A. Berg" elsewhere joins the one named more often
    mentions = Counter({"Anna Berg": 3, "A Berg": 2, "Anders Berg": 1})
    canon = resolve_people(mentions, {"doc": {"Anna Berg", "Anders Berg"}})
    assert canon["A Berg"] == "Anna Berg" and canon["Anders Berg"] == "Anders Berg"


def test_on_equal_counts_an_initial_goes_to_the_longer_name() -> None:
    # ties go the same way on every run: the fuller spelling first
    mentions = Counter({"Anna Berg": 2, "Anders Berg": 2, "A Berg": 1})
    canon = resolve_people(mentions, {"doc": {"Anna Berg", "Anders Berg"}})
    assert canon["A Berg"] == "Anders Berg" and canon["Anna Berg"] == "Anna Berg"


def test_an_initial_an_article_tells_apart_from_one_person_joins_the_other() -> None:
    mentions = Counter({"Anna Berg": 5, "Anders Berg": 4, "A Berg": 1})
    canon = resolve_people(mentions, {"d1": {"Anna Berg", "Anders Berg"}, "d2": {"Anna Berg", "A Berg"}})
    assert canon["A Berg"] == "Anders Berg" and canon["Anna Berg"] == "Anna Berg"


def test_spellings_of_one_name_an_article_listed_apart_are_still_one_person() -> None:
    # "apart" means different given names; two spellings of the same ones are one person
    mentions = Counter({"Pak Chol Su": 2, "Pak Chol-su": 1})
    canon = resolve_people(mentions, {"doc": {"Pak Chol Su", "Pak Chol-su"}})
    assert canon["Pak Chol-su"] == "Pak Chol Su"


def test_a_spelling_without_letters_stops_nothing() -> None:
    mentions = Counter({"???": 5, "Anna Berg": 3, "Pak Chol Su": 2, "Pak Chol-su": 1})
    canon = resolve_people(mentions, {"doc": {"???", "Anna Berg"}})
    assert canon["Pak Chol-su"] == "Pak Chol Su" and canon["???"] == "???"


def test_a_double_surname_joins_both_of_its_halves() -> None:
    # "Tomas Varga-Lind" is "Tomas Varga" and "Tomas Lind", though those two share no surname
    mentions = Counter({"Tomas Varga": 5, "Tomás Varga": 4, "Tomas Lind": 3, "Tomas Varga-Lind": 2})
    canon = resolve_people(mentions, {})
    assert {canon[m] for m in mentions} == {"Tomas Varga-Lind"}


def test_accented_and_plain_spellings_count_together_against_a_third() -> None:
    mentions = Counter({"Pák Chol Su": 2, "Pak Chol Su": 2, "Pak Chol-su": 3})
    assert set(resolve_people(mentions, {}).values()) == {"Pák Chol Su"}


def test_a_fuller_name_written_a_third_as_often_is_the_full_form_and_rarer_is_not() -> None:
    # "Tomas Varga Lind" once beside "Tomas Varga" three times: the fuller name shows;
    # beside four times, it is a rarity and the short form shows
    assert resolve_people(Counter({"Tomas Varga": 3, "Tomas Varga Lind": 1}), {})["Tomas Varga"] == "Tomas Varga Lind"
    assert resolve_people(Counter({"Tomas Varga": 4, "Tomas Varga Lind": 1}), {})["Tomas Varga Lind"] == "Tomas Varga"


def test_on_equal_counts_the_longer_spelling_shows() -> None:
    assert set(resolve_people(Counter({"Pak Cholsu": 2, "Pak Chol Su": 2}), {}).values()) == {"Pak Chol Su"}


def test_romanisation_rows_may_carry_a_note_after_the_third_column(tmp_path) -> None:
    table = tmp_path / "romanisation.tsv"
    table.write_text("# kind\tfrom\tto\tnote\nsurname\tpark\tpak\tthe South Korean spelling\n"
                     "translit\tkh\th\n", encoding="utf-8")
    rom = Romaniser.load(table)
    assert rom.surnames == {"park": "pak"} and rom.translit == (("kh", "h"),)


def test_two_lone_surnames_are_never_one_person() -> None:
    # a surname alone may be anyone of that name, however it is spelt
    assert resolve_people(Counter({"Varga": 2, "Várga": 1}), {}) == {"Varga": "Varga", "Várga": "Várga"}


def test_a_name_is_padded_only_by_a_name_of_two_words_it_contains() -> None:
    from pipeline.reconcile.people import common_words, pads
    common = common_words()
    assert pads("Anna Varga Said", {"Anna Varga"}, common)
    assert not pads("Minister Varga Said", {"Anna Varga"}, common)  # "Anna Varga" is not inside it
    assert not pads("Varga Said", {"Varga"}, common)  # a lone surname pads nothing


def test_plain_keeps_lower_case_letters_and_spaces_only() -> None:
    from pipeline.reconcile.people import plain
    assert plain("T. Várga (Jr)").split() == ["t", "varga", "jr"]
