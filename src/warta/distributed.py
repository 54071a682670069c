"""The same pipeline on a Dask cluster, writing partitioned Parquet instead of DuckDB.

    from warta.distributed import ingest_dask
    ingest_dask(["news/"], "out/", scheduler="tcp://scheduler:8786")

The client (this process) reads the inputs as a stream, drops texts it has already
seen in this run (the same content hash as ``Store``), and sends partitions of
``partition_size`` articles to the workers, at most ``window`` at a time, so memory
stays flat. Each worker codes its partition with :func:`warta.parallel.code_one` (the
very function ``warta ingest`` uses) and returns Arrow tables; the client writes them
as ``OUT/{articles,events,event_actors,evidence}/part-NNNNN.parquet``. Nothing has to
be shared between the machines but the scheduler address: workers need warta
installed, not access to the inputs or to ``OUT``.

A partition's files are written only when all of it is coded (``.tmp`` then rename),
and a re-run skips partitions whose files exist, so an interrupted run resumes.
DuckDB reads the result directly: ``SELECT * FROM 'OUT/events/*.parquet'``.

Event ids are the coder's ids (``ARTICLE-N``). ``warta ingest`` into DuckDB renames an
article whose id is taken by a *different* text (``ID#HASH8``); here ids are kept as
given, so give distinct texts distinct ids. Near-duplicate clusters and aggregates
are not computed on the cluster (they need every stored article): :func:`load_parquet`
(``warta ingest --from-parquet OUT --db FILE``) stores the coded output in a database
without coding again, with clusters and aggregates, and gives the very database
``warta ingest`` of the same inputs gives.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from warta.types import Article, Event, InputError, WartaError

if TYPE_CHECKING:
    from warta.store import Store

TABLES = ("articles", "events", "event_actors", "evidence")
PARTITION = 200
"""Articles per partition (one task, one Parquet file per table)."""


@dataclass
class DaskTally:
    new: int = 0
    known: int = 0
    events: int = 0
    failed: int = 0
    partitions: int = 0
    skipped_partitions: int = 0

    def summary(self) -> str:
        return (f"coded {self.new} articles ({self.known} repeated), {self.events} events, {self.failed} failed,"
                f" {self.partitions} partitions written ({self.skipped_partitions} already there)")


def _rows(article: Article, events: list[Event]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["articles"].append({"id": article.id, "content_hash": article.content_hash, "url": article.url,
                            "outlet": article.outlet, "title": article.title, "published": article.published,
                            "lang": article.lang, "text": article.text})
    for pos, ev in enumerate(events):
        loc = ev.location
        out["events"].append({
            "id": ev.id, "article_id": article.id, "position": pos, "type": ev.type, "mode": ev.mode,
            "cameo": ev.cameo, "quad_class": ev.quad_class, "date": ev.date, "date_end": ev.date_end,
            "date_precision": ev.date_precision, "loc_name": loc.name if loc else None,
            "loc_country": loc.country if loc else None, "loc_lat": loc.lat if loc else None,
            "loc_lon": loc.lon if loc else None, "modality": ev.modality, "attribution": ev.attribution,
            "confidence": float(ev.confidence), "trigger": ev.trigger, "symmetric": bool(ev.symmetric),
            "json": ev.to_json()})
        for role, actors in (("actor", ev.actor), ("recipient", ev.recipient)):
            for i, a in enumerate(actors):
                out["event_actors"].append({"event_id": ev.id, "role": role, "position": i, "text": a.text,
                                            "name": a.name, "country": a.country, "sector": a.sector,
                                            "kb_id": a.kb_id})
        for i, e in enumerate(ev.evidence):
            out["evidence"].append({"event_id": ev.id, "position": i, "text": e.text, "start": e.start,
                                    "end": e.end})
    return out


_SCHEMAS = {
    "articles": pa.schema([("id", pa.string()), ("content_hash", pa.string()), ("url", pa.string()),
                           ("outlet", pa.string()), ("title", pa.string()), ("published", pa.date32()),
                           ("lang", pa.string()), ("text", pa.string())]),
    "events": pa.schema([("id", pa.string()), ("article_id", pa.string()), ("position", pa.int32()),
                         ("type", pa.string()), ("mode", pa.string()), ("cameo", pa.string()),
                         ("quad_class", pa.string()), ("date", pa.string()), ("date_end", pa.string()),
                         ("date_precision", pa.string()), ("loc_name", pa.string()), ("loc_country", pa.string()),
                         ("loc_lat", pa.float64()), ("loc_lon", pa.float64()), ("modality", pa.string()),
                         ("attribution", pa.string()), ("confidence", pa.float64()), ("trigger", pa.string()),
                         ("symmetric", pa.bool_()), ("json", pa.string())]),
    "event_actors": pa.schema([("event_id", pa.string()), ("role", pa.string()), ("position", pa.int32()),
                               ("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
                               ("sector", pa.string()), ("kb_id", pa.string())]),
    "evidence": pa.schema([("event_id", pa.string()), ("position", pa.int32()), ("text", pa.string()),
                           ("start", pa.int32()), ("end", pa.int32())]),
}


def code_partition(articles: list[Article]) -> tuple[dict[str, pa.Table], list[str], int]:
    """Code a partition (runs on a worker): its tables, the error messages, the new-article count."""
    from warta.parallel import code_one

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    errors: list[str] = []
    n = 0
    for article in articles:
        result = code_one(article)
        if isinstance(result, InputError):
            errors.append(str(result))
            continue
        n += 1
        for t, r in _rows(article, result).items():
            rows[t] += r
    tables = {t: pa.Table.from_pylist(rows[t], schema=_SCHEMAS[t]) for t in TABLES}
    return tables, errors, n


def _part_paths(out: Path, index: int) -> dict[str, Path]:
    return {t: out / t / f"part-{index:05d}.parquet" for t in TABLES}


def _write(out: Path, index: int, tables: dict[str, pa.Table]) -> None:
    for t, path in _part_paths(out, index).items():
        tmp = path.with_suffix(".parquet.tmp")
        pq.write_table(tables[t], tmp)
        os.replace(tmp, path)


def _partitions(items: Iterable[Article | InputError], size: int, tally: DaskTally,
                report: Callable[[str], None]) -> Iterator[list[Article]]:
    seen: set[str] = set()
    part: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            report(str(item))
            tally.failed += 1
            continue
        if item.content_hash in seen:
            tally.known += 1
            continue
        seen.add(item.content_hash)
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def ingest_dask(items: Iterable[Article | InputError], out: str | Path, scheduler: Any = None, *,
                partition_size: int = PARTITION, window: int | None = None,
                report: Callable[[str], None] = lambda m: None) -> DaskTally:
    """Code ``items`` (from :func:`warta.sources.read_articles`) on a Dask cluster into Parquet under ``out``.

    ``scheduler`` is an address (``tcp://host:8786``), a ``distributed.Client``, or None for
    a local cluster. Partitions are numbered in input order, so a re-run over the same
    inputs skips those already written.
    """
    try:
        from distributed import Client, wait
    except ImportError:
        raise WartaError("Dask is not installed: pip install 'warta[dask]'") from None
    out = Path(out)
    for t in TABLES:
        (out / t).mkdir(parents=True, exist_ok=True)
    own = not isinstance(scheduler, Client)
    client = Client(scheduler) if own else scheduler
    tally = DaskTally()
    try:
        window = window or max(2, 2 * sum(client.nthreads().values()))
        pending: dict[Any, int] = {}

        def collect(limit: int) -> None:
            while len(pending) > limit:
                done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
                for fut in done:
                    index = pending.pop(fut)
                    tables, errors, n = fut.result()
                    for e in errors:
                        report(e)
                    _write(out, index, tables)
                    tally.new += n
                    tally.failed += len(errors)
                    tally.events += tables["events"].num_rows
                    tally.partitions += 1

        for index, part in enumerate(_partitions(items, partition_size, tally, report)):
            if all(p.exists() for p in _part_paths(out, index).values()):
                tally.skipped_partitions += 1
                continue
            pending[client.submit(code_partition, part, pure=False)] = index
            collect(window - 1)
        collect(0)
    finally:
        if own:
            client.close()
    return tally


def parquet_articles(out: str | Path) -> Iterator[tuple[Article, list[Event]]]:
    """The coded articles of a Dask run, in input order, one partition in memory at a time."""
    root = Path(out)
    parts = sorted((root / "articles").glob("part-*.parquet"))
    if not parts:
        raise WartaError(f"{root}: no Parquet output of warta here (no articles/part-*.parquet)")
    for path in parts:
        arts = pq.read_table(path).to_pylist()
        events: dict[str, list[tuple[int, Event]]] = {}
        ev_path = root / "events" / path.name
        if ev_path.exists():
            for row in pq.read_table(ev_path, columns=["article_id", "position", "json"]).to_pylist():
                events.setdefault(row["article_id"], []).append(
                    (row["position"], Event.from_dict(json.loads(row["json"]))))
        for a in arts:
            article = Article(id=a["id"], text=a["text"], published=a["published"], lang=a["lang"] or "id",
                              title=a["title"], url=a["url"], outlet=a["outlet"])
            yield article, [e for _, e in sorted(events.get(a["id"], []), key=lambda pe: pe[0])]


def load_parquet(store: Store, out: str | Path, *, batch: int = 500) -> tuple[int, int]:
    """Store the output of a Dask run in a database (no coding again): near-duplicate clusters and
    aggregates are computed as ``warta ingest`` does. Returns (new articles, already stored)."""
    new = known = 0
    pending: list[tuple[Article, list[Event]]] = []

    def flush() -> None:
        nonlocal new, known
        for res in store.add_many(pending):
            if res is None:
                known += 1
            else:
                new += 1
        pending.clear()

    for item in parquet_articles(out):
        pending.append(item)
        if len(pending) >= batch:
            flush()
    flush()
    return new, known
