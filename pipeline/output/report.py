"""The analyst's report: one self-contained HTML file (no network, opens from disk).

Conflicts first, claim beside claim; then a section per person with a timeline and every
event's evidence marked; a sortable, filterable table of all events; and what became of
every input document. Article text is escaped everywhere, and the page's Content-Security-
Policy lets only its own script run, so an article that carries markup cannot run any."""

from __future__ import annotations

import base64
import hashlib
import html
from pathlib import Path
from typing import Iterable

import pandas as pd

from .evidence import highlighted
from .export import FORMULA_START
from .files import write_atomic
from .timeline import TYPE_COLOURS, colour, dated, timeline_svg

REPORT_NAME = "report.html"
EAGER_TIMELINES = 4  # the first people's timelines are shown at once, the rest when scrolled near
TABLE_COLUMNS = ["doc", "type", "person", "date", "source", "hedged", "negated", "place", "role", "review", "sentence"]

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header,section{padding:12px 28px}header{background:#1f2d3d;color:#fff}header a{color:#cfe3ff}
nav a{margin-right:16px}h2{border-bottom:2px solid #1f2d3d;padding-bottom:4px}
.conflict,.person{background:#fff;border:1px solid #ddd;border-radius:6px;margin:14px 0;padding:10px 16px}
.claims{display:flex;flex-wrap:wrap;gap:12px}.claim{flex:1 1 260px;border-left:5px solid #888;padding:6px 10px;background:#f6f6f6}
.badge{display:inline-block;color:#fff;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600}
.flag{display:inline-block;border:1px solid #999;border-radius:3px;padding:0 5px;font-size:11px;margin-left:4px}
.flag.denied{border-color:#b00;color:#b00}.flag.hedged{border-color:#a60;color:#a60}
.flag.review{border-color:#06c;color:#06c}li.rejected .claimed{text-decoration:line-through;opacity:.55}
blockquote{margin:4px 0 8px 0;padding:4px 10px;border-left:3px solid #ccc;background:#fcfcfc}
mark.hl{border-radius:3px;padding:0 2px}mark.person{background:#d7ecff}mark.trigger{background:#ffd8a8}
mark.date{background:#d3f9d8}mark.source{background:#eeddff}
.legend span{margin-right:14px}.muted{color:#666}ol.events li{margin-bottom:6px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #ddd;padding:3px 6px;vertical-align:top;font-size:13px}
th{background:#eef1f5;cursor:pointer;position:sticky;top:0}th.sorted-asc::after{content:" \\25B2"}th.sorted-desc::after{content:" \\25BC"}
tr.bad td{background:#fff0f0}.controls{margin:8px 0}.controls input{width:320px}
figure.timeline{margin:6px 0}figure.timeline img{max-width:100%;height:auto}
.person,#events,#documents{content-visibility:auto;contain-intrinsic-size:auto 700px}
"""

# Sorting and filtering the events table, written here: no framework, no network. Cells are
# only read (textContent), never written as HTML.
SCRIPT = """
(function () {
  // timelines are decoded when scrolled near, so that a page of a thousand people loads at once
  var pending = Array.prototype.slice.call(document.querySelectorAll('img[data-src]'));
  function show(img) { img.src = img.getAttribute('data-src'); img.removeAttribute('data-src'); }
  if ('IntersectionObserver' in window) {
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) { show(e.target); seen.unobserve(e.target); } });
    }, {rootMargin: '1200px'});
    pending.forEach(function (img) { seen.observe(img); });
  } else {
    pending.forEach(show);
  }
  var asked = new URLSearchParams(window.location.search);
  // report.html?person=NAME shows that person's section alone
  var who = asked.get('person');
  if (who) {
    Array.prototype.forEach.call(document.querySelectorAll('body > section'), function (s) { s.hidden = s.id !== 'people'; });
    Array.prototype.forEach.call(document.querySelectorAll('article.person'), function (a) {
      a.hidden = a.querySelector('h3').textContent !== who;
    });
  }
  var table = document.getElementById('events-table');
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById('events-filter');
  var type = document.getElementById('events-type');
  var count = document.getElementById('events-count');
  function apply() {
    var words = filter.value.toLowerCase();
    var want = type.value;
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!want || row.cells[1].textContent === want) &&
               (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + ' of ' + rows.length + ' events';
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener('click', function () {
      var asc = !th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
      th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        var c = x.localeCompare(y, undefined, {numeric: true});
        return asc ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  filter.addEventListener('input', apply);
  type.addEventListener('change', apply);
  // a link can carry a view: report.html?q=words&type=ARREST&sort=date (or sort=-date)
  filter.value = asked.get('q') || '';
  if (asked.get('type')) { type.value = asked.get('type'); }
  var key = asked.get('sort') || '';
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var th = heads.filter(function (h) { return h.textContent === key.replace(/^-/, ''); })[0];
  if (th) { th.click(); if (key.charAt(0) === '-') { th.click(); } }
  apply();
  window.addEventListener('load', function () {
    document.body.setAttribute('data-load-ms', String(Math.round(performance.now())));
  });
})();
"""


def _esc(value: object) -> str:
    return html.escape(_text(value), quote=True)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value) and not (isinstance(value, float) and value != value)


def _split(value: object) -> list[str]:
    return [p.strip() for p in _text(value).split(";") if p.strip()]


def _records(df: pd.DataFrame | None) -> list[dict]:
    """Rows as dicts, their flags as booleans whether they came as such or as CSV text."""
    rows = [] if df is None or not len(df) else df.to_dict("records")
    for row in rows:
        for col in ("hedged", "negated"):
            if col in row:
                row[col] = _flag(row[col])
    return rows


def _badge(event_type: str) -> str:
    return f'<span class="badge" style="background:{colour(event_type)}">{_esc(event_type)}</span>'


def _flags(row: dict) -> str:
    out = ""
    review = _text(row.get("review"))
    if review:
        out += f'<span class="flag review">{_esc(review)} by an analyst</span>'
    if _flag(row.get("negated")):
        out += '<span class="flag denied">denied</span>'
    if _flag(row.get("hedged")):
        out += '<span class="flag hedged">hedged</span>'
    return out


def _who(row: dict) -> str:
    source = _text(row.get("source"))
    return f"according to {_esc(source)}" if source else '<span class="muted">in the article\'s own voice</span>'


class _People:
    """Anchors and spellings of the people in the tables."""

    def __init__(self, people: list[dict], events: list[dict]) -> None:
        names = [_text(p.get("person")) for p in people]
        names += sorted({_text(e.get("person")) for e in events} - set(names))
        self.anchor = {name: f"p{n}" for n, name in enumerate(names)}
        self.spellings = {_text(p.get("person")): [_text(p.get("person")), *_split(p.get("aliases"))] for p in people}

    def link(self, name: str) -> str:
        return f'<a href="#{self.anchor.get(name, "")}">{_esc(name)}</a>'

    def names(self, name: str) -> list[str]:
        """Every spelling, and a spelling's first and last word alone ("Orlov", "Han" of "Han
        Song-ryol"): a surname mention is the person too."""
        spellings = self.spellings.get(name, [name])
        words = {w for s in spellings if len(s.split()) > 1 for w in (s.split()[0], s.split()[-1]) if len(w) >= 3}
        return spellings + sorted(words)


def _conflicts(conflicts: list[dict], events: list[dict], people: _People) -> str:
    out = ['<section id="conflicts"><h2>Disputed: reports that disagree</h2>']
    if not conflicts:
        out.append('<p class="muted">No conflicting reports.</p>')
    for c in conflicts:
        person, types = _text(c.get("person")), set(_split(c.get("types")))
        claims: dict[tuple, list[dict]] = {}
        for e in events:
            if e.get("person") == person and (not types or e.get("type") in types) and e.get("review") != "rejected":
                key = (e.get("type"), _flag(e.get("negated")), _text(e.get("date")))
                claims.setdefault(key, []).append(e)
        out.append(f'<article class="conflict"><h3>{people.link(person)}</h3>'
                   f'<p class="muted">{_esc(c.get("claims"))}</p><div class="claims">')
        for (event_type, _, date), rows in sorted(claims.items(), key=lambda kv: (kv[0][2], kv[0][0])):
            first = rows[0]
            sources = sorted({_text(r.get("source")) or "the article's own voice" for r in rows})
            docs = sorted({_text(r.get("doc")) for r in rows})
            out.append(
                f'<div class="claim" style="border-left-color:{colour(_text(event_type))}">'
                f'{_badge(_text(event_type))}{_flags({"negated": any(_flag(r.get("negated")) for r in rows), "hedged": any(_flag(r.get("hedged")) for r in rows)})}'
                f'<div><b>When:</b> {_esc(date) or "<span class=muted>undated</span>"}</div>'
                f'<div><b>According to:</b> {_esc("; ".join(sources))}</div>'
                f'<div><b>In:</b> {_esc("; ".join(docs))}</div>'
                f'<blockquote>{highlighted(first, people.names(person))}</blockquote></div>')
        out.append("</div></article>")
    out.append("</section>")
    return "".join(out)


def _legend() -> str:
    swatches = "".join(f'<span>{_badge(t)}</span>' for t in TYPE_COLOURS)
    return (f'<p class="legend">{swatches}</p><p class="legend muted"><span>● reported</span>'
            '<span>○ hedged</span><span>× denied</span><span>▬ a date known only to its month or year</span>'
            '<span>marked in the evidence: <mark class="hl person">person</mark> <mark class="hl trigger">what happened</mark> '
            '<mark class="hl date">when</mark> <mark class="hl source">on whose word</mark></span></p>')


def _person(name: str, rows: list[dict], info: dict, fate: dict, people: _People, wants_timeline: bool,
            eager: bool) -> str:
    aliases = [a for a in _split(info.get("aliases")) if a != name]
    roles = _split(info.get("roles"))
    bits = []
    if aliases:
        bits.append(f"<b>Also written:</b> {_esc('; '.join(aliases))}")
    if roles:
        bits.append(f"<b>Roles:</b> {_esc('; '.join(roles))}")
    if fate:
        bits.append(f"<b>Latest reported:</b> {_esc(fate.get('status'))} as of {_esc(fate.get('as_of')) or 'an unknown date'} "
                    f"({_esc(fate.get('agreement'))})")
    # an image, not inline markup, its ids kept apart from every other's; past the first few
    # the page's script decodes it when it is scrolled near (data-src): a report of thousands
    # of people loads at once
    svg = timeline_svg(rows, salt=people.anchor.get(name, name)) if wants_timeline else ""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    where = "src" if eager else "data-src"
    figure = (f'<figure class="timeline"><img width="750" alt="timeline of {_esc(name)}" '
              f'{where}="data:image/svg+xml;base64,{data}"></figure>' if svg else "")
    items = []
    for r in sorted(rows, key=lambda r: (_text(r.get("date_start")) or "9999", _text(r.get("doc")))):
        place = f" in {_esc(r.get('place'))}" if _text(r.get("place")) else ""
        review = _text(r.get("review"))
        # a rejected event stays listed, struck through: the analyst's verdict is visible, nothing vanishes
        items.append(f'<li class="{_esc(review)}"><span class="claimed">{_badge(_text(r.get("type")))} '
                     f'<b>{_esc(r.get("date")) or "undated"}</b>{place}, {_who(r)}</span>{_flags(r)} '
                     f'<span class="muted">({_esc(r.get("doc"))})</span>'
                     f'<blockquote class="claimed">{highlighted(r, people.names(name))}</blockquote></li>')
    return (f'<article class="person" id="{people.anchor.get(name, "")}"><h3>{_esc(name)}</h3>'
            f'<p>{" · ".join(bits)}</p>{figure}<ol class="events">{"".join(items)}</ol></article>')


def _events_table(events: list[dict], people: _People) -> str:
    types = sorted({_text(e.get("type")) for e in events})
    options = "".join(f'<option value="{_esc(t)}">{_esc(t)}</option>' for t in types)
    head = "".join(f"<th>{_esc(c)}</th>" for c in TABLE_COLUMNS)
    body = []
    for e in events:
        cells = []
        for col in TABLE_COLUMNS:
            value = e.get(col)
            if col in ("hedged", "negated"):
                cells.append(f"<td>{'yes' if _flag(value) else ''}</td>")
            elif col == "person":
                cells.append(f"<td>{people.link(_text(value))}</td>")
            else:
                cells.append(f"<td>{_esc(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (f'<section id="events"><h2>All events</h2><div class="controls">'
            f'<input id="events-filter" type="search" placeholder="Filter: any words in the row" aria-label="filter events"> '
            f'<select id="events-type" aria-label="event type"><option value="">all types</option>{options}</select> '
            f'<span id="events-count" class="muted">{len(events)} events</span></div>'
            f'<table id="events-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></section>')


def _documents(documents: list[dict]) -> str:
    cols = ["doc", "file", "status", "message", "published", "date_basis", "outlet"]
    rows = sorted(documents, key=lambda d: (_text(d.get("status")) == "ok", _text(d.get("doc"))))
    n_bad = sum(_text(d.get("status")) != "ok" for d in documents)
    body = "".join(
        f'<tr class="{"bad" if _text(d.get("status")) != "ok" else ""}">'
        + "".join(f"<td>{_esc(d.get(c))}</td>" for c in cols) + "</tr>" for d in rows)
    return (f'<section id="documents"><h2>Documents</h2><p>{len(documents)} read, {n_bad} not processed '
            f'(listed first, with why).</p><table><thead><tr>{"".join(f"<th>{c}</th>" for c in cols)}</tr></thead>'
            f"<tbody>{body}</tbody></table></section>")


def render_report(tables: dict[str, pd.DataFrame], title: str = "What the articles report") -> str:
    """The whole page, from the tables ``run`` and ``ingest`` write."""
    events = _records(tables.get("events"))
    people_rows = _records(tables.get("people"))
    conflicts = _records(tables.get("conflicts"))
    fates = {_text(f.get("person")): f for f in _records(tables.get("fates"))}
    documents = _records(tables.get("documents"))
    people = _People(people_rows, events)
    by_person: dict[str, list[dict]] = {}
    for e in events:
        by_person.setdefault(_text(e.get("person")), []).append(e)
    info = {_text(p.get("person")): p for p in people_rows}
    disputed = [_text(c.get("person")) for c in conflicts]
    order = disputed + sorted((p for p in by_person if p not in set(disputed)),
                              key=lambda p: (-len(by_person[p]), p))
    # a timeline where there is a course of events to see (two dated claims) or a dispute
    order = [p for p in order if p in by_person]
    sections = "".join(_person(p, by_person[p], info.get(p, {}), fates.get(p, {}), people,
                               p in disputed or len(dated(by_person[p])) >= 2, n < EAGER_TIMELINES)
                       for n, p in enumerate(order))
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_esc(title)}</title>'
        f"<style>{STYLE}</style></head><body>"
        f'<header><h1>{_esc(title)}</h1><p>{len(documents)} documents, {len(events)} events, '
        f'{len(by_person)} people, {len(conflicts)} disputed.</p>'
        '<nav><a href="#conflicts">Conflicts</a><a href="#people">People</a><a href="#events">All events</a>'
        '<a href="#documents">Documents</a></nav></header>'
        f"{_conflicts(conflicts, events, people)}"
        f'<section id="people"><h2>People</h2>{_legend()}{sections}</section>'
        f"{_events_table(events, people)}{_documents(documents)}"
        f"<script>{SCRIPT}</script></body></html>"
    )


def write_report(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> Path:
    path = Path(out_dir) / REPORT_NAME
    write_atomic(path, render_report(tables))
    return path


def read_tables(out_dir: str | Path, names: Iterable[str] = ("events", "people", "conflicts", "fates", "documents")) -> dict[str, pd.DataFrame]:
    """The tables a run wrote, read back as text (``pipeline report`` on an output folder)."""
    tables = {}
    for name in names:
        path = Path(out_dir) / f"{name}.csv"
        if path.exists():
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            tables[name] = df.apply(lambda col: col.map(_unneutralised))
    return tables


def _unneutralised(value: str) -> str:
    """The CSV's "'=..." (kept from running in a spreadsheet) as the article wrote it."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value
