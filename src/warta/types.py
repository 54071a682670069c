"""The typed records that flow through warta, one stage to the next.

source -> Article -> Sentence -> mentions (ActorMention, PlaceMention, DateMention,
TriggerMention) -> Event -> store. Each stage takes and returns these plain
dataclasses, so every stage can be tested alone and later stages (trained models,
the knowledge base, the explorer) can plug in without changing the shapes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types, in the manual's order (cooperation first)."""

QUAD_CLASS: dict[str, str] = {
    "AGREE": "verbal-cooperation", "CONSULT": "verbal-cooperation",
    "SUPPORT": "verbal-cooperation", "CONCEDE": "verbal-cooperation",
    "COOPERATE": "material-cooperation", "AID": "material-cooperation",
    "RETREAT": "material-cooperation",
    "REQUEST": "verbal-conflict", "ACCUSE": "verbal-conflict", "REJECT": "verbal-conflict",
    "THREATEN": "verbal-conflict",
    "PROTEST": "material-conflict", "SANCTION": "material-conflict",
    "MOBILIZE": "material-conflict", "COERCE": "material-conflict", "ASSAULT": "material-conflict",
}

MODALITIES: tuple[str, ...] = ("asserted", "future", "negated", "hypothetical")

json_text = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(value, ensure_ascii=False)``, with the encoder made once: ``dumps`` makes a new
one at every call that passes an option, and the store writes a JSON text for every event."""


@dataclass(frozen=True)
class Article:
    """One news report as read from a source, before any analysis.

    ``text`` is the body exactly as read (offsets in events point into it);
    ``published`` is the date every relative expression is resolved against.
    """

    id: str
    text: str
    published: date
    lang: str = "id"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the normalised body: the identity used to skip re-ingests (computed once: an
        ingest asks for it several times an article)."""
        norm = " ".join(self.text.split())
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Token:
    """A word or punctuation mark with its character offsets in the article text.

    Treat it as read-only; it is not declared frozen because a frozen dataclass sets each
    field through ``object.__setattr__``, which made building the tokens almost half the
    cost of tokenizing. Slots: an article has hundreds of tokens, read millions of times.
    """

    text: str
    start: int
    end: int
    lower: str
    root: str
    """The morphological root (``menuduh`` -> ``tuduh``) used to key the lexicons."""
    prefix: str = ""
    """The derivational prefix that was removed (``me``, ``di``, ``pe``, ``ber`` ...)."""


@dataclass(slots=True)
class Sentence:
    """A sentence of the article body, with its tokens. Offsets are article offsets."""

    index: int
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    paragraph: int = 0


@dataclass(frozen=True)
class ArticleMeta:
    """What article structure analysis takes out of the body: not sentences."""

    dateline_place: str | None = None
    """The place in ``Istanbul (ANTARA) -``: where the report was filed."""
    dateline_outlet: str | None = None
    source: str | None = None
    """A trailer like ``Sumber : Anadolu``: the original this report translates."""


@dataclass(frozen=True)
class Entity:
    """An actor as the knowledge base knows it (or as a title lets us code it)."""

    name: str
    country: str | None
    sector: str | None
    kb_id: str | None = None
    kind: str = "actor"
    """actor, country, org, group, media, person, title."""


@dataclass(slots=True)
class ActorMention:
    """A stretch of text that names an actor, resolved to an Entity when possible."""

    text: str
    start: int
    end: int
    entity: Entity
    sentence: int
    tok_start: int
    tok_end: int
    rule: str = ""
    """Which rule or table entry produced it (for explanation)."""


@dataclass(slots=True)
class PlaceMention:
    text: str
    start: int
    end: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    sentence: int
    tok_start: int
    tok_end: int
    kind: str = "city"
    geonameid: int | None = None
    source: str = "table"
    """``table`` (the language's own place names), ``gazetteer`` (GeoNames), or ``ner`` (a name the
    recogniser calls a place, looked up in GeoNames where the gazetteer alone would not trust it)."""


