"""Pieces every command shares: date options, one-line errors, calling the coder safely."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

import click

from warta.sources import read_articles
from warta.types import Article, Event, InputError, WartaError


class DateType(click.ParamType):
    """A YYYY-MM-DD option value; anything else is a click BadParameter (usage error, exit 2)."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateType()


def say(message: str) -> None:
    """One line on stderr, prefixed so it is clear which program is talking."""
    click.echo(f"warta: {message}", err=True)


def debug() -> bool:
    """WARTA_DEBUG=1 lets internal errors raise with a traceback (for developers)."""
    return os.environ.get("WARTA_DEBUG", "") not in ("", "0")


def load_coder() -> Any:
    """The coder entry point, imported late so tests can monkeypatch ``warta.pipeline``."""
    try:
        from warta import pipeline
    except ImportError as e:
        raise WartaError(f"the event coder is not available ({e})") from None
    return pipeline


ner_option = click.option(
    "--ner", is_flag=True,
    help="Also run the shipped named-entity recogniser on sentences with names no table knows "
         "(unknown people and bodies are not passed over for an actor further away; about 4x slower).")


parse_option = click.option(
    "--parse", is_flag=True,
    help="Ask the shipped dependency parser for a verb's subject where the word-order rules find none "
         "(only those sentences are parsed).")


def code(article: Article, ner: bool = False, parse: bool = False) -> list[Event]:
    """Code one article; any failure of the coder becomes an InputError naming the article.

    An unexpected exception is a bug in warta, but one bad article must not lose the
    rest of a batch, so it is reported like a bad input (set WARTA_DEBUG=1 to see it).
    """
    pipeline = load_coder()
    try:
        if ner or parse:
            return list(pipeline.code_article(article, ner=ner, parse=parse))
        return list(pipeline.code_article(article))
    except WartaError as e:
        raise InputError(article.id, str(e)) from None
    except Exception as e:
        if debug():
            raise
        raise InputError(article.id, f"coder failed ({type(e).__name__}: {e})") from None


def iter_inputs(inputs: tuple[str, ...], published: date | None, fetch_timeout: float
                ) -> Iterator[Article | InputError]:
    """Articles and errors from every input in order."""
    for spec in inputs:
        yield from read_articles(spec, published=published, fetch_timeout=fetch_timeout, warn=say)



published_option = click.option(
    "--published", type=DATE, default=None,
    help="Publication date for inputs that carry none (default: today, with a warning).",
)
timeout_option = click.option(
    "--timeout", "fetch_timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
    help="Seconds to wait for each URL.",
)
db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False), default="warta.duckdb", show_default=True,
    help="The DuckDB database file.",
)
