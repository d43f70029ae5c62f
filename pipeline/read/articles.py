"""Read a corpus folder into Articles with their reference dates.

An article's reference date (what "last November" is relative to) comes from
its metadata, else from the page's " date YYYY-MM-DD " marker, else from the date
in its address or a timestamp at the head of the page ("Published: August 27,
2024"), else from a dateline in its text, else is inferred from the latest full
date the text mentions, else there is none: never the clock. A metadata date that is not a date ("2024-13-45",
"yesterday") is dropped and the document's message says so. Reading files of
every kind, and what bad input becomes, is in ``readers``; the page's structure
(headline, captions, boilerplate) and the text the parser reads are in ``page``.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..dates import ResolvedDate, from_interval, parse_iso, resolve_date
from .furniture import stamp_date
from .page import Layout, lay_out

log = logging.getLogger(__name__)

MAX_CHARS = 1_000_000
INDEX_FILE = "index.csv"

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_PATTERNS = [  # the scraper's " date YYYY-MM-DD " marker is the page stage's (page.MARKER)
    # "OSLO, Feb. 3, 2011 (NTW) --" / "LIMA, 9 June 2015 –"
    re.compile(rf"^[A-Z][A-Za-z .'-]{{1,40}},\s+((?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})|(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}))", re.M),
]
_FULL_DATE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b")


@dataclass
class Article:
    doc: str
    file: str
    text: str
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    reference: ResolvedDate | None = None
    date_basis: str = "none"
    status: str = "ok"
    message: str = ""
    duplicate_of: str = ""  # the doc whose story this one republishes
    meta: dict = field(default_factory=dict)
    _page: tuple[str, Layout] | None = field(default=None, repr=False, compare=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def layout(self) -> Layout:
        """The page's parts and the text the parser reads (``page.lay_out``), made from ``text``
        when first asked for, again if the text changed: articles read back from the store
        have one too."""
        if self._page is None or self._page[0] is not self.text:
            self._page = (self.text, lay_out(self.text, self.outlet))
        return self._page[1]

    def drop_layout(self) -> None:
        """Let the layout go once the article is extracted (asked for again, it is made again
        from the text): a run holds every article until reconciliation, and a layout holds
        the text over again."""
        self._page = None


# Zero-width and bidirectional controls, the byte-order mark and the soft hyphen: invisible,
# but a tokenizer sees them, so "Pak\u200b Chol Su" or "Ko\u00advalenko" would not be one name.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no invisible characters (``INVISIBLE``): the same story hashes the
    same however it was saved, and every offset an event gives points into this text."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return INVISIBLE.sub("", text)


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).strip().encode("utf-8")).hexdigest()[:16]


def find_dateline(text: str) -> ResolvedDate | None:
    """A date the article carries at its head ("date 2011-02-03", "OSLO, May 3, 2011 --")."""
    head = text[:600]
    for pattern in _DATELINE_PATTERNS:
        m = pattern.search(head)
        if m:
            found = resolve_date(m.group(1), None)  # "May 3, 2011" / "3 May 2011", never ISO
            if found is not None and found.precision == "day":
                return found
    return None


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_Y = r"(?P<y>(?:19|20)\d\d)"
# Most precise first: a page's address may hold its day, its month or only its year.
_URL_DATE = [
    # ".../2021/07/07/...", ".../news-2014-05-30-slug", ".../2014/may/30/...", ".../2015/0724/..."
    re.compile(rf"[/_-]{_Y}[/-](?P<m>[01]\d|{_MONTH_NAME})[/-](?P<d>[0-3]\d)(?:[/_.-]|$)", re.I),
    re.compile(rf"/{_Y}/(?P<m>[01]\d)(?P<d>[0-3]\d)(?:/|$)"),
    # ".../20130718-slug", "...-idUSBRE96H13W20130718", ".../201907250643.html" (a day and a time)
    re.compile(rf"(?<!\d){_Y}(?P<m>[01]\d)(?P<d>[0-3]\d)(?:(?:[01]\d|2[0-3])[0-5]\d\d*)?(?!\d)"),
    # ".../2016/08/slug", ".../2014/may/slug"
    re.compile(rf"/{_Y}/(?P<m>[01]\d|{_MONTH_NAME})(?:/|$)", re.I),
    # ".../2016/slug": a year directory, not an article number (a slug follows it)
    re.compile(rf"/{_Y}/(?=[^/?#]*[A-Za-z])"),
]
URL_YEARS = (1990, 2030)  # a number outside these years in an address is an article id


def url_date(url: str | None) -> ResolvedDate | None:
    """The date a page's address carries (".../2021/07/07/...", ".../2014/may/30/...",
    ".../20130718-...", ".../2016/08/...", ".../2016/slug"): the outlet's own filing date,
    at the precision the address gives."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I)  # a host name is no date
    for pattern in _URL_DATE:
        for m in pattern.finditer(path):
            if not URL_YEARS[0] <= int(m.group("y")) <= URL_YEARS[1]:
                continue
            parts = [m.group("y")]
            month = m.groupdict().get("m")
            if month:
                if month.isalpha() and month.lower() not in _month_names():
                    continue  # "mayor", not "may"
                number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
                parts.append(f"{number:02d}")
                if m.groupdict().get("d"):
                    parts.append(m.group("d"))
            found = parse_iso("-".join(parts))
            if found is not None:
                return found
    return None


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Month names and their usual short forms as an address writes them ("may", "sept", "june")."""
    full = "january february march april may june july august september october november december".split()
    return frozenset(full + [m[:3] for m in full] + ["sept"])


def stamp_reference(article: "Article") -> ResolvedDate | None:
    """The day a timestamp (or a dated byline) at the head of the page gives, before the
    article's first paragraph: "12:30 AM September 06, 2012", "Published: August 27, 2024".
    Of several, the first that does not date a later edit ("Updated ..."), else the first;
    a timestamp after the article starts is never the page's date."""
    found: list[tuple[str, bool]] = []
    for part in article.layout.parts:
        if part.kind in ("body", "dateline"):
            break
        if part.kind in ("timestamp", "byline"):
            stamp = stamp_date(article.text[part.start:part.end])
            if stamp is not None:
                found.append(stamp)
    if not found:
        return None
    iso = next((iso for iso, later in found if not later), found[0][0])
    return parse_iso(iso)