@dataclass(frozen=True)
class DateMention:
    """A resolved date expression. ``end`` is set for spans."""

    text: str
    start: int
    end: int
    value: date
    value_end: date | None = None
    precision: str = "day"
    """day, week, month, year."""
    anaphoric: bool = False
    """True for ``pada hari yang sama``: it takes the date of the previous event."""
    offset_days: int = 0
    """For anaphoric dates: days after (or, negative, before) the previous event's date."""


@dataclass(frozen=True)
class Actor:
    """An actor or recipient as written on the event line."""

    text: str
    name: str
    country: str | None
    sector: str | None
    kb_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        # written out rather than ``asdict``: this runs for every actor of every stored event
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector,
                "kb_id": self.kb_id}


RESOLUTIONS: tuple[str, ...] = ("country", "admin1", "city", "site")
"""How precisely a location is known: a whole country, a province, a town, or a site within one."""


@dataclass(frozen=True)
class Location:
    text: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid, "resolution": self.resolution}


@dataclass(frozen=True)
class Evidence:
    """A piece of text an event was coded from: character offsets into the article."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Event:
    """One coded event: the line format of ``warta code`` (PLOVER-shaped)."""

    article: str
    id: str
    type: str
    mode: str | None
    cameo: str
    actor: list[Actor]
    recipient: list[Actor]
    date: str | None
    date_end: str | None
    location: Location | None
    modality: str
    attribution: str | None
    evidence: list[Evidence]
    confidence: float
    trigger: str = ""
    date_precision: str | None = None
    symmetric: bool = False
    explanation: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.type not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {self.type!r}")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}")

    @property
    def quad_class(self) -> str:
        return QUAD_CLASS[self.type]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "actor": [a.to_json() for a in self.actor],
            "recipient": [a.to_json() for a in self.recipient],
            "symmetric": self.symmetric,
            "date": self.date,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "location": self.location.to_json() if self.location else None,
            "modality": self.modality,
            "attribution": self.attribution,
            "trigger": self.trigger,
            "evidence": [e.to_json() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }

    def to_json(self) -> str:
        """The event as one JSON line (what ``warta code`` prints)."""
        return json_text(self.to_dict())

    def as_stored(self) -> Event:
        """The event as its JSON line reads back (``from_dict(to_dict())``), without the round trip:
        the confidence rounded as written, no explanation (the line does not carry it)."""
        return self.with_values(cameo=self.cameo or "", confidence=float(round(self.confidence, 3)),
                                symmetric=bool(self.symmetric), explanation=[])

    def with_values(self, **changes: Any) -> Event:
        """A shallow copy with some fields changed: :func:`dataclasses.replace` without re-running
        ``__init__`` and its checks, which the store does for every event it writes and every
        aggregate it summarises (about ten times an article). Only known fields may change, and
        ``type`` and ``modality`` stay checked."""
        unknown = changes.keys() - _EVENT_FIELDS
        if unknown:
            raise TypeError(f"Event has no field(s) {sorted(unknown)}")
        new = object.__new__(Event)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        if "type" in changes or "modality" in changes:
            new.__post_init__()
        return new

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        loc = d.get("location")
        return cls(
            article=d["article"], id=d["id"], type=d["type"], mode=d.get("mode"),
            cameo=d.get("cameo") or "", actor=[Actor(**a) for a in d.get("actor") or []],
            recipient=[Actor(**a) for a in d.get("recipient") or []],
            date=d.get("date"), date_end=d.get("date_end"),
            location=Location(**loc) if loc else None, modality=d.get("modality", "asserted"),
            attribution=d.get("attribution"),
            evidence=[Evidence(**e) for e in d.get("evidence") or []],
            confidence=float(d.get("confidence", 0.0)), trigger=d.get("trigger", ""),
            date_precision=d.get("date_precision"), symmetric=bool(d.get("symmetric", False)),
        )


_EVENT_FIELDS = frozenset(f.name for f in dataclasses.fields(Event))


class WartaError(Exception):
    """An error a user can act on: printed as one line naming the input, never a traceback."""


class InputError(WartaError):
    """An input (file, URL, feed, line) that cannot be read as an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
