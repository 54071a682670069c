"""Standard exports of the aggregate events: GDELT 2.0 Events/Mentions tables and PLOVER JSON lines.

GDELT 2.0 (``--format gdelt``) writes two tab-separated files without a header row,
exactly as GDELT's own ``*.export.CSV`` and ``*.mentions.CSV`` files are laid out:
``OUT.events.csv`` (the 61 Event columns of ``EVENT_COLUMNS``, one row per aggregate)
and ``OUT.mentions.csv`` (the 16 Mention columns of ``MENTION_COLUMNS``, one row per
report of an aggregate). Only *asserted* aggregates are written: GDELT has no field
for a denied, planned or hypothetical event. What warta does not know is left empty.

Approximations, all documented here:

* Actor codes are CAMEO-style ``country + sector`` (``IDNGOV``). CAMEO country codes
  are ISO 3166 alpha-3 except for a few (``ISO3_TO_CAMEO``); warta's international
  "countries" (UNO, IGO, NGO, MNC, IMG, EUR) become CAMEO actor/type codes.
* Geographic country codes are FIPS 10-4 (``ISO3_TO_FIPS``), as in GDELT. Palestine
  (PSE) is split by FIPS into Gaza (GZ) and the West Bank (WE): coordinates in the
  Gaza Strip give GZ, anything else WE. Kosovo is KV.
* ``GoldsteinScale`` is the Goldstein value of the event's CAMEO *root* code
  (``GOLDSTEIN_BY_ROOT``), not of the full code.
* ``ActionGeo_FeatureID`` is the FIPS code for a country-level place and empty
  otherwise (GDELT uses GNS/GNIS feature ids, which warta does not have; a GeoNames id
  is a different id space). ADM1/ADM2 codes are empty except the country for type 1.
* Times: warta knows publication *dates*; ``DATEADDED``, ``EventTimeDate`` and
  ``MentionTimeDate`` are that date at 00:00:00 (first seen, resp. the mention's report).
* ``GLOBALEVENTID`` is a 60-bit integer derived from the aggregate id, so it is stable
  while the aggregate's earliest report stays the same.
* ``Actor1Geo``/``Actor2Geo`` are empty (type 0): warta locates events, not actors.

PLOVER (``--format plover``) writes one JSON object per aggregate with the PLOVER
manual's field names (``id``, ``date``, ``enddate``, ``actor``/``recipient`` entity
objects with ``code``, ``sector``, ``entity_text``, ``identifier_id``,
``identifier_text``, ``event``, ``mode``, ``context``, ``event_loc`` (location object:
``extracted_place``, ``resolved_place``, ``geonameid``, ``lat``, ``lon``,
``country_code``), ``event_text``, ``quad_code``, ``text_info``, ``cite_info``,
``coder``), plus warta's named extensions (the manual allows them): ``modality``,
``confidence``, ``first_seen``, ``num_mentions``, ``num_articles``, ``num_sources``,
``sources``, ``mentions``.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from warta.aggregate import Aggregate, Mention, is_country_level
from warta.types import Actor, Event, Location, WartaError

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
"""The 61 columns of a GDELT 2.0 Events (``export.CSV``) row, in the codebook's order."""

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
"""The 16 columns of a GDELT 2.0 Mentions (``mentions.CSV``) row, in the codebook's order."""

QUAD_CODE: dict[str, int] = {
    "verbal-cooperation": 1, "material-cooperation": 2, "verbal-conflict": 3, "material-conflict": 4,
}

GOLDSTEIN_BY_ROOT: dict[str, float] = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
    "10": -5.0, "11": -2.0, "12": -4.0, "13": -4.4, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
    "18": -9.0, "19": -10.0, "20": -10.0,
}
"""Goldstein scale of each CAMEO root code's generic event (``040``, ``180`` ...)."""

DEFAULT_CAMEO: dict[str, str] = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060", "AID": "070",
    "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
    "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170", "ASSAULT": "180",
}
"""A CAMEO code for an event the coder gave none."""

ISO3_TO_CAMEO: dict[str, str] = {"ROU": "ROM", "TLS": "TMP", "KOS": "KSV"}
"""ISO 3166 alpha-3 codes CAMEO spells differently (actor country codes)."""

