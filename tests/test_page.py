"""Tests for pipeline.read.page: the parts of a scraped page and the text the parser reads.

Every page, name, outlet and place here is invented for the tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.read.articles import from_texts
from pipeline.read.captions import caption_date, split_caption
from pipeline.read.casing import is_title_case, sentence_case
from pipeline.read.page import BLANKED, lay_out

PAGE = """ date 2023-07-25 Ex-Harbour Chief Ilse Marrow Detained In Kestrel Bay, Family Says
Home › World › Coastal Provinces
Share | Tweet | Email | Print

Family fears for the former port director after a night raid

By Tomas Verlaine, Staff Writer
Updated 7:15 p.m. EST

KESTREL BAY, July 24 (Tideline Wire) - Ilse Marrow, the former director of the Kestrel Bay harbour authority, was detained at her home late on Sunday, her family said.

Ilse Marrow at a harbour ceremony in Marrowby, Sept. 14, 2021. (Photo: Harbour Gazette archive)

Police in Kestrel Bay declined to comment on the detention of Marrow, who ran the harbour for six years.

Read more:
Kestrel Bay council debates new ferry levy
Who is Ilse Marrow? The rise of a harbour reformer

Sign in to comment
Support independent journalism on the coast. Subscribe from $4 a month.
"""


def parts_of(text: str, outlet: str | None = None) -> list[tuple[str, str]]:
    layout = lay_out(text, outlet)
    return [(p.kind, text[p.start:p.end].strip()) for p in layout.parts]


def kind_of(text: str, fragment: str, outlet: str | None = None) -> str:
    layout = lay_out(text, outlet)
    return layout.kind_at(text.index(fragment))


# --- the whole page ------------------------------------------------------------------------


def test_every_part_of_a_scraped_page():
    layout = lay_out(PAGE)
    assert kind_of(PAGE, "date 2023-07-25") == "marker"
    assert kind_of(PAGE, "Ex-Harbour Chief") == "headline"
    assert kind_of(PAGE, "Home ›") == "boilerplate"
    assert kind_of(PAGE, "Share |") == "boilerplate"
    assert kind_of(PAGE, "Family fears") == "standfirst"
    assert kind_of(PAGE, "By Tomas") == "byline"
    assert kind_of(PAGE, "Updated 7:15") == "timestamp"
    assert kind_of(PAGE, "KESTREL BAY, July 24") == "dateline"
    assert kind_of(PAGE, "Ilse Marrow, the former") == "body"
    assert kind_of(PAGE, "Ilse Marrow at a harbour") == "caption"
    assert kind_of(PAGE, "(Photo: Harbour") == "credit"
    assert kind_of(PAGE, "Police in Kestrel") == "body"
    for fragment in ("Read more:", "Kestrel Bay council debates", "Who is Ilse", "Sign in to comment",
                     "Support independent"):
        assert kind_of(PAGE, fragment) == "boilerplate", fragment
    assert layout.marker_date == "2023-07-25"


def test_parts_cover_the_text_in_order():
    layout = lay_out(PAGE)
    assert layout.parts[0].start == 0 and layout.parts[-1].end == len(PAGE)
    for a, b in zip(layout.parts, layout.parts[1:]):
        assert a.end == b.start and a.start < a.end


def test_parse_text_keeps_length_and_line_breaks_and_blanks_only_furniture():
    layout = lay_out(PAGE)
    parsed = layout.parse_text
    assert len(parsed) == len(PAGE)
    assert [i for i, c in enumerate(parsed) if c == "\n"] == [i for i, c in enumerate(PAGE) if c == "\n"]
    for part in layout.parts:
        seg, orig = parsed[part.start:part.end], PAGE[part.start:part.end]
        if part.kind in BLANKED:
            assert seg.strip() == "", part
        elif part.kind != "headline":
            assert seg == orig, part
    assert "Ilse Marrow, the former director" in parsed
    assert "Ilse Marrow at a harbour ceremony in Marrowby, Sept. 14, 2021." in parsed
    assert "Photo" not in parsed and "Subscribe" not in parsed and "Tomas" not in parsed


def test_caption_carries_its_own_date():
    (caption,) = lay_out(PAGE).of_kind("caption")
    assert caption.date == "2021-09-14"


# --- headline -------------------------------------------------------------------------------


def test_title_case_headline_in_sentence_case_names_kept():
    layout = lay_out(PAGE)
    head = layout.headline
    assert layout.parse_text[head.start:head.end].strip() == \
        "Ex-harbour chief Ilse Marrow detained in Kestrel Bay, family says"


def test_sentence_case_keeps_what_the_body_capitalises_and_acronyms():
    body = ("Officials of the Harbour Authority said on Monday that Pavel Drun had resigned. "
            "The authority gave no reason, and the TV channel said nothing.")
    assert sentence_case("Harbour Authority Chief Pavel Drun Resigns, TV Says", body) == \
        "Harbour Authority Chief Pavel Drun resigns, TV says"  # a title between two kept capitals
    assert sentence_case("Chief Of Harbour Authority Resigns, TV Says", body) == \
        "Chief of Harbour Authority resigns, TV says"
    # a sentence-case headline is left alone
    assert sentence_case("Pavel Drun resigns from the harbour board", body) == \
        "Pavel Drun resigns from the harbour board"


def test_a_name_part_that_is_a_common_word_stays_between_names_but_a_verb_does_not():
    body = "Police detained Tun San Aye on Monday. Pavel Drun and Ilse Marrow held talks in Marrowby."
    assert sentence_case("Police Detain Tun Sang Aye", body) == "Police detain Tun Sang Aye"
    assert sentence_case("Pavel Drun Meets Ilse Marrow In Marrowby", body) == "Pavel Drun meets Ilse Marrow in Marrowby"


def test_a_common_word_the_body_only_capitalises_stays():
    body = "The Marrowby Ferry Company said that Ilse Marrow had left. Ferry Company staff were told on Monday."
    assert sentence_case("Ilse Marrow Leaves Ferry Company", body) == "Ilse Marrow leaves Ferry Company"
    lowered = "The Marrowby ferry company said that Ilse Marrow had left. Company staff were told on Monday."
    assert sentence_case("Ilse Marrow Leaves Ferry Company", lowered) == "Ilse Marrow leaves ferry company"


def test_title_case_is_not_a_sentence_full_of_names():
    assert is_title_case("Ex-Harbour Chief Ilse Marrow Detained In Kestrel Bay")
    assert is_title_case("Pavel Drun Sentenced to 7 Years")
    assert not is_title_case("The Minister will be produced before the Kestrel Bay High Court on Monday.")
    assert not is_title_case("Pavel Drun resigns from the harbour board")


def test_headline_without_stop_ends_its_sentence_at_the_line_break(nlp):
    text = " date 2023-07-25 Harbour Chief Ilse Marrow Detained\nPolice in Kestrel Bay detained Ilse Marrow on Sunday.\n"
    doc = nlp(lay_out(text).parse_text)
    head = next(t for t in doc if t.text == "detained" and t.idx < text.index("\n"))
    police = next(t for t in doc if t.text == "Police")
    assert head.sent != police.sent
    assert police.is_sent_start


def test_marker_line_with_a_first_paragraph_has_no_headline():
    text = " date 2023-07-25 Police in Kestrel Bay detained the former port director Ilse Marrow on Sunday.\n\nHer family said she was taken at night.\n"
    layout = lay_out(text)
    assert layout.headline is None
    assert kind_of(text, "Police in Kestrel") == "body"
    assert layout.parse_text.lstrip().startswith("Police in Kestrel Bay")


def test_repeated_headline_is_blanked_once():
    text = ("Ilse Marrow Detained In Kestrel Bay\n\nHarbour Gazette Desk\n\nPublished: July 25, 2023, 04:00 PM\n\n"
            "Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n")
    kinds = [k for k, _ in parts_of(text)]
    assert kinds.count("headline") == 1 and "repeat" in kinds
    assert kind_of(text, "Harbour Gazette Desk") == "byline"
    assert kind_of(text, "Published:") == "timestamp"


# --- conservative: what looks like furniture but is the article --------------------------------


@pytest.mark.parametrize("paragraph", [
    "Share prices of the Kestrel Ferry Company fell after Ilse Marrow was detained, the exchange said.",
    "Subscribers to the harbour newsletter learned on Monday that Ilse Marrow had been detained.",
    "By Tuesday, the army had detained Ilse Marrow and two of her deputies, officials said.",
    "Related to the case, police detained two of her deputies in Marrowby on Monday.",
    "Harbour Gazette could not verify the report that Ilse Marrow had been detained.",
    "The photo showed Ilse Marrow in handcuffs, her lawyer said on Monday.",
    "Comments by the minister on Monday angered the family of Ilse Marrow.",
])
def test_a_paragraph_that_looks_like_furniture_is_kept(paragraph):
    text = f"Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n{paragraph}\n\nHer lawyer said he would appeal.\n"
    assert kind_of(text, paragraph, outlet="Harbour Gazette") == "body"
    assert paragraph in lay_out(text, "Harbour Gazette").parse_text


def test_the_same_words_as_page_furniture_are_blanked():
    text = ("Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            "Share\n\nSubscribe to the Harbour Gazette\n\nComments (3)\n\nHer lawyer said he would appeal.\n")
    for fragment in ("Share\n", "Subscribe to", "Comments (3)"):
        assert kind_of(text, fragment) == "boilerplate", fragment
    assert kind_of(text, "Her lawyer") == "body"


@pytest.mark.parametrize("ending", [
    "(This story has not been edited by Harbour Weekly staff and is auto-generated from a syndicated feed)",
    "This article and image originally appeared on Harbour Gazette",
    "We use your sign-up to provide content you asked for. This may include adverts from us and our partners that match your intere",
    "Enditem",
])
def test_syndication_notes_and_sign_up_notices_at_the_end_are_blanked(ending):
    text = ("Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            f"Her lawyer said he would appeal.\n{ending}")
    assert kind_of(text, ending[:12]) == "boilerplate"
    assert kind_of(text, "Her lawyer") == "body"


def test_a_wire_end_mark_glued_to_the_last_paragraph():
    text = ("Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            "Her lawyer said he would appeal. Enditem\n")
    assert kind_of(text, "Enditem") == "boilerplate"
    assert lay_out(text).parse_text.rstrip().endswith("he would appeal.")


def test_another_articles_headline_set_inside_a_paragraph_is_blanked():
    paragraph = ("The council denied reports that Ilse Marrow had fled the country. Harbour Chief Ilse Marrow "
                 "Vanishes After Failing To Appear In Court, Say Reports. Her lawyer said she was at home.")
    text = f"Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n{paragraph}\n"
    layout = lay_out(text)
    assert kind_of(text, "Harbour Chief Ilse Marrow Vanishes") == "boilerplate"
    assert kind_of(text, "The council denied") == "body" and kind_of(text, "Her lawyer said") == "body"
    assert "Vanishes" not in layout.parse_text and "Her lawyer said she was at home." in layout.parse_text


@pytest.mark.parametrize("sentence", [
    "Pavel Drun, Minister of Harbours and Ferries.",  # a list of names and offices
    "Pavel Drun, Hedda Lindqvist and Piet Okafor of the Orvik Harbour Board.",
])
def test_names_and_offices_in_title_case_stay_in_the_paragraph(sentence):
    paragraph = f"The president removed three ministers on Monday. {sentence} Their deputies will act for them."
    text = f"Ministers Removed In Orvik\n\nThe president of Orvik removed three ministers, officials said.\n\n{paragraph}\n"
    assert kind_of(text, sentence) == "body"
    assert sentence in lay_out(text).parse_text


def test_login_and_gallery_controls_above_the_headline_are_blanked():
    text = ("Forgot your password?\n\nBack to login\n\nHarbour minister resigns after ferry inquiry\n\nFull Screen\n\n"
            "Tomas Varga resigned as harbour minister on Monday, his office said.\n")
    for fragment in ("Forgot your", "Back to login", "Full Screen"):
        assert kind_of(text, fragment) == "boilerplate", fragment
    assert kind_of(text, "Harbour minister resigns") == "headline"


def test_the_reporter_and_desk_line_is_not_the_headline():
    text = " date 2021-09-01 Hedda Lindqvist, Orvik\n\nThe president removed two ministers from the cabinet on Monday.\n"
    assert kind_of(text, "Hedda Lindqvist, Orvik") == "boilerplate"
    text = " date 2021-09-01 President removes two ministers\n\nThe president removed two ministers from the cabinet on Monday.\n"
    assert kind_of(text, "President removes") == "headline"


def test_a_donation_appeal_glued_to_a_paragraph_costs_only_itself():
    text = ("Ilse Marrow Detained In Kestrel Bay\n\nYour support makes all the difference.The court in Marrowby "
            "ordered on Monday that Ilse Marrow be held for thirty days pending an inquiry.\n")
    layout = lay_out(text)
    assert kind_of(text, "Your support") == "boilerplate"
    assert kind_of(text, "The court in Marrowby") == "body"
    assert "The court in Marrowby ordered on Monday" in layout.parse_text


def test_a_crosshead_inside_the_article_is_kept():
    text = ("Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            "The harbour contracts\n\nInvestigators are examining contracts she signed in 2021, a source said.\n")
    assert kind_of(text, "The harbour contracts") == "subhead"
    assert "The harbour contracts" in lay_out(text).parse_text


# --- captions --------------------------------------------------------------------------------


@pytest.mark.parametrize("line, caption, date", [
    ("Ilse Marrow at a harbour ceremony in Marrowby, Sept. 14, 2021. (Photo: Harbour Gazette archive)",
     "Ilse Marrow at a harbour ceremony in Marrowby, Sept. 14, 2021.", "2021-09-14"),
    ("PHOTO: Pavel Drun addresses dock workers in Kestrel Bay, November 12, 2023. (Tideline Images/File)",
     "Pavel Drun addresses dock workers in Kestrel Bay, November 12, 2023.", "2023-11-12"),
    ("Pavel Drun inspects the ferry terminal near Marrowby. Photo: Harbour Ministry press service / 14.08.2023",
     "Pavel Drun inspects the ferry terminal near Marrowby.", "2023-08-14"),
    ("Ilse Marrow in Marrowby, August 2022. Photo: family archive", "Ilse Marrow in Marrowby, August 2022.", "2022-08"),
    ("[Photo: The Marrowby ferry terminal at night. Credit: Gazette archive]",
     "The Marrowby ferry terminal at night.", None),
    # a "Name/Agency" credit of two parts, with no credit word
    ("Police lead Ilse Marrow from the court in Marrowby. (Pavel Drun/Harbour Gazette)",
     "Police lead Ilse Marrow from the court in Marrowby.", None),
])
def test_caption_and_credit_are_told_apart(line, caption, date):
    split = split_caption(line)
    assert split is not None and split.text is not None
    start, end = split.text
    assert line[start:end].strip() == caption
    credit = " ".join(line[s:e] for s, e in split.credits)
    assert caption_date(line[start:end], credit) == date


@pytest.mark.parametrize("line", ["Pavel Drun/Tideline Images", "Photo : Harbour Gazette", "Collected Photo (file)"])
def test_a_credit_line_alone(line):
    split = split_caption(line)
    assert split is not None and split.text is None


@pytest.mark.parametrize("line", [
    "Police said the photo of Ilse Marrow was taken in Marrowby on Monday.",
    "The inquiry into the Kestrel Bay Harbour Authority (KBHA) opened on Monday.",
    "Ilse Marrow was detained on Sunday, police in Marrowby said (Tideline).",
])
def test_a_paragraph_is_not_a_caption(line):
    assert split_caption(line) is None


@pytest.mark.parametrize("line", [
    "The court sat in Marrowby in 2017. – Xinhua", "The harbour reopened. (Reuters)", "The harbour reopened. — AFP  ",
    "The harbour reopened on Monday.", "The harbour reopened (for now)", "Reuters reported the harbour reopened.",
])
def test_sign_off_pretest_agrees_with_the_pattern(line):
    """``_classify`` searches for an agency's sign-off only on a line ending with an agency or a bracket."""
    from pipeline.read.page import _sign_off, _sign_off_ends

    if not line.rstrip().endswith(_sign_off_ends()):
        assert _sign_off().search(line) is None


