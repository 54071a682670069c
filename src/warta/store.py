"""The embedded event database: one DuckDB file holding articles and their coded events.

Design choices, and why:

* An article's identity is the SHA-256 of its normalised text (``Article.content_hash``),
  so re-ingesting the same feed or folder changes nothing, whatever the ids say.
* A *different* text arriving under an id that is already taken keeps its events but
  is stored as ``ID#HASH8`` (the first 8 hex digits of its content hash), with the
  events' ``article`` field and ids rewritten to match: ids stay unique, and the suffix
  is stable (the same text always gets the same id).
* Articles are written in batches (``add_many``; ``add`` is a batch of one), each batch in
  one transaction rolled back on any error (Ctrl-C included), so a crash or a bad event
  never leaves an article without its events, links or aggregates, or vice versa. Rows go
  in as bulk inserts from Arrow tables; the near-duplicate and aggregate bookkeeping is
  done in memory for the whole batch, with a handful of set-based queries, and gives the
  same result as adding the articles one at a time.
* The ``json`` column keeps the full event line: ``query_events`` rebuilds Events from
  it, while the flattened columns and the ``event_actors``/``evidence`` tables exist
  for filtering and for exports.
* Two levels of events: ``events`` holds what each report says; ``aggregates`` (with
  ``aggregate_members``) holds what happened, one row per group of compatible events
  across reports (see :mod:`warta.aggregate`). Near-duplicate articles (syndicated
  copies) are found with MinHash/LSH (see :mod:`warta.dedup`): ``articles.minhash``
  keeps the signature, ``article_bands`` the LSH buckets, ``article_links`` the
  near-duplicate pairs and ``articles.dup_cluster`` the cluster's canonical article.
  All of it is updated in the batch's own transaction, and ``rebuild`` recomputes it
  from the stored texts and events with the same result.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from warta import aggregate as agg
from warta import dedup
from warta.types import PLOVER_TYPES, Article, Event, WartaError, json_text

SCHEMA_VERSION = "2"
REBUILD_EVENTS = 50_000
"""Events grouped at a time when aggregates are rebuilt (whole calendar weeks, so a busy week may exceed it)."""
_WEEK_SQL = "CAST(date_trunc('week', coalesce(e.date, a.published)) AS DATE)"
"""The Monday of an event's calendar week (``aggregate.period``): its own date, else its report's day."""
_INDEX_IDS = 200
"""Up to this many ids are looked up in the primary key index; more, in one scan (``Store._by_id``)."""
RESIGN_CHUNK = 2_000
"""Articles re-signed at a time when a rebuild recomputes signatures (``Store.rebuild(resign=True)``)."""
MENTION_CACHE = 20_000
"""Stored mentions kept in memory from one batch to the next (about 3.5 kB each, some 70 MB in all):
the members of the aggregates a feed keeps adding to are then read and parsed once, not at every batch."""
EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    url VARCHAR, outlet VARCHAR, title VARCHAR,
    published DATE NOT NULL, lang VARCHAR, text VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    minhash BLOB, source VARCHAR, source_key VARCHAR, attributed_source VARCHAR, dup_cluster VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR, quad_class VARCHAR,
    date DATE, date_end DATE, date_precision VARCHAR,
    loc_text VARCHAR, loc_name VARCHAR, loc_country VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE,
    modality VARCHAR, attribution VARCHAR, confidence DOUBLE, "trigger" VARCHAR, "symmetric" BOOLEAN,
    json VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, position INTEGER NOT NULL,
    text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, kb_id VARCHAR
);
CREATE TABLE IF NOT EXISTS evidence (
    event_id VARCHAR NOT NULL, position INTEGER NOT NULL, text VARCHAR, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS article_bands (band INTEGER NOT NULL, key BLOB NOT NULL, article_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS article_links (a VARCHAR NOT NULL, b VARCHAR NOT NULL, similarity DOUBLE NOT NULL);
CREATE TABLE IF NOT EXISTS aggregates (
    id VARCHAR NOT NULL, canonical_event VARCHAR NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR, quad_class VARCHAR, modality VARCHAR,
    date DATE, date_end DATE, date_precision VARCHAR, loc_name VARCHAR, loc_country VARCHAR,
    first_seen DATE, last_seen DATE, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
    confidence DOUBLE, json VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS aggregate_members (
    aggregate_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
    block VARCHAR NOT NULL, lo DATE NOT NULL, hi DATE NOT NULL
);
-- No secondary indexes: DuckDB keeps ART indexes in memory and rewrites them at checkpoints, so
-- with millions of rows they cost more memory and write time than the point queries they once
-- served (a batched ingest joins or looks up by primary key; a scan of one column is milliseconds).
DROP INDEX IF EXISTS members_block;
DROP INDEX IF EXISTS bands_key;
DROP INDEX IF EXISTS events_article;
DROP INDEX IF EXISTS members_aggregate;
DROP INDEX IF EXISTS members_article;
DROP INDEX IF EXISTS actors_event;
DROP INDEX IF EXISTS evidence_event;
CREATE OR REPLACE VIEW events_flat AS
SELECT
    e.id, e.article_id, a.outlet, a.published, a.url, a.title,
    e.type, e.mode, e.cameo, e.quad_class, e.date, e.date_end, e.date_precision,
    (SELECT string_agg(coalesce(x.country, '---') || '/' || coalesce(x.sector, '---') || ' ' || x.name, '; '
                       ORDER BY x.position)
       FROM event_actors x WHERE x.event_id = e.id AND x.role = 'actor') AS actor,
    (SELECT string_agg(coalesce(x.country, '---') || '/' || coalesce(x.sector, '---') || ' ' || x.name, '; '
                       ORDER BY x.position)
       FROM event_actors x WHERE x.event_id = e.id AND x.role = 'recipient') AS recipient,
    e."symmetric", e.loc_name, e.loc_country, e.loc_lat, e.loc_lon,
    e.modality, e.attribution, e.confidence, e."trigger",
    (SELECT v.text FROM evidence v WHERE v.event_id = e.id ORDER BY v.position LIMIT 1) AS evidence
FROM events e JOIN articles a ON a.id = e.article_id;
"""


_V2_ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("minhash", "BLOB"), ("source", "VARCHAR"), ("source_key", "VARCHAR"), ("attributed_source", "VARCHAR"),
    ("dup_cluster", "VARCHAR"),
)


_iso_date = agg.parse_date


def normalise_type(value: str) -> str:
    """A PLOVER type in canonical case; WartaError for anything else."""
    t = value.strip().upper()
    if t not in PLOVER_TYPES:
        raise WartaError(f"unknown event type {value!r}; expected one of {', '.join(PLOVER_TYPES)}")
    return t