INTERNATIONAL: dict[str, tuple[str, str]] = {
    # warta "country" -> (CAMEO actor code, known group / type code); country code stays empty
    "UNO": ("UNO", "UNO"), "IGO": ("IGO", "IGO"), "NGO": ("NGO", "NGO"), "MNC": ("MNC", "MNC"),
    "IMG": ("IMG", "IMG"), "EUR": ("EUR", "EEC"),
}

ISO3_TO_FIPS: dict[str, str] = {
    "AFG": "AF", "AGO": "AO", "ALB": "AL", "AND": "AN", "ARE": "AE", "ARG": "AR", "ARM": "AM", "ATG": "AC",
    "AUS": "AS", "AUT": "AU", "AZE": "AJ", "BDI": "BY", "BEL": "BE", "BEN": "BN", "BFA": "UV", "BGD": "BG",
    "BGR": "BU", "BHR": "BA", "BHS": "BF", "BIH": "BK", "BLR": "BO", "BLZ": "BH", "BOL": "BL", "BRA": "BR",
    "BRB": "BB", "BRN": "BX", "BTN": "BT", "BWA": "BC", "CAF": "CT", "CAN": "CA", "CHE": "SZ", "CHL": "CI",
    "CHN": "CH", "CIV": "IV", "CMR": "CM", "COD": "CG", "COG": "CF", "COL": "CO", "COM": "CN", "CPV": "CV",
    "CRI": "CS", "CUB": "CU", "CYP": "CY", "CZE": "EZ", "DEU": "GM", "DJI": "DJ", "DMA": "DO", "DNK": "DA",
    "DOM": "DR", "DZA": "AG", "ECU": "EC", "EGY": "EG", "ERI": "ER", "ESP": "SP", "EST": "EN", "ETH": "ET",
    "FIN": "FI", "FJI": "FJ", "FRA": "FR", "FSM": "FM", "GAB": "GB", "GBR": "UK", "GEO": "GG", "GHA": "GH",
    "GIN": "GV", "GMB": "GA", "GNB": "PU", "GNQ": "EK", "GRC": "GR", "GRD": "GJ", "GTM": "GT", "GUY": "GY",
    "HKG": "HK", "HND": "HO", "HRV": "HR", "HTI": "HA", "HUN": "HU", "IDN": "ID", "IND": "IN", "IRL": "EI",
    "IRN": "IR", "IRQ": "IZ", "ISL": "IC", "ISR": "IS", "ITA": "IT", "JAM": "JM", "JOR": "JO", "JPN": "JA",
    "KAZ": "KZ", "KEN": "KE", "KGZ": "KG", "KHM": "CB", "KIR": "KR", "KNA": "SC", "KOR": "KS", "KOS": "KV",
    "KWT": "KU", "LAO": "LA", "LBN": "LE", "LBR": "LI", "LBY": "LY", "LCA": "ST", "LIE": "LS", "LKA": "CE",
    "LSO": "LT", "LTU": "LH", "LUX": "LU", "LVA": "LG", "MAR": "MO", "MCO": "MN", "MDA": "MD", "MDG": "MA",
    "MDV": "MV", "MEX": "MX", "MHL": "RM", "MKD": "MK", "MLI": "ML", "MLT": "MT", "MMR": "BM", "MNE": "MJ",
    "MNG": "MG", "MOZ": "MZ", "MRT": "MR", "MUS": "MP", "MWI": "MI", "MYS": "MY", "NAM": "WA", "NER": "NG",
    "NGA": "NI", "NIC": "NU", "NLD": "NL", "NOR": "NO", "NPL": "NP", "NRU": "NR", "NZL": "NZ", "OMN": "MU",
    "PAK": "PK", "PAN": "PM", "PER": "PE", "PHL": "RP", "PLW": "PS", "PNG": "PP", "POL": "PL", "PRK": "KN",
    "PRT": "PO", "PRY": "PA", "PSE": "WE", "QAT": "QA", "ROU": "RO", "RUS": "RS", "RWA": "RW", "SAU": "SA",
    "SDN": "SU", "SEN": "SG", "SGP": "SN", "SLB": "BP", "SLE": "SL", "SLV": "ES", "SMR": "SM", "SOM": "SO",
    "SRB": "RI", "SSD": "OD", "STP": "TP", "SUR": "NS", "SVK": "LO", "SVN": "SI", "SWE": "SW", "SWZ": "WZ",
    "SYC": "SE", "SYR": "SY", "TCD": "CD", "TGO": "TO", "THA": "TH", "TJK": "TI", "TKM": "TX", "TLS": "TT",
    "TON": "TN", "TTO": "TD", "TUN": "TS", "TUR": "TU", "TUV": "TV", "TWN": "TW", "TZA": "TZ", "UGA": "UG",
    "UKR": "UP", "URY": "UY", "USA": "US", "UZB": "UZ", "VAT": "VT", "VCT": "VC", "VEN": "VE", "VNM": "VM",
    "VUT": "NH", "WSM": "WS", "YEM": "YM", "ZAF": "SF", "ZMB": "ZA", "ZWE": "ZI",
}
"""ISO 3166 alpha-3 -> FIPS 10-4, for every country in warta's actor and place tables."""