def prose(article: "Article") -> str:
    """The article's text without photo captions, credits and furniture: their dates are
    older than the article ("File photo: X in Cairo, 2019")."""
    text = list(article.text)
    for part in article.layout.parts:
        if part.blanked or part.kind == "caption":
            text[part.start:part.end] = " " * (part.end - part.start)
    return "".join(text)


def relative_base(article: "Article") -> ResolvedDate | None:
    """What relative dates are read against. A date inferred from the text is only a lower
    bound (the article came out on or after the latest date it mentions): the base is the
    year that follows it, or the rest of the month a month-precise marker gives, so that a
    bare "4 February" after "17 January" is the next February, and "last week" is unknown."""
    ref = article.reference
    if ref is None or article.date_basis != "inferred":
        return ref
    upper = ref.start + datetime.timedelta(days=364)
    marker = parse_iso(article.layout.marker_date) if article.layout.marker_date else None
    if marker is not None and marker.start <= ref.start <= marker.end:
        upper = marker.end
    return from_interval(ref.start, upper, ref.text)


def infer_reference(text: str) -> ResolvedDate | None:
    """The latest full calendar date the text mentions: a lower bound on when it was written."""
    latest: ResolvedDate | None = None
    for m in _FULL_DATE.finditer(text):
        found = resolve_date(m.group(0), None)
        if found is not None and (latest is None or found.start > latest.start):
            latest = found
    return latest


