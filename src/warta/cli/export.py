"""``warta export``: every stored event to a jsonl, csv or parquet file, or the aggregates as GDELT or PLOVER."""

from __future__ import annotations

from pathlib import Path

import click

from warta.cli.common import db_option
from warta.exports import export_gdelt, export_plover, gdelt_paths
from warta.store import EXPORT_FORMATS, Store

STANDARD_FORMATS: tuple[str, ...] = ("gdelt", "plover")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS + STANDARD_FORMATS, case_sensitive=False),
              default=None, help="Output format [default: from OUT's extension].")
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
def export_command(db_path: str, fmt: str | None, out: str) -> None:
    """Write all stored events to OUT as JSON lines, CSV or Parquet, or the aggregate events as GDELT or PLOVER.

    CSV and Parquet have one row per event with actors as "USA/GOV Antony Blinken; ..."
    strings; JSON lines keep the full `warta code` event format.

    \b
    --format gdelt   GDELT 2.0 tables, tab-separated, no header, the codebook's
                     column order: OUT.events.csv (61 columns, one row per asserted
                     aggregate event) and OUT.mentions.csv (16 columns, one row per
                     report of it). A .csv/.tsv suffix on OUT is dropped first.
    --format plover  PLOVER JSON lines, one per aggregate event, with the PLOVER
                     manual's field names.
    """
    if fmt is None:
        suffix = Path(out).suffix.lower().lstrip(".")
        if suffix not in EXPORT_FORMATS:
            raise click.BadParameter(f"cannot tell the format from {out!r}; give --format "
                                     + "|".join(EXPORT_FORMATS + STANDARD_FORMATS), param_hint="--format")
        fmt = suffix
    fmt = fmt.lower()
    with Store(db_path, create=False) as store:
        if fmt == "gdelt":
            n_events, n_mentions = export_gdelt(store, out)
            events_path, mentions_path = gdelt_paths(out)
            click.echo(f"exported {n_events} aggregate events to {events_path} and {n_mentions} mentions to "
                       f"{mentions_path} (gdelt)", err=True)
            return
        if fmt == "plover":
            n = export_plover(store, out)
            click.echo(f"exported {n} aggregate events to {out} (plover)", err=True)
            return
        n = store.export(fmt, out)
    click.echo(f"exported {n} events to {out} ({fmt})", err=True)
