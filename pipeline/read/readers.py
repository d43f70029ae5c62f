"""Every kind of input a scheduled job meets, turned into Articles or into reasons.

Sources are folders, files or globs. A folder gives its ``.txt``, ``.html``/``.htm``
and ``.jsonl`` files in name order, with its ``index.csv`` as metadata. Text in
any common encoding is decoded (UTF-8 first, then byte-order marks, UTF-16
without a mark, and charset-normalizer's guess); HTML goes through trafilatura
for the article's text, title and date; a ``.jsonl`` file holds one article a
line. What is not an English news text (empty, binary, undecodable, another
language, broken HTML, a bad JSON line) becomes an Article with status
``skipped`` and a message that says exactly what was wrong, so the run goes on
and the analyst sees why. Texts over the size cap are cut at a paragraph
boundary and the message says how much was left out.
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .articles import INDEX_FILE, MAX_CHARS, Article, assign_reference, normalise_text, read_index
from .casing import stop_words
from .furniture import LETTER

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# What a binary file starts with, for a message an analyst understands.
MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Word/Excel document)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"RIFF", "a RIFF audio/video/image file"),
    (b"\x7fELF", "an executable program"),
]
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
]
MAX_DAMAGE = 0.01  # share of invalid UTF-8 bytes still read as damaged UTF-8
MAX_CHAOS = 0.25  # charset-normalizer's mess score above which a guess is not text
MIN_LETTERS_FOR_LANGUAGE = 80
MIN_HTML_LETTERS = 25  # less than a sentence: markup debris, not an article
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str | None
    note: str  # why it is not text, or how it was read when that is worth saying


def raw_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


# -- bytes to text ------------------------------------------------------------------

def decode_bytes(raw: bytes) -> Decoded:
    """Text in any common encoding, or None with the reason it is not text."""
    if not raw:
        return Decoded(None, "empty file (0 bytes)")
    for magic, what in MAGIC:
        if raw.startswith(magic):
            return Decoded(None, f"binary file ({what}), not text")
    for bom, codec, name in BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                return Decoded(None, f"undecodable bytes: {name} byte-order mark but invalid {name} at byte {exc.start + len(bom)}")
            return Decoded(text, "" if name == "UTF-8" else f"decoded as {name} (byte-order mark)")
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            return utf16
        return Decoded(None, "binary data (contains NUL bytes), not text")
    try:
        return Decoded(raw.decode("utf-8"), "")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _UTF8_MULTIBYTE.search(raw):  # real UTF-8 with a few broken bytes
        damaged = raw.decode("utf-8", errors="replace")
        bad = damaged.count("\ufffd")
        if bad <= max(1, MAX_DAMAGE * len(raw)):
            return Decoded(damaged, f"{bad} byte(s) that are not valid UTF-8 (first at byte {first_bad}) "
                                    "were replaced with U+FFFD")
    return _guess(raw, first_bad)


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf16_without_bom(raw: bytes) -> Decoded | None:
    """UTF-16 saved without a mark: English text has a NUL in every other byte."""
    if len(raw) < 8 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) >= 0.6 * len(zeros):
            try:
                return Decoded(raw.decode(codec), "decoded as UTF-16 (no byte-order mark)")
            except UnicodeDecodeError:
                return None
    return None


def _western(raw: bytes) -> str | None:
    """English text saved by a Western Windows or Latin-1 editor: cp1252 decodes it and
    accented letters are a small share of its letters (a Cyrillic or Greek code page read
    as cp1252 would be nearly all accented letters)."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > 0x7F)
    return text if letters and foreign <= 0.1 * len(letters) else None


def _guess(raw: bytes, first_bad: int) -> Decoded:
    western = _western(raw)
    if western is not None:
        return Decoded(western, f"not UTF-8 (invalid at byte {first_bad}): decoded as cp1252 (Western, detected)")
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > MAX_CHAOS:
        return Decoded(None, f"undecodable bytes: not UTF-8 (invalid at byte {first_bad}) "
                             "and no known encoding fits; re-save the file as UTF-8")
    return Decoded(str(best), f"not UTF-8 (invalid at byte {first_bad}): decoded as {best.encoding} (detected)")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but \t \n \f \r


def control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(1, len(text))


# -- language -------------------------------------------------------------------------

_IDENTIFIER = None
_WORD = re.compile(r"[^\W\d_]+")
# English news writes 38-45% of its words as stop words; French, German, Dutch, Spanish,
# Italian, Portuguese, Indonesian or Tagalog text under 8% (words they share: "in", "a", "die")
ENGLISH_STOP_SHARE = 0.30


