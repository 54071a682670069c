"""Read-side SQL for the explorer: filters, keyset pagination and aggregations over the store.

Every value reaches DuckDB as a bound parameter; the only SQL text chosen from a request
is a sort expression, and that is looked up in :data:`SORTS`, never interpolated.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
import warnings
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from warta.store import Store, normalise_type
from warta.types import MODALITIES, PLOVER_TYPES, WartaError

QUAD_CLASSES: tuple[str, ...] = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")

_FROM = " FROM events e JOIN articles a ON a.id = e.article_id"
_FIRST_ACTOR = ("coalesce((SELECT x.name FROM event_actors x WHERE x.event_id = e.id AND x.role = 'actor'"
                " ORDER BY x.position LIMIT 1), '')")

SORTS: dict[str, tuple[str, str]] = {
    "date": ("coalesce(e.date, a.published)", "date"),
    "type": ("e.type", "str"),
    "quad_class": ("coalesce(e.quad_class, '')", "str"),
    "confidence": ("coalesce(e.confidence, 0.0)", "num"),
    "outlet": ("coalesce(a.outlet, '')", "str"),
    "place": ("coalesce(e.loc_name, '')", "str"),
    "modality": ("coalesce(e.modality, '')", "str"),
    "actor": (_FIRST_ACTOR, "str"),
}
"""Sortable columns: name -> (SQL expression, never NULL; kind of value for the cursor)."""


class BadRequest(WartaError):
    """A request parameter that makes no sense (reported as HTTP 400)."""


def _contains(expr: str) -> str:
    return f"contains(lower(coalesce({expr}, '')), lower(?))"


@dataclass
class Filters:
    """The event filters of ``warta events`` plus the explorer's own (all combined with AND)."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    quad_class: str | None = None
    since: date | None = None
    until: date | None = None
    article: str | None = None
    place: str | None = None
    modality: str | None = None
    outlet: str | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, str):
                setattr(self, f.name, v.strip() or None)
        if self.type:
            try:
                self.type = normalise_type(self.type)
            except WartaError as e:
                raise BadRequest(str(e)) from None
        if self.quad_class and self.quad_class not in QUAD_CLASSES:
            raise BadRequest(f"unknown quad class {self.quad_class!r}; expected one of {', '.join(QUAD_CLASSES)}")
        if self.modality and self.modality not in MODALITIES:
            raise BadRequest(f"unknown modality {self.modality!r}; expected one of {', '.join(MODALITIES)}")
        if self.since and self.until and self.since > self.until:
            raise BadRequest(f"since {self.since} is after until {self.until}")

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions over ``events e JOIN articles a`` and their parameters."""
        c: list[str] = []
        p: list[Any] = []
        if self.actor:
            # as in `warta events`: a symmetric event's recipient is as much an actor as its actor
            c.append("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id"
                     " AND (x.role = 'actor' OR e.\"symmetric\") AND (" + _contains("x.name") + " OR "
                     + _contains("x.text") + "))")
            p += [self.actor, self.actor]
        if self.recipient:
            c.append("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id"
                     " AND (x.role = 'recipient' OR e.\"symmetric\") AND (" + _contains("x.name") + " OR "
                     + _contains("x.text") + "))")
            p += [self.recipient, self.recipient]
        if self.country:
            c.append("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND upper(x.country) = upper(?))")
            p.append(self.country)
        if self.type:
            c.append("e.type = ?")
            p.append(self.type)
        if self.quad_class:
            c.append("e.quad_class = ?")
            p.append(self.quad_class)
        if self.since:
            c.append("coalesce(e.date, a.published) >= ?")
            p.append(self.since)
        if self.until:
            c.append("coalesce(e.date, a.published) <= ?")
            p.append(self.until)
        if self.article:
            c.append("e.article_id = ?")
            p.append(self.article)
        if self.place:
            c.append("(" + _contains("e.loc_name") + " OR " + _contains("e.loc_text") + ")")
            p += [self.place, self.place]
        if self.modality:
            c.append("e.modality = ?")
            p.append(self.modality)
        if self.outlet:
            c.append("lower(coalesce(a.outlet, '')) = lower(?)")
            p.append(self.outlet)
        if self.q:
            c.append("(" + " OR ".join([
                _contains("e.\"trigger\""), _contains("a.title"),
                "EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = e.id AND " + _contains("v.text") + ")",
                "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND (" + _contains("x.name")
                + " OR " + _contains("x.text") + "))",
            ]) + ")")
            p += [self.q] * 5
        return c, p

    def sql(self, extra: list[str] | None = None, extra_params: list[Any] | None = None) -> tuple[str, list[Any]]:
        c, p = self.where()
        c += extra or []
        p += extra_params or []
        return (" WHERE " + " AND ".join(c)) if c else "", p


# --------------------------------------------------------------------------- cursors


def encode_cursor(sort: str, desc: bool, value: Any, event_id: str) -> str:
    if isinstance(value, date):
        value = value.isoformat()
    raw = json.dumps([sort, desc, value, event_id], ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, sort: str, desc: bool) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        c_sort, c_desc, value, event_id = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise BadRequest("invalid cursor") from None
    if c_sort != sort or bool(c_desc) != desc or not isinstance(event_id, str):
        raise BadRequest("the cursor belongs to another sort order; start again without it")
    kind = SORTS[sort][1]
    try:
        if kind == "date":
            value = date.fromisoformat(value)
        elif kind == "num":
            value = float(value)
        elif not isinstance(value, str):
            raise ValueError
    except (TypeError, ValueError):
        raise BadRequest("invalid cursor") from None
    return value, event_id


# --------------------------------------------------------------------------- events


def _event_out(row: tuple[Any, ...]) -> dict[str, Any]:
    d = json.loads(row[0])
    d["published"] = row[1].isoformat() if row[1] else None
    d["outlet"] = row[2]
    d["title"] = row[3]
    return d


_EVENT_COLS = "SELECT e.json, a.published, a.outlet, a.title"


def page_events(store: Store, f: Filters, *, sort: str = "date", desc: bool = False, limit: int = 50,
                cursor: str | None = None) -> dict[str, Any]:
    """One page of events in ``sort`` order (ties by id) and the cursor of the next page."""
    if sort not in SORTS:
        raise BadRequest(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    expr, _ = SORTS[sort]
    where, params = f.sql()
    total = store.con.execute("SELECT count(*)" + _FROM + where, params).fetchone()[0]
    extra: list[str] = []
    extra_p: list[Any] = []
    if cursor:
        value, last_id = decode_cursor(cursor, sort, desc)
        op = "<" if desc else ">"
        extra.append(f"({expr} {op} ? OR ({expr} = ? AND e.id {op} ?))")
        extra_p += [value, value, last_id]
    where, params = f.sql(extra, extra_p)
    order = "DESC" if desc else "ASC"
    sql = (f"{_EVENT_COLS}, {expr} AS sortkey, e.id" + _FROM + where
           + f" ORDER BY sortkey {order}, e.id {order} LIMIT ?")
    rows = store.con.execute(sql, [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor(sort, desc, rows[-1][4], rows[-1][5]) if more and rows else None
    return {"total": int(total), "limit": limit, "sort": sort, "order": "desc" if desc else "asc",
            "next_cursor": nxt, "events": [_event_out(r) for r in rows]}


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    row = store.con.execute(_EVENT_COLS + _FROM + " WHERE e.id = ?", [event_id]).fetchone()
    return _event_out(row) if row else None


def article_events(store: Store, article_id: str) -> list[dict[str, Any]]:
    rows = store.con.execute(_EVENT_COLS + _FROM + " WHERE e.article_id = ? ORDER BY e.position",
                             [article_id]).fetchall()
    return [_event_out(r) for r in rows]


# --------------------------------------------------------------------------- articles


def list_articles(store: Store, *, q: str | None = None, outlet: str | None = None, limit: int = 50,
                  offset: int = 0) -> dict[str, Any]:
    c: list[str] = []
    p: list[Any] = []
    if q and q.strip():
        c.append("(" + _contains("a.title") + " OR " + _contains("a.id") + ")")
        p += [q.strip(), q.strip()]
    if outlet and outlet.strip():
        c.append("lower(coalesce(a.outlet, '')) = lower(?)")
        p.append(outlet.strip())
    where = (" WHERE " + " AND ".join(c)) if c else ""
    total = store.con.execute("SELECT count(*) FROM articles a" + where, p).fetchone()[0]
    rows = store.con.execute(
        "SELECT a.id, a.published, a.outlet, a.title, a.url, a.source, a.dup_cluster,"
        " (SELECT count(*) FROM events e WHERE e.article_id = a.id) FROM articles a" + where
        + " ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", [*p, limit, offset]).fetchall()
    keys = ("id", "published", "outlet", "title", "url", "source", "dup_cluster", "events")
    out = []
    for r in rows:
        d = dict(zip(keys, r, strict=True))
        d["published"] = d["published"].isoformat()
        out.append(d)
    return {"total": int(total), "limit": limit, "offset": offset, "articles": out}


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    row = store.con.execute(
        "SELECT id, title, published, outlet, url, lang, text, content_hash, ingested_at, source, attributed_source,"
        " dup_cluster FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    keys = ("id", "title", "published", "outlet", "url", "lang", "text", "content_hash", "ingested_at", "source",
            "attributed_source", "dup_cluster")
    d = dict(zip(keys, row, strict=True))
    d["published"] = d["published"].isoformat()
    d["ingested_at"] = d["ingested_at"].isoformat() if d["ingested_at"] else None
    links = store.con.execute(
        "SELECT CASE WHEN a = ? THEN b ELSE a END, similarity FROM article_links WHERE a = ? OR b = ?"
        " ORDER BY similarity DESC", [article_id, article_id, article_id]).fetchall()
    d["duplicates"] = [{"id": i, "similarity": s} for i, s in links]
    d["events"] = article_events(store, article_id)
    return d


# --------------------------------------------------------------------------- aggregations


def actors(store: Store, *, q: str | None = None, country: str | None = None, limit: int = 100,
           offset: int = 0) -> dict[str, Any]:
    c: list[str] = []
    p: list[Any] = []
    if q and q.strip():
        c.append("(" + _contains("x.name") + " OR " + _contains("x.text") + ")")
        p += [q.strip(), q.strip()]
    if country and country.strip():
        c.append("upper(x.country) = upper(?)")
        p.append(country.strip())
    where = (" WHERE " + " AND ".join(c)) if c else ""
    base = ("SELECT coalesce(x.name, x.text) AS name, x.country, any_value(x.sector) AS sector,"
            " any_value(x.kb_id) AS kb_id, count(DISTINCT x.event_id) AS events,"
            " count(DISTINCT x.event_id) FILTER (WHERE x.role = 'actor') AS as_actor,"
            " count(DISTINCT x.event_id) FILTER (WHERE x.role = 'recipient') AS as_recipient"
            " FROM event_actors x" + where + " GROUP BY 1, 2")
    total = store.con.execute(f"SELECT count(*) FROM ({base})", p).fetchone()[0]
    rows = store.con.execute(base + " ORDER BY events DESC, name LIMIT ? OFFSET ?", [*p, limit, offset]).fetchall()
    keys = ("name", "country", "sector", "kb_id", "events", "as_actor", "as_recipient")
    return {"total": int(total), "limit": limit, "offset": offset,
            "actors": [dict(zip(keys, r, strict=True)) for r in rows]}


def timeline(store: Store, f: Filters, by: str = "type") -> dict[str, Any]:
    if by not in ("type", "quad_class"):
        raise BadRequest("by must be type or quad_class")
    where, p = f.sql()
    rows = store.con.execute(f"SELECT coalesce(e.date, a.published) AS day, e.{by}, count(*)" + _FROM + where
                             + " GROUP BY 1, 2 ORDER BY 1, 2", p).fetchall()
    return {"by": by, "rows": [{"day": d.isoformat(), "key": k, "count": n} for d, k, n in rows]}


def dyad(store: Store, f: Filters, a: str, b: str) -> dict[str, Any]:
    """Events between two actors per day, in each direction, by quad class."""
    side = ("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role = ? AND ("
            + _contains("x.name") + " OR " + _contains("x.text") + "))")
    out = []
    for label, src, dst in ((f"{a} → {b}", a, b), (f"{b} → {a}", b, a)):
        where, p = f.sql([side, side], ["actor", src, src, "recipient", dst, dst])
        rows = store.con.execute("SELECT coalesce(e.date, a.published) AS day, e.quad_class, count(*)" + _FROM
                                 + where + " GROUP BY 1, 2 ORDER BY 1, 2", p).fetchall()
        out += [{"day": d.isoformat(), "direction": label, "key": k, "count": n} for d, k, n in rows]
    return {"a": a, "b": b, "rows": out}


def network(store: Store, f: Filters, max_nodes: int = 40) -> dict[str, Any]:
    where, p = f.sql()
    rows = store.con.execute(
        "WITH f AS (SELECT e.id, e.quad_class" + _FROM + where + ")"
        " SELECT coalesce(s.name, s.text), s.country, coalesce(r.name, r.text), r.country, f.quad_class, count(*)"
        " FROM f JOIN event_actors s ON s.event_id = f.id AND s.role = 'actor'"
        " JOIN event_actors r ON r.event_id = f.id AND r.role = 'recipient'"
        " GROUP BY 1, 2, 3, 4, 5", p).fetchall()
    weight: dict[str, int] = {}
    country: dict[str, str | None] = {}
    for s, sc, r, rc, _, n in rows:
        for name, cty in ((s, sc), (r, rc)):
            weight[name] = weight.get(name, 0) + n
            country.setdefault(name, cty)
    keep = sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes]
    kept = set(keep)
    edges = [{"source": s, "target": r, "quad_class": q, "count": n}
             for s, _, r, _, q, n in sorted(rows, key=lambda t: (-t[5], t[0], t[2])) if s in kept and r in kept]
    return {"nodes": [{"id": k, "country": country[k], "count": weight[k]} for k in keep], "edges": edges,
            "truncated": len(weight) > max_nodes}


def places(store: Store, f: Filters, limit: int = 1000) -> dict[str, Any]:
    where, p = f.sql(["e.loc_lat IS NOT NULL", "e.loc_lon IS NOT NULL"])
    rows = store.con.execute("SELECT e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, count(*) AS n" + _FROM + where
                             + " GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1 LIMIT ?", [*p, limit]).fetchall()
    return {"places": [{"name": a, "country": b, "lat": c, "lon": d, "count": n} for a, b, c, d, n in rows]}


def stats(store: Store, f: Filters) -> dict[str, Any]:
    where, p = f.sql()
    con = store.con

    def counts(expr: str, limit: int = 50) -> dict[str, int]:
        rows = con.execute(f"SELECT {expr} AS k, count(*) AS n" + _FROM + where
                           + " GROUP BY 1 ORDER BY n DESC, k LIMIT ?", [*p, limit]).fetchall()
        return {str(k) if k is not None else "": int(n) for k, n in rows}

    n, first, last = con.execute("SELECT count(*), min(coalesce(e.date, a.published)), max(coalesce(e.date,"
                                 " a.published))" + _FROM + where, p).fetchone()
    by_type = counts("e.type")
    by_quad = counts("e.quad_class")
    return {
        "events": int(n), "articles": int(con.execute("SELECT count(*) FROM articles").fetchone()[0]),
        "events_total": int(con.execute("SELECT count(*) FROM events").fetchone()[0]),
        "first_date": first.isoformat() if first else None, "last_date": last.isoformat() if last else None,
        "by_type": by_type, "by_quad_class": by_quad, "by_modality": counts("e.modality"),
        "outlets": counts("a.outlet"),
        "quad_classes": list(QUAD_CLASSES), "types": list(PLOVER_TYPES),
    }


# --------------------------------------------------------------------------- export


def export(store: Store, f: Filters, fmt: str) -> bytes:
    """The selected events as jsonl (the ``warta code`` lines), csv or parquet (the ``events_flat`` columns)."""
    where, p = f.sql()
    order = " ORDER BY coalesce(e.date, a.published), a.ingested_at, e.article_id, e.position"
    if fmt == "jsonl":
        rows = store.con.execute("SELECT e.json" + _FROM + where + order, p).fetchall()
        return "".join(r[0] + "\n" for r in rows).encode("utf-8")
    sql = ("SELECT f.* FROM events_flat f JOIN events e ON e.id = f.id JOIN articles a ON a.id = e.article_id"
           + where + order)
    if fmt == "csv":
        cur = store.con.execute(sql, p)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([d[0] for d in cur.description])
        for row in cur.fetchall():
            w.writerow(["" if v is None else (str(v).lower() if isinstance(v, bool) else v) for v in row])
        return buf.getvalue().encode("utf-8")
    if fmt == "parquet":
        import pyarrow.parquet as pq

        cur = store.con.execute(sql, p)
        to_table = getattr(cur, "to_arrow_table", None) or cur.fetch_arrow_table  # duckdb 2 renamed it
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duckdb 2 notes the extra copy: fine for one selection
            table = to_table()
        out = io.BytesIO()
        pq.write_table(table, out)
        return out.getvalue()
    raise BadRequest(f"unknown export format {fmt!r}; expected csv, jsonl or parquet")

