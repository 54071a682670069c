"""``warta events``: filter the stored events and show them as a table, JSON lines or CSV."""

from __future__ import annotations

import sys
from datetime import date

import click

from warta.cli.common import DATE, db_option
from warta.render import print_table, write_csv
from warta.store import Store, normalise_type
from warta.types import PLOVER_TYPES, WartaError


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
def events_command(db_path: str, actor: str | None, country: str | None, type_: str | None, since: date | None,
                   until: date | None, article: str | None, limit: int | None, fmt: str) -> None:
    """Show stored events matching all the given filters, oldest first.

    An event without a resolved date is filtered by its article's publication date.
    """
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since/--until")
    with Store(db_path, create=False) as store:
        events = store.query_events(actor=actor, country=country, type=type_, since=since, until=until,
                                    article=article, limit=limit)
    fmt = fmt.lower()
    if fmt == "jsonl":
        for ev in events:
            click.echo(ev.to_json())
    elif fmt == "csv":
        write_csv(events, sys.stdout)
    elif not events:
        click.echo("warta: no events match", err=True)
    else:
        print_table(events)


