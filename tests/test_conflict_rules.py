"""The conflict rules at their edges: every comparison on both sides of its boundary, and
the one-account check in each of its four combinations."""

from __future__ import annotations

import pytest

from pipeline.reconcile.claims import Claim
from pipeline.reconcile.conflicts import SAME_EPISODE_DAYS, dead_then_seen, fate_vs_custody, find_conflicts, fled_vs_held


def claim(type_: str, day: str = "", sources: tuple[str, ...] = ("Kestrel Post",),
          docs: tuple[str, ...] = ("a",), negated: bool = False) -> Claim:
    return Claim("Ada Quist", type_, negated, day, day, day, False, list(sources), list(docs))


@pytest.mark.parametrize("sources_b, docs_b, conflict", [
    (("Kestrel Post",), ("a",), False),        # one account told twice: no dispute
    (("Kestrel Post",), ("b",), True),         # the same outlet in two articles
    (("Harbour Radio",), ("a",), True),        # two sources in one article
    (("Harbour Radio",), ("b",), True),        # two sources, two articles
])
def test_one_account_needs_both_the_same_sources_and_the_same_articles(sources_b, docs_b, conflict):
    a = claim("EXECUTE", "2019-12-01")
    b = claim("IMPRISON", "2019-12-01", sources_b, docs_b)
    assert bool(find_conflicts([a, b])) is conflict


def test_jailed_and_executed_on_the_same_day_are_rival_accounts():
    end, held = claim("EXECUTE", "2019-12-01"), claim("IMPRISON", "2019-12-01", ("Harbour Radio",))
    assert fate_vs_custody(end, held)
    # jailed the day before the execution came first: no dispute
    assert not fate_vs_custody(end, claim("IMPRISON", "2019-11-30", ("Harbour Radio",)))


def test_seen_alive_on_the_day_of_the_death_is_no_dispute_but_the_day_after_is():
    end = claim("DIE", "2024-05-02")
    assert not dead_then_seen(end, claim("REAPPEAR", "2024-05-02", ("Harbour Radio",)))
    assert dead_then_seen(end, claim("REAPPEAR", "2024-05-03", ("Harbour Radio",)))


def test_an_undated_prison_camp_against_a_dated_execution_is_a_rival_account():
    end, held = claim("EXECUTE", "2019-12-01"), claim("IMPRISON", "", ("Harbour Radio",))
    assert fate_vs_custody(end, held) and fate_vs_custody(held, end)


def test_a_death_then_a_sentence_is_no_sighting():
    # only a public appearance (reappearing, meeting, being appointed or elected) shows one alive
    end = claim("DIE", "2024-01-05")
    assert not dead_then_seen(end, claim("IMPRISON", "2024-03-01", ("Harbour Radio",)))
    assert dead_then_seen(end, claim("MEET", "2024-03-01", ("Harbour Radio",)))


def test_fled_and_held_exactly_one_episode_apart_are_rival_accounts_but_a_day_more_is_not():
    fled = claim("DEFECT", "2024-01-01")
    assert SAME_EPISODE_DAYS == 31
    assert fled_vs_held(fled, claim("ARREST", "2024-02-01", ("Harbour Radio",)))
    assert not fled_vs_held(fled, claim("ARREST", "2024-02-02", ("Harbour Radio",)))


def test_shown_alive_undated_in_an_article_of_the_day_of_the_death_is_no_dispute_but_of_the_day_after_is():
    from dataclasses import replace
    end = claim("DIE", "2024-05-02")
    seen = claim("REAPPEAR", "", ("Harbour Radio",))
    assert not dead_then_seen(end, replace(seen, reported_by="2024-05-02"))
    assert dead_then_seen(end, replace(seen, reported_by="2024-05-03"))


def test_a_conflict_row_lists_every_article_once():
    from pipeline.reconcile.conflicts import conflict_rows
    a = claim("EXECUTE", "2019-12-01", docs=("d1", "d2"))
    b = claim("IMPRISON", "2019-12-01", ("Harbour Radio",), docs=("d2", "d3"))
    (row,) = conflict_rows(find_conflicts([a, b]))
    assert row["person"] == "Ada Quist"
    assert row["docs"] == "d1;d2;d3"
    assert row["types"] == "EXECUTE;IMPRISON"


def test_a_person_only_denied_or_of_an_unknown_kind_has_an_unknown_fate():
    from pipeline.reconcile.conflicts import fate_rows
    denied = claim("ARREST", "2024-01-02", negated=True)
    (row,) = fate_rows([denied], [])
    assert (row["person"], row["status"], row["as_of"]) == ("Ada Quist", "unknown", "")
    (row,) = fate_rows([claim("RESIGN", "2024-01-02")], [])
    assert row["status"] == "unknown"


