"""The analyst's HTML report: evidence marking, timeline shapes, the page's sections, and
(in headless Chromium, when installed) what a browser shows and that article text never
runs. Invented names and sentences, except the shipped corpus run."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app, run_corpus
from pipeline.output.evidence import highlighted, marks
from pipeline.output.report import EAGER_TIMELINES, SCRIPT, read_tables, render_report
from pipeline.output.tables import EVENT_COLUMNS
from pipeline.output.timeline import shapes, timeline_svg

import browser

ROOT = Path(__file__).resolve().parent.parent
needs_chromium = pytest.mark.skipif(browser.chromium() is None,
                                    reason="Chromium is not installed (Debian package 'chromium'; `make test` installs it as root)")

SENTENCE = "Police said Pavel Orlov was arrested in Minsk on May 5."


def row(**values) -> dict:
    base = {c: "" for c in EVENT_COLUMNS}
    base.update(doc="d1", type="ARREST", person="Pavel Orlov", hedged=False, negated=False, char_start=100,
                char_end=100 + len(SENTENCE), sentence=SENTENCE, trigger_start=-1, trigger_end=-1)
    base.update(values)
    return base


def test_the_evidence_marks_the_trigger_by_its_offsets_and_the_rest_by_their_words():
    at = SENTENCE.index("arrested")
    r = row(trigger_start=100 + at, trigger_end=100 + at + len("arrested"), date_text="May 5", source="Police")
    found = {(m.kind, SENTENCE[m.start:m.end]) for m in marks(r, ["Pavel Orlov", "Orlov"])}
    assert found == {("trigger", "arrested"), ("person", "Pavel Orlov"), ("date", "May 5"), ("source", "Police")}


def test_a_trigger_offset_outside_the_sentence_marks_nothing():
    r = row(trigger_start=5, trigger_end=13)  # a row stored before offsets were kept, or a stale one
    assert [m.kind for m in marks(r, [])] == []
    at = SENTENCE.index("arrested")
    assert [m.kind for m in marks(row(trigger_start=100 + at, trigger_end=108 + at), [])] == ["trigger"]


def test_overlapping_marks_keep_the_first_kind():
    r = row(sentence="Orlov said Orlov was arrested.", char_end=130, source="Orlov")
    kinds = [m.kind for m in marks(r, ["Orlov"])]
    assert kinds == ["person", "person"]  # the source's words are the person's too: no nested marks


def test_the_evidence_is_escaped():
    r = row(sentence='Pavel Orlov <script>alert(1)</script> <img src=x onerror="alert(2)"> was arrested.')
    shown = highlighted(r, ["Pavel Orlov"])
    assert "<script" not in shown and "<img" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "onerror=&quot;alert(2)&quot;" in shown
    assert '<mark class="hl person"' in shown


def test_a_day_is_a_point_an_interval_a_bar_and_the_style_says_hedged_or_denied():
    rows = [row(type="ARREST", date_start="2024-05-05", date_end="2024-05-05"),
            row(type="DIE", date_start="2024-06-01", date_end="2024-06-30", hedged=True),
            row(type="KILL", date_start="2024-01-01", date_end="2024-12-31", negated=True),
            row(type="KILL", date_start="2024-07-02", date_end="2024-07-02", negated=True, hedged=True),
            row(type="MEET", date_start="", date_end="")]
    lanes, drawn = shapes(rows)
    assert lanes == ["ARREST", "KILL", "DIE"]  # undated MEET has no lane
    got = [(lanes[s.lane], s.is_bar, s.style) for s in drawn]
    assert got == [("ARREST", False, "filled"), ("DIE", True, "hollow"), ("KILL", True, "crossed"),
                   ("KILL", False, "crossed")]
    svg = timeline_svg(rows, salt="x")
    assert svg.startswith("<svg") and "ARREST" in svg and "MEET" not in svg
    assert timeline_svg([row(date_start="", date_end="")]) == ""


def tables_of(events: list[dict]) -> dict[str, pd.DataFrame]:
    return {
        "events": pd.DataFrame(events, columns=EVENT_COLUMNS),
        "people": pd.DataFrame([{"person": "Pavel Orlov", "aliases": "Pavel Orlow", "roles": "mayor",
                                 "n_docs": 2, "n_events": 2},
                                {"person": "Inna Sorel", "aliases": "", "roles": "", "n_docs": 1, "n_events": 1}]),
        "conflicts": pd.DataFrame([{"person": "Pavel Orlov", "types": "EXECUTE;IMPRISON",
                                    "claims": "death vs custody", "docs": "d1;d2"}]),
        "fates": pd.DataFrame([{"person": "Pavel Orlov", "status": "executed", "as_of": "2024-05",
                                "agreement": "disputed", "supporting": "", "disputing": ""}]),
        "documents": pd.DataFrame([{"doc": "d1", "file": "d1.txt", "status": "ok", "message": ""},
                                   {"doc": "d9", "file": "d9.bin", "status": "skipped",
                                    "message": "binary file, not text"}]),
    }


EVENTS = [
    row(doc="d1", type="EXECUTE", date="2024-05", date_start="2024-05-01", date_end="2024-05-31",
        source="a weekly newspaper", sentence="Pavel Orlov was executed in May, a weekly newspaper said."),
    row(doc="d2", type="IMPRISON", date="2024-06-02", date_start="2024-06-02", date_end="2024-06-02",
        source="Inna Sorel", sentence="Inna Sorel said Pavel Orlow was sent to a labour camp on June 2."),
    row(doc="d2", type="ARREST", person="Inna Sorel", sentence="Inna Sorel was detained."),
]


def test_the_report_puts_the_claims_of_a_conflict_side_by_side():
    page = render_report(tables_of(EVENTS))
    conflicts = page[page.index('id="conflicts"'):page.index('id="people"')]
    assert "Pavel Orlov" in conflicts
    claims = re.findall(r'<div class="claim".*?</blockquote></div>', conflicts)
    assert len(claims) == 2
    assert "EXECUTE" in claims[0] and "a weekly newspaper" in claims[0] and "d1" in claims[0]
    assert "IMPRISON" in claims[1] and "Inna Sorel" in claims[1] and "2024-06-02" in claims[1]


def test_each_person_has_a_section_with_spellings_a_timeline_when_dated_and_every_event():
    page = render_report(tables_of(EVENTS))
    orlov = page[page.index("<h3>Pavel Orlov</h3>"):]
    orlov = orlov[:orlov.index("</article>")]
    assert "Pavel Orlow" in orlov and "mayor" in orlov and "executed" in orlov
    svg = re.search(r'<figure class="timeline"><img [^>]*src="data:image/svg\+xml;base64,([^"]+)"', orlov)
    assert svg and base64.b64decode(svg.group(1)).decode().startswith("<svg")
    assert orlov.count("<li class=") == 2
    assert '<mark class="hl person" title="person">Pavel Orlow</mark>' in orlov  # a spelling marked as the person
    sorel = page[page.index("<h3>Inna Sorel</h3>"):]
    sorel = sorel[:sorel.index("</article>")]
    assert "<figure" not in sorel  # one undated event: no course of events to draw


def test_the_first_timelines_show_at_once_and_the_rest_wait_for_the_script():
    many = [row(person=f"Person {n:02d}", doc="d1", type="ARREST", date_start=f"2024-0{m}-01", date_end=f"2024-0{m}-01")
            for n in range(7) for m in (1, 2)]
    page = render_report(tables_of(many))
    shown = re.findall(r'alt="timeline of ([^"]+)" (src|data-src)="data:image/svg\+xml', page)
    assert len(shown) == 7
    assert [kind for _, kind in shown] == ["src"] * EAGER_TIMELINES + ["data-src"] * (7 - EAGER_TIMELINES)


def test_the_events_table_has_a_row_per_event_and_rejected_documents_come_first_with_why():
    page = render_report(tables_of(EVENTS))
    table = page[page.index('id="events-table"'):]
    assert table[:table.index("</tbody>")].count("<tr>") == 1 + len(EVENTS)
    docs = page[page.index('id="documents"'):]
    assert docs.index("d9.bin") < docs.index("d1.txt") and "binary file, not text" in docs


def test_only_the_reports_own_script_may_run():
    page = render_report(tables_of(EVENTS))
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page
    assert page.count("<script>") == 1 and f"<script>{SCRIPT}</script>" in page


def test_the_tables_read_back_show_text_the_csv_guarded_as_written(tmp_path):
    pd.DataFrame([row(sentence="=HYPERLINK(x)")], columns=EVENT_COLUMNS).assign(
        sentence="'=HYPERLINK(x)").to_csv(tmp_path / "events.csv", index=False)
    assert read_tables(tmp_path)["events"]["sentence"].tolist() == ["=HYPERLINK(x)"]


def test_the_report_command_reads_an_output_folder(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["report", "--out", str(tmp_path)])
    assert missing.exit_code == 2 and "no events.csv" in missing.output
    for name, df in tables_of(EVENTS).items():
        df.to_csv(tmp_path / f"{name}.csv", index=False)
    done = runner.invoke(app, ["report", "--out", str(tmp_path)])
    assert done.exit_code == 0, done.output
    assert "Pavel Orlov" in (tmp_path / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    out = tmp_path_factory.mktemp("shipped")
    run_corpus([ROOT / "corpus"], out)
    return out


@pytest.fixture(scope="module")
def shipped_dom(shipped) -> str:
    """The shipped corpus's report as Chromium leaves it once its script has run."""
    return browser.dump_dom(shipped / "report.html")