def plainly_english(text: str) -> bool:
    """So many of the words are English stop words that no identifier is needed: it costs
    more than reading the rest of the page."""
    words = _WORD.findall(text[:5000].lower())
    stops = stop_words()
    return len(words) >= 20 and sum(1 for w in words if w in stops) >= ENGLISH_STOP_SHARE * len(words)


def language_of(text: str) -> tuple[str, float] | None:
    """The text's language and its probability (py3langid, offline); None when too short to tell."""
    global _IDENTIFIER
    sample = text[:5000]
    if len(LETTER.findall(sample)) < MIN_LETTERS_FOR_LANGUAGE:
        return None
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    lang, prob = _IDENTIFIER.classify(sample)
    return str(lang), float(prob)


# -- checks shared by every kind of input ----------------------------------------------

def finish(article: Article, text: str, max_chars: int, note: str = "") -> Article:
    """Normalise, check and cap a decoded text; set the reference date."""
    text = normalise_text(text)
    notes = [note] if note else []
    if not text.strip():
        article.status, article.message = "skipped", "; ".join(notes + ["no text: the file holds only whitespace"])
        return article
    if control_share(text) > 0.05:
        article.status = "skipped"
        article.message = "; ".join(notes + ["binary data (control characters), not text"])
        return article
    lang = None if plainly_english(text) else language_of(text)
    if lang is not None and lang[0] != "en" and lang[1] >= 0.9:
        article.status = "skipped"
        article.message = "; ".join(notes + [f"not English (detected language '{lang[0]}', p={lang[1]:.2f})"])
        return article
    if len(text) > max_chars:
        kept = cut_at_paragraph(text, max_chars)
        notes.append(f"article has {len(text):,} characters, over the cap of {max_chars:,}: "
                     f"only the first {len(kept):,} (whole paragraphs) were processed")
        text = kept
    article.text = text
    article.message = "; ".join(notes)
    return assign_reference(article)


def cut_at_paragraph(text: str, limit: int) -> str:
    """The longest run of whole paragraphs within the limit (a hard cut if the first is longer)."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n\n", 0, limit + 2)
    if cut <= 0:
        cut = text.rfind("\n", 0, limit)
    return text[:cut] if cut > 0 else text[:limit]


def _article(path: Path, doc: str, meta: dict) -> Article:
    return Article(doc=doc, file=path.name, text="", published=meta.get("published"),
                   outlet=meta.get("outlet"), url=meta.get("url"), title=meta.get("title"), meta=dict(meta))


def _known(article: Article, raw: bytes, known: frozenset[str]) -> bool:
    """Record the input's raw hash; True when the store already took these exact bytes in."""
    meta = json.dumps(article.meta, sort_keys=True).encode()  # the index row, whatever its column order
    article.meta["raw_hash"] = raw_hash(raw + b"\0" + meta)  # new metadata for the same bytes is new input
    if article.meta["raw_hash"] in known:
        article.status, article.message = "known", "already in the store"
        return True
    return False


def _read_bytes(path: Path, max_chars: int) -> tuple[bytes | None, str]:
    """The file's bytes, at most what the cap could need (4 bytes a character, plus a mark)."""
    try:
        with path.open("rb") as fh:
            return fh.read(max_chars * 4 + 4), ""
    except OSError as exc:
        return None, f"cannot read file: {exc.strerror or exc}"


# -- one file of each kind ----------------------------------------------------------------

def read_page(path: Path, meta: dict, max_chars: int = MAX_CHARS, known: frozenset[str] = frozenset(),
              html: bool = False) -> Article:
    """One article from a ``.txt`` file (read as HTML when it holds HTML) or an ``.html`` file."""
    article = _article(path, path.stem, meta)
    raw, err = _read_bytes(path, max_chars)
    if raw is None:
        article.status, article.message = "error", err
        return article
    if _known(article, raw, known):
        return article
    if html or _HTML_START.match(raw[:2000]):
        return _from_html(article, raw, max_chars, "" if html else "the .txt file holds HTML: ")
    decoded = decode_bytes(raw)
    if decoded.text is None:
        article.status, article.message = "skipped", decoded.note
        return article
    return finish(article, decoded.text, max_chars, decoded.note)


