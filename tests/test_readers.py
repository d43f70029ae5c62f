"""Every kind of input: encodings, HTML, JSONL and each kind of bad file.

All texts are invented for the tests.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipeline.read.readers import cut_at_paragraph, decode_bytes, expand, language_of, read_sources

STORY = ("Marta Oliveira, the deputy mayor of Kestrel Bay, was arrested on Monday on charges of fraud, "
         "police said. Her lawyer said the charges were false and that she would appeal.\n\n"
         "The harbour authority declined to comment on the case.\n")


def read(folder: Path, **kw) -> dict[str, object]:
    return {a.file: a for a in read_sources([folder], **kw)}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
def test_common_encodings_decode_to_the_same_text(tmp_path, encoding):
    text = STORY.replace("Oliveira", "Olivéira")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (art,) = read_sources([tmp_path])
    assert art.status == "ok", art.message
    assert art.text == text


def test_the_message_says_how_a_non_utf8_file_was_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(STORY.replace("Oliveira", "Olivéira").encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(STORY.replace("Oliveira", "Olivéira").encode("cp1252"))
    arts = read(tmp_path)
    assert "UTF-16" in arts["a.txt"].message
    assert "not UTF-8" in arts["b.txt"].message and "cp1252" in arts["b.txt"].message


def test_damaged_utf8_keeps_its_text_and_counts_the_bad_bytes(tmp_path):
    raw = STORY.replace("Oliveira", "Olivéira").encode("utf-8")
    raw = raw[:40] + b"\xff" + raw[40:]
    (tmp_path / "a.txt").write_bytes(raw)
    (art,) = read_sources([tmp_path])
    assert art.status == "ok"
    assert "Olivéira" in art.text and "\ufffd" in art.text
    assert "1 byte(s)" in art.message and "byte 40" in art.message


@pytest.mark.parametrize("name, data, why", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t \r\n", "only whitespace"),
    ("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n4 0 obj\n<< /Length 5 >>", "PDF"),
    ("report.txt", gzip.compress(STORY.encode()), "gzip"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("blob.txt", bytes(range(256)) * 8, "NUL"),
    ("noise.txt", bytes((i * 97 + 13) % 128 + 128 for i in range(3000)), "undecodable"),
    ("german.txt", ("Der stellvertretende Bürgermeister wurde am Montag wegen Betrugs festgenommen, "
                    "teilte die Polizei mit. Sein Anwalt sagte, die Vorwürfe seien falsch und er werde "
                    "Berufung einlegen.\n").encode(), "not English"),
])
def test_bad_files_get_a_reason(tmp_path, name, data, why):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    arts = read(tmp_path)
    assert arts["good.txt"].status == "ok"
    bad = arts[name]
    assert bad.status == "skipped"
    assert why.lower() in bad.message.lower(), bad.message
    assert bad.text == ""


def test_language_needs_enough_letters():
    assert language_of("Oslo, 2019.") is None
    lang, prob = language_of(STORY)
    assert lang == "en" and prob > 0.9


def test_over_the_cap_is_cut_at_a_paragraph_and_says_so(tmp_path):
    paragraphs = [f"Paragraph {n}: " + STORY.split("\n\n")[0] for n in range(40)]
    (tmp_path / "long.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (art,) = read_sources([tmp_path], max_chars=2_000)
    assert art.status == "ok"
    assert len(art.text) <= 2_000
    assert art.text.endswith(paragraphs[len(art.text.split("\n\n")) - 1])  # whole paragraphs only
    assert "over the cap of 2,000" in art.message and "only the first" in art.message


def test_cut_at_paragraph():
    assert cut_at_paragraph("aaa\n\nbbb\n\nccc", 9) == "aaa\n\nbbb"
    assert cut_at_paragraph("aaaaaaaaaa", 4) == "aaaa"
    assert cut_at_paragraph("short", 100) == "short"


HTML = """<!DOCTYPE html><html><head><title>Deputy mayor arrested | Kestrel Courier</title>
<meta property="article:published_time" content="2023-05-02T08:00:00Z">
<meta property="og:site_name" content="Kestrel Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Deputy mayor arrested</h1>
<p>Marta Oliveira, the deputy mayor of Kestrel Bay, was arrested on Monday on charges of fraud, police said.</p>
<p>Her lawyer said the charges were false and that she would appeal the decision in the regional court.</p>
</article><footer>Copyright Kestrel Courier. All rights reserved.</footer></body></html>"""


def test_html_gives_article_text_title_and_date(tmp_path):
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (art,) = read_sources([tmp_path])
    assert art.status == "ok", art.message
    assert "was arrested on Monday" in art.text
    assert "Home" not in art.text and "All rights reserved" not in art.text
    assert "\n\n" in art.text  # blocks become paragraphs
    assert art.title and "Deputy mayor arrested" in art.title
    assert art.published == "2023-05-02" and art.date_basis == "metadata"


@pytest.mark.parametrize("when", ["in March 2019", "on 14 March 2019"])
def test_html_date_comes_from_markup_not_from_body_text(tmp_path, when):
    page = HTML.replace("on Monday", when)
    (tmp_path / "dated.html").write_text(page, encoding="utf-8")
    (tmp_path / "undated.html").write_text(
        page.replace('<meta property="article:published_time" content="2023-05-02T08:00:00Z">', ""), encoding="utf-8")
    dated, undated = read_sources([tmp_path / "dated.html", tmp_path / "undated.html"])
    assert dated.published == "2023-05-02"  # the same page with its markup date keeps it
    assert undated.status == "ok" and when in undated.text  # read, with the date in its text...
    assert undated.published is None  # ...which is not taken for the publication date


def test_html_in_a_txt_file_is_read_as_html(tmp_path):
    (tmp_path / "a.txt").write_text(HTML, encoding="utf-8")
    (art,) = read_sources([tmp_path])
    assert art.status == "ok"
    assert "<p>" not in art.text and "was arrested on Monday" in art.text


@pytest.mark.parametrize("markup", [
    "<html><body><div><span></span></div></body></html>",
    "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
    "<<<>>><html <body <p unclosed",
])
def test_html_without_article_text_is_rejected(tmp_path, markup):
    (tmp_path / "a.html").write_text(markup, encoding="utf-8")
    (art,) = read_sources([tmp_path])
    assert art.status == "skipped"
    assert "HTML" in art.message


def test_jsonl_one_article_a_line_and_bad_lines_get_rows(tmp_path):
    lines = [
        json.dumps({"id": "kc-1", "text": STORY, "published": "2023-05-02", "outlet": "Kestrel Courier",
                    "url": "https://courier.example/1", "title": "Arrested"}),
        "{not json at all",
        json.dumps({"id": "kc-3", "title": "No text here"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": STORY.replace("Monday", "Tuesday")}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = list(read_sources([tmp_path]))
    assert [a.status for a in arts] == ["ok", "skipped", "skipped", "skipped", "ok"]
    first, not_json, no_text, a_list, anonymous = arts
    assert (first.doc, first.published, first.outlet, first.url, first.title) == (
        "kc-1", "2023-05-02", "Kestrel Courier", "https://courier.example/1", "Arrested")
    assert first.file == "feed.jsonl:1"
    assert "line 2" in not_json.message and "not valid JSON" in not_json.message
    assert "line 3" in no_text.message and "no 'text' field" in no_text.message
    assert "not an object" in a_list.message
    assert anonymous.doc == "feed-00006"


def test_sources_are_folders_files_and_globs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a" / "two.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    names = [p.name for p, _ in expand([tmp_path / "a", tmp_path / "b.txt", str(tmp_path / "a" / "*.txt")])]
    assert names == ["one.txt", "two.html", "b.txt"]  # no repeats, no unsupported files
    with pytest.raises(FileNotFoundError):
        expand([tmp_path / "missing" / "*.txt"])


def test_decode_bytes_never_raises_on_garbage():
    """Garbage is refused with the reason, never raised on and never passed off as text."""
    for n in range(0, 256, 7):
        raw = bytes((n + i * 31) % 256 for i in range(n * 3))
        decoded = decode_bytes(raw)
        assert decoded.text is None, (n, decoded.note)
        assert decoded.note.startswith(("empty file", "binary data", "undecodable bytes")), (n, decoded.note)
    # bytes of text in a legacy encoding are read, and the note says how
    legacy = decode_bytes(STORY.replace("Oliveira", "Olivèira").encode("cp1252"))
    assert legacy.text is not None and "Olivèira" in legacy.text and "cp1252" in legacy.note


# --- pipeline run reads what ingest reads ----------------------------------------------------

MARKED = (" date 2023-05-02 Deputy Mayor Marta Oliveira Arrested In Kestrel Bay\n\n"
          "Marta Oliveira, the deputy mayor of Kestrel Bay, was arrested on Monday, police said.\n\n"
          "Sign in to comment\n")


def run_cli(args: list[str]):
    from typer.testing import CliRunner

    from pipeline.cli import app

    return CliRunner().invoke(app, ["run", *args])


def load_csv(folder: Path, name: str):
    import pandas as pd

    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


def test_run_reads_a_glob(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(MARKED, encoding="utf-8")
    (inbox / "b.txt").write_text(STORY, encoding="utf-8")
    (inbox / "c.md").write_text(STORY, encoding="utf-8")
    (inbox / "index.csv").write_text("file,published,outlet,url\nb.txt,2023-13-45,Kestrel Courier,\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli([str(inbox / "*.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    docs = load_csv(out, "documents").set_index("file")
    assert sorted(docs.index) == ["a.txt", "b.txt"]  # the glob, not the .md file
    assert docs.loc["a.txt", "date_basis"] == "dateline" and docs.loc["a.txt", "reference_date"] == "2023-05-02"
    # an impossible published date: reported, not carried; the article is still processed
    assert docs.loc["b.txt", "status"] == "ok"
    assert docs.loc["b.txt", "published"] == ""
    assert "2023-13-45" in docs.loc["b.txt", "message"] and "not a valid date" in docs.loc["b.txt", "message"]
    assert docs.loc["b.txt", "outlet"] == "Kestrel Courier"
    events = load_csv(out, "events")
    assert {"a", "b"} <= set(events["doc"])


def test_run_reads_a_single_jsonl_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        json.dumps({"id": "kc-1", "text": STORY, "published": "2023-05-02"}),
        json.dumps({"id": "kc-2", "text": MARKED, "published": "yesterday"}),
        "{broken",
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli([str(feed), "--out", str(out)])
    assert result.exit_code == 0, result.output
    docs = load_csv(out, "documents").set_index("doc")
    assert docs.loc["kc-1", "status"] == "ok" and docs.loc["kc-1", "published"] == "2023-05-02"
    assert docs.loc["kc-2", "status"] == "ok" and docs.loc["kc-2", "published"] == ""
    assert docs.loc["kc-2", "date_basis"] == "dateline" and "'yesterday'" in docs.loc["kc-2", "message"]
    assert (docs["status"] == "skipped").sum() == 1
    assert set(load_csv(out, "events")["doc"]) == {"kc-1", "kc-2"}


def test_run_on_a_missing_source_exits_2(tmp_path):
    result = run_cli([str(tmp_path / "nowhere" / "*.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()