_LANG3 = {"id": "ind", "en": "eng", "ms": "msa", "ar": "ara"}


# ----------------------------------------------------------------- codes


def cameo_country(iso3: str | None) -> str:
    if not iso3:
        return ""
    return ISO3_TO_CAMEO.get(iso3, iso3)


def fips(iso3: str | None, lat: float | None = None, lon: float | None = None) -> str:
    """The FIPS 10-4 code GDELT uses for geography; Palestine split into Gaza and the West Bank."""
    if not iso3:
        return ""
    if iso3 == "PSE" and lat is not None and lon is not None and 31.2 <= lat <= 31.6 and 34.2 <= lon <= 34.6:
        return "GZ"
    return ISO3_TO_FIPS.get(iso3, "")


def actor_fields(actors: list[Actor]) -> list[str]:
    """The 10 GDELT actor columns for the first actor of a side (GDELT has one actor per side)."""
    if not actors:
        return [""] * 10
    a = actors[0]
    sector = (a.sector or "").upper()
    country = (a.country or "").upper()
    known = ""
    if country in INTERNATIONAL:
        code, known = INTERNATIONAL[country]
        cty = ""
    else:
        cty = cameo_country(country)
        code = cty
    type1 = sector if sector and sector != code else ""
    full = code + (type1 if type1 else "")
    return [full, a.name.upper(), cty, known, "", "", "", type1, "", ""]


def cameo_codes(ev: Event) -> tuple[str, str, str]:
    code = (ev.cameo or DEFAULT_CAMEO.get(ev.type, "")).strip()
    return code, code[:3], code[:2]


def goldstein(ev: Event) -> str:
    root = cameo_codes(ev)[2]
    value = GOLDSTEIN_BY_ROOT.get(root)
    return "" if value is None else f"{value:.1f}"


def geo_fields(loc: Location | None) -> list[str]:
    """The 8 GDELT geography columns (Type, FullName, CountryCode, ADM1, ADM2, Lat, Long, FeatureID)."""
    if loc is None:
        return ["0", "", "", "", "", "", "", ""]
    code = fips(loc.country, loc.lat, loc.lon)
    country_level = is_country_level(loc)
    return [
        "1" if country_level else "4", loc.name, code, code if country_level else "", "",
        "" if loc.lat is None else f"{loc.lat:.4f}", "" if loc.lon is None else f"{loc.lon:.4f}",
        code if country_level else "",
    ]


def global_event_id(aggregate_id: str) -> int:
    return int(hashlib.sha1(aggregate_id.encode("utf-8")).hexdigest()[:15], 16)


def _d(value: date | None) -> str:
    return value.strftime("%Y%m%d") if value else ""


def event_date(a: Aggregate) -> date | None:
    try:
        return date.fromisoformat(a.event.date) if a.event.date else a.first_seen
    except ValueError:
        return a.first_seen


# ----------------------------------------------------------------- GDELT rows


