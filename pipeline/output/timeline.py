"""One person's events on a time axis, as an SVG the report inlines (matplotlib, no
pyplot: no global figure state, safe in a long-running job).

Colour is the event type; a hedged claim is a hollow mark, a denial a cross; a date known
only to its month or year is drawn as a bar over that interval, never as a point on its
first day (which would claim a precision the article did not give)."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from dataclasses import dataclass
from typing import Iterable

# one colour per type, readable on white and distinct for the colour-blind (Okabe-Ito, then tab10)
TYPE_COLOURS = {
    "DEFECT": "#0072B2", "DISAPPEAR": "#999999", "REAPPEAR": "#56B4E9", "ARREST": "#E69F00",
    "IMPRISON": "#D55E00", "EXECUTE": "#000000", "KILL": "#CC0000", "DIE": "#7f3f98",
    "PURGE": "#8c564b", "APPOINT": "#009E73", "ELECT": "#2ca02c", "MEET": "#CC79A7",
}
OTHER_COLOUR = "#555555"
_SVG_START = re.compile(r"<svg\b")


def colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def dated(rows: Iterable[dict]) -> list[dict]:
    """The rows a timeline can place: an interval of real days, start not after end."""
    out = []
    for row in rows:
        start, end = _day(row.get("date_start")), _day(row.get("date_end"))
        if start is not None and end is not None and start <= end:
            out.append({**row, "_start": start, "_end": end})
    return out


@dataclass(frozen=True)
class Shape:
    """One claim as drawn: a point for a day, a bar for an interval; filled when reported,
    hollow when hedged, crossed when denied."""

    lane: int
    start: dt.date
    end: dt.date
    colour: str
    style: str  # "filled", "hollow" or "crossed"

    @property
    def is_bar(self) -> bool:
        return self.start != self.end


def shapes(rows: Iterable[dict]) -> tuple[list[str], list[Shape]]:
    """The lanes (one per event type, in the usual order) and the shape of every dated row."""
    rows = dated(rows)
    order = list(TYPE_COLOURS)
    types = sorted({r["type"] for r in rows}, key=lambda t: (order.index(t) if t in order else len(order), t))
    lane = {t: n for n, t in enumerate(types)}
    out = []
    for r in rows:
        style = "crossed" if r.get("negated") else "hollow" if r.get("hedged") else "filled"
        out.append(Shape(lane[r["type"]], r["_start"], r["_end"], colour(r["type"]), style))
    return types, out


def timeline_svg(rows: Iterable[dict], salt: str = "") -> str:
    """The SVG element (no XML prolog) for the dated rows, "" when none is dated. ``salt``
    keeps the ids of clip paths distinct between the figures of one page."""
    from matplotlib import dates as mdates, rc_context
    from matplotlib.figure import Figure

    types, drawn = shapes(rows)
    if not drawn:
        return ""
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": salt or "timeline", "font.size": 9}):
        height = 0.75 + 0.38 * len(types)
        fig = Figure(figsize=(7.5, height))
        # fixed margins (in inches), not a layout engine: half the cost of every figure
        fig.subplots_adjust(left=0.95 / 7.5, right=1 - 0.15 / 7.5, bottom=0.5 / height, top=1 - 0.12 / height)
        ax = fig.subplots()
        for s in drawn:
            if s.is_bar:
                left = mdates.date2num(s.start)
                width = mdates.date2num(s.end + dt.timedelta(days=1)) - left
                ax.barh([s.lane], [width], left=[left], height=0.34, edgecolor=s.colour, linewidth=1.4,
                        color=s.colour if s.style == "filled" else "none",
                        hatch="xx" if s.style == "crossed" else None, zorder=2)
            elif s.style == "crossed":
                ax.scatter([mdates.date2num(s.start)], [s.lane], marker="x", s=55, c=s.colour, linewidths=2, zorder=3)
            else:
                ax.scatter([mdates.date2num(s.start)], [s.lane], marker="o", s=55, zorder=3, edgecolors=s.colour,
                           linewidths=1.6, facecolors=s.colour if s.style == "filled" else "none")
        ax.set_yticks(range(len(types)), labels=types)
        ax.set_ylim(-0.7, len(types) - 0.3)
        first, last = min(s.start for s in drawn), max(s.end for s in drawn)
        pad = max(dt.timedelta(days=20), (last - first) * 0.05)
        ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
        locator = mdates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        buf = io.StringIO()
        with warnings.catch_warnings():  # a span of decades or of days: the locator says it guessed
            warnings.simplefilter("ignore", UserWarning)
            fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    text = buf.getvalue()
    found = _SVG_START.search(text)
    return text[found.start():] if found else ""