def assign_reference(article: Article) -> Article:
    """The reference date and where it came from (``date_basis``): metadata, else the page's
    marker, else its address or head timestamp, else its dateline, else inferred from the
    text, else none. ``published`` keeps only a
    metadata date that is a date, in ISO form."""
    meta = None
    if article.published:
        meta = parse_iso(article.published) or resolve_date(article.published, None)
        if meta is None:
            note = f"published date {article.published!r} in the metadata is not a valid date: ignored"
            article.message = "; ".join(m for m in (article.message, note) if m)
            article.published = None
    if meta is not None:  # "2023-05-02T08:00:00Z", "May 2, 2023": kept in ISO form
        article.reference, article.date_basis, article.published = meta, "metadata", meta.iso
    elif (found := marker_reference(article)) is not None:
        article.reference, article.date_basis = found
    elif (found := _address_or_stamp(article)) is not None:
        article.reference, article.date_basis = found
    elif (found := find_dateline(article.text)) is not None:
        article.reference, article.date_basis = found, "dateline"
    elif (found := infer_reference(prose(article))) is not None:
        article.reference, article.date_basis = found, "inferred"
    else:
        article.reference, article.date_basis = None, "none"
    return article


def _address_or_stamp(article: Article) -> tuple[ResolvedDate, str] | None:
    """The address's date (".../2021/07/07/story-name", basis "metadata"), or the page's
    head timestamp (basis "dateline") when the address gives none, or only a month or year
    that the timestamp's day falls in."""
    address, stamp = url_date(article.url), stamp_reference(article)
    if stamp is not None and (address is None or address.precision != "day"
                              and address.start <= stamp.start <= address.end):
        return stamp, "dateline"
    return (address, "metadata") if address is not None else None


def marker_reference(article: Article) -> tuple[ResolvedDate, str] | None:
    """The page marker's date (basis "dateline": it is the page's own date line). A marker
    coarser than a day gives way to a full date of the text that falls inside it."""
    marker = parse_iso(article.layout.marker_date) if article.layout.marker_date else None
    if marker is None:
        return None
    if marker.precision != "day":
        stamp = stamp_reference(article)
        if stamp is not None and marker.start <= stamp.start <= marker.end:
            return stamp, "dateline"
        inferred = infer_reference(prose(article))
        if inferred is not None and marker.start <= inferred.start <= marker.end:
            return inferred, "inferred"
    return marker, "dateline"


def read_index(folder: Path) -> dict[str, dict]:
    """``index.csv`` rows by file name. A broken index (bad bytes, NULs, ragged rows) costs
    the metadata it garbles, never the run: the articles are still read."""
    path = folder / INDEX_FILE
    if not path.exists():
        return {}
    index: dict[str, dict] = {}
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames:
                reader.fieldnames = [name.strip() for name in reader.fieldnames]
            for row in reader:
                # A row with more cells than the header (an unquoted comma in an outlet
                # name) puts the extras under the key None as a list: drop them rather
                # than fail the whole run; a short row gives None values.
                meta = {k: (v.strip() or None) if isinstance(v, str) else None
                        for k, v in row.items() if isinstance(k, str)}
                if meta.get("file"):
                    index[meta["file"]] = meta
    except (csv.Error, OSError) as exc:
        log.warning("%s: unreadable past row %d (%s); articles it does not describe get no metadata",
                    path, len(index), exc)
    return index


def read_corpus(folder: str | Path, max_chars: int = MAX_CHARS) -> list[Article]:
    """Every article in the folder (``.txt``, ``.html``, ``.jsonl``), in name order, with
    ``index.csv`` metadata; see ``readers`` for what each kind of bad input becomes."""
    from .readers import read_sources

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {folder}")
    return list(read_sources([folder], max_chars))


def from_texts(items: list[dict]) -> list[Article]:
    """Articles from in-memory texts: dicts with ``text`` and optional doc/published/outlet/url."""
    out = []
    for n, item in enumerate(items):
        doc = str(item.get("doc") or item.get("id") or f"text-{n:04d}")
        text = normalise_text(str(item.get("text") or ""))
        art = Article(doc=doc, file=item.get("file") or "", text=text, published=item.get("published"),
                      outlet=item.get("outlet"), url=item.get("url"), title=item.get("title"))
        if not text.strip():
            art.status, art.message = "skipped", "empty text"
            out.append(art)
            continue
        out.append(assign_reference(art))
    return out
