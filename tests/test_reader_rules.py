"""The rules of ``pipeline.read.readers``, one test per rule, each with a case that
follows the rule and a near-identical case that does not.

These pin what an analyst sees in documents.csv for every kind of input: the status,
the exact reason a file was skipped, how it was decoded, and which metadata wins.
All texts, names and outlets are invented.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from pipeline.read import readers
from pipeline.read.articles import read_corpus
from pipeline.read.readers import cut_at_paragraph, decode_bytes, expand, read_file, read_page, read_sources

STORY = ("Officials in the river port of Calder Moss said on Monday that the harbour master, "
         "Ines Torvald, had resigned after an audit of the port accounts.\n\n"
         "The council will name a successor next month, a spokesman said.\n")
GERMAN = ("Der Hafenmeister von Calder Moss ist am Montag nach einer Prüfung der Konten "
          "zurückgetreten, teilte die Stadt mit. Der Rat will im nächsten Monat einen Nachfolger benennen.\n")
UTF16_NOTE = "decoded as UTF-16 (byte-order mark)"
PARAS = ("<p>Officials in the river port of Calder Moss said on Monday that the harbour master, "
         "Ines Torvald, had resigned after an audit of the port accounts.</p>"
         "<p>The council will name a successor next month, a spokesman said.</p>")


def page(head: str = "", body: str = PARAS, tail: str = "") -> str:
    return (f"<!doctype html><html><head>{head}</head><body><article><h1>Harbour master resigns</h1>"
            f"{body}</article>{tail}</body></html>")


def one(path: Path, **kw):
    (art,) = read_sources([path], **kw)
    return art


# -- decoding: what the message says about how a file was read --------------------------------

@pytest.mark.parametrize("raw, text, note", [
    (b"\xef\xbb\xbfPort news", "Port news", ""),  # a UTF-8 mark is not worth a note
    ("Port news".encode("utf-16"), "Port news", UTF16_NOTE),
    (b"Port news", "Port news", ""),  # plain UTF-8: nothing to say
    # UTF-16 without a mark: English has a NUL in every other byte
    ("Calder Moss".encode("utf-16-le"), "Calder Moss", "decoded as UTF-16 (no byte-order mark)"),
    ("Calder Moss".encode("utf-16-be"), "Calder Moss", "decoded as UTF-16 (no byte-order mark)"),
    # the shortest line still read as UTF-16: four characters (a short JSONL value)
    ("Oslo".encode("utf-16-le"), "Oslo", "decoded as UTF-16 (no byte-order mark)"),
])
def test_how_a_text_was_decoded_is_said_only_when_it_matters(raw, text, note):
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.note) == (text, note)


@pytest.mark.parametrize("raw, note", [
    (b"\xef\xbb\xbfab\xff", "undecodable bytes: UTF-8 byte-order mark but invalid UTF-8 at byte 5"),
    (b"Calder\x00\x00Moss\x00", "binary data (contains NUL bytes), not text"),
    ("Calder Moss".encode("utf-16-le") + b"!", "binary data (contains NUL bytes), not text"),  # odd length
])
def test_undecodable_bytes_say_where_and_why(raw, note):
    assert decode_bytes(raw) == readers.Decoded(None, note)


def _with_bad_bytes(n_chars: int, n_bad: int) -> bytes:
    """UTF-8 text with an accented letter (so it is UTF-8 for sure) and ``n_bad`` stray bytes."""
    base = ("Ines Torvald résigné " * 200).encode("utf-8")[:n_chars - n_bad]
    return base[:10] + b"\xff" * n_bad + base[10:]


@pytest.mark.parametrize("size, bad, damaged", [
    (60, 1, True),     # one stray byte is always forgiven...
    (60, 2, False),    # ...two in a short text are not: it is not UTF-8 at all
    (1000, 10, True),  # up to 1% of a longer text
    (1000, 11, False),
])
def test_damaged_utf8_is_kept_only_while_the_damage_is_small(size, bad, damaged):
    decoded = decode_bytes(_with_bad_bytes(size, bad))
    if damaged:
        assert decoded.note == (f"{bad} byte(s) that are not valid UTF-8 (first at byte 10) "
                                "were replaced with U+FFFD")
        assert "résigné" in decoded.text
    else:
        assert decoded.note.startswith("not UTF-8 (invalid at byte 10): decoded as ")  # a guess instead
        assert "\ufffd" not in decoded.text


@pytest.mark.parametrize("accented, western", [(8, True), (10, True), (12, False)])  # one in ten still is
def test_cp1252_is_taken_only_when_accented_letters_are_few(accented, western):
    """English from a Western editor has a few accented letters; a text that is mostly
    accented letters under cp1252 is another code page."""
    words = ["é" if i < accented else "e" for i in range(100)]
    raw = " ".join(words).encode("cp1252")
    note = decode_bytes(raw).note
    assert ("(Western, detected)" in note) is western, note


def test_a_cyrillic_code_page_is_detected_not_read_as_western():
    raw = ("Портовый начальник подал в отставку после проверки счетов порта, "
           "сообщили в городском совете в понедельник. ") * 3
    decoded = decode_bytes(raw.encode("cp1251"))
    assert decoded.text == raw
    assert re.fullmatch(r"not UTF-8 \(invalid at byte \d+\): decoded as \S+ \(detected\)", decoded.note)
    assert "cp1252" not in decoded.note


def test_bytes_no_encoding_fits_are_rejected_with_advice():
    raw = bytes((i * 97 + 13) % 128 + 128 for i in range(3000))
    first_bad = 0
    assert decode_bytes(raw) == readers.Decoded(
        None, f"undecodable bytes: not UTF-8 (invalid at byte {first_bad}) "
              "and no known encoding fits; re-save the file as UTF-8")


# -- checks on the decoded text -----------------------------------------------------------------

@pytest.mark.parametrize("raw, message", [
    # each reason follows the note on how the file was decoded, so both are visible
    ("  \n\t ".encode("utf-16"), f"{UTF16_NOTE}; no text: the file holds only whitespace"),
    (b"  \n\t ", "no text: the file holds only whitespace"),
    (("\x01\x02\x03\x04" * 30).encode("utf-16"), f"{UTF16_NOTE}; binary data (control characters), not text"),
    (b"\x01\x02\x03\x04" * 30, "binary data (control characters), not text"),
])
def test_a_file_without_text_is_skipped_with_its_reason(tmp_path, raw, message):
    (tmp_path / "a.txt").write_bytes(raw)
    art = one(tmp_path / "a.txt")
    assert (art.status, art.message, art.text) == ("skipped", message, "")


@pytest.mark.parametrize("share, skipped", [(0.03, False), (0.06, True)])
def test_a_few_control_characters_do_not_make_a_text_binary(tmp_path, share, skipped):
    n = round(share * len(STORY) / (1 - share))
    text = STORY[:40] + "\x07" * n + STORY[40:]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    art = one(tmp_path / "a.txt")
    assert art.status == ("skipped" if skipped else "ok"), art.message


def test_another_language_is_skipped_and_the_message_names_it(tmp_path):
    (tmp_path / "de.txt").write_bytes(GERMAN.encode("utf-16"))
    (tmp_path / "en.txt").write_bytes(STORY.encode("utf-16"))
    de, en = read_sources([tmp_path / "de.txt", tmp_path / "en.txt"])
    assert de.status == "skipped"
    assert re.fullmatch(rf"{re.escape(UTF16_NOTE)}; not English \(detected language 'de', p=(0\.9\d|1\.00)\)",
                        de.message), de.message
    assert (en.status, en.message) == ("ok", UTF16_NOTE)


def test_language_identifier_is_loaded_once_and_gives_probabilities(monkeypatch):
    monkeypatch.setattr(readers, "_IDENTIFIER", None)
    lang, prob = readers.language_of(GERMAN)
    assert lang == "de" and 0.9 <= prob <= 1.0  # a probability, not a raw score
    first = readers._IDENTIFIER
    assert readers.language_of(STORY)[0] == "en"
    assert readers._IDENTIFIER is first


def test_over_the_cap_the_note_follows_the_decoding_note(tmp_path):
    (tmp_path / "a.txt").write_bytes(STORY.encode("utf-16"))
    art = one(tmp_path / "a.txt", max_chars=150)
    kept = STORY.split("\n\n")[0]
    assert art.text == kept
    assert art.message == (f"{UTF16_NOTE}; article has {len(STORY)} characters, over the cap of 150: "
                           f"only the first {len(kept)} (whole paragraphs) were processed")


@pytest.mark.parametrize("extra, cut", [(0, False), (1, True)])
def test_a_text_exactly_at_the_cap_is_read_whole(tmp_path, extra, cut):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    art = one(tmp_path / "a.txt", max_chars=len(STORY) - extra)
    assert (art.text == STORY) is not cut
    assert (art.message != "") is cut


def test_a_utf32_file_at_the_cap_is_read_to_its_last_character(tmp_path):
    """The reader reads only as many bytes as the cap could need: four a character and a mark."""
    text = STORY.strip()
    (tmp_path / "a.txt").write_bytes(text.encode("utf-32"))
    art = one(tmp_path / "a.txt", max_chars=len(text))
    assert art.text == text


# -- cutting at the cap ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, limit, kept", [
    ("aaa\n\nbbb", 8, "aaa\n\nbbb"),                  # exactly at the limit: whole
    ("aaa\n\nbbb\n\nccc", 8, "aaa\n\nbbb"),             # a break right at the limit still counts
    ("xxxxx\n\nyyyyy", 4, "xxxx"),                     # a break just past the limit does not
    ("A\n\nbbbb\ncccc", 9, "A"),                      # whole paragraphs before line breaks
    ("first line\nsecond line\nthird", 25, "first line\nsecond line"),  # else the last line break
    ("\n\nfirst line\nsecond line", 15, "\n\nfirst line"),
    ("a\nbbbbbbb", 5, "a"),
    ("abcdefgh", 4, "abcd"),                          # no break at all: a hard cut
    ("\nabcdefgh", 4, "\nabc"),
])
def test_cut_at_paragraph_keeps_whole_paragraphs_within_the_limit(text, limit, kept):
    assert cut_at_paragraph(text, limit) == kept
    assert len(kept) <= limit


# -- HTML -----------------------------------------------------------------------------------------

def test_page_metadata_fills_only_what_the_index_left_empty(tmp_path):
    head = ('<meta property="og:title" content="Harbour master quits">'
            '<meta property="og:site_name" content="Calder Courier">'
            '<link rel="canonical" href="https://courier.example/news/harbour-master">'
            '<meta property="article:published_time" content="2021-04-05">')
    for name in ("bare.html", "indexed.html"):
        (tmp_path / name).write_text(page(head), encoding="utf-8")
    (tmp_path / "index.csv").write_text(
        "file,title,outlet,url,published\n"
        "indexed.html,Port chief steps down,Moss Herald,https://herald.example/a,2021-04-09\n", encoding="utf-8")
    bare, indexed = read_sources([tmp_path])
    assert (bare.title, bare.outlet, bare.url, bare.published) == (
        "Harbour master quits", "Calder Courier", "https://courier.example/news/harbour-master", "2021-04-05")
    assert (indexed.title, indexed.outlet, indexed.url, indexed.published) == (
        "Port chief steps down", "Moss Herald", "https://herald.example/a", "2021-04-09")


def test_the_first_publication_date_wins_over_a_later_edit(tmp_path):
    head = ('<meta property="article:published_time" content="2021-04-05">'
            '<meta property="article:modified_time" content="2021-06-07">')
    (tmp_path / "a.html").write_text(page(head), encoding="utf-8")
    assert one(tmp_path / "a.html").published == "2021-04-05"


def test_reader_comments_are_not_article_text(tmp_path):
    comments = ('<div class="comments" id="comments"><p>Reader comment: the council never tells us '
                'anything about the port accounts and it really should.</p></div>')
    (tmp_path / "a.html").write_text(page(tail=comments), encoding="utf-8")
    art = one(tmp_path / "a.html")
    assert "Ines Torvald" in art.text
    assert "Reader comment" not in art.text


def test_html_blocks_become_paragraphs(tmp_path):
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    art = one(tmp_path / "a.html")
    assert art.text == ("Harbour master resigns\n\nOfficials in the river port of Calder Moss said on Monday "
                        "that the harbour master, Ines Torvald, had resigned after an audit of the port "
                        "accounts.\n\nThe council will name a successor next month, a spokesman said.")
    assert (art.status, art.message) == ("ok", "")


@pytest.mark.parametrize("name, message", [
    ("a.html", "malformed HTML or no article text found in it"),
    ("a.txt", "the .txt file holds HTML: malformed HTML or no article text found in it"),
])
def test_html_without_an_article_says_so(tmp_path, name, message):
    (tmp_path / name).write_text(page(body=""), encoding="utf-8")  # a headline, no article
    art = one(tmp_path / name)
    assert (art.status, art.message) == ("skipped", message)


@pytest.mark.parametrize("name, message", [("a.html", ""), ("a.txt", "the .txt file holds HTML")])
def test_a_txt_file_holding_html_says_so(tmp_path, name, message):
    (tmp_path / name).write_text(page(), encoding="utf-8")
    art = one(tmp_path / name)
    assert (art.status, art.message) == ("ok", message)
    assert "<p>" not in art.text and "Ines Torvald" in art.text


@pytest.mark.parametrize("name, message", [
    ("a.html", "binary file (a PDF document), not text"),
    ("a.txt", "the .txt file holds HTML: binary data (contains NUL bytes), not text"),
])
def test_undecodable_html_is_skipped_with_the_decoding_reason(tmp_path, name, message):
    raw = b"%PDF-1.4 <html>" if name == "a.html" else b"<html>\x00\x01"
    (tmp_path / name).write_bytes(raw)
    art = one(tmp_path / name)
    assert (art.status, art.message) == ("skipped", message)


def test_a_page_the_html_extractor_chokes_on_is_skipped_and_logged(tmp_path, monkeypatch, caplog):
    import trafilatura

    def choke(*args, **kwargs):
        raise RecursionError("nested too deep")

    monkeypatch.setattr(trafilatura, "bare_extraction", choke)
    (tmp_path / "deep.html").write_text(page(), encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="pipeline.read.readers"):
        art = one(tmp_path / "deep.html")
    assert (art.status, art.message) == ("skipped", "malformed HTML or no article text found in it (RecursionError)")
    (record,) = [r for r in caplog.records if r.name == "pipeline.read.readers"]
    assert record.getMessage() == "trafilatura failed on deep.html"
    assert record.exc_info and record.exc_info[0] is RecursionError  # the traceback, for whoever debugs it


def test_read_page_reads_a_txt_file_as_text_unless_told(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    art = read_page(tmp_path / "a.txt", {})
    assert (art.status, art.text, art.message) == ("ok", STORY, "")


@pytest.mark.parametrize("reader", ["page", "jsonl"])
def test_an_unreadable_file_is_an_error_with_the_system_reason(tmp_path, reader):
    name = "folder.txt" if reader == "page" else "folder.jsonl"
    (tmp_path / name).mkdir()
    (art,) = read_file(tmp_path / name, {"title": "Port audit"})
    assert (art.status, art.message) == ("error", "cannot read file: Is a directory")
    assert (art.doc, art.file, art.title) == ("folder", name, "Port audit")


# -- the store: inputs already taken in ------------------------------------------------------------

def _index(folder: Path, header: str, row: str) -> None:
    (folder / "index.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")


def test_raw_hash_is_stable_across_versions(tmp_path):
    """The store keeps these hashes from earlier runs: if the recipe changed, every file
    already taken in would be read again as new."""
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    _index(tmp_path, "file,title,outlet", "a.txt,Port audit,Moss Herald")
    assert one(tmp_path).meta["raw_hash"] == GOLDEN_HASH


GOLDEN_HASH = "2ec3170b624f03a8"


def test_an_input_already_in_the_store_is_not_read_again(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    lines = [json.dumps({"text": STORY}), json.dumps({"text": STORY.replace("Monday", "Friday")})]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = list(read_sources([tmp_path]))
    known = frozenset(a.meta["raw_hash"] for a in first)
    (tmp_path / "c.txt").write_text(STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    again = {a.file: a for a in read_sources([tmp_path], known=known)}
    for name in ("a.txt", "b.jsonl:1", "b.jsonl:2"):
        assert (again[name].status, again[name].message, again[name].text) == ("known", "already in the store", "")
    assert again["c.txt"].status == "ok"  # other bytes are new


def test_new_metadata_for_the_same_bytes_is_new_input(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    _index(tmp_path, "file,title,outlet", "a.txt,Port audit,Moss Herald")
    known = frozenset({one(tmp_path).meta["raw_hash"]})
    _index(tmp_path, "outlet,file,title", "Moss Herald,a.txt,Port audit")  # same metadata, columns moved
    assert one(tmp_path, known=known).status == "known"
    _index(tmp_path, "file,title,outlet", "a.txt,Port audit,Calder Courier")  # new metadata
    assert one(tmp_path, known=known).status == "ok"


def test_read_corpus_passes_the_cap_on(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (art,) = read_corpus(tmp_path, max_chars=150)
    assert art.text == STORY.split("\n\n")[0]


# -- JSONL ------------------------------------------------------------------------------------------

def test_each_bad_jsonl_line_gets_its_own_reason_and_the_rest_are_read(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": STORY}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a5", "title": "Port audit"}),
        json.dumps({"id": "a6", "text": 42}),
        "\x00\x01\x02 binary",
        json.dumps({"id": "a8", "text": STORY}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = {a.file: a for a in read_sources([tmp_path])}
    got = {k: (a.status, a.message) for k, a in arts.items()}
    assert got == {
        "feed.jsonl:1": ("ok", ""),
        "feed.jsonl:3": ("skipped", "line 3: not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
        "feed.jsonl:4": ("skipped", "line 4: a JSON list, not an object"),
        "feed.jsonl:5": ("skipped", "line 5: no 'text' field"),
        "feed.jsonl:6": ("skipped", "line 6: 'text' is not a string"),
        "feed.jsonl:7": ("skipped", "line 7: binary data (contains NUL bytes), not text"),
        "feed.jsonl:8": ("ok", ""),
    }
    assert arts["feed.jsonl:8"].doc == "a8"


def test_blank_jsonl_fields_keep_the_defaults(tmp_path):
    _index(tmp_path, "file,title", "feed.jsonl,Harbour feed")
    lines = [json.dumps({"id": "", "title": "", "text": STORY}),
             json.dumps({"id": "a2", "title": "Port audit", "text": STORY})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    blank, full = read_sources([tmp_path])
    assert (blank.doc, blank.title) == ("feed-00001", "Harbour feed")
    assert (full.doc, full.title) == ("a2", "Port audit")


@pytest.mark.parametrize("raw, doc", [
    (" Port audit / draft 2 ", "Port_audit_draft_2"),
    ("X-ray 12", "X-ray_12"),
    ("calder.moss-7", "calder.moss-7"),
    ("///", "article"),
])
def test_a_jsonl_id_becomes_a_safe_document_name(tmp_path, raw, doc):
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": raw, "text": STORY}) + "\n", encoding="utf-8")
    assert one(tmp_path).doc == doc


# -- sources --------------------------------------------------------------------------------------

def _tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    for rel in ("a.txt", "notes.md", "sub/b.txt", "sub/c.html", "sub/deeper/d.txt"):
        (root / rel).write_text(STORY, encoding="utf-8")


def test_a_recursive_glob_reaches_every_level(tmp_path):
    _tree(tmp_path)
    got = [p.relative_to(tmp_path).as_posix() for p, _ in expand([str(tmp_path / "**" / "*.txt")])]
    assert got == ["a.txt", "sub/b.txt", "sub/deeper/d.txt"]


def test_a_glob_takes_supported_files_and_opens_folders_once(tmp_path):
    _tree(tmp_path)
    got = [p.relative_to(tmp_path).as_posix() for p, _ in expand([tmp_path / "sub" / "b.txt", str(tmp_path / "*")])]
    assert got == ["sub/b.txt", "a.txt", "sub/c.html"]  # not notes.md, not b.txt twice, not deeper/


def test_a_source_that_matches_nothing_is_named_in_the_error(tmp_path):
    with pytest.raises(FileNotFoundError, match=re.escape(f"no such file, folder or matching files: {tmp_path}/*.xml")):
        expand([f"{tmp_path}/*.xml"])


# Paragraphs written for these tests: the same report in four languages.
FRENCH = ("Le ministre a été arrêté mardi à son domicile, selon des sources proches du dossier. "
          "Il est accusé de corruption et de détournement de fonds publics, et son avocat a "
          "annoncé qu'il ferait appel de la décision du tribunal.")
DUTCH = ("De voormalige minister is dinsdag in zijn huis gearresteerd, zeggen bronnen. Hij wordt "
         "beschuldigd van corruptie en zijn advocaat zei dat hij in beroep gaat tegen de beslissing.")
INDONESIAN = ("Mantan menteri itu ditangkap di rumahnya pada hari Selasa, menurut sumber yang dekat "
              "dengan kasus tersebut. Dia dituduh melakukan korupsi dan penggelapan dana publik.")


@pytest.mark.parametrize("text, plain", [
    (STORY, True),
    (GERMAN, False), (FRENCH, False), (DUTCH, False), (INDONESIAN, False),
    ("Officials in the port said on Monday that he was held.", False),  # under 20 words: no verdict
    # half English, half French: the identifier decides
    (" ".join([STORY.split("\n\n")[0], FRENCH, FRENCH, FRENCH]), False),
])
def test_plainly_english_needs_a_share_of_english_stop_words(text, plain):
    assert readers.plainly_english(text) is plain


def test_plainly_english_text_skips_the_identifier_and_other_text_still_meets_it(tmp_path, monkeypatch):
    asked = []
    real = readers.language_of
    monkeypatch.setattr(readers, "language_of", lambda text: asked.append(text[:10]) or real(text))
    (tmp_path / "a-en.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b-fr.txt").write_text("\n\n".join([FRENCH] * 3), encoding="utf-8")
    en, fr = read_sources([tmp_path])
    assert en.status == "ok" and fr.status == "skipped"
    assert "not English (detected language 'fr'" in fr.message, fr.message
    assert asked == [FRENCH[:10]]
