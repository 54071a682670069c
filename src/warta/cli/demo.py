"""``warta demo``: the bundled sample articles, coded, stored and shown, in one command."""

from __future__ import annotations

from importlib import resources

import click

from warta.cli.common import say
from warta.cli.ingest import ingest_articles
from warta.render import print_table
from warta.sources import read_jsonl_lines
from warta.store import Store
from warta.types import Article, WartaError

SAMPLES = "data/samples.jsonl"


def samples_text() -> str:
    """The bundled samples file, read as a package resource (works from a wheel too)."""
    try:
        return resources.files("warta").joinpath(SAMPLES).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise WartaError(f"the bundled samples are missing (warta/{SAMPLES}: {e.__class__.__name__})") from None


def sample_articles() -> list[Article]:
    """Every sample article; a broken sample line is a packaging bug, so it is an error."""
    out: list[Article] = []
    for item in read_jsonl_lines(f"warta/{SAMPLES}", samples_text().split("\n"), None, None):
        if not isinstance(item, Article):
            raise WartaError(f"bad bundled sample: {item}")
        out.append(item)
    if not out:
        raise WartaError(f"warta/{SAMPLES} holds no articles")
    return out


@click.command("demo")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default="warta-demo.duckdb", show_default=True,
              help="Where to store the demo database.")
def demo_command(db_path: str) -> None:
    """Code the bundled sample articles, store them, and show the events.

    Running it again is harmless: samples already in the database are skipped.
    """
    articles = sample_articles()
    with Store(db_path) as store:
        tally = ingest_articles(store, articles, say)
        events = [ev for art in articles for ev in store.query_events(article=_stored_id(store, art))]
        n_articles, n_events = store.count_articles(), store.count_events()
    if events:
        print_table(events)
    else:
        click.echo("(the coder found no events in the samples)")
    click.echo(
        f"{tally.new} new sample articles coded ({tally.known} already stored); {db_path} now holds "
        f"{n_articles} articles and {n_events} events. Try: warta events --db {db_path} --type ACCUSE"
    )


def _stored_id(store: Store, article: Article) -> str | None:
    row = store.con.execute("SELECT id FROM articles WHERE content_hash = ?", [article.content_hash]).fetchone()
    return row[0] if row else None
