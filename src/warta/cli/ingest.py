"""``warta ingest``: read, code and store articles, skipping any already stored."""

from __future__ import annotations

import ctypes
import gc
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import click
import duckdb
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from warta.cli.common import db_option, iter_inputs, published_option, timeout_option
from warta.parallel import AUTO_THRESHOLD, CHUNK, code_prepared, code_stream, cpu_count, peek
from warta.store import Prepared, Store
from warta.types import Article, Event, InputError


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


BATCH = 500
"""Articles stored per transaction: big enough to amortise the bookkeeping queries, small enough
that an interrupted batch costs little to redo."""
FLUSH_SECONDS = 5.0
"""A batch is also written when it has waited this long (a slow feed still shows progress)."""
MEMORY_LIMIT = "384MB"
"""DuckDB's buffers during an ingest, so that memory stays flat however large the database grows.
Each batch joins its articles against the near-duplicate bands and aggregate members already
stored, so the limit must hold those: at 128MB the blocks were evicted and read back for every
batch and a 100,000-article ingest became several times slower; at 512MB that ingest peaked at
1.57 GB for all processes together."""
DUCKDB_THREADS = 1
"""DuckDB's threads during an ingest: the cores are busy coding, and every extra thread keeps
its own buffers and malloc arena."""
LOOKAHEAD = 256
"""Articles read ahead to ask the database in one query which of them are already stored."""
GC_THRESHOLD = 50_000
"""Allocations between collections of Python's youngest generation while ingesting (default 700).
The storing process keeps many long-lived objects (the mentions it caches between batches), and
at the default every few collections walked all of them: a fifth of the time of storing a batch
into a database of 20,000 articles. Cycles are still collected, only less often."""


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    if sys.platform != "linux":
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def _malloc(call: str, *args: int) -> None:
    """A glibc allocator call (Linux only; elsewhere, or on another libc, nothing happens)."""
    fn = getattr(_libc(), call, None)
    if fn is not None:
        fn(*args)


def fewer_malloc_arenas() -> None:
    """Cap glibc's heap arenas at two: by default every thread (DuckDB's included) gets its own, and
    memory freed in one is never reused by another, so a long ingest's footprint creeps up."""
    _malloc("mallopt", -8, 2)  # M_ARENA_MAX


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with ``GC_THRESHOLD`` as the youngest generation's threshold, then restore it."""
    old = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def ingest_articles(store: Store, items, report, workers: int = 1, tally: Tally | None = None,
                    batch: int = BATCH) -> Tally:
    """Code and store each article; errors go to ``report`` and the batch goes on.

    Articles already stored (same text) are not even coded. Coded articles are stored
    ``batch`` at a time, in input order, each batch in one transaction (see
    ``Store.add_many``): the result does not depend on the batch size. When a batch
    fails, its articles are stored one by one, so a failure while storing costs only
    that article (rolled back entirely, counted as failed). A new article that is a
    near-duplicate of a stored one is stored (its events are reports too) and
    reported, and joins that article's cluster.

    ``workers`` > 1 codes in that many processes (see :mod:`warta.parallel`); storing
    stays here, so the result is the same as with one worker. ``tally`` is updated as
    it goes (for a progress bar, or to know how far an interrupted run got). An
    interrupt (KeyboardInterrupt) rolls back the batch being written and propagates:
    everything counted in ``tally.new`` is stored, and a re-run stores the rest.
    """
    tally = tally if tally is not None else Tally()
    known: set[str] = set()

    def looked_up():
        block: list = []

        def emit():
            known.clear()
            known.update(store.known_hashes(i.content_hash for i in block if isinstance(i, Article)))
            yield from block

        for item in items:
            block.append(item)
            if len(block) >= LOOKAHEAD:
                yield from emit()
                block = []
        yield from emit()

    def needs_coding(item: Article | InputError) -> bool:
        return isinstance(item, Article) and item.content_hash not in known

    pending: list[tuple[Article, list[Event], Prepared | None]] = []
    last = time.monotonic()

    def flush() -> None:
        nonlocal last
        if not pending:
            return
        try:
            results = store.add_many([(a, e) for a, e, _ in pending], [p for _, _, p in pending])
        except Exception:  # the batch was rolled back: find the culprit, store the rest
            results = []
            for article, events, prep in pending:
                try:
                    results.extend(store.add_many([(article, events)], [prep]))
                except Exception as e:  # rolled back: nothing of this article remains
                    report(f"{article.id}: could not store ({type(e).__name__}: {e})")
                    tally.failed += 1
                    results.append(False)
        _malloc("malloc_trim", 0)  # hand the batch's freed memory back to the system
        for (_, events, _), res in zip(pending, results, strict=True):
            if res is False:
                continue
            if res is None:
                tally.known += 1
                continue
            tally.new += 1
            tally.events += len(events)
            if res.duplicates:
                tally.duplicates += 1
                other, sim = max(res.duplicates, key=lambda d: (d[1], d[0]))
                report(f"{res.article_id}: near-duplicate of {other} (similarity {sim:.2f}); cluster {res.cluster}")
        pending.clear()
        last = time.monotonic()

    # enough chunks in flight that the workers keep coding while a batch is written
    window = 2 * workers + batch // CHUNK
    with fewer_collections():
        for item, result in code_stream(looked_up(), workers, code=code_prepared, needs=needs_coding,
                                        window=window):
            if isinstance(item, InputError):
                report(str(item))
                tally.failed += 1
                continue
            if result is None:
                tally.known += 1
                continue
            events, prep = result
            if isinstance(events, InputError):
                report(str(events))
                tally.failed += 1
                continue
            pending.append((item, events, prep))
            if len(pending) >= batch or time.monotonic() - last > FLUSH_SECONDS:
                flush()
        flush()
    return tally


