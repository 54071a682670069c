"""The embedded event database: one DuckDB file holding articles and their coded events.

Design choices, and why:

* An article's identity is the SHA-256 of its normalised text (``Article.content_hash``),
  so re-ingesting the same feed or folder changes nothing, whatever the ids say.
* A *different* text arriving under an id that is already taken keeps its events but
  is stored as ``ID#HASH8`` (the first 8 hex digits of its content hash), with the
  events' ``article`` field and ids rewritten to match: ids stay unique, and the suffix
  is stable (the same text always gets the same id).
* Everything for one article is written in one transaction, rolled back on any error,
  so a crash or a bad event never leaves an article without its events or vice versa.
* The ``json`` column keeps the full event line: ``query_events`` rebuilds Events from
  it, while the flattened columns and the ``event_actors``/``evidence`` tables exist
  for filtering and for exports.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from warta.types import PLOVER_TYPES, Article, Event, WartaError

SCHEMA_VERSION = "1"
EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    url VARCHAR, outlet VARCHAR, title VARCHAR,
    published DATE NOT NULL, lang VARCHAR, text VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
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


def _iso_date(value: str | None) -> date | None:
    """An event date string as a DATE, or None when the coder gave something else."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def normalise_type(value: str) -> str:
    """A PLOVER type in canonical case; WartaError for anything else."""
    t = value.strip().upper()
    if t not in PLOVER_TYPES:
        raise WartaError(f"unknown event type {value!r}; expected one of {', '.join(PLOVER_TYPES)}")
    return t


class Store:
    """Articles and events in one DuckDB database (a file path, or ``":memory:"``).

    ``create=False`` refuses to create a missing file, for read-only commands where a
    typo in ``--db`` should be an error rather than an empty new database.
    """

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True) -> None:
        self.path = str(path)
        if self.path != ":memory:" and not create and not Path(self.path).exists():
            raise WartaError(f"{self.path}: no such database (create one with `warta ingest ... --db {self.path}`)")
        try:
            self.con = duckdb.connect(self.path)
        except duckdb.Error as e:
            raise WartaError(f"{self.path}: cannot open database ({_first_line(e)})") from None
        try:
            self._init_schema()
        except duckdb.Error as e:
            self.con.close()
            raise WartaError(f"{self.path}: not a usable warta database ({_first_line(e)})") from None

    # ----------------------------------------------------------------- lifecycle

    def _init_schema(self) -> None:
        self.con.execute(_SCHEMA)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        elif row[0] != SCHEMA_VERSION:
            raise WartaError(f"{self.path}: schema version {row[0]}, this warta needs {SCHEMA_VERSION}")

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

    def _free_article_id(self, article: Article) -> str:
        """The article's id, or ``ID#HASH8`` when a different text already holds it."""
        taken = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article.id]).fetchone()
        return article.id if taken is None else f"{article.id}#{article.content_hash[:8]}"

    def _free_event_id(self, wanted: str, used: set[str]) -> str:
        candidate, n = wanted, 1
        while candidate in used or self.con.execute("SELECT 1 FROM events WHERE id = ?", [candidate]).fetchone():
            n += 1
            candidate = f"{wanted}~{n}"
        return candidate

    def _rekey(self, events: list[Event], old_id: str, new_id: str) -> list[Event]:
        """Events pointing at ``new_id`` with ids unique in the database."""
        out: list[Event] = []
        used: set[str] = set()
        for ev in events:
            eid = ev.id
            if new_id != old_id:
                eid = new_id + eid[len(old_id):] if eid.startswith(old_id) else f"{new_id}/{eid}"
            eid = self._free_event_id(eid, used)
            used.add(eid)
            if eid != ev.id or ev.article != new_id:
                ev = dataclasses.replace(ev, id=eid, article=new_id)
            out.append(ev)
        return out

    def add(self, article: Article, events: list[Event]) -> bool:
        """Store an article and its events atomically; False when its text is already stored."""
        if self.has_article(article.content_hash):
            return False
        self.con.begin()
        try:
            art_id = self._free_article_id(article)
            stored = self._rekey(events, article.id, art_id)
            self.con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [art_id, article.content_hash, article.url, article.outlet, article.title, article.published,
                 article.lang, article.text, datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            for pos, ev in enumerate(stored):
                self._insert_event(ev, art_id, pos)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        return True

    def _insert_event(self, ev: Event, article_id: str, position: int) -> None:
        loc = ev.location
        self.con.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [ev.id, article_id, position, ev.type, ev.mode, ev.cameo, ev.quad_class,
             _iso_date(ev.date), _iso_date(ev.date_end), ev.date_precision,
             loc.text if loc else None, loc.name if loc else None, loc.country if loc else None,
             loc.lat if loc else None, loc.lon if loc else None,
             ev.modality, ev.attribution, float(ev.confidence), ev.trigger, bool(ev.symmetric), ev.to_json()],
        )
        rows: list[list[Any]] = []
        for role, actors in (("actor", ev.actor), ("recipient", ev.recipient)):
            for i, a in enumerate(actors):
                rows.append([ev.id, role, i, a.text, a.name, a.country, a.sector, a.kb_id])
        if rows:
            self.con.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        ev_rows = [[ev.id, i, e.text, e.start, e.end] for i, e in enumerate(ev.evidence)]
        if ev_rows:
            self.con.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?)", ev_rows)

    # ----------------------------------------------------------------- reading

    def count_articles(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM articles").fetchone()[0])

    def count_events(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM events").fetchone()[0])

    def _where(self, actor: str | None, country: str | None, type: str | None, since: date | None,
               until: date | None, article: str | None) -> tuple[str, list[Any]]:
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

    def query_events(self, actor: str | None = None, country: str | None = None, type: str | None = None,
                     since: date | None = None, until: date | None = None, article: str | None = None,
                     limit: int | None = None) -> list[Event]:
        """Events matching every given filter, oldest first (by event date, else publication date)."""
        where, params = self._where(actor, country, type, since, until, article)
        sql = ("SELECT e.json FROM events e JOIN articles a ON a.id = e.article_id" + where
               + " ORDER BY coalesce(e.date, a.published), a.ingested_at, e.article_id, e.position")
        if limit is not None:
            if limit < 0:
                raise WartaError("--limit must be zero or more")
            sql += " LIMIT ?"
            params.append(int(limit))
        return [Event.from_dict(json.loads(row[0])) for row in self.con.execute(sql, params).fetchall()]

    def get_article(self, article_id: str) -> Article | None:
        row = self.con.execute(
            "SELECT id, text, published, lang, title, url, outlet FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None
        return Article(id=row[0], text=row[1], published=row[2], lang=row[3], title=row[4], url=row[5],
                       outlet=row[6])

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


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