def test_run_writes_the_report_and_no_report_skips_it(shipped, tmp_path):
    assert (shipped / "report.html").stat().st_size > 10_000
    run_corpus([ROOT / "corpus"], tmp_path, report=False)
    assert (tmp_path / "events.csv").exists() and not (tmp_path / "report.html").exists()


@needs_chromium
def test_chromium_shows_the_conflict_and_a_timeline(shipped, shipped_dom):
    dom = shipped_dom
    conflicts = dom[dom.index('id="conflicts"'):dom.index('id="people"')]
    assert "Ri Yong Ho" in conflicts
    # the first people's timelines are shown at once (the others wait in data-src for the script)
    assert re.search(r'<figure class="timeline"><img [^>]*alt="timeline of [^"]+" src="data:image/svg\+xml;base64,', dom)
    assert re.search(r'data-load-ms="\d+"', dom)  # the report's own script ran
    png = browser.screenshot(shipped / "report.html", shipped / "report.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


@needs_chromium
def test_chromium_filters_and_sorts_the_events_table(shipped, shipped_dom):
    events = pd.read_csv(shipped / "events.csv", dtype=str, keep_default_na=False)
    assert f"{len(events)} of {len(events)} events" in shipped_dom
    page = (shipped / "report.html").resolve().as_uri()
    filtered = browser._run(["--virtual-time-budget=2000", "--dump-dom", page + "?type=EXECUTE&sort=-date"]).stdout
    n = int((events["type"] == "EXECUTE").sum())
    assert n and f"{n} of {len(events)} events" in filtered
    body = filtered[filtered.index('id="events-table"'):]
    body = body[:body.index("</table>")]
    shown = re.findall(r"<tr>(.*?)</tr>", body)
    dates = [re.findall(r"<td>(.*?)</td>", r)[3] for r in shown[1:]]
    assert dates == sorted(dates, reverse=True)  # sorted by date, newest first


@needs_chromium
def test_no_script_in_an_article_runs_in_the_report(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "payload.txt").write_text(
        "Pavel Orlov, who signs his posts <script>document.title='PWNED'</script>, was arrested in Minsk on May 5, "
        "police said.\n\nInna Sorel, whose blog shows <img src=x onerror=\"document.title='PWNED'\">, was detained "
        "in Brest on May 6, her lawyer said.\n", encoding="utf-8")
    (corpus / "index.csv").write_text("file,published,outlet,url\npayload.txt,2024-06-01,<b>Outlet</b>,"
                                      "javascript:document.title='PWNED'\n", encoding="utf-8")
    out = tmp_path / "out"
    tables = run_corpus([corpus], out)
    assert any("<script>" in s for s in tables["events"]["sentence"])  # the payload reached the report
    assert any("onerror" in s for s in tables["events"]["sentence"])
    dom = browser.dump_dom(out / "report.html")
    title = re.search(r"<title>(.*?)</title>", dom).group(1)
    assert title == "What the articles report"
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom  # shown as text
    assert '<img src="x"' not in dom and "javascript:" not in re.sub(r"<td>[^<]*</td>", "", dom)


def test_reviewed_events_are_marked_and_a_rejected_one_struck_through_not_a_claim():
    reviewed = [dict(EVENTS[0], review="rejected"), dict(EVENTS[1], review="corrected"), EVENTS[2]]
    page = render_report(tables_of(reviewed))
    conflicts = page[page.index('id="conflicts"'):page.index('id="people"')]
    assert len(re.findall(r'<div class="claim"', conflicts)) == 1 and "a weekly newspaper" not in conflicts
    orlov = page[page.index("<h3>Pavel Orlov</h3>"):]
    orlov = orlov[:orlov.index("</article>")]
    struck = re.search(r'<li class="rejected">.*?</li>', orlov).group(0)
    assert "executed in May" in struck and "rejected by an analyst" in struck
    assert re.search(r'<li class="corrected">.*?corrected by an analyst.*?</li>', orlov)
    assert "li.rejected .claimed{text-decoration:line-through" in page
