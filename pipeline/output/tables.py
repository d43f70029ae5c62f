"""Records to pandas DataFrames: the one place the output tables are built.

Column order follows ``spec/OUTPUT.md``; extra columns come after the contract's.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from ..records import Event
from ..read.articles import Article

EVENT_COLUMNS = ["event_id", "doc", "type", "person", "role", "date", "date_start", "date_end", "date_text",
                 "place", "source", "hedged", "negated", "charge", "sentence", "char_start", "char_end", "rule_id",
                 "trigger_start", "trigger_end", "review"]
PEOPLE_COLUMNS = ["person", "aliases", "roles", "n_docs", "n_events"]
CONFLICT_COLUMNS = ["person", "types", "claims", "docs"]
FATE_COLUMNS = ["person", "status", "as_of", "agreement", "supporting", "disputing"]
DOCUMENT_COLUMNS = ["doc", "file", "published", "date_basis", "outlet", "url", "n_chars", "content_hash",
                    "status", "message", "reference_date", "duplicate_of"]


def events_table(events: list[Event]) -> pd.DataFrame:
    # sorted before the frame is built: pandas sorting string columns costs more than building it
    rows = sorted((e.as_row() for e in events), key=lambda r: (r["doc"], r["char_start"], r["type"], r["person"]))
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def people_table(events: list[Event], aliases: dict[str, set[str]] | None = None,
                 known: set[str] | None = None) -> pd.DataFrame:
    """One row per person: every spelling seen, roles, how many articles and events.

    People the articles quote as sources (``known`` canonical names) have a row too,
    so a source's spellings resolve like anyone else's; ``n_events`` counts only what
    happened to them."""
    aliases = aliases or {}
    known = known or set()
    docs: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    roles: dict[str, list[str]] = defaultdict(list)
    for e in events:
        docs[e.person].add(e.doc)
        counts[e.person] += 1
        if e.role and e.role not in roles[e.person]:
            roles[e.person].append(e.role)
    for e in events:
        if e.source in known:
            docs[e.source].add(e.doc)
    rows = [{
        "person": p,
        "aliases": ";".join(sorted(aliases.get(p, set()) - {p})),
        "roles": ";".join(roles[p]),
        "n_docs": len(docs[p]),
        "n_events": counts[p],
    } for p in sorted(docs)]
    return pd.DataFrame(rows, columns=PEOPLE_COLUMNS)


def documents_table(articles: list[Article]) -> pd.DataFrame:
    rows = [{
        "doc": a.doc, "file": a.file, "published": a.published or "", "date_basis": a.date_basis,
        "outlet": a.outlet or "", "url": a.url or "",
        # articles read back from the store come without their text: its length and hash are kept
        "n_chars": a.meta.get("n_chars", len(a.text)),
        "content_hash": a.meta.get("content_hash", a.content_hash if a.text else ""),
        "status": a.status, "message": a.message,
        "reference_date": a.reference.iso if a.reference else "",
        "duplicate_of": a.duplicate_of,
    } for a in articles]
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows with the contract's columns first, whatever they hold."""
    return pd.DataFrame(rows, columns=columns)