def gdelt_event_row(a: Aggregate, canonical: Mention | None, article_text: str | None) -> list[str]:
    ev = a.event
    when = event_date(a)
    code, base, root = cameo_codes(ev)
    is_root = ""
    if canonical is not None and article_text is not None and canonical.event.evidence:
        first_para_end = article_text.find("\n")
        is_root = "1" if first_para_end < 0 or canonical.event.evidence[0].start < first_para_end else "0"
    fraction = ""
    if when:
        fraction = f"{when.year}.{min(9999, int((when.timetuple().tm_yday - 1) / 365.0 * 10000)):04d}"
    row = [
        str(global_event_id(a.id)), _d(when), when.strftime("%Y%m") if when else "", str(when.year) if when else "",
        fraction, *actor_fields(ev.actor), *actor_fields(ev.recipient),
        is_root, code, base, root, str(QUAD_CODE[ev.quad_class]), goldstein(ev),
        str(a.num_mentions), str(a.num_sources), str(a.num_articles), "",
        *geo_fields(None), *geo_fields(None), *geo_fields(ev.location),
        _d(a.first_seen) + "000000" if a.first_seen else "",
        (a.urls[0] if a.urls else (canonical.url if canonical and canonical.url else "")),
    ]
    assert len(row) == len(EVENT_COLUMNS)
    return row


def _offset(haystack: str, needle: str, base: int) -> int:
    if not needle:
        return -1
    i = haystack.find(needle)
    return base + i if i >= 0 else -1


def gdelt_mention_row(a: Aggregate, m: Mention, article_text: str, sentence_id: int | None,
                      lang: str | None) -> list[str]:
    ev = m.event
    evid = ev.evidence[0] if ev.evidence else None
    sent_text, start = (evid.text, evid.start) if evid else ("", 0)
    a1 = _offset(sent_text, ev.actor[0].text if ev.actor else "", start)
    a2 = _offset(sent_text, ev.recipient[0].text if ev.recipient else "", start)
    act = _offset(sent_text, ev.trigger, start)
    source_name = m.outlet or ""
    if m.url and "://" in m.url:
        from urllib.parse import urlparse

        source_name = (urlparse(m.url).hostname or source_name).removeprefix("www.")
    translation = "" if (lang or "id") == "en" else f"srclc:{_LANG3.get(lang or 'id', lang or '')}"
    return [
        str(global_event_id(a.id)), _d(a.first_seen) + "000000" if a.first_seen else "",
        _d(m.published) + "000000", "1" if m.url else "2", source_name,
        m.url or f"{m.outlet or 'warta'}: {m.article_id}", "" if sentence_id is None else str(sentence_id),
        str(a1), str(a2), str(act), "1" if a1 >= 0 and (a2 >= 0 or not ev.recipient) else "0",
        str(int(round(ev.confidence * 100))), str(len(article_text)), "", translation, "",
    ]


def sentence_number(article_text: str, lang: str | None, offset: int) -> int | None:
    """1-based number of the sentence containing ``offset`` (GDELT's SentenceID)."""
    try:
        from warta.lang import get_language
        from warta.structure import split_sentences

        language = get_language(lang or "id")
    except Exception:
        return None
    n, pos = 0, 0
    for para in article_text.split("\n"):
        for a, b in split_sentences(language, para, pos):
            n += 1
            if a <= offset < b or offset < a:
                return n
        pos += len(para) + 1
    return n or None


def _write_tsv(path: Path, rows: Iterable[list[str]]) -> int:
    n = 0
    try:
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            for row in rows:
                writer.writerow([c.replace("\t", " ").replace("\n", " ") for c in row])
                n += 1
    except OSError as e:
        raise WartaError(f"{path}: cannot write ({e.strerror or e})") from None
    return n


def gdelt_paths(out: str | Path) -> tuple[Path, Path]:
    """``OUT.events.csv`` and ``OUT.mentions.csv`` (a ``.csv``/``.tsv`` suffix on OUT is dropped)."""
    out = Path(out)
    if out.suffix.lower() in (".csv", ".tsv"):
        out = out.with_suffix("")
    return out.with_name(out.name + ".events.csv"), out.with_name(out.name + ".mentions.csv")


