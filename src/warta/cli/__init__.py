"""The ``warta`` command line: code, ingest, events, articles, aggregate, export, demo.

One module per command (as Datasette does), registered on one click group. The
group turns any WartaError into a single ``warta: ...`` line on stderr and exit 1,
so users never see a Python traceback for something they can fix.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from warta.types import WartaError


class WartaGroup(click.Group):
    """A click group that reports WartaError as one line and exits 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WartaError as e:
            click.echo(f"warta: {e}", err=True)
            ctx.exit(1)
        except BrokenPipeError:
            # `warta events | head`: the reader left; that is not an error
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=WartaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="warta", prog_name="warta")
def main() -> None:
    """Political events from Indonesian news, PLOVER-coded, stored in DuckDB.

    \b
    Try:  warta demo
          warta code article.txt --published 2024-08-21
          warta ingest news/ feed.xml --db warta.duckdb
          warta events --db warta.duckdb --type ACCUSE --country IDN
          warta events --db warta.duckdb --aggregate
          warta export --db warta.duckdb --format gdelt out/warta
    """
    from warta.cli.common import debug

    if debug():  # WARTA_DEBUG=1: tracebacks, and why expressions were not read (e.g. a malformed date)
        import logging

        logging.basicConfig(level=logging.DEBUG, format="warta: %(name)s: %(message)s")


def _register() -> None:
    from warta.cli.actors import actors_command
    from warta.cli.articles import articles_command
    from warta.cli.code import code_command
    from warta.cli.demo import demo_command
    from warta.cli.evaluate import eval_command
    from warta.cli.events import aggregate_command, events_command
    from warta.cli.explain import explain_command
    from warta.cli.export import export_command
    from warta.cli.ingest import ingest_command
    from warta.cli.serve import serve_command

    for cmd in (code_command, ingest_command, events_command, articles_command, aggregate_command, export_command,
                demo_command, eval_command, explain_command, serve_command, actors_command):
        main.add_command(cmd)


_register()
