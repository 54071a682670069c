"""``warta ingest``: read, code and store articles, skipping any already stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from warta.cli.common import code, db_option, iter_inputs, published_option, timeout_option
from warta.store import Store
from warta.types import Article, InputError


@dataclass
class Tally:
    """What an ingest did, for the summary line."""

    new: int = 0
    known: int = 0
    events: int = 0
    failed: int = 0
    duplicates: int = 0
    """New articles that are near-duplicates (syndicated copies) of stored ones."""

    def summary(self) -> str:
        return (f"ingested {self.new} new articles ({self.known} already stored), "
                f"{self.events} events, {self.failed} failed")


def ingest_articles(store: Store, items, report) -> Tally:
    """Code and store each article; errors go to ``report`` and the batch goes on.

    Articles already stored (same text) are not even coded. A failure while storing
    rolls that article back entirely (see ``Store.add``) and counts as failed. A new
    article that is a near-duplicate of a stored one is stored (its events are reports
    too) and reported, and joins that article's cluster.
    """
    tally = Tally()
    for item in items:
        if isinstance(item, InputError):
            report(str(item))
            tally.failed += 1
            continue
        article: Article = item
        if store.has_article(article.content_hash):
            tally.known += 1
            continue
        try:
            events = code(article)
        except InputError as e:
            report(str(e))
            tally.failed += 1
            continue
        try:
            added = store.add(article, events)
        except Exception as e:  # the store rolled back: nothing of this article remains
            report(f"{article.id}: could not store ({type(e).__name__}: {e})")
            tally.failed += 1
            continue
        if added:
            tally.new += 1
            tally.events += len(events)
            result = store.last_added
            if result is not None and result.duplicates:
                tally.duplicates += 1
                other, sim = max(result.duplicates, key=lambda d: (d[1], d[0]))
                report(f"{result.article_id}: near-duplicate of {other} (similarity {sim:.2f});"
                       f" cluster {result.cluster}")
        else:
            tally.known += 1
    return tally


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@db_option
@published_option
@timeout_option
def ingest_command(inputs: tuple[str, ...], db_path: str, published: date | None, fetch_timeout: float) -> None:
    """Code articles and store them with their events in a DuckDB file.

    Inputs are as for `warta code`. An article whose text is already in the database
    is skipped, so re-running an ingest over the same folder or feed is harmless.
    Near-duplicates of stored articles (syndicated copies) are reported and clustered
    (see `warta articles --duplicates`), and every event is merged into the aggregate
    events (see `warta events --aggregate`). Exits 1 only when every input failed.
    """
    console = Console(stderr=True)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal)

    def report(message: str) -> None:
        # through the progress console so the live bar is redrawn below the message
        console.print(f"warta: {message}", markup=False, highlight=False, soft_wrap=True)

    with Store(db_path) as store, progress:
        task = progress.add_task("ingesting", total=None)

        def counted():
            for item in iter_inputs(inputs, published, fetch_timeout):
                yield item
                progress.advance(task)

        tally = ingest_articles(store, counted(), report)
    click.echo(tally.summary(), err=True)
    if tally.failed and not (tally.new or tally.known):
        click.get_current_context().exit(1)