def export_gdelt(store: Any, out: str | Path) -> tuple[int, int]:
    """Write the asserted aggregates of ``store`` as GDELT 2.0 Events and Mentions; returns the row counts."""
    events_path, mentions_path = gdelt_paths(out)
    if not events_path.parent.exists():
        raise WartaError(f"{out}: directory {events_path.parent} does not exist")
    texts: dict[str, tuple[str, str | None]] = {}

    def text_of(article_id: str) -> tuple[str, str | None]:
        if article_id not in texts:
            art = store.get_article(article_id)
            texts[article_id] = (art.text, art.lang) if art else ("", None)
        return texts[article_id]

    event_rows: list[list[str]] = []
    mention_rows: list[list[str]] = []
    for a in store.query_aggregates():
        if a.event.modality != "asserted":
            continue
        mentions = store.aggregate_mentions(a.id)
        canonical = mentions[0] if mentions else None
        event_rows.append(gdelt_event_row(a, canonical, text_of(canonical.article_id)[0] if canonical else None))
        for m in mentions:
            text, lang = text_of(m.article_id)
            sid = sentence_number(text, lang, m.event.evidence[0].start) if m.event.evidence else None
            mention_rows.append(gdelt_mention_row(a, m, text, sid, lang))
    return _write_tsv(events_path, event_rows), _write_tsv(mentions_path, mention_rows)


# ----------------------------------------------------------------- PLOVER


def plover_entity(a: Actor) -> dict[str, Any]:
    return {"code": a.country, "sector": a.sector, "entity_text": a.text, "identifier_id": a.kb_id,
            "identifier_text": a.name}


def plover_record(a: Aggregate, mentions: list[Mention], version: str) -> dict[str, Any]:
    ev = a.event
    loc = ev.location
    canonical = mentions[0] if mentions else None
    evid = canonical.event.evidence[0] if canonical and canonical.event.evidence else None
    event_text: list[str] = []
    for m in mentions:
        if m.event.evidence and m.event.evidence[0].text not in event_text:
            event_text.append(m.event.evidence[0].text)
    return {
        "id": a.id,
        "date": ev.date or (a.first_seen.isoformat() if a.first_seen else None),
        "enddate": ev.date_end,
        "actor": [plover_entity(x) for x in ev.actor],
        "recipient": [plover_entity(x) for x in ev.recipient],
        "event": [ev.type],
        "mode": [ev.mode] if ev.mode else [],
        "context": [],
        "event_loc": None if loc is None else {
            "extracted_place": loc.text, "resolved_place": loc.name, "geonameid": loc.geonameid,
            "lat": loc.lat, "lon": loc.lon, "country_code": loc.country,
        },
        "event_text": event_text,
        "quad_code": QUAD_CODE[ev.quad_class],
        "text_info": None if evid is None else {"start": evid.start, "end": evid.end},
        "cite_info": None if canonical is None else {
            "url": canonical.url, "publication": canonical.outlet, "citation": canonical.article_id,
            "language": "id", "coder": f"warta {version}", "codebook": "plover",
        },
        "coder": f"warta {version}",
        # warta's named extensions
        "modality": ev.modality,
        "confidence": round(a.confidence, 3),
        "first_seen": a.first_seen.isoformat() if a.first_seen else None,
        "num_mentions": a.num_mentions, "num_articles": a.num_articles, "num_sources": a.num_sources,
        "sources": a.sources,
        "mentions": [{"article": m.article_id, "event": m.event.id, "url": m.url, "outlet": m.outlet,
                      "published": m.published.isoformat()} for m in mentions],
    }


def export_plover(store: Any, out: str | Path) -> int:
    """Write every aggregate as one PLOVER JSON line; returns the count."""
    from warta import __version__

    out = Path(out)
    if not out.parent.exists():
        raise WartaError(f"{out}: directory {out.parent} does not exist")
    n = 0
    try:
        with out.open("w", encoding="utf-8") as fh:
            for a in store.query_aggregates():
                rec = plover_record(a, store.aggregate_mentions(a.id), __version__)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    except OSError as e:
        raise WartaError(f"{out}: cannot write ({e.strerror or e})") from None
    return n
