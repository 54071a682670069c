"""``warta events``: filter the stored events (or aggregates) and show them as a table, JSON lines or CSV.

``warta aggregate --rebuild`` recomputes the aggregates (and near-duplicate clusters)
from the stored articles and events.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date
from typing import IO

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from warta.aggregate import Aggregate
from warta.cli.common import DATE, db_option
from warta.render import actor_code_string, actor_label, print_table, shorten, write_csv, write_rows
from warta.store import Store, normalise_type, query_parquet_events
from warta.types import PLOVER_TYPES, WartaError

AGGREGATE_CSV_COLUMNS: tuple[str, ...] = (
    "id", "date", "date_end", "type", "mode", "cameo", "quad_class", "actor", "recipient", "symmetric",
    "location", "location_country", "modality", "first_seen", "num_mentions", "num_articles", "num_sources",
    "sources", "confidence", "canonical_event", "evidence",
)


def _check_type(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return normalise_type(value)
    except WartaError as e:
        raise click.BadParameter(str(e)) from None


@click.command("events")
@db_option
@click.option("--actor", help="Actor name or text contains this (case-insensitive).")
@click.option("--country", help="Actor or recipient country code, e.g. IDN, USA, UNO.")
@click.option("--type", "type_", metavar="TYPE", callback=_check_type,
              help="PLOVER event type, any case: " + ", ".join(PLOVER_TYPES) + ".")
@click.option("--since", type=DATE, help="Events on or after this date.")
@click.option("--until", type=DATE, help="Events on or before this date.")
@click.option("--article", help="Only events of this article id.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"], case_sensitive=False),
              default="table", show_default=True, help="How to print the events.")
@click.option("--aggregate", "aggregated", is_flag=True,
              help="Show aggregate events (one per happening, merged across reports) instead of per-article events.")
@click.option("--parquet", "parquet_dir", type=click.Path(file_okay=False, exists=True), default=None,
              help="Read the Parquet folder a `warta ingest --dask ... --out DIR` run wrote, instead of --db.")
def events_command(db_path: str, actor: str | None, country: str | None, type_: str | None, since: date | None,
                   until: date | None, article: str | None, limit: int | None, fmt: str, aggregated: bool,
                   parquet_dir: str | None) -> None:
    """Show stored events matching all the given filters, oldest first.

    An event without a resolved date is filtered by its article's publication date.
    With --aggregate, each row is one happening with its number of mentions, articles
    and independent sources; --actor, --country and --article then match any of its reports.
    """
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since/--until")
    if parquet_dir is not None:
        if aggregated:
            raise click.BadParameter("aggregates live in the database, not in Parquet output", param_hint="--aggregate")
        events = query_parquet_events(parquet_dir, actor=actor, country=country, type=type_, since=since,
                                      until=until, article=article, limit=limit)
        show_events(events, fmt.lower())
        return
    if aggregated:
        with Store(db_path, create=False) as store:
            aggregates = store.query_aggregates(actor=actor, country=country, type=type_, since=since, until=until,
                                                article=article, limit=limit)
        show_aggregates(aggregates, fmt.lower())
        return
    with Store(db_path, create=False) as store:
        events = store.query_events(actor=actor, country=country, type=type_, since=since, until=until,
                                    article=article, limit=limit)
    show_events(events, fmt.lower())


def show_events(events: list, fmt: str) -> None:
    if fmt == "jsonl":
        for ev in events:
            click.echo(ev.to_json())
    elif fmt == "csv":
        write_csv(events, sys.stdout)
    elif not events:
        click.echo("warta: no events match", err=True)
    else:
        print_table(events)


def aggregate_row(a: Aggregate) -> dict[str, str]:
    ev, loc = a.event, a.event.location
    return {
        "id": a.id, "date": ev.date or "", "date_end": ev.date_end or "", "type": ev.type, "mode": ev.mode or "",
        "cameo": ev.cameo, "quad_class": ev.quad_class, "actor": actor_code_string(ev.actor),
        "recipient": actor_code_string(ev.recipient), "symmetric": str(ev.symmetric).lower(),
        "location": loc.name if loc else "", "location_country": (loc.country or "") if loc else "",
        "modality": ev.modality, "first_seen": a.first_seen.isoformat() if a.first_seen else "",
        "num_mentions": str(a.num_mentions), "num_articles": str(a.num_articles), "num_sources": str(a.num_sources),
        "sources": "; ".join(a.sources), "confidence": f"{a.confidence:.3f}", "canonical_event": a.canonical_event,
        "evidence": " ".join(ev.evidence[0].text.split()) if ev.evidence else "",
    }


def write_aggregates_csv(aggregates: Iterable[Aggregate], fh: IO[str]) -> int:
    return write_rows((aggregate_row(a) for a in aggregates), AGGREGATE_CSV_COLUMNS, fh)


def aggregates_table(aggregates: Iterable[Aggregate]) -> Table:
    table = Table(header_style="bold")
    for name, kw in (("date", {"no_wrap": True}), ("actor → recipient", {}), ("type/mode", {"no_wrap": True}),
                     ("place", {}), ("ment/art/src", {"no_wrap": True, "justify": "right"}),
                     ("conf", {"no_wrap": True}), ("first seen", {"no_wrap": True}),
                     ("sentence", {"overflow": "fold"})):
        table.add_column(name, **kw)
    for a in aggregates:
        ev = a.event
        who = ", ".join(actor_label(x) for x in ev.actor) or "?"
        whom = ", ".join(actor_label(x) for x in ev.recipient)
        loc = ev.location
        kind = ev.type + (f"/{ev.mode}" if ev.mode else "") + ("" if ev.modality == "asserted" else f" ({ev.modality})")
        table.add_row(*(Text(c) for c in (
            (ev.date or "?") if not ev.date_end else f"{ev.date}…{ev.date_end}",
            who + ((" ↔ " if ev.symmetric else " → ") + whom if whom else ""), kind,
            f"{loc.name} ({loc.country})" if loc and loc.country else (loc.name if loc else ""),
            f"{a.num_mentions}/{a.num_articles}/{a.num_sources}", f"{a.confidence:.2f}",
            a.first_seen.isoformat() if a.first_seen else "",
            shorten(ev.evidence[0].text, 70) if ev.evidence else "",
        )))
    return table


def show_aggregates(aggregates: list[Aggregate], fmt: str) -> None:
    if fmt == "jsonl":
        for a in aggregates:
            click.echo(json.dumps(a.to_dict(), ensure_ascii=False))
    elif fmt == "csv":
        write_aggregates_csv(aggregates, sys.stdout)
    elif not aggregates:
        click.echo("warta: no aggregate events match", err=True)
    else:
        console = Console(soft_wrap=False)
        if not console.is_terminal:
            console = Console(width=200)
        console.print(aggregates_table(aggregates))


@click.command("aggregate")
@db_option
@click.option("--rebuild", is_flag=True, required=True,
              help="Recompute near-duplicate clusters and aggregates from the stored articles and events.")
def aggregate_command(db_path: str, rebuild: bool) -> None:
    """Recompute the aggregate events from scratch.

    Ingestion keeps them up to date one article at a time; rebuilding gives the same
    result, and is what to run after changing the grouping rules.
    """
    with Store(db_path, create=False) as store:
        clusters, n = store.rebuild(resign=True)
        n_events = store.count_events()
    click.echo(f"rebuilt {n} aggregate events from {n_events} events; {clusters} near-duplicate clusters", err=True)
