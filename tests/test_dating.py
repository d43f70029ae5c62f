"""Tests for the date component: DATE spans it adds and the tense it reads from the parse."""

from __future__ import annotations

import pytest

from pipeline.nlp.dating import FutureCues, looks_ahead


def dates(doc) -> dict[str, str | None]:
    return {e.text: (e._.date.iso if e._.date is not None else None) for e in doc.ents if e.label_ == "DATE"}


def date_of(doc, text: str) -> str | None:
    found = dates(doc)
    assert text in found, f"no DATE {text!r} in {found}"
    return found[text]


# --- tense: a date without a year looks back unless its clause looks ahead ----------
# 2023-10-30 is a Monday; 2023-11-01 a Wednesday.

TENSE = [
    # (sentence looking ahead, near-identical sentence looking back, date, reference, ahead, back)
    ("Pol Arvid will be sentenced on Nov. 16.", "Pol Arvid was sentenced on Nov. 16.",
     "Nov. 16", "2023-10-30", "2023-11-16", "2022-11-16"),
    ("Dana Vesk is due to appear in court on Monday.", "Dana Vesk appeared in court on Monday.",
     "Monday", "2023-11-01", "2023-11-06", "2023-10-30"),
    ("The vote is scheduled for March.", "The vote was held in March.",
     "March", "2024-02-14", "2024-03", "2023-03"),
    ("The trial will open in January.", "The trial opened in January.",
     "January", "2023-12-05", "2024-01", "2023-01"),
    ("The next hearing was set for Feb. 2.", "The last hearing was held on Feb. 2.",
     "Feb. 2", "2023-10-30", "2024-02-02", "2023-02-02"),
    ("The court adjourned the case until Feb. 2.", "The court heard the case on Feb. 2.",
     "Feb. 2", "2023-10-30", "2024-02-02", "2023-02-02"),
    ("The board is expected to rule on Friday.", "The board ruled on Friday.",
     "Friday", "2023-11-01", "2023-11-03", "2023-10-27"),
    ("Lev Amari is to be sentenced on Friday.", "Lev Amari was sentenced on Friday.",
     "Friday", "2023-11-01", "2023-11-03", "2023-10-27"),
    ("Rival leaders to meet on Friday.", "Rival leaders met on Friday.",
     "Friday", "2023-11-01", "2023-11-03", "2023-10-27"),
    ("Oren Halde said he would resign in December.", "Oren Halde said he resigned in December.",
     "December", "2023-11-01", "2023-12", "2022-12"),
    ("The envoy plans to visit the capital in December.", "The envoy visited the capital in December.",
     "December", "2023-11-01", "2023-12", "2022-12"),
    ("The talks will resume and a deal will be signed and announced on Friday.",
     "The talks resumed and a deal was signed and announced on Friday.",
     "Friday", "2023-11-01", "2023-11-03", "2023-10-27"),
    ("The minister will fly to the coast, arriving on Friday.", "The minister flew to the coast, arriving on Friday.",
     "Friday", "2023-11-01", "2023-11-03", "2023-10-27"),
    ("The agency has picked three firms for a programme to run through December.",
     "The agency picked three firms for a programme that ran through December.",
     "December", "2023-11-01", "2023-12", "2022-12"),
    ("The council will discuss it at its next meeting on Friday.", "The council discussed it at a meeting on Friday.",
     "Friday", "2023-11-01", "2023-11-03", "2023-10-27"),
]


@pytest.mark.parametrize("ahead, back, date, ref, iso_ahead, iso_back", TENSE)
def test_tense_of_the_clause_decides(annotate, ahead, back, date, ref, iso_ahead, iso_back):
    assert date_of(annotate(ahead, ref), date) == iso_ahead
    assert date_of(annotate(back, ref), date) == iso_back


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind may have died on Friday.",  # a perfect is never a cue
        "The minister could not be reached on Friday.",  # "could": past of "can"
        "On Friday, Tal Orsk said he will resign.",  # the date belongs to "said"
        "The suspect, who will appear in court later, was detained on Friday.",
        "The minister will visit the site of Friday's attack.",  # the attack has its own time
        "The court will review the Friday ruling.",
    ],
)
def test_tense_cues_only_in_the_dates_own_clause(annotate, text):
    assert date_of(annotate(text, "2023-11-01"), "Friday") == "2023-10-27"


