"""One event, many reports: which per-article events describe the same happening.

Pure functions over :class:`~warta.types.Event` objects (wrapped as :class:`Mention`,
an event plus the report it came from); :mod:`warta.store` persists the result.

Two mentions are *compatible* (the same happening) when all of these hold:

* the same PLOVER type and modality, and modes that do not disagree (equal, or one unset);
* the same actor and recipient codes (``CTY/SEC`` sets), in either order when either
  event is symmetric (``CONSULT`` ``A ↔ B`` is ``B ↔ A``);
* overlapping dates, widened by a window that depends on the date precision:

  ====================  ===========================================  =================
  precision             interval                                     slack either side
  ====================  ===========================================  =================
  day                   date .. date_end (or date)                   1 day
  week                  date .. date_end (or date + 6)               1 day
  undated               publication - 2 days .. publication          1 day
  month, year, > 31 d   date .. date_end                             none: only an
                                                                     identical interval
  ====================  ===========================================  =================

  Coarse dates (``sejak 2021``, ``bulan lalu``) summarise, they do not report one
  occurrence: letting them match everything inside their interval would glue distinct
  occurrences together, so they only meet coarse mentions of the same interval;
* compatible places: either unknown, or the same country and (the same name, one of
  them the country as a whole, or less than ``PLACE_KM`` apart);
* the same calendar week (ISO 8601) of the date the report gives, or of its publication
  day when it gives none (``period``). Compatibility is not transitive: without this, an
  act repeated every day (shelling reported daily for a year) chains day by day, through
  the one-day slack, into a single aggregate as long as the war. Bounding a component to
  a week keeps every aggregate a happening of a few days, and keeps the work of adding a
  report independent of how much is stored. The price: two reports of one happening that
  disagree by a day across a Sunday/Monday boundary stay two aggregates.

An aggregate is a connected component of the compatibility graph. Components do not
depend on the order mentions arrive in, so adding reports one at a time (what
``Store.add`` does) and grouping everything from scratch (``Store.rebuild_aggregates``)
give the same aggregates, with the same ids: an aggregate's id and summary are
functions of its member set only.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Any

from warta.types import Actor, Event, Location

SLACK_DAYS = 1
UNDATED_DAYS_BEFORE = 2
COARSE_DAYS = 31
PLACE_KM = 75.0
SCHEME = "week-1"
"""How mentions are grouped, recorded in the database: one grouped otherwise is regrouped when opened
(aggregates made before ``period`` existed could span months)."""
PRECISION_RANK = {"day": 0, "week": 1, None: 2, "month": 3, "year": 4}
"""Finer first; ``None`` is an event without a date (placed on its report's publication day)."""


@dataclass(frozen=True)
class Mention:
    """A per-article event together with what the aggregate needs to know about its report."""

    event: Event
    article_id: str
    published: date
    source: str = ""
    """The effective source key: syndicated copies and ``Sumber`` translations share one."""
    source_name: str = ""
    position: int = 0
    url: str | None = None
    outlet: str | None = None

    @cached_property
    def codes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The actor and recipient codes (``actor_codes``), computed once: compared many times."""
        return actor_codes(self.event.actor), actor_codes(self.event.recipient)

    @cached_property
    def span(self) -> Span:
        """``span(event, published)``, computed once."""
        return span(self.event, self.published)

    @cached_property
    def period(self) -> str:
        """``period(event, published)``, computed once."""
        return period(self.event, self.published)


@dataclass(frozen=True)
class Span:
    lo: date
    hi: date
    coarse: bool


# ----------------------------------------------------------------- keys


def actor_codes(actors: Iterable[Actor]) -> tuple[str, ...]:
    """``('IDN/GOV', 'JPN/GOV')``: the sorted set of country/sector codes of one side."""
    return tuple(sorted({f"{a.country or '---'}/{a.sector or '---'}" for a in actors}))


def _side(codes: tuple[str, ...]) -> str:
    return "+".join(codes) or "?"


def period(ev: Event, published: date) -> str:
    """``2024-W34``: the ISO calendar week of the event's date, or of its report's day when it has none."""
    year, week, _ = (parse_date(ev.date) or published).isocalendar()
    return f"{year}-W{week:02d}"


def block_key(m: Mention) -> str:
    """Mentions that can be compatible share this key (type, modality, the unordered code pair, the week)."""
    pair = sorted(_side(codes) for codes in m.codes)
    return f"{m.event.type}|{m.event.modality}|{pair[0]}|{pair[1]}|{m.period}"


def parse_date(value: str | None) -> date | None:
    """An ISO date string as a date, or None when it is empty or not a date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def span(ev: Event, published: date) -> Span:
    """The interval the event may have happened in (see the module table)."""
    d, end = parse_date(ev.date), parse_date(ev.date_end)
    if d is None:
        return Span(published - timedelta(days=UNDATED_DAYS_BEFORE), published, False)
    precision = ev.date_precision or "day"
    if end is None or end < d:
        end = d + timedelta(days=6) if precision == "week" else d
    coarse = precision in ("month", "year") or (end - d).days > COARSE_DAYS
    return Span(d, end, coarse)


def span_bounds(ev: Event, published: date) -> tuple[date, date]:
    """The widest dates a compatible mention's interval can reach: for indexed candidate lookup."""
    s = span(ev, published)
    if s.coarse:
        return s.lo, s.hi
    return s.lo - timedelta(days=SLACK_DAYS), s.hi + timedelta(days=SLACK_DAYS)


# ----------------------------------------------------------------- compatibility


def types_compatible(a: Event, b: Event) -> bool:
    return a.type == b.type and a.modality == b.modality and (not a.mode or not b.mode or a.mode == b.mode)


def actors_compatible(a: Event, b: Event) -> bool:
    a1, a2 = actor_codes(a.actor), actor_codes(a.recipient)
    b1, b2 = actor_codes(b.actor), actor_codes(b.recipient)
    if (a1, a2) == (b1, b2):
        return True
    return (a.symmetric or b.symmetric) and (a1, a2) == (b2, b1)


def dates_compatible(sa: Span, sb: Span) -> bool:
    if sa.coarse or sb.coarse:
        return sa == sb
    slack = timedelta(days=SLACK_DAYS)
    return sa.lo - slack <= sb.hi and sb.lo - slack <= sa.hi


@lru_cache(maxsize=1)
def _area_names() -> frozenset[str]:
    """Names the gazetteer knows as whole countries: a place that is "the country" fits any place in it."""
    try:
        from warta.lang import get_language

        places = get_language("id").places.values()
        return frozenset(p.name.lower() for p in places if getattr(p, "kind", "") == "country")
    except Exception:
        return frozenset()


def is_country_level(loc: Location) -> bool:
    """A whole country: the event line says so (``resolution``); lines written before it existed are
    judged by name. (Reading the resolution also spares the storing process the language tables.)"""
    if loc.resolution is not None:
        return loc.resolution == "country"
    return loc.name.strip().lower() in _area_names()


def km(a: Location, b: Location) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def places_compatible(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.name.strip().lower() == b.name.strip().lower():
        return True
    if is_country_level(a) or is_country_level(b):
        return True
    dist = km(a, b)
    return dist is not None and dist <= PLACE_KM


def compatible(a: Mention, b: Mention) -> bool:
    """True when the two mentions can be reports of one happening (symmetric in a and b)."""
    ea, eb = a.event, b.event
    if not types_compatible(ea, eb) or a.period != b.period:
        return False
    (a1, a2), (b1, b2) = a.codes, b.codes  # ``actors_compatible``, with the codes computed once
    if (a1, a2) != (b1, b2) and not ((ea.symmetric or eb.symmetric) and (a1, a2) == (b2, b1)):
        return False
    return dates_compatible(a.span, b.span) and places_compatible(ea.location, eb.location)


# ----------------------------------------------------------------- grouping


def order_key(m: Mention) -> tuple[Any, ...]:
    """Earliest report first; within a report, the order of the events."""
    return (m.published, m.article_id, m.position, m.event.id)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group(mentions: Iterable[Mention]) -> list[list[Mention]]:
    """The aggregates: connected components of compatibility, each sorted by ``order_key``,
    the list sorted by its first member. Only mentions sharing a ``block_key`` are compared."""
    items = sorted(mentions, key=order_key)
    uf = _UnionFind()
    blocks: dict[str, list[Mention]] = {}
    for m in items:
        uf.find(m.event.id)
        blocks.setdefault(block_key(m), []).append(m)
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if compatible(a, b):
                    uf.union(a.event.id, b.event.id)
    comps: dict[str, list[Mention]] = {}
    for m in items:
        comps.setdefault(uf.find(m.event.id), []).append(m)
    return sorted(comps.values(), key=lambda ms: order_key(ms[0]))


# ----------------------------------------------------------------- summaries


@dataclass
class Aggregate:
    """What happened, according to all its reports."""

    id: str
    event: Event
    """A representative event: the canonical (earliest) report's, with the best date and place of all."""
    canonical_event: str
    members: list[tuple[str, str]] = field(default_factory=list)
    """(article id, event id) of every mention, earliest report first."""
    first_seen: date | None = None
    last_seen: date | None = None
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0
    sources: list[str] = field(default_factory=list)
    confidence: float = 0.0
    urls: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = self.event.to_dict()
        d.pop("article", None)
        d["id"] = self.id
        d["canonical_event"] = self.canonical_event
        d["confidence"] = round(self.confidence, 3)
        d.update({
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "num_mentions": self.num_mentions, "num_articles": self.num_articles,
            "num_sources": self.num_sources, "sources": self.sources, "urls": self.urls,
            "mentions": [{"article": a, "event": e} for a, e in self.members],
        })
        return d


def aggregate_id(members: list[Mention]) -> str:
    """``agg-`` and 12 hex digits of the canonical (earliest) member's event id."""
    first = min(members, key=order_key)
    return "agg-" + hashlib.sha1(first.event.id.encode("utf-8")).hexdigest()[:12]


def combined_confidence(members: list[Mention]) -> float:
    """Noisy-OR over independent sources of each source's best mention confidence.

    One source at 0.9 gives 0.9; two independent sources at 0.9 give 0.99; a syndicated
    copy or a second mention by the same source adds nothing.
    """
    best: dict[str, float] = {}
    for m in members:
        key = m.source or f"article:{m.article_id}"
        best[key] = max(best.get(key, 0.0), float(m.event.confidence))
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - min(max(c, 0.0), 1.0)
    return min(1.0 - miss, 0.999) if best else 0.0


def _most_common(values: list[Any]) -> Any:
    """The most frequent value; ties go to the earliest (values are in report order)."""
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)


def summarise(members: list[Mention]) -> Aggregate:
    """An aggregate's record from its mentions (any order in, the same record out)."""
    members = sorted(members, key=order_key)
    first = members[0]
    # the date: the finest precision any report gives, and the one most reports give at it
    finest = min(PRECISION_RANK.get(m.event.date_precision if m.event.date else None, 2) for m in members)
    dated = [m for m in members if PRECISION_RANK.get(m.event.date_precision if m.event.date else None, 2) == finest]
    date_, date_end, precision = _most_common([(m.event.date, m.event.date_end, m.event.date_precision)
                                               for m in dated])
    # the place: the most often given, preferring a place over a whole country
    located = [m.event.location for m in members if m.event.location is not None]
    specific = [loc for loc in located if not is_country_level(loc)] or located
    location = _most_common(specific) if specific else None
    cameo = _most_common([m.event.cameo for m in members if m.event.cameo] or [first.event.cameo])
    mode = first.event.mode or next((m.event.mode for m in members if m.event.mode), None)
    agg_id = aggregate_id(members)
    conf = combined_confidence(members)
    event = first.event.with_values(id=agg_id, date=date_, date_end=date_end, date_precision=precision,
                                    location=location, cameo=cameo, mode=mode, confidence=conf,
                                    symmetric=any(m.event.symmetric for m in members), explanation=[])
    names: dict[str, str] = {}
    for m in members:
        names.setdefault(m.source or f"article:{m.article_id}", m.source_name or m.source or m.article_id)
    urls = list(dict.fromkeys(m.url for m in members if m.url))  # first-seen order, each once
    return Aggregate(
        id=agg_id, event=event, canonical_event=first.event.id,
        members=[(m.article_id, m.event.id) for m in members],
        first_seen=min(m.published for m in members), last_seen=max(m.published for m in members),
        num_mentions=len(members), num_articles=len({m.article_id for m in members}),
        num_sources=len(names), sources=sorted(names.values()), confidence=conf, urls=urls,
    )


def aggregate(mentions: Iterable[Mention]) -> list[Aggregate]:
    """Group and summarise in one call: the from-scratch result."""
    return [summarise(ms) for ms in group(mentions)]