@pytest.mark.parametrize("line", [
    "Ilse Marrow in Marrowby, August 2022. Photo: family archive",
    "Ilse Marrow at the harbour.Credit: Gazette archive",
    "Pavel Drun at the ferry terminal. IMAGE COPYRIGHT Tideline Images",
    "The ferry terminal at night. Courtesy of Harbour Ministry",
    "The ferry terminal at night. Photos by Pavel Drun",
    "The terminal at dawn. TIDELINE PHOTO by Jane Roe",
    "The terminal at dawn. © Gazette archive",
    "The terminal at dawn. Pavel Drun / Reuters",
    "Police said the photo of Ilse Marrow was taken in Marrowby on Monday.",
    "Ilse Marrow said: the harbour / the port are one.",
])
def test_credit_pretests_agree_with_the_patterns(line):
    """Each credit pattern ``split_caption`` skips (``_may_match`` false) finds nothing."""
    from pipeline.read.captions import _may_match, _patterns

    for name in ("credit", "credit_words", "agency_photo", "copyright", "slash_agency"):
        for start in (0, 5):
            if not _may_match(name, line, start):
                assert _patterns()[name].search(line, start) is None


# --- cut-off texts -----------------------------------------------------------------------------


def test_a_text_cut_mid_word_loses_only_its_cut_tail():
    text = ("Ilse Marrow Detained\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            "Her lawyer said he would appeal. The court is expected to rule on the det")
    layout = lay_out(text)
    (cut,) = layout.of_kind("cutoff")
    assert text[cut.start:cut.end] == " on the det"  # the cut word and the words it left dangling
    assert layout.parse_text.endswith("Her lawyer said he would appeal. The court is expected to rule" + " " * 11)


@pytest.mark.parametrize("ending,kept", [
    ("Vesna Orlik was sentenced to six years in prison for smuggl", "Vesna Orlik was sentenced to six years in prison"),
    ("A state agency reports that one prisoner, i", "A state agency reports that one prisoner"),
    ("Police in Orvik on Monday arrested Ilse Mar", "Police in Orvik on Monday arrested"),  # a cut name goes whole
    ("Police arrested her brother in Kes", "Police arrested her brother"),
    ("The council is a rival of the harbour board, which", "The council is a rival of the harbour board"),
    ("Her brother fled abroa", "Her brother fled"),  # three words left: just enough to keep
    ("She has not been hear", ""),  # too little is left: the whole sentence goes
    ("Orlik, 53, also co", ""),
    ("On Sunday, he wi", ""),
])
def test_a_cut_sentence_keeps_what_it_had_said(ending, kept):
    text = f"Ilse Marrow Detained\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\nHer lawyer said he would appeal. {ending}"
    layout = lay_out(text)
    (cut,) = layout.of_kind("cutoff")
    assert text[cut.start:cut.end].strip() == ending[len(kept):].strip()
    assert layout.parse_text.rstrip().endswith(kept or "would appeal.")


def test_the_kept_start_of_a_cut_sentence_is_read():
    text = ("Court Jails Harbour Chief\n\nThe harbour court ruled on Monday in Orvik.\n\n"
            "Vesna Orlik was sentenced to six years in prison for smuggl")
    got = pipeline.extract([{"doc": "a", "text": text}]).events
    assert list(got["type"]) == ["IMPRISON"] and list(got["person"]) == ["Vesna Orlik"]
    got = pipeline.extract([{"doc": "a", "text": text.replace(" for smuggl", " for rack")}]).events
    assert list(got["type"]) == ["IMPRISON"]
    got = pipeline.extract([{"doc": "a", "text": text.replace("Vesna Orlik was sentenced to six years in prison for smuggl",
                                                              "Vesna Orlik was sent")}]).events
    assert got.empty  # "sent" may be cut from anything: nothing is read from it


@pytest.mark.parametrize("ending", [
    "The court is expected to rule on Monday.",
    'The court "will rule on Monday."',
    "Will the court rule on Monday?",
])
def test_a_complete_ending_is_kept(ending):
    text = f"Ilse Marrow Detained\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\nHer lawyer said he would appeal. {ending}\n"
    layout = lay_out(text)
    assert not layout.of_kind("cutoff")
    assert ending in layout.parse_text


def test_a_single_unfinished_sentence_is_left_alone():
    text = "Pavel Drun was arrested in Marrowby on Monday"
    layout = lay_out(text)
    assert [p.kind for p in layout.parts] == ["body"]
    assert layout.parse_text == text


def test_the_last_headline_of_a_related_list_is_not_a_cut_sentence():
    text = ("Ilse Marrow Detained\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            "Related:\nKestrel Bay council debates new ferry levy\nMarrowby dock strike enters third day")
    assert kind_of(text, "Marrowby dock strike") == "boilerplate"
    assert not lay_out(text).of_kind("cutoff")


def test_a_hard_wrapped_paragraph_reads_as_one():
    text = ("Ilse Marrow Detained\nPolice in Kestrel Bay detained the former port director of\n"
            "Marrowby at her home on Sunday, her family said, and questioned\nher for six hours.\n"
            "Her lawyer said he would appeal.\n")
    layout = lay_out(text)
    assert kind_of(text, "Marrowby at her home") == "body"
    assert kind_of(text, "Ilse Marrow Detained") == "headline"
    assert "port director of Marrowby at her home" in layout.parse_text
    assert "and questioned her for six hours." in layout.parse_text
    assert layout.parse_text.count("\n") == text.count("\n") - 2


WRAPPED = """ date 2019-03-04 (Updates with minister's comment)
ORVIK, March 4 Ferry crews at the Orvik docks stopped work
on Monday morning and marched to the harbour office to demand
back pay, a union official told reporters at the gate.
Union leaders named the ferry pilot Hedda Lindqvist
Brannstrom as their negotiator and asked the harbour master to
meet her before the weekend. "We will sail when we are paid,"
one deckhand shouted as the crowd reached the quay.
Key dates for the crews:
- April 2: first talks with the harbour office
- May 9: the pay deadline set by the union
Nobody from the harbour office, which
owns the ferries, answered calls on Monday.
"""


def test_a_page_wrapped_at_a_fixed_width_reads_as_paragraphs():
    layout = lay_out(WRAPPED)
    parse = layout.parse_text
    assert "named the ferry pilot Hedda Lindqvist Brannstrom as their negotiator" in parse  # a name across a wrap
    assert "stopped work on Monday morning and marched to the harbour office to demand back pay" in parse
    assert "at the gate.\nUnion leaders" in parse  # a line that ends a sentence short of the width
    assert "for the crews:\n- April 2" in parse and "harbour office\n- May 9" in parse  # list entries stay lines
    assert "by the union\nNobody" in parse
    assert "office, which owns the ferries" in parse  # a line that ends on "which" runs on, however short
    assert kind_of(WRAPPED, "(Updates with") == "boilerplate"  # an editor's note is never the headline
    assert kind_of(WRAPPED, "ORVIK, March 4") == "dateline"  # a wire lead whose "(Agency) -" was dropped
    assert "ORVIK, March 4\nFerry crews at" in parse  # ... read apart: the city is not the subject
    assert kind_of(WRAPPED, "Ferry crews at") == "body"


@pytest.mark.parametrize("lead", ["Orvik, Jul 16 (Harbour Wire) ", "Port Louis, 3 May 2021 (Harbour Wire) ", "ORVIK, 3 May 2021 "])
def test_a_wire_lead_without_its_dash(lead):
    text = f"Harbour Chief Detained\n\n{lead}Police detained the harbour chief Tomas Varga on Monday, officials said.\n"
    layout = lay_out(text)
    (line,) = layout.of_kind("dateline")
    assert text[line.start:line.end] == lead
    assert layout.parse_text.endswith(lead[:-1] + "\nPolice detained the harbour chief Tomas Varga on Monday, officials said.\n")
    plain = text.replace(lead, "In Orvik, ")  # an ordinary opening is no dateline
    assert not lay_out(plain).of_kind("dateline")


def test_a_page_of_short_paragraphs_is_not_taken_for_a_wrapped_one():
    text = ("Harbour board names its new director\n"
            "Tomas Varga was named director of the Orvik Harbour Board on Monday, the board said.\n"
            "Varga, 54, ran the port authority of Kestrel Bay for six years before the vote.\n"
            "Questions over the harbour accounts and the budget for the coming year\n"
            "He said he would publish the board's accounts within a month of taking office.\n"
            "The board meets again in April to decide on the harbour budget for the year.\n"
            "Its treasurer, Hedda Lindqvist, said the accounts were already in good order.\n")
    parse = lay_out(text).parse_text
    assert "coming year\nHe said" in parse  # a crosshead: every other line ends on a stop
    wrapped = ("Harbour board names its new director\n"
               "Tomas Varga was named director of the Orvik Harbour Board\n"
               "on Monday, the board said. Varga, 54, ran the port authority\n"
               "of Kestrel Bay for six years before the vote. He said he would\n"
               "Questions over the harbour accounts and the budget for the coming year\n"
               "He said he would publish the board's accounts within a month\n"
               "of taking office. The board meets again in April to decide on\n"
               "the harbour budget for the year. Its treasurer said the\n"
               "accounts were already in good order.\n")
    assert "coming year He said" in lay_out(wrapped).parse_text  # the same line in a wrapped page runs on


# --- through the reader ------------------------------------------------------------------------


def test_marker_dates_the_article_as_its_dateline():
    (art,) = from_texts([{"text": PAGE}])
    assert art.date_basis == "dateline" and art.reference.iso == "2023-07-25"
    assert art.published is None
    assert art.layout.marker_date == "2023-07-25"
    assert art.layout.parse_text == lay_out(PAGE).parse_text


def test_month_marker_gives_way_to_a_full_date_inside_it():
    text = " date 2023-07 Ilse Marrow Detained\n\nPolice detained Ilse Marrow on July 23, 2023, her family said.\n"
    (art,) = from_texts([{"text": text}])
    assert (art.date_basis, art.reference.iso) == ("inferred", "2023-07-23")
    text = " date 2023-07 Ilse Marrow Detained\n\nPolice detained Ilse Marrow on Sunday, her family said.\n"
    (art,) = from_texts([{"text": text}])
    assert (art.date_basis, art.reference.iso) == ("dateline", "2023-07")


def test_layout_follows_the_text():
    (art,) = from_texts([{"text": PAGE}])
    first = art.layout
    assert art.layout is first  # made once
    art.text = "Pavel Drun resigned on Monday, the harbour board said."
    assert art.layout is not first and art.layout.parse_text == art.text


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e"])
def test_invisible_characters_do_not_break_a_name(nlp, invisible):
    text = f"Pak{invisible} Chol Su was arrested in Kestrel Bay on Monday, police said."
    events = pipeline.extract([{"text": text, "published": "2024-03-06"}], nlp).events
    assert events["person"].tolist() == ["Pak Chol Su"]
    assert events["type"].tolist() == ["ARREST"]
    clean = "Pak Chol Su was arrested in Kestrel Bay on Monday, police said."
    (art,) = from_texts([{"text": text}])
    assert art.text == clean
    row = events.iloc[0]
    assert clean[int(row["char_start"]):int(row["char_end"])] == row["sentence"]


def test_invisible_character_inside_a_word_is_removed(nlp):
    text = "Pak Ch\u00adol Su was arrested in Kestrel Bay on Monday, police said."
    events = pipeline.extract([{"text": text, "published": "2024-03-06"}], nlp).events
    assert events["person"].tolist() == ["Pak Chol Su"]


# --- readers' comments and endings that are not cuts -------------------------------------------


def test_readers_comments_after_the_article_are_blanked():
    text = ("Ilse Marrow Detained In Kestrel Bay\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            "Her lawyer said he would appeal.\n\n3 Comments\n  1. Jan Pollard\n\n"
            "    The minister was arrested too, everyone knows it.\n\n    May 10, 2023 at 1:51 am | Report abuse |\n")
    assert kind_of(text, "The minister was arrested too") == "boilerplate"
    assert kind_of(text, "Her lawyer said") == "body"
    # without a comment's signature the same lines are the article's
    plain = text.replace("    May 10, 2023 at 1:51 am | Report abuse |\n", "")
    assert kind_of(plain, "The minister was arrested too") == "body"


def test_a_dated_byline_and_a_dated_paragraph_do_not_open_comments():
    text = ("Pavel Drun resigns.\n\nDate: 11-09-2023 5:10 pm | Author: Jan Pollard\n\n"
            "Pavel Drun resigned as harbour master on Monday, the board said.\n\n"
            "July 14, 2023 10:40\n\nThe board named Ilse Marrow in his place, a spokesman said.\n")
    assert kind_of(text, "Date: 11-09") == "byline"
    assert kind_of(text, "The board named Ilse Marrow") == "body"
    assert kind_of(text, "Pavel Drun resigned as harbour") == "body"


def test_a_quotation_attribution_at_the_end_is_not_a_cut():
    text = ("Ilse Marrow Dies At 80\n\nIlse Marrow, the former harbour master, died on Saturday, her family said.\n\n"
            "“She was the best of us. Rest in peace.” — Pavel Drun, mayor")
    layout = lay_out(text)
    assert not layout.of_kind("cutoff")
    assert "— Pavel Drun, mayor" in layout.parse_text


def test_a_credit_glued_to_a_caption():
    line = "Ilse Marrow leaves the court in Marrowby on Thursday.Jan Pollard / AP"
    split = split_caption(line)
    assert split is not None and line[split.text[0]:split.text[1]] == "Ilse Marrow leaves the court in Marrowby on Thursday."
    assert [line[s:e] for s, e in split.credits] == ["Jan Pollard / AP"]


def test_a_sentence_closed_by_a_quotation_mark_ends_a_list_of_links():
    """Under "Read more:", a line with no blank line before it is another headline unless it ends
    a sentence; a full stop inside a closing quotation mark ends one too."""
    text = ("Ilse Marrow Detained\n\nPolice detained Ilse Marrow on Sunday, her family said.\n\n"
            "Read more:\nHarbour board names new chair\n"
            "The court said Ilse Marrow would stay in custody until the trial.\"\n\n"
            "Her lawyer said he would appeal.")
    kinds = {text[p.start:p.end].strip(): p.kind for p in lay_out(text).parts}
    assert kinds["Harbour board names new chair"] == "boilerplate"
    assert kinds["The court said Ilse Marrow would stay in custody until the trial.\""] == "body"
