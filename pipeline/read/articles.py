"""Read a corpus folder into Articles with their reference dates.

An article's reference date (what "last November" is relative to) comes from
its metadata, else from a dateline in its text, else is inferred from the
latest full date the text mentions, else there is none: never the clock.
Reading files of every kind, and what bad input becomes, is in ``readers``.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..dates import ResolvedDate, parse_iso, resolve_date

log = logging.getLogger(__name__)

MAX_CHARS = 1_000_000
INDEX_FILE = "index.csv"

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_PATTERNS = [
    re.compile(r"^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b", re.I | re.M),
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

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no BOM: the same story hashes the same however it was saved."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.lstrip("\ufeff")


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).strip().encode("utf-8")).hexdigest()[:16]


def find_dateline(text: str) -> ResolvedDate | None:
    """A date the article carries at its head ("date 2011-02-03", "OSLO, May 3, 2011 --")."""
    head = text[:600]
    for pattern in _DATELINE_PATTERNS:
        m = pattern.search(head)
        if m:
            found = parse_iso(m.group(1)) or resolve_date(m.group(1), None)
            if found is not None and found.precision == "day":
                return found
    return None


def infer_reference(text: str) -> ResolvedDate | None:
    """The latest full calendar date the text mentions: a lower bound on when it was written."""
    latest: ResolvedDate | None = None
    for m in _FULL_DATE.finditer(text):
        found = resolve_date(m.group(0), None)
        if found is not None and (latest is None or found.start > latest.start):
            latest = found
    return latest


def assign_reference(article: Article) -> Article:
    meta = parse_iso(article.published) or (resolve_date(article.published, None) if article.published else None)
    if meta is not None:  # "2023-05-02T08:00:00Z", "May 2, 2023": kept in ISO form
        article.reference, article.date_basis, article.published = meta, "metadata", meta.iso
    elif (found := find_dateline(article.text)) is not None:
        article.reference, article.date_basis = found, "dateline"
    elif (found := infer_reference(article.text)) is not None:
        article.reference, article.date_basis = found, "inferred"
    else:
        article.reference, article.date_basis = None, "none"
    return article


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
                reader.fieldnames = [(name or "").strip() for name in reader.fieldnames]
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