_ARTICLE_COLUMNS = ("id", "content_hash", "url", "outlet", "title", "published", "lang", "text", "ingested_at",
                    "minhash", "source", "source_key", "attributed_source", "dup_cluster")
_EVENT_COLUMNS = ("id", "article_id", "position", "type", "mode", "cameo", "quad_class", "date", "date_end",
                  "date_precision", "loc_text", "loc_name", "loc_country", "loc_lat", "loc_lon", "modality",
                  "attribution", "confidence", "trigger", "symmetric", "json")
_ACTOR_COLUMNS = ("event_id", "role", "position", "text", "name", "country", "sector", "kb_id")
_EVIDENCE_COLUMNS = ("event_id", "position", "text", "start", "end")
_AGGREGATE_COLUMNS = ("id", "canonical_event", "type", "mode", "cameo", "quad_class", "modality", "date", "date_end",
                      "date_precision", "loc_name", "loc_country", "first_seen", "last_seen", "num_mentions",
                      "num_articles", "num_sources", "confidence", "json")
_MEMBER_COLUMNS = ("aggregate_id", "event_id", "article_id", "block", "lo", "hi")
_ARROW_TYPES: dict[tuple[str, str], pa.DataType] = {
    ("articles", "published"): pa.date32(), ("articles", "ingested_at"): pa.timestamp("us"),
    ("articles", "minhash"): pa.binary(),
    ("events", "position"): pa.int32(), ("events", "date"): pa.date32(), ("events", "date_end"): pa.date32(),
    ("events", "loc_lat"): pa.float64(), ("events", "loc_lon"): pa.float64(),
    ("events", "confidence"): pa.float64(), ("events", "symmetric"): pa.bool_(),
    ("event_actors", "position"): pa.int32(),
    ("evidence", "position"): pa.int32(), ("evidence", "start"): pa.int32(), ("evidence", "end"): pa.int32(),
    ("article_bands", "band"): pa.int32(), ("article_bands", "key"): pa.binary(),
    ("article_links", "similarity"): pa.float64(),
    ("aggregates", "date"): pa.date32(), ("aggregates", "date_end"): pa.date32(),
    ("aggregates", "first_seen"): pa.date32(), ("aggregates", "last_seen"): pa.date32(),
    ("aggregates", "num_mentions"): pa.int32(), ("aggregates", "num_articles"): pa.int32(),
    ("aggregates", "num_sources"): pa.int32(), ("aggregates", "confidence"): pa.float64(),
    ("aggregate_members", "lo"): pa.date32(), ("aggregate_members", "hi"): pa.date32(),
}
"""Arrow types of the columns that are not VARCHAR, for the bulk inserts."""


@dataclasses.dataclass(frozen=True)
class Prepared:
    """What the store computes from an article's text alone: cheap to compute in a worker process."""

    signature: np.ndarray
    source: str
    attributed: str | None


_ARTICLE_SELECT = "SELECT id, text, published, lang, title, url, outlet FROM articles"


def _article(row: tuple) -> Article:
    """An article from a row of ``_ARTICLE_SELECT``."""
    return Article(id=row[0], text=row[1], published=row[2], lang=row[3] or "id", title=row[4], url=row[5],
                   outlet=row[6])


def prepare(article: Article) -> Prepared:
    """The article's MinHash signature and provenance (see :mod:`warta.dedup`)."""
    prov = dedup.provenance(article)
    return Prepared(dedup.article_signature(article), prov.source, prov.attributed)


def _event_rows(ev: Event, article_id: str, position: int, events: dict[str, list[Any]],
                actors: dict[str, list[Any]], evidence: dict[str, list[Any]]) -> None:
    """Append an event's rows (events, event_actors, evidence) to the column lists."""
    loc = ev.location
    for c, v in zip(_EVENT_COLUMNS, (
            ev.id, article_id, position, ev.type, ev.mode, ev.cameo, ev.quad_class,
            _iso_date(ev.date), _iso_date(ev.date_end), ev.date_precision,
            loc.text if loc else None, loc.name if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            ev.modality, ev.attribution, float(ev.confidence), ev.trigger, bool(ev.symmetric), ev.to_json()),
            strict=True):
        events[c].append(v)
    for role, side in (("actor", ev.actor), ("recipient", ev.recipient)):
        for i, a in enumerate(side):
            for c, v in zip(_ACTOR_COLUMNS, (ev.id, role, i, a.text, a.name, a.country, a.sector, a.kb_id),
                            strict=True):
                actors[c].append(v)
    for i, e in enumerate(ev.evidence):
        for c, v in zip(_EVIDENCE_COLUMNS, (ev.id, i, e.text, e.start, e.end), strict=True):
            evidence[c].append(v)


