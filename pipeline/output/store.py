"""The embedded store: every article, event and run, in one SQLite file.

All database access is here, so a server database can replace SQLite without
touching the rest. SQLite runs in WAL mode; each batch of articles (their
document rows, events, name mentions and the input files they came from) is
written in one transaction, so a run killed at any moment leaves either the
whole batch or none of it, and the next run picks up what is missing.

Documents are keyed by the hash of their normalised text (``content_hash``); an
input that is not an article (empty, binary, ...) or that repeats a stored text
under another name is keyed ``<hash>@<doc>``. ``inputs`` remembers the raw bytes
of every file (or JSONL line) already taken in, so a run over the same folder
again does no decoding and no parsing.
"""

from __future__ import annotations

import datetime
import sqlite3
from contextlib import contextmanager
from dataclasses import MISSING, fields
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..dates import parse_iso
from ..records import Event
from ..read.articles import Article

if TYPE_CHECKING:
    from ..reconcile.reviews import Anchor, Outcome

SCHEMA_VERSION = 1
EVENT_FIELDS = [f.name for f in fields(Event)]
INTEGER_FIELDS = ("char_start", "char_end", "hedged", "negated", "trigger_start", "trigger_end")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    key TEXT PRIMARY KEY,
    doc TEXT NOT NULL,
    file TEXT NOT NULL,
    published TEXT, date_basis TEXT, outlet TEXT, url TEXT, title TEXT,
    n_chars INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    reference_date TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT NOT NULL DEFAULT '',
    story TEXT NOT NULL DEFAULT '',
    simhash TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    extracted_with TEXT NOT NULL DEFAULT '',
    run_id INTEGER
);
CREATE INDEX IF NOT EXISTS documents_doc ON documents(doc);
CREATE TABLE IF NOT EXISTS inputs (raw_hash TEXT PRIMARY KEY, doc_key TEXT NOT NULL, file TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    doc_key TEXT NOT NULL,
    {", ".join(f"{name} {'INTEGER' if name in INTEGER_FIELDS else 'TEXT'}"
               for name in EVENT_FIELDS if name != "event_id")}
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_key);
CREATE TABLE IF NOT EXISTS mentions (
    doc_key TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL, surface TEXT NOT NULL,
    PRIMARY KEY (doc_key, seq)
);
CREATE TABLE IF NOT EXISTS reviews (
    key TEXT PRIMARY KEY, action TEXT NOT NULL, event_id TEXT, field TEXT, value TEXT, person TEXT,
    other_person TEXT, note TEXT, reviewer TEXT, reviewed_at TEXT, first_applied TEXT NOT NULL,
    last_applied TEXT NOT NULL, doc TEXT, type TEXT, anchor_person TEXT, char_start INTEGER,
    char_end INTEGER, sentence TEXT
);
CREATE TABLE IF NOT EXISTS people (
    person TEXT PRIMARY KEY, aliases TEXT, roles TEXT, n_docs INTEGER, n_events INTEGER
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL, ended TEXT, status TEXT NOT NULL,
    n_inputs INTEGER DEFAULT 0, n_known INTEGER DEFAULT 0, n_new_documents INTEGER DEFAULT 0,
    n_new_events INTEGER DEFAULT 0, n_rejected INTEGER DEFAULT 0, n_duplicates INTEGER DEFAULT 0,
    n_reprocessed INTEGER DEFAULT 0,
    pipeline_version TEXT, patterns_version TEXT, message TEXT DEFAULT ''
);
"""


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # autocommit mode: transactions are opened explicitly, one per batch
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        with self.transaction():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self._add_missing_event_columns()

    def _add_missing_event_columns(self) -> None:
        """A store made before a field was added to the event record gets the column, its
        old rows the field's default, so that opening it never fails."""
        have = {row[1] for row in self.db.execute("PRAGMA table_info(events)")}
        for f in fields(Event):
            if f.name not in have and f.name != "event_id":
                kind = "INTEGER" if f.name in INTEGER_FIELDS else "TEXT"
                default = f.default if f.default is not MISSING else ("" if kind == "TEXT" else 0)
                self.db.execute(f"ALTER TABLE events ADD COLUMN {f.name} {kind} DEFAULT {default!r}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- what is already there -------------------------------------------------
    def known_inputs(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.db.execute("SELECT raw_hash FROM inputs"))

    def stored_texts(self) -> dict[str, str]:
        """content hash -> doc, for every article stored with its text."""
        return dict(self.db.execute("SELECT content_hash, doc FROM documents WHERE status = 'ok' AND key = content_hash"))

    def doc_names(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT doc FROM documents")}

    def stories(self) -> list[tuple[str, str, int]]:
        """(doc, content hash, simhash) of the original stories, oldest first."""
        rows = self.db.execute("SELECT doc, content_hash, simhash FROM documents WHERE status = 'ok' "
                               "AND key = content_hash AND duplicate_of = '' AND simhash != '' ORDER BY rowid")
        return [(d, c, int(h, 16)) for d, c, h in rows]

    def counts(self) -> dict[str, int]:
        return {
            "documents": self.db.execute("SELECT count(*) FROM documents WHERE status = 'ok' AND key = content_hash").fetchone()[0],
            "events": self.db.execute("SELECT count(*) FROM events").fetchone()[0],
            "rows": self.db.execute("SELECT count(*) FROM documents").fetchone()[0],
        }

    # -- writing (callers wrap these in one transaction per batch) ------------------
    def add_document(self, key: str, article: Article, run_id: int, story: str = "", simhash: int | None = None,
                     extracted_with: str = "") -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO documents (key, doc, file, published, date_basis, outlet, url, title, n_chars, "
            "content_hash, status, message, reference_date, duplicate_of, story, simhash, text, extracted_with, run_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, article.doc, article.file, article.published or "", article.date_basis, article.outlet or "",
             article.url or "", article.title or "", len(article.text),
             article.content_hash if article.text else "", article.status, article.message,
             article.reference.iso if article.reference else "", article.duplicate_of, story,
             f"{simhash:016x}" if simhash is not None else "", article.text if article.status == "ok" else "",
             extracted_with, run_id))

    def add_input(self, raw_hash: str, doc_key: str, file: str) -> None:
        if raw_hash:
            self.db.execute("INSERT OR IGNORE INTO inputs VALUES (?,?,?)", (raw_hash, doc_key, file))

    def replace_results(self, doc_key: str, events: list[Event], mentions: list[tuple[str, str]],
                        extracted_with: str) -> None:
        """A document's events and mentions, replacing any it had (re-extraction)."""
        self.db.execute("DELETE FROM events WHERE doc_key = ?", (doc_key,))
        self.db.execute("DELETE FROM mentions WHERE doc_key = ?", (doc_key,))
        cols = ", ".join(EVENT_FIELDS)
        marks = ", ".join("?" for _ in EVENT_FIELDS)
        self.db.executemany(
            f"INSERT OR REPLACE INTO events (doc_key, {cols}) VALUES (?, {marks})",
            [(doc_key, *(_cell(getattr(e, name)) for name in EVENT_FIELDS)) for e in events])
        self.db.executemany("INSERT INTO mentions VALUES (?,?,?,?)",
                            [(doc_key, n, name, surface) for n, (name, surface) in enumerate(mentions)])
        self.db.execute("UPDATE documents SET extracted_with = ? WHERE key = ?", (extracted_with, doc_key))

    def mark_changed(self) -> None:
        """Inside a writing transaction: the exported files no longer show the store."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('exports_current', '0')")

    def mark_exported(self) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('exports_current', '1')")

    def exports_current(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'exports_current'").fetchone()
        return bool(row) and row[0] == "1"

    # -- the analysts' corrections: an audit trail, never deleted -----------------------
    def record_reviews(self, outcome: "Outcome", file_hash: str) -> None:
        """Inside a writing transaction: every correction applied, with who and when, and
        where its event is now (so that it is found again when the event's id changes)."""
        stamp = now()
        rows = [(r, a) for r, a in outcome.applied] + [(r, None) for r in outcome.people_reviews]
        for r, a in rows:
            self.db.execute(
                "INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET "
                "last_applied = excluded.last_applied, doc = coalesce(excluded.doc, doc), "
                "type = coalesce(excluded.type, type), anchor_person = coalesce(excluded.anchor_person, anchor_person), "
                "char_start = coalesce(excluded.char_start, char_start), char_end = coalesce(excluded.char_end, char_end), "
                "sentence = coalesce(excluded.sentence, sentence)",
                (r.key(), r.action, r.event_id, r.field, r.value, r.person, r.other_person, r.note, r.reviewer,
                 r.reviewed_at, stamp, stamp, *((a.doc, a.type, a.person, a.char_start, a.char_end, a.sentence)
                                                 if a is not None else (None,) * 6)))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('reviews_hash', ?)", (file_hash,))

    def reviews_hash(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'reviews_hash'").fetchone()
        return row[0] if row else ""

    def review_anchors(self) -> dict[str, "Anchor"]:
        """The review's event id -> where that event was when the correction last applied."""
        from ..reconcile.reviews import Anchor

        return {eid: Anchor(eid, doc, kind, person or "", start, end, sentence or "")
                for eid, doc, kind, person, start, end, sentence in self.db.execute(
                    "SELECT event_id, doc, type, anchor_person, char_start, char_end, sentence FROM reviews "
                    "WHERE doc IS NOT NULL ORDER BY last_applied")}

    def review_log(self) -> list[dict]:
        cur = self.db.execute("SELECT * FROM reviews ORDER BY first_applied, key")
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def replace_people(self, rows: list[dict]) -> None:
        self.db.execute("DELETE FROM people")
        self.db.executemany("INSERT INTO people VALUES (:person, :aliases, :roles, :n_docs, :n_events)", rows)

    # -- reading everything back -------------------------------------------------------
    def articles(self, keys: list[str] | None = None, with_text: bool = False) -> list[Article]:
        """Document rows as Articles: all of them in a stable order (doc, then file), or the
        given keys in their order; the text only when asked (re-extraction needs it)."""
        text_col = "text" if with_text else "''"
        query = ("SELECT key, doc, file, published, date_basis, outlet, url, title, status, message, reference_date, "
                 f"duplicate_of, content_hash, n_chars, {text_col} FROM documents")
        if keys is None:
            rows = list(self.db.execute(query + " ORDER BY doc, file, key"))
        else:
            found = {r[0]: r for k in keys for r in self.db.execute(query + " WHERE key = ?", (k,))}
            rows = [found[k] for k in keys if k in found]
        out = []
        for (key, doc, file, published, basis, outlet, url, title, status, message, ref, dup, chash, n_chars,
             text) in rows:
            out.append(Article(doc=doc, file=file, text=text, published=published or None, outlet=outlet or None,
                               url=url or None, title=title or None, reference=parse_iso(ref),
                               date_basis=basis or "none", status=status, message=message, duplicate_of=dup,
                               meta={"key": key, "content_hash": chash, "n_chars": n_chars}))
        return out

    def events(self) -> list[Event]:
        cols = ", ".join(EVENT_FIELDS)
        out = []
        for row in self.db.execute(f"SELECT {cols} FROM events ORDER BY doc, char_start, type, person, event_id"):
            values = dict(zip(EVENT_FIELDS, row))
            values["hedged"] = bool(values["hedged"])
            values["negated"] = bool(values["negated"])
            out.append(Event(**values))
        return out

    def mentions(self) -> dict[str, list[tuple[str, str]]]:
        """doc -> its (name, surface) mentions."""
        out: dict[str, list[tuple[str, str]]] = {}
        for doc, name, surface in self.db.execute(
                "SELECT d.doc, m.name, m.surface FROM mentions m JOIN documents d ON d.key = m.doc_key "
                "ORDER BY d.doc, m.seq"):
            out.setdefault(doc, []).append((name, surface))
        return out

    def story_of(self) -> dict[str, str]:
        """doc -> the content hash of the story it tells (its original's, for a copy)."""
        return dict(self.db.execute("SELECT doc, story FROM documents WHERE status = 'ok' AND key = content_hash"))

    def stale(self, version: str) -> int:
        """How many stored articles were extracted by other rules than ``version``."""
        return self.db.execute("SELECT count(*) FROM documents WHERE status = 'ok' AND key = content_hash "
                               "AND extracted_with != ?", (version,)).fetchone()[0]

    def texts_to_extract(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT key FROM documents WHERE status = 'ok' AND key = content_hash ORDER BY doc")]

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, pipeline_version: str, patterns_version: str) -> int:
        with self.transaction():
            cur = self.db.execute("INSERT INTO runs (started, status, pipeline_version, patterns_version) "
                                  "VALUES (?, 'running', ?, ?)", (now(), pipeline_version, patterns_version))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str, counts: dict[str, int], message: str = "") -> None:
        allowed = {"n_inputs", "n_known", "n_new_documents", "n_new_events", "n_rejected", "n_duplicates",
                   "n_reprocessed"}
        sets = ", ".join(f"{k} = :{k}" for k in counts if k in allowed)
        params = {k: v for k, v in counts.items() if k in allowed}
        params.update(id=run_id, ended=now(), status=status, message=message)
        with self.transaction():
            self.db.execute(f"UPDATE runs SET ended = :ended, status = :status, message = :message"
                            f"{', ' + sets if sets else ''} WHERE id = :id", params)

    def interrupted_runs(self) -> list[int]:
        """Runs that never finished (killed): the next run says so and marks them."""
        return [r[0] for r in self.db.execute("SELECT id FROM runs WHERE status = 'running'")]

    def mark_interrupted(self, run_ids: list[int]) -> None:
        if run_ids:
            with self.transaction():
                self.db.executemany("UPDATE runs SET status = 'interrupted' WHERE id = ?", [(i,) for i in run_ids])

    def last_run(self) -> dict:
        cur = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1")
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row)) if row else {}


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    return value

