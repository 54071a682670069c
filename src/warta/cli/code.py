"""``warta code``: articles in, event JSON lines out; no database involved."""

from __future__ import annotations

from datetime import date

import click

from warta.cli.common import code, iter_inputs, ner_option, parse_option, published_option, say, timeout_option
from warta.evaluate import DEFAULT_MIN_CONFIDENCE
from warta.render import print_table
from warta.types import Event, InputError


@click.command("code")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@published_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"], case_sensitive=False), default="jsonl",
              show_default=True, help="JSON lines (one event per line) or a table for reading.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Leave out events the coder is less sure of than this (0 shows everything).")
@timeout_option
@ner_option
@parse_option
def code_command(inputs: tuple[str, ...], published: date | None, fmt: str, min_confidence: float,
                 fetch_timeout: float, ner: bool, parse: bool) -> None:
    """Code articles into PLOVER events and print them.

    Each input is a text, HTML, RSS/Atom or JSONL file, a directory of them, an
    http(s) URL, or - for stdin. Events go to stdout as JSON lines; each input that
    cannot be read or coded is reported as one line on stderr and the rest go on.
    Exits 1 only when every input failed.
    """
    coded = failed = 0
    table_rows: list[Event] = []
    for item in iter_inputs(inputs, published, fetch_timeout):
        try:
            if isinstance(item, InputError):
                raise item
            events = [ev for ev in code(item, ner, parse) if ev.confidence >= min_confidence]
        except InputError as e:
            say(str(e))
            failed += 1
            continue
        coded += 1
        if fmt.lower() == "table":
            table_rows.extend(events)
        else:
            for ev in events:
                click.echo(ev.to_json())
    if fmt.lower() == "table" and coded:
        print_table(table_rows)
    if failed:
        say(f"coded {coded} articles, {failed} failed")
    if failed and not coded:
        click.get_current_context().exit(1)