def _from_html(article: Article, raw: bytes, max_chars: int, prefix: str) -> Article:
    decoded = decode_bytes(raw)
    if decoded.text is None:
        article.status, article.message = "skipped", prefix + decoded.note
        return article
    import trafilatura

    try:
        # the date from the page's markup only: htmldate's search of the body text turns
        # "in March 2022" into a publication date of 2022-01-01
        found = trafilatura.bare_extraction(decoded.text, with_metadata=True, include_comments=False,
                                            date_extraction_params={"extensive_search": False,
                                                                    "original_date": True})
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        log.debug("trafilatura failed on %s", article.file, exc_info=True)
        found = None
        why = f"{type(exc).__name__}"
    else:
        why = ""
    text = getattr(found, "text", None) if found is not None else None
    if not text or sum(c.isalpha() for c in text) < MIN_HTML_LETTERS:
        article.status = "skipped"
        article.message = prefix + "malformed HTML or no article text found in it" + (f" ({why})" if why else "")
        return article
    title = getattr(found, "title", None)
    if title and not article.title:
        article.title = title
    date = getattr(found, "date", None)
    if date and not article.published and re.fullmatch(r"\d{4}(-\d{2}){0,2}", date):
        article.published = date
    if not article.url and getattr(found, "url", None):
        article.url = found.url
    if not article.outlet and getattr(found, "sitename", None):
        article.outlet = found.sitename
    # trafilatura puts one block a line; the pipeline reads paragraphs split by blank lines
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return finish(article, body, max_chars, prefix.rstrip(": ") if prefix else "")


def read_jsonl_file(path: Path, meta: dict, max_chars: int = MAX_CHARS,
                    known: frozenset[str] = frozenset()) -> Iterator[Article]:
    """One article a line: ``text`` required; ``id``, ``title``, ``published``, ``url``, ``outlet`` optional."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        art = _article(path, path.stem, meta)
        art.status, art.message = "error", f"cannot read file: {exc.strerror or exc}"
        yield art
        return
    with fh:
        for n, raw_line in enumerate(fh, start=1):
            if not raw_line.strip():
                continue
            default_doc = f"{path.stem}-{n:05d}"
            art = _article(path, default_doc, meta)
            art.file = f"{path.name}:{n}"
            if _known(art, raw_line, known):
                yield art
                continue
            decoded = decode_bytes(raw_line)
            if decoded.text is None:
                art.status, art.message = "skipped", f"line {n}: {decoded.note}"
                yield art
                continue
            try:
                item = json.loads(decoded.text)
            except json.JSONDecodeError as exc:
                art.status, art.message = "skipped", f"line {n}: not valid JSON ({exc.msg} at column {exc.colno})"
                yield art
                continue
            if not isinstance(item, dict):
                art.status, art.message = "skipped", f"line {n}: a JSON {type(item).__name__}, not an object"
                yield art
                continue
            if item.get("id") not in (None, ""):
                art.doc = _safe_id(str(item["id"]))
            for key in ("title", "published", "url", "outlet"):
                if item.get(key) not in (None, ""):
                    setattr(art, key, str(item[key]))
            text = item.get("text")
            if not isinstance(text, str):
                art.status = "skipped"
                art.message = f"line {n}: no 'text' field" if text is None else f"line {n}: 'text' is not a string"
                yield art
                continue
            yield finish(art, text, max_chars)


def _safe_id(value: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", value).strip("_")[:120] or "article"


# -- sources ------------------------------------------------------------------------------

def expand(sources: Iterable[str | Path]) -> list[tuple[Path, dict]]:
    """Input files with their metadata rows, in a stable order; folders give their supported files."""
    out: list[tuple[Path, dict]] = []
    seen: set[Path] = set()
    indexes: dict[Path, dict] = {}

    def meta_for(path: Path) -> dict:
        folder = path.parent
        if folder not in indexes:
            indexes[folder] = read_index(folder)
        return indexes[folder].get(path.name) or {}

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen and path.name != INDEX_FILE:
            seen.add(key)
            out.append((path, meta_for(path)))

    for source in sources:
        src = Path(source)
        if src.is_dir():
            for p in sorted(src.iterdir(), key=lambda p: p.name):
                if p.is_file() and p.suffix.lower() in SUFFIXES:
                    add(p)
        elif src.is_file():
            add(src)
        else:
            matches = sorted(glob.glob(str(source), recursive=True))
            if not matches:
                raise FileNotFoundError(f"no such file, folder or matching files: {source}")
            for m in matches:
                p = Path(m)
                if p.is_file() and p.suffix.lower() in SUFFIXES:
                    add(p)
                elif p.is_dir():
                    out.extend(x for x in expand([p]) if x[0].resolve() not in seen)
    return out


def read_file(path: Path, meta: dict, max_chars: int = MAX_CHARS,
              known: frozenset[str] = frozenset()) -> Iterator[Article]:
    """The articles of one input file; those whose raw bytes are in ``known`` come back
    with status ``known`` and are not decoded at all."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, meta, max_chars, known)
    else:
        yield read_page(path, meta, max_chars, known, html=suffix in HTML_SUFFIXES)


def read_sources(sources: Iterable[str | Path], max_chars: int = MAX_CHARS,
                 known: frozenset[str] = frozenset()) -> Iterator[Article]:
    for path, meta in expand(sources):
        yield from read_file(path, meta, max_chars, known)