def test_future_cues_file_is_read():
    cues = FutureCues.from_file("lexicon/future_cues.txt")
    assert "will" in cues.aux and "next" in cues.mods
    assert "to" in cues.heads["due"] or "*" in cues.heads["due"]


def test_looks_ahead_on_a_span(annotate, nlp):
    cues = nlp.get_pipe("date_resolver").cues
    doc = annotate("The trial will open in January, the judge said on Monday.", "2023-12-05")
    spans = {e.text: e for e in doc.ents if e.label_ == "DATE"}
    assert looks_ahead(spans["January"], cues) and not looks_ahead(spans["Monday"], cues)


# --- spans the model misses or cuts short -------------------------------------------


def test_n_units_before_with_nothing_after_is_a_date(annotate):
    doc = annotate("Ivo Brenn was freed on 3 June 2018. Two weeks before, his lawyer had filed an appeal.")
    assert date_of(doc, "Two weeks before") == "2018-05-20"


def test_n_units_before_an_event_is_not_the_date_before(annotate):
    doc = annotate("Ivo Brenn was freed on 3 June 2018, two weeks before the election.")
    assert "two weeks before" not in dates(doc)
    assert dates(doc).get("two weeks") is None


def test_spelled_out_years(annotate):
    assert date_of(annotate("The plan was drafted in twenty twenty-one by the council."),
                   "twenty twenty-one") == "2021"
    assert date_of(annotate("Mira Quenby was born in nineteen ninety-six."), "nineteen ninety-six") == "1996"


def test_fiscal_years(annotate):
    doc = annotate("Revenue at Quorra Foods rose in FY2019 and fell in FY 2020.")
    assert date_of(doc, "FY2019") == "2019"
    assert date_of(doc, "FY 2020") == "2020"


def test_that_year_and_that_month_take_the_date_before(annotate):
    doc = annotate("Ansel Korr was detained in March 2015. He escaped that month. He was caught that year.")
    assert date_of(doc, "that month") == "2015-03"
    assert date_of(doc, "that year") == "2015"


def test_the_year_being_told_about_follows_the_tense(annotate):
    told = "Ria Tamm was detained in May 2019. She was freed later in the year."
    ahead = "Ria Tamm was detained in May 2019. She will be freed later in the year."
    assert date_of(annotate(told, "2024-02-14"), "later in the year") == "2019"
    assert date_of(annotate(ahead, "2024-02-14"), "later in the year") == "2024"


def test_run_on_spans_keep_the_date_at_either_end(annotate):
    doc = annotate("Ilya Sorvath was sentenced to 14 years last month, his lawyer said.", "2025-07-29")
    assert {iso for iso in dates(doc).values() if iso} == {"2025-06"}
    doc = annotate("Ilya Sorvath was sentenced in June to four years in prison.", "2025-07-29")
    assert "2025-06" in dates(doc).values()


def test_weekday_under_a_month_reference(annotate):
    doc = annotate("Police detained Hale Murrow on Sunday.", "2024-02")
    assert date_of(doc, "Sunday") == "2024-02"


def test_an_offset_counts_from_the_last_date_it_can_count_from(annotate):
    doc = annotate("Ivo Brenn died on 7 August 2025 in a clinic, where he had been treated since the spring. "
                   "Two days later the council named Ada Quist as his successor.", published="2025-08-12")
    assert date_of(doc, "Two days later") == "2025-08-09"


def test_an_offset_still_counts_from_the_date_just_before_it(annotate):
    doc = annotate("Ivo Brenn was treated in a clinic in the spring and died on 7 August 2025. "
                   "Two days later the council named Ada Quist as his successor.", published="2025-08-12")
    assert date_of(doc, "Two days later") == "2025-08-09"


def test_the_same_night_counts_from_the_story_not_from_when_it_was_told(annotate):
    doc = annotate("Ivo Brenn was taken from his flat late on Thursday, his sister told journalists on Friday. "
                   "The movement said its treasurer was held the same night.", published="2024-03-17")
    assert date_of(doc, "the same night") == "2024-03-14"


def test_when_it_was_told_still_anchors_its_own_sentence(annotate):
    doc = annotate("The bulletin reported on May 13 that Ivo Brenn had died in prison four days earlier.",
                   published="2025-06-20")
    assert date_of(doc, "four days earlier") == "2025-05-09"