class Store:
    """Articles and events in one DuckDB database (a file path, or ``":memory:"``).

    ``create=False`` refuses to create a missing file, for read-only commands where a
    typo in ``--db`` should be an error rather than an empty new database. ``memory_limit``
    (``"512MB"``) caps DuckDB's buffers, so that a long ingest keeps a flat footprint; ``threads``
    caps DuckDB's own threads (an ingest's cores are busy coding).
    """

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True, memory_limit: str | None = None,
                 threads: int | None = None) -> None:
        self.path = str(path)
        self.last_added: AddResult | None = None
        self._mention_cache: dict[str, agg.Mention] = {}
        self._event_buffer: tuple[dict[str, list[Any]], ...] | None = None
        if self.path != ":memory:" and not create and not Path(self.path).exists():
            raise WartaError(f"{self.path}: no such database (create one with `warta ingest ... --db {self.path}`)")
        try:
            self.con = duckdb.connect(self.path)
        except duckdb.Error as e:
            raise WartaError(f"{self.path}: cannot open database ({_first_line(e)})") from None
        try:
            if memory_limit:  # DuckDB's own default is most of the machine's memory
                self.con.execute(f"SET memory_limit = '{memory_limit}'")
            if threads:  # DuckDB's own default is every core
                self.con.execute(f"SET threads = {int(threads)}")
            self._init_schema()
        except duckdb.Error as e:
            self.con.close()
            raise WartaError(f"{self.path}: not a usable warta database ({_first_line(e)})") from None

    # ----------------------------------------------------------------- lifecycle

    def _init_schema(self) -> None:
        row = None
        if self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
                            ).fetchone()[0]:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and row[0] not in ("1", SCHEMA_VERSION):
            raise WartaError(f"{self.path}: schema version {row[0]}, this warta needs {SCHEMA_VERSION}")
        self.con.execute(_SCHEMA)
        for column, kind in _V2_ARTICLE_COLUMNS:  # a version 1 database gains them
            self.con.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {column} {kind}")
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
            self._set_meta("minhash_scheme", dedup.scheme_family())
            self._set_meta("aggregate_scheme", agg.SCHEME)
            return
        # version 1, or signatures made by another MinHash scheme: recompute all from the stored texts;
        # aggregates grouped by an older rule: regroup them
        resign = row[0] != SCHEMA_VERSION or self._get_meta("minhash_scheme") != dedup.scheme_family()
        if not resign and self._get_meta("aggregate_scheme") == agg.SCHEME:
            return
        self.con.begin()
        try:
            if resign:
                self.rebuild(resign=True, _in_transaction=True)
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])
                self._set_meta("minhash_scheme", dedup.scheme_family())
            else:
                self.rebuild_aggregates(_in_transaction=True)
            self._set_meta("aggregate_scheme", agg.SCHEME)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def _get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("DELETE FROM meta WHERE key = ?", [key])
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- writing

    def has_article(self, content_hash: str) -> bool:
        """True when an article with this text is already stored."""
        row = self.con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        return row is not None

    def known_hashes(self, content_hashes: Iterable[str]) -> set[str]:
        """Those of these content hashes whose text is already stored (one query)."""
        return self._existing("articles", "content_hash", content_hashes)

    def _existing(self, table: str, column: str, values: Iterable[str]) -> set[str]:
        wanted = sorted(set(values))
        if not wanted:
            return set()
        rows = self.con.execute(f"SELECT {column} FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))",
                                [wanted]).fetchall()
        return {r[0] for r in rows}

    def _insert_rows(self, table: str, rows: dict[str, list[Any]]) -> None:
        """Bulk insert columns (name -> values) through an Arrow table: one statement, whatever the size."""
        names = list(rows)
        if not names or not rows[names[0]]:
            return
        data = pa.table({n: pa.array(rows[n], type=_ARROW_TYPES.get((table, n), pa.string())) for n in names})
        with self._view(f"_warta_new_{table}", data) as view:
            cols = ", ".join(f'"{n}"' for n in names)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}")

    @contextmanager
    def _view(self, name: str, data: pa.Table) -> Iterator[str]:
        """An Arrow table visible to SQL as ``name`` for the block (bulk inserts, updates and joins)."""
        self.con.register(name, data)
        try:
            yield name
        finally:
            self.con.unregister(name)

    def add(self, article: Article, events: list[Event]) -> bool:
        """Store an article and its events atomically; False when its text is already stored.

        In the same transaction the article is signed and linked to its near-duplicates,
        and its events are merged into the aggregates. ``last_added`` then tells what
        happened (the stored id, the cluster, the near-duplicates found). The same as
        ``add_many`` with one article.
        """
        self.last_added = None
        (result,) = self.add_many([(article, events)])
        self.last_added = result
        return result is not None

    def add_many(self, items: Sequence[tuple[Article, list[Event]]],
                 prepared: Sequence[Prepared | None] | None = None) -> list[AddResult | None]:
        """Store many articles with their events in one transaction; for each, its AddResult or None
        when its text was already stored (or came earlier in ``items``).

        The result equals calling ``add`` for each article in order, except that ``AddResult.cluster``
        and ``.aggregates`` are those at the end of the batch. Either every article of the batch is
        stored, with its near-duplicate links, clusters and aggregates, or (on any error, Ctrl-C
        included) none is: the database is never left half-written. ``prepared`` may give each
        article's signature and provenance, computed elsewhere (a worker process).
        """
        results: list[AddResult | None] = [None] * len(items)
        known = self.known_hashes(a.content_hash for a, _ in items)
        fresh: list[tuple[int, Article, list[Event], Prepared]] = []
        for i, (article, events) in enumerate(items):
            if article.content_hash in known:
                continue
            known.add(article.content_hash)
            prep = prepared[i] if prepared is not None else None
            fresh.append((i, article, events, prep or prepare(article)))
        if not fresh:
            return results
        self.con.begin()
        try:
            written = self._write_batch(fresh)
            self.con.commit()
        except BaseException as e:
            self.con.rollback()
            self._mention_cache = {}  # it may hold mentions of the batch just rolled back
            if isinstance(e, duckdb.InterruptException):  # Ctrl-C inside a query: an interrupt, not a failed write
                raise KeyboardInterrupt from None
            raise
        finally:
            self._event_buffer = None
        cache = self._mention_cache
        if len(cache) > MENTION_CACHE:  # the least recently used go
            for key in list(itertools.islice(cache, len(cache) - MENTION_CACHE)):
                del cache[key]
        for i, res in written:
            results[i] = res
        return results

    def _write_batch(self, fresh: list[tuple[int, Article, list[Event], Prepared]]) -> list[tuple[int, AddResult]]:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        taken = self._existing("articles", "id", (a.id for _, a, _, _ in fresh))
        checked = {e.id for _, _, evs, _ in fresh for e in evs}
        wanted_events = self._existing("events", "id", checked)
        batch_events: set[str] = set()
        articles: dict[str, list[Any]] = {c: [] for c in _ARTICLE_COLUMNS}
        self._event_buffer = ({c: [] for c in _EVENT_COLUMNS}, {c: [] for c in _ACTOR_COLUMNS},
                              {c: [] for c in _EVIDENCE_COLUMNS})
        stored: list[tuple[int, str, Article, Prepared]] = []
        inserted: list[tuple[str, int, Event]] = []  # (article id, position, event) as stored
        sources: dict[str, tuple[str, str]] = {}

        def event_taken(candidate: str) -> bool:
            if candidate in batch_events or candidate in wanted_events:
                return True
            if candidate in checked:  # looked up with the others: free
                return False
            return self.con.execute("SELECT 1 FROM events WHERE id = ?", [candidate]).fetchone() is not None

        for i, article, evs, prep in fresh:
            art_id = article.id if article.id not in taken else f"{article.id}#{article.content_hash[:8]}"
            taken.add(art_id)
            source = prep.source
            if source == f"article:{article.id}":  # no source but the id: the id it is stored under
                source = f"article:{art_id}"
            sources[art_id] = (dedup.source_key(source), source)
            for v, value in zip(_ARTICLE_COLUMNS, (
                    art_id, article.content_hash, article.url, article.outlet, article.title, article.published,
                    article.lang, article.text, now, dedup.to_bytes(prep.signature), source,
                    dedup.source_key(source), prep.attributed, art_id), strict=True):
                articles[v].append(value)
            for pos, ev in enumerate(self._rekey(evs, article.id, art_id, event_taken)):
                batch_events.add(ev.id)
                self._insert_event(ev, art_id, pos)
                inserted.append((art_id, pos, ev))
            stored.append((i, art_id, article, prep))
        events, actors, evidence = self._event_buffer
        self._event_buffer = None
        self._insert_rows("articles", articles)
        self._insert_rows("events", events)
        self._insert_rows("event_actors", actors)
        self._insert_rows("evidence", evidence)
        duplicates = self._link_batch([(art_id, prep.signature) for _, art_id, _, prep in stored])
        new_ids = [art_id for _, art_id, _, _ in stored]
        changed, clusters = self._recluster([a for a in new_ids if duplicates.get(a)])
        if changed:  # these articles' mentions now count as another source
            cache = self._mention_cache
            for key in [k for k, m in cache.items() if m.article_id in changed]:
                del cache[key]
        # the batch's mentions, built here rather than read back (as ``_MENTION_SQL`` would give them)
        canon = {clusters.get(a, a) for a in new_ids} - set(sources)
        if canon:
            sources.update((r[0], (r[1], r[2])) for r in self.con.execute(
                "SELECT id, source_key, source FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(canon)]).fetchall())
        by_id = {art_id: article for _, art_id, article, _ in stored}
        new: list[agg.Mention] = []
        for art_id, pos, ev in inserted:
            article = by_id[art_id]
            skey, sname = sources.get(clusters.get(art_id, art_id), (None, None))
            new.append(agg.Mention(ev.as_stored(), art_id, article.published, skey or "", sname or "", pos,
                                   article.url, article.outlet))
        owners = self._aggregate_batch(new, changed)
        out = []
        for i, art_id, _, _ in stored:
            out.append((i, AddResult(art_id, clusters.get(art_id, art_id), duplicates.get(art_id, []),
                                     sorted(owners.get(art_id, ())))))
        return out

    def _insert_event(self, ev: Event, article_id: str, position: int) -> None:
        """Queue an event's rows (events, event_actors, evidence) for the batch's bulk insert."""
        assert self._event_buffer is not None, "only while a batch is written"
        _event_rows(ev, article_id, position, *self._event_buffer)

    def _rekey(self, events: list[Event], old_id: str, new_id: str,
               taken: Callable[[str], bool]) -> list[Event]:
        """Events pointing at ``new_id`` with ids unique in the database."""
        out: list[Event] = []
        used: set[str] = set()
        for ev in events:
            eid = ev.id
            if new_id != old_id:
                eid = new_id + eid[len(old_id):] if eid.startswith(old_id) else f"{new_id}/{eid}"
            candidate, n = eid, 1
            while candidate in used or taken(candidate):
                n += 1
                candidate = f"{eid}~{n}"
            used.add(candidate)
            if candidate != ev.id or ev.article != new_id:
                ev = ev.with_values(id=candidate, article=new_id)
            out.append(ev)
        return out

    # ----------------------------------------------------------------- near-duplicates

    def _link_batch(self, entries: list[tuple[str, np.ndarray]]) -> dict[str, list[tuple[str, float]]]:
        """Index the LSH bands of these articles (in order) and link each to the near-duplicates
        stored before it (earlier in the database or in ``entries``); returns them per article.

        The same links as adding the articles one by one: every pair sharing a band is compared once.
        """
        if not entries:
            return {}
        keys = [dedup.band_keys(sig) for _, sig in entries]
        q = {"pos": [p for p, k in enumerate(keys) for _ in k], "band": [b for k in keys for b, _ in k],
             "key": [key for k in keys for _, key in k]}
        with self._view("_warta_probe", pa.table({"pos": pa.array(q["pos"], pa.int32()),
                                                  "band": pa.array(q["band"], pa.int32()),
                                                  "key": pa.array(q["key"], pa.binary())})) as view:
            rows = self.con.execute(
                f"SELECT DISTINCT q.pos, a.id, a.minhash FROM {view} q JOIN article_bands b"
                " ON b.band = q.band AND b.key = q.key JOIN articles a ON a.id = b.article_id").fetchall()
        ids = [a for a, _ in entries]
        batch_ids = set(ids)
        candidates: dict[int, dict[str, np.ndarray]] = {}
        sigs: dict[str, np.ndarray] = {}
        for pos, other, blob in rows:
            if blob is None or other in batch_ids:
                continue
            sig = sigs.get(other)
            if sig is None:
                sig = sigs[other] = dedup.from_bytes(blob)
            candidates.setdefault(pos, {})[other] = sig
        buckets: dict[tuple[int, bytes], list[int]] = {}
        found: dict[str, list[tuple[str, float]]] = {}
        links: dict[str, list[Any]] = {"a": [], "b": [], "similarity": []}
        for pos, (art_id, sig) in enumerate(entries):
            cands = candidates.get(pos, {})
            for k in keys[pos]:
                for earlier in buckets.setdefault(k, []):
                    cands[ids[earlier]] = entries[earlier][1]
                buckets[k].append(pos)
            near: list[tuple[str, float]] = []
            for other in sorted(cands):
                sim = dedup.similarity(sig, cands[other])
                if sim >= dedup.THRESHOLD:
                    near.append((other, round(sim, 4)))
                    a, b = sorted((art_id, other))
                    links["a"].append(a)
                    links["b"].append(b)
                    links["similarity"].append(round(sim, 4))
            if near:
                found[art_id] = near
        self._insert_rows("article_bands", {"band": q["band"], "key": q["key"],
                                            "article_id": [ids[p] for p in q["pos"]]})
        self._insert_rows("article_links", links)
        return found

    def _recluster(self, article_ids: Iterable[str]) -> tuple[set[str], dict[str, str]]:
        """Point every member of these articles' clusters at the canonical (earliest published, then
        smallest id) member; returns the articles whose cluster changed, and the cluster of each member."""
        start = sorted(set(article_ids))
        if not start:
            return set(), {}
        uf = agg._UnionFind()
        seen = set(start)
        frontier = start
        while frontier:
            rows = self.con.execute(
                "SELECT a, b FROM article_links WHERE a IN (SELECT unnest(?::VARCHAR[]))"
                " OR b IN (SELECT unnest(?::VARCHAR[]))", [frontier, frontier]).fetchall()
            nxt = set()
            for a, b in rows:
                uf.union(a, b)
                nxt.update(x for x in (a, b) if x not in seen)
            seen |= nxt
            frontier = sorted(nxt)
        rows = self.con.execute("SELECT id, published, dup_cluster FROM articles WHERE id IN"
                                " (SELECT unnest(?::VARCHAR[]))", [sorted(seen)]).fetchall()
        best: dict[str, tuple[date, str]] = {}
        for aid, published, _ in rows:
            root = uf.find(aid)
            if root not in best or (published, aid) < best[root]:
                best[root] = (published, aid)
        clusters = {aid: best[uf.find(aid)][1] for aid, _, _ in rows}
        moved = {aid: clusters[aid] for aid, _, cluster in rows if cluster != clusters[aid]}
        if moved:
            with self._view("_warta_moved", pa.table({"id": list(moved), "cluster": list(moved.values())})) as view:
                self.con.execute(f"UPDATE articles SET dup_cluster = m.cluster FROM {view} m WHERE articles.id = m.id")
        return set(moved), clusters

    def duplicate_clusters(self) -> list[dict[str, Any]]:
        """Clusters of near-duplicate articles (two or more), canonical member first."""
        rows = self.con.execute(
            "SELECT dup_cluster, id, published, outlet, source, title, url FROM articles WHERE dup_cluster IN"
            " (SELECT dup_cluster FROM articles GROUP BY dup_cluster HAVING count(*) > 1)"
            " ORDER BY dup_cluster, published, id"
        ).fetchall()
        sims: dict[tuple[str, str], float] = {
            (a, b): s for a, b, s in self.con.execute("SELECT a, b, similarity FROM article_links").fetchall()
        }
        clusters: dict[str, dict[str, Any]] = {}
        for cluster, aid, published, outlet, source, title, url in rows:
            c = clusters.setdefault(cluster, {"cluster": cluster, "canonical": cluster, "members": []})
            best = max((s for (a, b), s in sims.items() if aid in (a, b)), default=None)
            c["members"].append({"id": aid, "published": published.isoformat(), "outlet": outlet, "source": source,
                                 "title": title, "url": url, "canonical": aid == cluster, "similarity": best})
        for c in clusters.values():
            c["members"].sort(key=lambda m: (not m["canonical"], m["published"], m["id"]))
        return sorted(clusters.values(), key=lambda c: (c["members"][0]["published"], c["cluster"]))

    def list_articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT a.id, a.published, a.outlet, a.source, a.title, a.url, a.dup_cluster,"
               " (SELECT count(*) FROM events e WHERE e.article_id = a.id) FROM articles a ORDER BY a.published, a.id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        keys = ("id", "published", "outlet", "source", "title", "url", "dup_cluster", "events")
        out = []
        for row in self.con.execute(sql).fetchall():
            d = dict(zip(keys, row, strict=True))
            d["published"] = d["published"].isoformat()
            out.append(d)
        return out

    # ----------------------------------------------------------------- aggregates

    _MENTION_SQL = (
        "SELECT e.json, e.article_id, a.published, e.position, coalesce(c.source_key, a.source_key),"
        " coalesce(c.source, a.source), a.url, a.outlet"
        " FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN articles c ON c.id = a.dup_cluster"
    )

    def _mentions(self, where: str = "", params: list[Any] | None = None) -> list[agg.Mention]:
        rows = self.con.execute(self._MENTION_SQL + where, params or []).fetchall()
        return [agg.Mention(Event.from_dict(json.loads(j)), aid, pub, skey or "", sname or "", pos, url, outlet)
                for j, aid, pub, pos, skey, sname, url, outlet in rows]

    def _mentions_of(self, event_ids: Iterable[str]) -> list[agg.Mention]:
        """Mentions by event id, through a cache kept across batches (``MENTION_CACHE``; a rebuild,
        a failed batch or a change of cluster drops what it would make stale)."""
        ids = sorted(set(event_ids))
        if not ids:
            return []
        cache = self._mention_cache
        missing = []
        for i in ids:
            m = cache.pop(i, None)
            if m is None:
                missing.append(i)
            else:
                cache[i] = m  # now the most recently used
        if missing:
            # events, then their articles, then the articles' clusters, each by id (``_by_id``)
            events = self._by_id("SELECT id, json, article_id, position FROM events", missing)
            arts = {r[0]: r[1:] for r in self._by_id(
                "SELECT id, published, source_key, source, url, outlet, dup_cluster FROM articles",
                sorted({r[2] for r in events}))}
            clusters = {c for _, _, _, _, _, c in arts.values()} - set(arts)
            arts.update((r[0], r[1:]) for r in self._by_id(
                "SELECT id, published, source_key, source, url, outlet, dup_cluster FROM articles", sorted(clusters)))
            for _, text, aid, pos in events:
                pub, skey, sname, url, outlet, cluster = arts[aid]
                canon = arts.get(cluster)
                if canon is not None:  # the source of a near-duplicate is its cluster's
                    skey = canon[1] if canon[1] is not None else skey
                    sname = canon[2] if canon[2] is not None else sname
                m = agg.Mention(Event.from_dict(json.loads(text)), aid, pub, skey or "", sname or "", pos, url,
                                outlet)
                cache[m.event.id] = m
        return [cache[i] for i in ids if i in cache]

    def _by_id(self, select: str, ids: list[str]) -> list[tuple]:
        """``SELECT ... WHERE id IN (ids)``: a few ids through the primary key index, many in one
        hashed scan. (Measured on 200,000 events: the index costs about 0.1 ms an id in lists of
        a thousand; one scan costs about 25 ms, whatever the number of ids.)"""
        if len(ids) > _INDEX_IDS:
            return self.con.execute(f"{select} WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        if not ids:
            return []
        return self.con.execute(f"{select} WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall()

    def _aggregate_batch(self, new: list[agg.Mention], reclustered: Iterable[str] = ()) -> dict[str, set[str]]:
        """Merge the mentions of a batch's new articles into the aggregates, and refresh the summaries
        of the aggregates of ``reclustered`` articles (their source changed); returns, per new
        article, the aggregates its events are in.

        New events are compared with each other (within a block, in date order) and with the stored
        members whose block and date bounds fit: the connected components are the same as adding the
        articles one at a time, or grouping everything from scratch.
        """
        self._mention_cache.update((m.event.id, m) for m in new)
        uf = agg._UnionFind()
        blocks: dict[str, list[tuple[date, date, agg.Mention]]] = {}
        for m in new:
            uf.find("e:" + m.event.id)
            lo, hi = agg.span_bounds(m.event, m.published)
            blocks.setdefault(agg.block_key(m), []).append((lo, hi, m))
        probe: dict[str, list[Any]] = {"eid": [], "block": [], "lo": [], "hi": []}
        for block, members in blocks.items():
            members.sort(key=lambda t: (t[0], t[1], t[2].event.id))
            for i, (lo, hi, m) in enumerate(members):  # a sweep: only intervals that overlap can be compatible
                probe["eid"].append(m.event.id)
                probe["block"].append(block)
                probe["lo"].append(lo)
                probe["hi"].append(hi)
                for lo2, _, other in members[i + 1:]:
                    if lo2 > hi:
                        break
                    if agg.compatible(m, other):
                        uf.union("e:" + m.event.id, "e:" + other.event.id)
        if new:
            mine = {m.event.id: m for m in new}
            # one compatible member joins the aggregate. The first candidate of each (event, aggregate)
            # pair (its smallest member id) decides most pairs; the other candidates of the pairs it
            # does not decide are read afterwards, a few at a time, so a large aggregate is rarely
            # read whole and the database hands back one row per pair, not one per member
            rows = self._probe_members(probe, "min(m.event_id), count(*)", " GROUP BY q.eid, m.aggregate_id")
            counts = {(eid, aid): n for eid, aid, _, n in rows}
            pairs: dict[tuple[str, str], list[str]] = {(eid, aid): [cid] for eid, aid, cid, _ in sorted(rows)}
            take, first = 1, True
            while pairs:
                wanted = {cid for cids in pairs.values() for cid in cids[:take]}
                cands = {m.event.id: m for m in self._mentions_of(wanted)}
                left: dict[tuple[str, str], list[str]] = {}
                for (eid, aid), cids in pairs.items():
                    node = "a:" + aid
                    for cid in cids[:take]:
                        if node in uf.parent and uf.find(node) == uf.find("e:" + eid):
                            break
                        cand = cands.get(cid)
                        if cand is not None and agg.compatible(mine[eid], cand):
                            uf.union("e:" + eid, node)
                            break
                    else:
                        if len(cids) > take or (first and counts[(eid, aid)] > 1):
                            left[(eid, aid)] = cids[take:]
                if first and left:  # the undecided pairs' other candidates
                    eids = {eid for eid, _ in left}
                    keep = [i for i, eid in enumerate(probe["eid"]) if eid in eids]
                    rest: dict[tuple[str, str], list[str]] = {}
                    for eid, aid, cid in sorted(self._probe_members({k: [v[i] for i in keep] for k, v in probe.items()},
                                                                    "m.event_id")):
                        if (eid, aid) in left and cid != pairs[(eid, aid)][0]:
                            rest.setdefault((eid, aid), []).append(cid)
                    left = rest
                pairs, take, first = left, take * 4, False
        groups: dict[str, list[str]] = {}
        for node in list(uf.parent):
            groups.setdefault(uf.find(node), []).append(node)
        old = {n[2:] for nodes in groups.values() for n in nodes if n.startswith("a:")}
        refresh = self._aggregates_of_articles(reclustered) - old
        members: dict[str, list[str]] = {}
        if old or refresh:
            for aid, eid in self.con.execute(
                    "SELECT aggregate_id, event_id FROM aggregate_members WHERE aggregate_id IN"
                    " (SELECT unnest(?::VARCHAR[]))", [sorted(old | refresh)]).fetchall():
                members.setdefault(aid, []).append(eid)
        wanted: list[list[str]] = []
        grown: list[str | None] = []  # the one stored aggregate a group adds to, if it is only one
        for nodes in groups.values():
            ids = [n[2:] for n in nodes if n.startswith("e:")]
            stored = [n[2:] for n in nodes if n.startswith("a:")]
            for aid in stored:
                ids += members.get(aid, [])
            wanted.append(ids)
            grown.append(stored[0] if len(stored) == 1 else None)
        wanted += [members[aid] for aid in sorted(refresh) if members.get(aid)]
        grown += [aid for aid in sorted(refresh) if members.get(aid)]
        self._mentions_of(e for ids in wanted for e in ids)  # one query for every member still missing
        written = [agg.summarise(self._mentions_of(ids)) for ids in wanted]
        # an aggregate that keeps its id (its earliest report) keeps its stored member rows: only the
        # rows of its new members are written, so a large aggregate is not rewritten whole each batch
        kept = {a.id: set(members[aid]) for a, aid in zip(written, grown, strict=True) if aid == a.id}
        self._delete_aggregates(old | refresh, keep_members=kept.keys())
        self._write_aggregates(written, kept)
        new_articles = {m.article_id for m in new}
        owners: dict[str, set[str]] = {}
        for a in written:
            for art, _ in a.members:
                if art in new_articles:
                    owners.setdefault(art, set()).add(a.id)
        return owners

    def _probe_members(self, probe: dict[str, list[Any]], select: str, group: str = "") -> list[tuple]:
        """``(event id, aggregate id, *select)`` for the stored members whose block and date bounds fit
        each probe event's (columns ``eid``, ``block``, ``lo``, ``hi``)."""
        with self._view("_warta_probe", pa.table({"eid": pa.array(probe["eid"], pa.string()),
                                                  "block": pa.array(probe["block"], pa.string()),
                                                  "lo": pa.array(probe["lo"], pa.date32()),
                                                  "hi": pa.array(probe["hi"], pa.date32())})) as view:
            return self.con.execute(f"SELECT q.eid, m.aggregate_id, {select} FROM {view} q JOIN aggregate_members m"
                                    " ON m.block = q.block AND m.hi >= q.lo AND m.lo <= q.hi" + group).fetchall()

    def _delete_aggregates(self, ids: Iterable[str], keep_members: Iterable[str] = ()) -> None:
        """Delete these aggregates' rows and their member rows (but not those of ``keep_members``)."""
        ids = sorted(set(ids))
        if ids:
            gone = sorted(set(ids) - set(keep_members))
            if gone:
                self.con.execute("DELETE FROM aggregate_members WHERE aggregate_id IN"
                                 " (SELECT unnest(?::VARCHAR[]))", [gone])
            self.con.execute("DELETE FROM aggregates WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])

    def _write_aggregates(self, aggregates: Iterable[agg.Aggregate], stored: dict[str, set[str]] | None = None) -> None:
        """Insert the aggregates and their member rows, except the member rows ``stored`` (aggregate id ->
        event ids) says are already there."""
        stored = stored or {}
        rows: dict[str, list[Any]] = {c: [] for c in _AGGREGATE_COLUMNS}
        members: dict[str, list[Any]] = {c: [] for c in _MEMBER_COLUMNS}
        for a in aggregates:
            ev, loc = a.event, a.event.location
            for c, v in zip(_AGGREGATE_COLUMNS, (
                    a.id, a.canonical_event, ev.type, ev.mode, ev.cameo, ev.quad_class, ev.modality,
                    _iso_date(ev.date), _iso_date(ev.date_end), ev.date_precision,
                    loc.name if loc else None, loc.country if loc else None, a.first_seen, a.last_seen,
                    a.num_mentions, a.num_articles, a.num_sources, a.confidence,
                    json_text(a.to_dict())), strict=True):
                rows[c].append(v)
            there = stored.get(a.id, ())
            for m in self._mentions_of(e for _, e in a.members if e not in there):
                lo, hi = agg.span_bounds(m.event, m.published)
                for c, v in zip(_MEMBER_COLUMNS, (a.id, m.event.id, m.article_id, agg.block_key(m), lo, hi),
                                strict=True):
                    members[c].append(v)
        self._insert_rows("aggregates", rows)
        self._insert_rows("aggregate_members", members)

    def _aggregates_of_articles(self, article_ids: Iterable[str]) -> set[str]:
        ids = sorted(set(article_ids))
        if not ids:
            return set()
        rows = self.con.execute("SELECT DISTINCT aggregate_id FROM aggregate_members"
                                " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        return {r[0] for r in rows}

    def rebuild(self, resign: bool = False, *, _in_transaction: bool = False) -> tuple[int, int]:
        """Recompute near-duplicate links, clusters and every aggregate from the stored articles and
        events (``resign`` also recomputes signatures and sources from the texts). Deterministic:
        the result equals what incremental ingestion produced. Returns (clusters, aggregates)."""
        self._mention_cache = {}
        if not _in_transaction:
            self.con.begin()
        try:
            if resign:
                self._resign()
            self.con.execute("DELETE FROM article_bands")
            self.con.execute("DELETE FROM article_links")
            self.con.execute("UPDATE articles SET dup_cluster = id")
            rows = self.con.execute("SELECT id, minhash FROM articles ORDER BY published, id").fetchall()
            for start in range(0, len(rows), 1000):
                self._link_batch([(aid, dedup.from_bytes(blob)) for aid, blob in rows[start:start + 1000]
                                  if blob is not None])
            linked = [r[0] for r in self.con.execute("SELECT a FROM article_links UNION SELECT b FROM article_links"
                                                     ).fetchall()]
            self._recluster(linked)
            n = self.rebuild_aggregates(_in_transaction=True)
            if not _in_transaction:
                self.con.commit()
        except BaseException:
            if not _in_transaction:
                self.con.rollback()
            raise
        clusters = self.con.execute("SELECT count(*) FROM (SELECT dup_cluster FROM articles GROUP BY dup_cluster"
                                    " HAVING count(*) > 1)").fetchone()[0]
        return int(clusters), n

    def rebuild_aggregates(self, *, _in_transaction: bool = False) -> int:
        """Group every stored event from scratch (``warta.aggregate.aggregate``); returns the aggregate count.

        An aggregate never spans two calendar weeks (``aggregate.period``), so the events are
        grouped a run of whole weeks at a time (about ``REBUILD_EVENTS`` events): memory stays
        bounded however large the database is, and the result is that of grouping all at once."""
        self._mention_cache = {}
        if not _in_transaction:
            self.con.begin()
        try:
            self.con.execute("DELETE FROM aggregate_members")
            self.con.execute("DELETE FROM aggregates")
            n = 0
            for first, last in self._week_runs():
                mentions = self._mentions(f" WHERE {_WEEK_SQL} BETWEEN ? AND ?", [first, last])
                self._mention_cache = {m.event.id: m for m in mentions}
                aggregates = agg.aggregate(mentions)
                self._write_aggregates(aggregates)
                n += len(aggregates)
                self._mention_cache = {}
            if not _in_transaction:
                self.con.commit()
        except BaseException:
            if not _in_transaction:
                self.con.rollback()
            raise
        finally:
            self._mention_cache = {}
        return n

    def _week_runs(self) -> list[tuple[date, date]]:
        """(first, last) Mondays of consecutive calendar weeks holding about ``REBUILD_EVENTS`` events."""
        runs: list[tuple[date, date]] = []
        count = 0
        for monday, n in self.con.execute(
                f"SELECT {_WEEK_SQL} AS monday, count(*) FROM events e JOIN articles a ON a.id = e.article_id"
                " GROUP BY monday ORDER BY monday").fetchall():
            if runs and count + n <= REBUILD_EVENTS:
                runs[-1] = (runs[-1][0], monday)
                count += n
            else:
                runs.append((monday, monday))
                count = n
        return runs

    def _resign(self) -> None:
        """Recompute every article's signature and source from its text, ``RESIGN_CHUNK`` articles at a
        time (read by id, written back in one bulk update each), so memory does not grow with the database."""
        ids = [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for start in range(0, len(ids), RESIGN_CHUNK):
            out: dict[str, list[Any]] = {"id": [], "minhash": [], "source": [], "source_key": [], "attributed": []}
            for row in self._by_id(_ARTICLE_SELECT, ids[start:start + RESIGN_CHUNK]):
                art = _article(row)
                prov = dedup.provenance(art)
                for c, v in zip(out, (art.id, dedup.to_bytes(dedup.article_signature(art)), prov.source,
                                      dedup.source_key(prov.source), prov.attributed), strict=True):
                    out[c].append(v)
            data = pa.table({c: pa.array(v, pa.binary() if c == "minhash" else pa.string()) for c, v in out.items()})
            with self._view("_warta_resign", data) as view:
                self.con.execute(f"UPDATE articles SET minhash = r.minhash, source = r.source, source_key ="
                                 f" r.source_key, attributed_source = r.attributed FROM {view} r"
                                 " WHERE articles.id = r.id")

    def count_aggregates(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM aggregates").fetchone()[0])

    def query_aggregates(self, actor: str | None = None, country: str | None = None, type: str | None = None,
                         since: date | None = None, until: date | None = None, article: str | None = None,
                         limit: int | None = None) -> list[agg.Aggregate]:
        """Aggregates matching every given filter, oldest first (by event date, else first seen).

        ``actor``, ``country`` and ``article`` match when any member event matches, like ``query_events``.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if type:
            clauses.append("g.type = ?")
            params.append(normalise_type(type))
        if since:
            clauses.append("coalesce(g.date, g.first_seen) >= ?")
            params.append(since)
        if until:
            clauses.append("coalesce(g.date, g.first_seen) <= ?")
            params.append(until)
        if actor or country or article:
            where, p = event_filters(actor, country, None, None, None, article)
            clauses.append("g.id IN (SELECT m.aggregate_id FROM aggregate_members m JOIN events e ON e.id = m.event_id"
                           " JOIN articles a ON a.id = e.article_id" + where + ")")
            params += p
        sql = "SELECT g.json, g.canonical_event FROM aggregates g"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql = _with_limit(sql + " ORDER BY coalesce(g.date, g.first_seen), g.first_seen, g.id", params, limit)
        return [aggregate_from_json(j) for j, _ in self.con.execute(sql, params).fetchall()]

    def aggregate_mentions(self, aggregate_id: str) -> list[agg.Mention]:
        """The member events of an aggregate with their reports, earliest report first."""
        ids = [r[0] for r in self.con.execute("SELECT event_id FROM aggregate_members WHERE aggregate_id = ?",
                                              [aggregate_id]).fetchall()]
        return sorted(self._mentions_of(ids), key=agg.order_key)

    # ----------------------------------------------------------------- reading

    def count_articles(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM articles").fetchone()[0])

    def count_events(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM events").fetchone()[0])

    def query_events(self, actor: str | None = None, country: str | None = None, type: str | None = None,
                     since: date | None = None, until: date | None = None, article: str | None = None,
                     limit: int | None = None) -> list[Event]:
        """Events matching every given filter, oldest first (by event date, else publication date)."""
        return _query_events(self.con, actor, country, type, since, until, article, limit)

    def get_article(self, article_id: str) -> Article | None:
        row = self.con.execute(f"{_ARTICLE_SELECT} WHERE id = ?", [article_id]).fetchone()
        return None if row is None else _article(row)

    # ----------------------------------------------------------------- export

    def export(self, fmt: str, out_path: str | Path) -> int:
        """Write all events to ``out_path`` as jsonl, csv or parquet; returns the event count.

        jsonl is the ``warta code`` line format; csv and parquet are the flat
        ``events_flat`` view (one row per event, actors as ``CTY/SEC Name; ...``).
        """
        fmt = fmt.lower()
        if fmt not in EXPORT_FORMATS:
            raise WartaError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
        out = Path(out_path)
        if out.parent and not out.parent.exists():
            raise WartaError(f"{out}: directory {out.parent} does not exist")
        if fmt == "jsonl":
            events = self.query_events()
            try:
                with out.open("w", encoding="utf-8") as fh:
                    for ev in events:
                        fh.write(ev.to_json() + "\n")
            except OSError as e:
                raise WartaError(f"{out}: cannot write ({e.strerror or e})") from None
            return len(events)
        # COPY takes no parameter for its target: quote the path as an SQL literal
        target = "'" + str(out).replace("'", "''") + "'"
        options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
        query = ("SELECT f.* FROM events_flat f JOIN articles a ON a.id = f.article_id JOIN events e ON e.id = f.id"
                 " ORDER BY coalesce(f.date, f.published), a.ingested_at, f.article_id, e.position")
        try:
            self.con.execute(f"COPY ({query}) TO {target} ({options})")
        except duckdb.Error as e:
            raise WartaError(f"{out}: cannot write ({_first_line(e)})") from None
        return self.count_events()


@dataclasses.dataclass(frozen=True)
class AddResult:
    """What ``Store.add`` did with an article beyond storing it."""

    article_id: str
    cluster: str
    """The canonical article of its near-duplicate cluster (itself when it has none)."""
    duplicates: list[tuple[str, float]]
    """Stored articles it is a near-duplicate of, with the estimated similarity."""
    aggregates: list[str]


def event_filters(actor: str | None, country: str | None, type: str | None, since: date | None,
                  until: date | None, article: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause (parameterised) of an event query over tables ``events e``, ``articles a``
    and ``event_actors``: shared by the database and by Parquet output of a Dask run."""
    clauses: list[str] = []
    params: list[Any] = []
    if actor:
        # a symmetric event's recipient is as much an actor as its actor
        clauses.append(
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id"
            " AND (x.role = 'actor' OR e.\"symmetric\")"
            " AND (contains(lower(coalesce(x.name, '')), lower(?))"
            " OR contains(lower(coalesce(x.text, '')), lower(?))))"
        )
        params += [actor, actor]
    if country:
        clauses.append(
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND upper(x.country) = upper(?))"
        )
        params.append(country.strip())
    if type:
        clauses.append("e.type = ?")
        params.append(normalise_type(type))
    # an event with no resolved date is placed on its article's publication date
    if since:
        clauses.append("coalesce(e.date, a.published) >= ?")
        params.append(since)
    if until:
        clauses.append("coalesce(e.date, a.published) <= ?")
        params.append(until)
    if article:
        clauses.append("e.article_id = ?")
        params.append(article)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _with_limit(sql: str, params: list[Any], limit: int | None) -> str:
    """``sql`` with a parameterised LIMIT (appended to ``params``) when a limit is given."""
    if limit is None:
        return sql
    if limit < 0:
        raise WartaError("--limit must be zero or more")
    params.append(int(limit))
    return sql + " LIMIT ?"


def _query_events(con: Any, actor: str | None, country: str | None, type: str | None, since: date | None,
                  until: date | None, article: str | None, limit: int | None) -> list[Event]:
    where, params = event_filters(actor, country, type, since, until, article)
    sql = _with_limit("SELECT e.json FROM events e JOIN articles a ON a.id = e.article_id" + where
                      + " ORDER BY coalesce(e.date, a.published), a.ingested_at, e.article_id, e.position",
                      params, limit)
    return [Event.from_dict(json.loads(row[0])) for row in con.execute(sql, params).fetchall()]


def query_parquet_events(directory: str | Path, actor: str | None = None, country: str | None = None,
                         type: str | None = None, since: date | None = None, until: date | None = None,
                         article: str | None = None, limit: int | None = None) -> list[Event]:
    """The same query over the partitioned Parquet a Dask ingest writes (``warta events --parquet``)."""
    root = Path(directory)
    missing = [t for t in ("articles", "events", "event_actors") if not list((root / t).glob("*.parquet"))]
    if missing:
        raise WartaError(f"{root}: no Parquet output of warta here (missing {', '.join(missing)})")
    con = duckdb.connect()
    try:
        con.read_parquet(str(root / "events" / "*.parquet")).create_view("events_raw")
        con.execute("CREATE VIEW events AS SELECT * REPLACE (TRY_CAST(date AS DATE) AS date,"
                    " TRY_CAST(date_end AS DATE) AS date_end) FROM events_raw")
        con.read_parquet(str(root / "event_actors" / "*.parquet")).create_view("event_actors")
        con.read_parquet(str(root / "articles" / "*.parquet")).create_view("articles_raw")
        con.execute("CREATE VIEW articles AS SELECT *, NULL::TIMESTAMP AS ingested_at FROM articles_raw")
        return _query_events(con, actor, country, type, since, until, article, limit)
    except duckdb.Error as e:
        raise WartaError(f"{root}: cannot read the Parquet files ({_first_line(e)})") from None
    finally:
        con.close()


def aggregate_from_json(text: str) -> agg.Aggregate:
    """An Aggregate from the ``json`` column of ``aggregates``."""
    d = json.loads(text)
    members = [(m["article"], m["event"]) for m in d.get("mentions") or []]
    ev = Event.from_dict({**d, "article": members[0][0] if members else ""})
    return agg.Aggregate(
        id=d["id"], event=ev, canonical_event=d.get("canonical_event", ""), members=members,
        first_seen=_iso_date(d.get("first_seen")), last_seen=_iso_date(d.get("last_seen")),
        num_mentions=int(d.get("num_mentions", 0)), num_articles=int(d.get("num_articles", 0)),
        num_sources=int(d.get("num_sources", 0)), sources=list(d.get("sources") or []),
        confidence=float(d.get("confidence", 0.0)), urls=list(d.get("urls") or []),
    )


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