@click.command("ingest")
@click.argument("inputs", nargs=-1, metavar="PATH|URL|-...")
@db_option
@published_option
@timeout_option
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Processes that code articles  [default: every core; small inputs are coded in-process].")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Code on a Dask cluster (tcp://scheduler:8786, or 'local') and write Parquet to --out.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="With --dask: the folder for the partitioned Parquet (articles, events, event_actors, evidence).")
@click.option("--from-parquet", "from_parquet", type=click.Path(file_okay=False, exists=True), default=None,
              help="Store the Parquet output of a --dask run in --db (no coding again), with clusters and aggregates.")
def ingest_command(inputs: tuple[str, ...], db_path: str, published: date | None, fetch_timeout: float,
                   workers: int | None, dask_address: str | None, out_dir: str | None,
                   from_parquet: str | None) -> None:
    """Code articles and store them with their events in a DuckDB file.

    Inputs are as for `warta code`. An article whose text is already in the database
    is skipped, so re-running an ingest over the same folder or feed is harmless.
    Near-duplicates of stored articles (syndicated copies) are reported and clustered
    (see `warta articles --duplicates`), and every event is merged into the aggregate
    events (see `warta events --aggregate`). Exits 1 only when every input failed.

    Coding runs on every core (--workers); articles are stored in input order, in
    batches of 500, each in one transaction. Ctrl-C stops at once (a batch being
    written is rolled back, never half-stored): run the same command again to
    resume where it stopped; nothing is lost or stored twice.

    With --dask the articles are coded on a Dask cluster and written as Parquet under
    --out (no database; see the README, "Scale-out on Dask"); --from-parquet OUT then
    stores that output in --db, clustered and aggregated, without coding again.
    """
    if (dask_address is None) != (out_dir is None):
        raise click.UsageError("--dask and --out go together")
    if from_parquet is not None:
        if inputs or dask_address:
            raise click.UsageError("--from-parquet takes no inputs and no --dask")
        from warta.distributed import load_parquet

        fewer_malloc_arenas()
        with Store(db_path, memory_limit=MEMORY_LIMIT, threads=DUCKDB_THREADS) as store:
            new, known = load_parquet(store, from_parquet)
        click.echo(f"stored {new} new articles ({known} already stored) from {from_parquet}", err=True)
        return
    if not inputs:
        raise click.UsageError("Missing argument 'PATH|URL|-...'.")
    if dask_address is not None:
        from warta.distributed import ingest_dask

        def say_line(message: str) -> None:
            click.echo(f"warta: {message}", err=True)

        scheduler = None if dask_address == "local" else dask_address
        dt = ingest_dask(iter_inputs(inputs, published, fetch_timeout), out_dir, scheduler, report=say_line)
        click.echo(dt.summary(), err=True)
        if dt.failed and not (dt.new or dt.known or dt.skipped_partitions):
            click.get_current_context().exit(1)
        return
    console = Console(stderr=True)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.fields[rate]}"), console=console, transient=True,
                        disable=not console.is_terminal)

    def report(message: str) -> None:
        # through the progress console so the live bar is redrawn below the message
        console.print(f"warta: {message}", markup=False, highlight=False, soft_wrap=True)

    tally = Tally()
    fewer_malloc_arenas()
    with Store(db_path, memory_limit=MEMORY_LIMIT, threads=DUCKDB_THREADS) as store, progress:
        task = progress.add_task("ingesting", total=None, rate="")
        start = time.monotonic()

        def counted():
            for item in iter_inputs(inputs, published, fetch_timeout):
                yield item
                done = tally.new + tally.known + tally.failed
                rate = done / max(time.monotonic() - start, 1e-9)
                progress.update(task, completed=done,
                                rate=f"{rate:.1f} articles/s, {tally.failed} errors" if done else "")

        items = counted()
        n = workers
        if n is None:  # every core, unless the input is too short to be worth the start-up
            _, items, more = peek(items, AUTO_THRESHOLD)
            n = cpu_count() if more else 1
        try:
            ingest_articles(store, items, report, workers=n, tally=tally)
        except (KeyboardInterrupt, duckdb.InterruptException):
            progress.stop()
            click.echo(f"warta: interrupted; {tally.summary()} so far. Run the same command again to resume.",
                       err=True)
            click.get_current_context().exit(130)
    click.echo(tally.summary(), err=True)
    if tally.failed and not (tally.new or tally.known):
        click.get_current_context().exit(1)
