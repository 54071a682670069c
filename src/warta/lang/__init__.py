"""Language packages: everything the coder knows about one language, as data.

Each language lives in ``warta/lang/<code>/`` the way spaCy keeps ``spacy/lang/*``:
tab-separated tables and JSON files for the lexicons, plus a few small modules of
rules (morphology, dates). The coder only ever talks to the :class:`Language`
object built here, so adding a language means adding a folder, not touching the
coder.

Table formats (UTF-8, tab-separated, ``#`` starts a comment line, first
non-comment line is the header):

``triggers.tsv``  key, match, type, mode, cameo, frame, preps
    ``match`` is ``root`` (any affixed form of the root: menuduh, dituduh, tuduhan),
    ``word`` (this exact word form only), ``phrase`` (space-separated roots in a
    row) or ``near`` (``kirim ~ bantuan``: the second root within six words of the
    first, as in ``mengirim 500 ton bantuan``). ``frame`` says where actor and recipient are: ``transitive`` (X V Y;
    passive di-/ter- swaps them), ``joint`` (X V dengan/bersama Y, antara X dan Y:
    symmetric), ``intransitive`` (only the subject; a recipient only after one of
    ``preps``), ``patient`` (the subject is the one it happened to: tewas, ditahan).
    ``preps`` is a comma list of words that introduce the recipient.
``actors.tsv``    surface, name, country, sector, kind, kb_id
    (actor and place surfaces keep their case: ``AS`` must not match ``as``)
``titles.tsv``    surface, sector, kind
``places.tsv``    surface, name, country, lat, lon, kind, geonameid
"""

from __future__ import annotations

import csv
import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from warta.types import PLOVER_TYPES, DateMention, Entity


@dataclass(frozen=True)
class TriggerEntry:
    key: str
    match: str
    type: str
    mode: str | None
    cameo: str
    frame: str
    preps: tuple[str, ...] = ()


@dataclass(frozen=True)
class TitleEntry:
    surface: str
    sector: str
    kind: str = "title"


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    geonameid: int | None = None


@dataclass
class Language:
    """All language-specific knowledge, handed to the language-neutral coder."""

    code: str
    name: str
    path: Path
    analyse_word: Callable[[str], tuple[str, str]]
    """word -> (root, prefix): the morphology of the language package."""
    find_dates: Callable[[str, date], list[DateMention]]
    """text, publication date -> resolved date expressions (offsets into text)."""
    triggers: list[TriggerEntry]
    actors: dict[str, Entity]
    titles: dict[str, TitleEntry]
    places: dict[str, Place]
    cues: dict[str, Any] = field(default_factory=dict)
    structure: dict[str, Any] = field(default_factory=dict)
    place_stopwords: frozenset[str] = frozenset()
    """Words that are never a place on their own, though a town somewhere has the name (``Bulan``)."""
    place_prefixes: tuple[str, ...] = ()
    """Administrative prefixes of place names (``Kabupaten``, ``Kab.``): the name after one is
    looked up alone when the whole is not a place name (see :mod:`warta.gazetteer`)."""
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, name: str, build: Callable[[], Any]) -> Any:
        """What a stage builds from this language's tables (indexes, cue sets), built once and kept
        with the language, so that a coder made for every article does not build it again."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]

    def trigger_index(self) -> dict[str, list[TriggerEntry]]:
        """Triggers keyed by their first root/word, for a quick scan over tokens."""
        index: dict[str, list[TriggerEntry]] = {}
        for t in self.triggers:
            index.setdefault(t.key.split()[0], []).append(t)
        return index

    @staticmethod
    def _check(entry: TriggerEntry) -> None:
        if entry.match == "near" and "~" not in entry.key:
            raise ValueError(f"trigger {entry.key!r}: a 'near' entry is 'first ~ second'")


def read_table(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated table with a header, skipping blank and ``#`` lines."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _none(value: str) -> str | None:
    return value if value and value not in ("-", "null") else None


def load_triggers(path: Path) -> list[TriggerEntry]:
    out = []
    for row in read_table(path):
        if row["type"] not in PLOVER_TYPES:
            raise ValueError(f"{path.name}: unknown PLOVER type {row['type']!r} for {row['key']!r}")
        preps = tuple(p.strip() for p in row.get("preps", "").split(",") if p.strip() and p != "-")
        if row["match"] not in ("root", "word", "phrase", "near"):
            raise ValueError(f"{path.name}: unknown match {row['match']!r} for {row['key']!r}")
        entry = TriggerEntry(row["key"].lower(), row["match"], row["type"], _none(row["mode"]),
                             row["cameo"], row["frame"], preps)
        Language._check(entry)
        out.append(entry)
    return out


def load_actors(path: Path) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for row in read_table(path):
        out[row["surface"]] = Entity(
            name=row["name"], country=_none(row["country"]), sector=_none(row["sector"]),
            kb_id=_none(row.get("kb_id", "")), kind=row.get("kind") or "actor")
    return out


def load_titles(path: Path) -> dict[str, TitleEntry]:
    return {row["surface"].lower(): TitleEntry(row["surface"].lower(), row["sector"], row.get("kind") or "title")
            for row in read_table(path)}


def load_places(path: Path) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for row in read_table(path):
        lat, lon = _none(row.get("lat", "")), _none(row.get("lon", ""))
        gid = _none(row.get("geonameid", ""))
        out[row["surface"]] = Place(
            name=row["name"], country=_none(row["country"]),
            lat=float(lat) if lat else None, lon=float(lon) if lon else None,
            kind=row.get("kind") or "city", geonameid=int(gid) if gid else None)
    return out


def load_words(path: Path) -> tuple[str, ...]:
    """The entries of a word list, one a line, in file order (blank lines and ``#`` comments skipped)."""
    lines = (ln.split("#", 1)[0].strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return tuple(ln for ln in lines if ln)


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


@cache
def get_language(code: str) -> Language:
    """The language package for an ISO 639-1 code; raises LookupError when none exists."""
    try:
        module = importlib.import_module(f"warta.lang.{code}")
    except ModuleNotFoundError as exc:
        raise LookupError(f"no language package for {code!r}") from exc
    return with_kb_actors(module.create_language())


def with_kb_actors(lang: Language) -> Language:
    """Add the knowledge base's entity surfaces (countries, bodies, groups, media, institutions: warta.kb) to the
    language's actor table. The language's own ``actors.tsv`` wins: a knowledge-base surface is added only when no
    table surface has the same tokens (matching is on lower-cased tokens)."""
    import re

    from warta.kb import actor_rows

    def key(surface: str) -> tuple[str, ...]:
        return tuple(t.lower() for t in re.findall(r"\w+(?:[-'\u2019]\w+)*|[^\w\s]", surface))

    have = {key(s) for s in lang.actors}
    for row in actor_rows(lang.code):
        k = key(row["surface"])
        if k and k not in have:
            have.add(k)
            lang.actors[row["surface"]] = Entity(name=row["name"], country=_none(row["country"]),
                                                 sector=_none(row["sector"]), kb_id=_none(row["kb_id"]),
                                                 kind=row["kind"] or "actor")
    return lang


def available_languages() -> list[str]:
    here = Path(__file__).parent
    return sorted(p.name for p in here.iterdir() if (p / "__init__.py").exists())