def test_each_disagreement_about_a_person_is_spelled_out_apart():
    from pipeline.reconcile.conflicts import conflict_rows
    claims = [claim("EXECUTE", "2019-12-01"), claim("IMPRISON", "2019-12-01", ("Harbour Radio",)),
              claim("DIE", "2020-02-01", ("Orvik Post",))]
    (row,) = conflict_rows(find_conflicts(claims))
    conflicts = find_conflicts(claims)
    assert len(conflicts) >= 2
    assert row["claims"].split(" | ") == [f"{c.rule}: {c.first.describe()} vs {c.second.describe()}" for c in conflicts]


def test_only_claims_of_the_latest_state_support_it():
    from pipeline.reconcile.conflicts import fate_rows
    arrested = claim("ARREST", "2024-01-10")
    jailed = claim("IMPRISON", "2024-03-02", ("Harbour Radio",))
    (row,) = fate_rows([arrested, jailed], find_conflicts([arrested, jailed]))
    assert (row["status"], row["as_of"], row["agreement"]) == ("imprisoned", "2024-03-02", "single-source")
    assert row["supporting"] == jailed.describe()


def test_a_disputed_fate_lists_the_accounts_against_it():
    from pipeline.reconcile.conflicts import fate_rows
    shot = claim("EXECUTE", "2019-12-01")
    jailed = claim("IMPRISON", "2019-12-01", ("Harbour Radio",))
    (row,) = fate_rows([shot, jailed], find_conflicts([shot, jailed]))
    assert row["agreement"] == "disputed"
    assert row["supporting"] == shot.describe() and row["disputing"] == jailed.describe()


def rules_found(claims):
    return [(c.person, c.rule) for c in find_conflicts(claims)]


def test_a_claim_and_its_denial_are_one_conflict_named_so():
    said, denied = claim("ARREST", "2024-01-02"), claim("ARREST", "2024-01-02", ("Harbour Radio",), negated=True)
    assert rules_found([said, denied]) == [("Ada Quist", "claim and denial")]


def test_a_denial_does_not_hide_the_next_disagreement():
    shot = claim("EXECUTE", "2019-12-01")
    denied = claim("EXECUTE", "2019-12-01", ("Harbour Radio",), negated=True)
    jailed = claim("IMPRISON", "2019-12-01", ("Orvik Post",), docs=("b",))
    assert rules_found([shot, denied, jailed]) == [("Ada Quist", "claim and denial"), ("Ada Quist", "death vs custody")]


def test_one_account_told_twice_does_not_hide_the_next_disagreement():
    shot = claim("EXECUTE", "2019-12-01")
    jailed_same_account = claim("IMPRISON", "2019-12-01")
    jailed_elsewhere = claim("IMPRISON", "2019-12-01", ("Orvik Post",), docs=("b",))
    assert rules_found([shot, jailed_same_account, jailed_elsewhere]) == [("Ada Quist", "death vs custody")]


def test_a_claim_and_the_denial_of_another_happening_are_no_conflict():
    # denied jailing vs an execution: the denial disputes nothing the execution claims
    shot = claim("EXECUTE", "2019-12-01")
    not_jailed = claim("IMPRISON", "2019-12-01", ("Harbour Radio",), docs=("b",), negated=True)
    assert rules_found([shot, not_jailed]) == []
    # the same two as claims are a conflict
    assert rules_found([shot, claim("IMPRISON", "2019-12-01", ("Harbour Radio",), docs=("b",))]) != []


def test_an_undated_claim_before_a_dated_one_is_not_the_latest_state():
    from pipeline.reconcile.conflicts import fate_rows
    arrested, jailed = claim("ARREST", ""), claim("IMPRISON", "2024-03-02", ("Harbour Radio",))
    (row,) = fate_rows([arrested, jailed], [])
    assert (row["status"], row["as_of"]) == ("imprisoned", "2024-03-02")


def test_every_supporting_and_disputing_account_is_listed_apart():
    from pipeline.reconcile.conflicts import fate_rows
    shot_a = claim("EXECUTE", "2019-12-01")
    shot_b = claim("EXECUTE", "2019-11-20", ("Orvik Post",), docs=("c",))
    jailed = claim("IMPRISON", "2019-12-01", ("Harbour Radio",), docs=("b",))
    camp = claim("IMPRISON", "2019-12-09", ("Lindmark Radio",), docs=("d",))
    claims = [shot_a, shot_b, jailed, camp]
    (row,) = fate_rows(claims, find_conflicts(claims))
    # held on the 9th, after either execution date: the latest state is prison, disputed
    assert (row["status"], row["agreement"]) == ("imprisoned", "disputed")
    assert row["supporting"].split(" | ") == [jailed.describe(), camp.describe()]
    assert sorted(row["disputing"].split(" | ")) == sorted([shot_a.describe(), shot_b.describe()])
