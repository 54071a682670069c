"""``warta export``: every stored event to a jsonl, csv or parquet file."""

from __future__ import annotations

from pathlib import Path

import click

from warta.cli.common import db_option
from warta.store import EXPORT_FORMATS, Store


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS, case_sensitive=False), default=None,
              help="Output format [default: from OUT's extension].")
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
def export_command(db_path: str, fmt: str | None, out: str) -> None:
    """Write all stored events to OUT as JSON lines, CSV or Parquet.

    CSV and Parquet have one row per event with actors as "USA/GOV Antony Blinken; ..."
    strings; JSON lines keep the full `warta code` event format.
    """
    if fmt is None:
        suffix = Path(out).suffix.lower().lstrip(".")
        if suffix not in EXPORT_FORMATS:
            raise click.BadParameter(f"cannot tell the format from {out!r}; give --format jsonl|csv|parquet",
                                     param_hint="--format")
        fmt = suffix
    with Store(db_path, create=False) as store:
        n = store.export(fmt.lower(), out)
    click.echo(f"exported {n} events to {out} ({fmt.lower()})", err=True)
