"""How events look to people (a rich table) and to spreadsheets (CSV rows).

The table is for reading on a terminal, so it shows only what a reader scans for
(when, who, did what to whom, where, and the sentence it came from); everything else
is in the JSON lines and the exports.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from warta.types import Actor, Event

CSV_COLUMNS: tuple[str, ...] = (
    "id", "article", "date", "date_end", "type", "mode", "cameo", "quad_class", "actor", "recipient",
    "symmetric", "location", "location_country", "modality", "attribution", "confidence", "trigger", "evidence",
)


def actor_label(a: Actor) -> str:
    """``Antony Blinken (USA/GOV)``: the name a reader knows plus the codes analysts count."""
    codes = "/".join(c for c in (a.country, a.sector) if c)
    return f"{a.name} ({codes})" if codes else a.name


def actor_code_string(actors: Iterable[Actor]) -> str:
    """``USA/GOV Antony Blinken; QAT/GOV Qatar``: the flat form used in CSV."""
    return "; ".join(f"{a.country or '---'}/{a.sector or '---'} {a.name}" for a in actors)


def shorten(text: str, width: int = 120) -> str:
    """One line of at most ``width`` characters, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1].rsplit(" ", 1)[0]
    return cut + "…"


def event_row(ev: Event) -> dict[str, Any]:
    """The flat CSV record of an event."""
    loc = ev.location
    return {
        "id": ev.id, "article": ev.article, "date": ev.date or "", "date_end": ev.date_end or "",
        "type": ev.type, "mode": ev.mode or "", "cameo": ev.cameo, "quad_class": ev.quad_class,
        "actor": actor_code_string(ev.actor), "recipient": actor_code_string(ev.recipient),
        "symmetric": str(ev.symmetric).lower(), "location": loc.name if loc else "",
        "location_country": (loc.country or "") if loc else "", "modality": ev.modality,
        "attribution": ev.attribution or "", "confidence": f"{ev.confidence:.3f}", "trigger": ev.trigger,
        "evidence": " ".join(ev.evidence[0].text.split()) if ev.evidence else "",
    }


def write_rows(rows: Iterable[dict[str, str]], columns: Iterable[str], fh: IO[str]) -> int:
    """Write dict rows as CSV with a header; returns how many rows were written."""
    writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_csv(events: Iterable[Event], fh: IO[str]) -> int:
    """Write events as CSV with a header; returns how many rows were written."""
    return write_rows((event_row(ev) for ev in events), CSV_COLUMNS, fh)


def events_table(events: Iterable[Event], sentence_width: int = 90) -> Table:
    """The human view: date, actor → recipient, type/mode, modality, place, sentence."""
    events = list(events)
    table = Table(show_lines=False, header_style="bold", expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("actor → recipient")
    table.add_column("type/mode", no_wrap=True)
    show_modality = any(ev.modality != "asserted" for ev in events)
    if show_modality:
        table.add_column("modality", no_wrap=True)
    table.add_column("place")
    table.add_column("sentence", overflow="fold")
    for ev in events:
        who = ", ".join(actor_label(a) for a in ev.actor) or "?"
        whom = ", ".join(actor_label(a) for a in ev.recipient)
        arrow = " ↔ " if ev.symmetric else " → "
        row = [
            ev.date or "?" if not ev.date_end else f"{ev.date}…{ev.date_end}",
            who + (arrow + whom if whom else ""),
            ev.type + (f"/{ev.mode}" if ev.mode else ""),
        ]
        if show_modality:
            row.append("" if ev.modality == "asserted" else ev.modality)
        loc = ev.location
        row.append(f"{loc.name} ({loc.country})" if loc and loc.country else (loc.name if loc else ""))
        row.append(shorten(ev.evidence[0].text, sentence_width) if ev.evidence else "")
        table.add_row(*(Text(cell) for cell in row))  # Text: brackets in names are not markup
    return table


def print_table(events: Iterable[Event], console: Console | None = None) -> None:
    """Print the events table; a wide fixed width when stdout is not a terminal, so pipes stay readable."""
    if console is None:
        console = Console(soft_wrap=False)
        if not console.is_terminal:
            console = Console(width=200)
    console.print(events_table(events))
