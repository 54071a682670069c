"""Actor knowledge base: who is who, on the day of the article (issue #4).

Data (``warta/kb/data``, one record per line, each with textual ``sources``):

- ``persons.jsonl``: ``kb_id`` (``person:joe-biden``), ``name``, ``aliases`` (surnames, Indonesian
  spellings), ``country`` (nationality) and ``sector``: the sector to code the person with on a day
  they hold no office in the knowledge base (see *Conventions*).
- ``titles.jsonl``: one record per office: ``office`` key (``USA:president``), ``country``, ``role``,
  ``roles`` (``head_of_state``, ``head_of_government``, ``foreign_minister``, ...), ``sector`` and the
  Indonesian and English ``titles`` that name it (``Presiden``, ``Menlu``, ``Secretary of State``).
- ``offices.jsonl``: one record per term: ``office``, ``person``, ``start``, ``end`` (ISO dates; ``end``
  null while in office at the last check, facts checked to 2025-10). Terms are half-open: ``end`` is the
  first day the person no longer held the office, usually the day the successor took over, so on a
  changeover day the new holder is returned ("Retno Marsudi until 2024-10-20" is ``end: 2024-10-21``).
  ``uncertain: true`` marks a term whose dates are not certain; resolutions relying on one say so.
- ``countries.tsv``: the ISO 3166-1 alpha-3 codes plus warta's bloc codes (UNO, EUR, IGO, NGO, MNC, IMG),
  and the phrases that name each country next to a title (``AS``, ``RI``, ``PBB``).
- ``entities.jsonl``: every entity that is not a person, one per record: countries and territories
  (``country:IDN``), international bodies (``org:nato``), armed groups (``group:hamas``), media
  (``media:antara``), Indonesian institutions (``org:idn-kpk``) and parties (``party:idn-golkar``), with
  ``kind``, ``country``, ``sector``, the English ``name`` and Indonesian ``name_id``, ``names`` in Indonesian
  and English (short forms: ``AS``, ``Korut``), ``demonyms`` (``Israeli``, ``Zionis``), ``metonyms``
  (capitals and seats of government: ``Kremlin``, ``Gedung Putih``), ``capital``, and ``periods``
  (``start``/``end`` with the ``sector`` or coalition ``status`` of the time: the Taliban are REB until
  2021-08-15, GOV after). Built by ``scripts/build_kb_entities.py``.
- Offices of an organisation (``titles.jsonl`` ``org``: ``IGO:nato_secretary_general`` → ``org:nato``) are
  named by a title + that organisation (``Sekjen NATO``, ``Ketua Umum Golkar``); ``own_titles`` name an office
  on their own (``Kapolri``, ``Panglima TNI``).

Conventions: a person holding an office on the day is coded with the office's country and sector
(``UNO:secretary_general`` → UNO GOV; ``ISR:opposition_leader`` → OPP). On a day they hold none, the
person's own country and default ``sector`` apply: OPP for politicians whose party is in opposition
(Biden from 2025-01-20), LEG for sitting legislators of a governing party, PTY for party leaders, GOV for
holders of an office the knowledge base does not track (noted), otherwise CVL. A name shared by several
people (``Wong``, ``Duterte``) is resolved only by a title in the mention or by the countries of the other
mentions (``context``); otherwise it stays unresolved, with the candidates in the reason.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warta.types import WartaError

DATA_DIR = Path(__file__).parent / "data"
SECTORS = frozenset("GOV MIL COP SPY JUD LEG PTY OPP REB CVL BUS MED EDU LAB REL NGO UNK".split())
_ROLE_RANK = {"head_of_state": 0, "head_of_government": 0, "supreme_leader": 0, "vice_president": 1,
              "crown_prince": 1, "foreign_minister": 2, "defence_minister": 2, "coordinating_minister": 3,
              "finance_minister": 3, "home_minister": 3, "minister": 4, "secretary_general": 4, "agency_head": 4,
              "military_chief": 4, "police_chief": 4, "speaker": 5, "party_leader": 8}
ENTITY_KINDS = frozenset("country territory org group media institution party".split())
_ENTITY_ID = re.compile(r"(country|org|group|media|party):[A-Za-z0-9]+(-[A-Za-z0-9]+)*")
# group nouns that, before a country name or demonym, name a part of that country ("warga Palestina")
GROUP_NOUNS = {
    "warga": "CVL", "penduduk": "CVL", "rakyat": "CVL", "warga sipil": "CVL", "pengungsi": "CVL",
    "pasukan": "MIL", "tentara": "MIL", "militer": "MIL", "angkatan bersenjata": "MIL", "serdadu": "MIL",
    "polisi": "COP", "aparat": "COP", "pemerintah": "GOV", "pejabat": "GOV", "diplomat": "GOV", "rezim": "GOV",
    "otoritas": "GOV", "parlemen": "LEG", "anggota parlemen": "LEG", "oposisi": "OPP", "mahasiswa": "EDU",
    "pelajar": "EDU", "buruh": "LAB", "pekerja": "LAB", "jurnalis": "MED", "wartawan": "MED", "media": "MED",
    "aktivis": "NGO", "pengunjuk rasa": "CVL", "demonstran": "CVL", "pemukim": "CVL", "tahanan": "CVL",
    "ulama": "REL", "pengusaha": "BUS", "hakim": "JUD", "jaksa": "JUD", "intelijen": "SPY", "milisi": "REB",
    "pemberontak": "REB", "gerilyawan": "REB", "kelompok bersenjata": "REB",
    "civilians": "CVL", "people": "CVL", "citizens": "CVL", "forces": "MIL", "troops": "MIL", "soldiers": "MIL",
    "army": "MIL", "military": "MIL", "police": "COP", "government": "GOV", "officials": "GOV", "authorities": "GOV",
    "protesters": "CVL", "students": "EDU", "workers": "LAB", "journalists": "MED",
    "settlers": "CVL", "prisoners": "CVL", "militants": "REB", "rebels": "REB", "opposition": "OPP",
}
# capitalised surfaces that are also ordinary Indonesian words or too ambiguous to be actors on their own
_NOT_ACTORS = frozenset({"antara", "istana", "negara", "angkatan darat", "angkatan laut", "angkatan udara", "jersey",
                         "georgia", "is", "mit", "mena", "media", "dewan", "komisi", "tempo", "kepala", "ketua",
                         "sultan", "raja", "emir", "amir", "presiden", "security council", "general assembly",
                         "eropa", "arab", "amerika", "congress", "parliament", "navy", "army", "congo", "tripoli",
                         "den haag", "detik", "rt", "un", "georgia selatan",
                         # capitals that are also common words or given names
                         "lima", "male", "victoria", "kingston", "santiago", "praia", "vaduz", "roseau", "castries",
                         "basseterre", "palikir", "funafuti", "majuro", "ngerulmud", "avarua", "alofi",
                         "san marino", "monaco", "luxembourg", "andorra la vella", "vatican city", "singapore",
                         "kuwait", "djibouti", "guatemala", "panama", "mexico", "san salvador", "belize",
                         "brasilia", "port louis", "port of spain", "georgetown", "paramaribo", "nassau"})


class KBError(WartaError):
    """A knowledge-base data file that cannot be used: names the file, line and record."""


@dataclass(frozen=True)
class Person:
    kb_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    note: str = ""


@dataclass(frozen=True)
class Office:
    key: str
    country: str
    role: str
    roles: tuple[str, ...]
    sector: str
    titles: tuple[str, ...]
    org: str | None = None  # kb_id of the organisation a title is followed by ('Sekjen NATO')
    own_titles: tuple[str, ...] = ()  # titles naming the office on their own ('Kapolri')


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None
    sector: str | None = None
    status: str | None = None
    note: str = ""

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Entity:
    """A country, territory, organisation, armed group, medium, institution or party (``entities.jsonl``)."""

    kb_id: str
    kind: str
    name: str
    name_id: str
    country: str
    sector: str
    names_id: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()
    demonyms_id: tuple[str, ...] = ()
    demonyms_en: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    capital: str = ""
    periods: tuple[Period, ...] = ()
    where: str = ""

    def period(self, on: date) -> Period | None:
        return next((p for p in self.periods if p.covers(on)), None)

    def sector_on(self, on: date) -> str:
        p = self.period(on)
        return p.sector if p is not None and p.sector else self.sector


@dataclass(frozen=True)
class Term:
    office: str
    person: str
    start: date
    end: date | None
    uncertain: bool = False
    note: str = ""
    where: str = ""  # file:line, for messages

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Resolution:
    """What a mention stands for on a day. ``kb_id`` is None when it could not be resolved."""

    mention: str
    on: str
    reason: str
    name: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    candidates: tuple[str, ...] = ()
    uncertain: bool = False
    offices: tuple[str, ...] = field(default=())  # every office held on the day, primary first

    @property
    def resolved(self) -> bool:
        return self.kb_id is not None

    def __bool__(self) -> bool:
        return self.resolved

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["candidates"], d["offices"] = list(self.candidates), list(self.offices)
        d["resolved"] = self.resolved
        return d


def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name or title: 'Kim Jong-un' == 'kim jong un'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = re.sub(r"[-‐–—_/]", " ", text)
    text = re.sub(r"[.,()\"“”]", "", text)
    return " ".join(text.split())


def _date(value: Any, what: str, where: str, rec: Any) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise KBError(f"{where}: {what} {value!r} is not an ISO date (YYYY-MM-DD) in {_short(rec)}") from None


def _short(rec: Any) -> str:
    s = json.dumps(rec, ensure_ascii=False) if not isinstance(rec, str) else rec
    return s if len(s) <= 160 else s[:157] + "..."


def _jsonl(path: Path) -> Iterable[tuple[str, dict[str, Any]]]:
    if not path.exists():
        raise KBError(f"{path}: missing knowledge-base file")
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise KBError(f"{where}: not a JSON object ({e.msg})") from None
            if not isinstance(rec, dict):
                raise KBError(f"{where}: not a JSON object: {_short(line.strip())}")
            yield where, rec


def _strs(rec: dict[str, Any], key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
    val = rec.get(key, [] if not required else None)
    if not isinstance(val, list) or not all(isinstance(x, str) and x.strip() for x in val) or (required and not val):
        raise KBError(f"{where}: '{key}' must be a {'non-empty ' if required else ''}list of strings in {_short(rec)}")
    return tuple(val)


def _str(rec: dict[str, Any], key: str, where: str) -> str:
    val = rec.get(key)
    if not isinstance(val, str) or not val.strip():
        raise KBError(f"{where}: missing {key} in {_short(rec)}")
    return val.strip()


class KnowledgeBase:
    """Persons, offices and terms, validated on load; ``resolve`` answers who a mention is on a day."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
        self.codes: set[str] = set()
        self.country_names: dict[str, str] = {}
        self.country_phrases: dict[str, str] = {}
        self.persons: dict[str, Person] = {}
        self.offices: dict[str, Office] = {}
        self.terms: list[Term] = []
        self.entities: dict[str, Entity] = {}
        self._load_countries()
        self._load_entities()
        self._load_persons()
        self._load_offices()
        self._load_terms()
        self._index()

    # ---- loading and validation -------------------------------------------------------------
    def _load_countries(self) -> None:
        path = self.data_dir / "countries.tsv"
        if not path.exists():
            raise KBError(f"{path}: missing knowledge-base file")
        header = True
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            code, name, phrases = (line.split("\t") + ["", ""])[:3]
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise KBError(f"{path}:{n}: {code!r} is not a three-letter upper-case code")
            self.codes.add(code)
            if name:
                self.country_names[code] = name
            for p in filter(None, (x.strip() for x in phrases.split(";"))):
                other = self.country_phrases.setdefault(norm(p), code)
                if other != code:
                    raise KBError(f"{path}:{n}: phrase {p!r} names both {other} and {code}")

    def _country(self, rec: dict[str, Any], where: str, key: str = "country") -> str:
        code = _str(rec, key, where)
        if code not in self.codes:
            raise KBError(f"{where}: unknown country code {code!r} (not ISO 3166-1 alpha-3 nor UNO/EUR/IGO/NGO/MNC) "
                          f"in {_short(rec)}")
        return code

    def _sector(self, rec: dict[str, Any], where: str) -> str:
        sector = _str(rec, "sector", where)
        if sector not in SECTORS:
            raise KBError(f"{where}: unknown sector {sector!r} in {_short(rec)}")
        return sector

    def _load_entities(self) -> None:
        path = self.data_dir / "entities.jsonl"
        if not path.exists():  # an older data directory: persons and offices only
            return
        for where, rec in _jsonl(path):
            kb_id = _str(rec, "kb_id", where)
            if not _ENTITY_ID.fullmatch(kb_id):
                raise KBError(f"{where}: kb_id {kb_id!r} is not of the form country:XXX, org:..., group:..., media:... "
                              f"or party:... in {_short(rec)}")
            if kb_id in self.entities:
                raise KBError(f"{where}: duplicate kb_id {kb_id!r}")
            kind = _str(rec, "kind", where)
            if kind not in ENTITY_KINDS:
                raise KBError(f"{where}: unknown kind {kind!r} (one of {', '.join(sorted(ENTITY_KINDS))}) in "
                              f"{_short(rec)}")
            name = _str(rec, "name", where)
            _strs(rec, "sources", where)
            names = rec.get("names") or {}
            dem = rec.get("demonyms") or {}
            if not isinstance(names, dict) or not isinstance(dem, dict):
                raise KBError(f"{where}: 'names' and 'demonyms' must be objects {{\"id\": [...], \"en\": [...]}} "
                              f"in {_short(rec)}")
            periods = []
            for p in rec.get("periods") or []:
                if not isinstance(p, dict):
                    raise KBError(f"{where}: a period must be an object in {_short(rec)}")
                start = None if p.get("start") is None else _date(p.get("start"), "period start", where, rec)
                end = None if p.get("end") is None else _date(p.get("end"), "period end", where, rec)
                if start and end and end <= start:
                    raise KBError(f"{where}: period end {end} is not after start {start} in {_short(rec)}")
                if p.get("sector") is not None and p["sector"] not in SECTORS:
                    raise KBError(f"{where}: unknown sector {p['sector']!r} in a period of {_short(rec)}")
                periods.append(Period(start, end, p.get("sector"), p.get("status"), p.get("note") or ""))
            periods.sort(key=lambda p: p.start or date.min)
            for a, b in zip(periods, periods[1:], strict=False):
                if a.end is None or (b.start is not None and a.end > b.start):
                    raise KBError(f"{where}: overlapping periods ({a.start} to {a.end or 'now'} and from {b.start}) "
                                  f"in {_short(rec)}")
            ent = Entity(kb_id, kind, name, rec.get("name_id") or name, self._country(rec, where),
                         self._sector(rec, where), _strs(names, "id", where, required=False),
                         _strs(names, "en", where, required=False), _strs(dem, "id", where, required=False),
                         _strs(dem, "en", where, required=False), _strs(rec, "metonyms", where, required=False),
                         rec.get("capital") or "", tuple(periods), where)
            if kind in ("country", "territory") and kb_id != f"country:{ent.country}":
                raise KBError(f"{where}: a {kind} record's kb_id must be country:{ent.country} in {_short(rec)}")
            self.entities[kb_id] = ent

    def _load_persons(self) -> None:
        for where, rec in _jsonl(self.data_dir / "persons.jsonl"):
            kb_id = _str(rec, "kb_id", where)
            if not re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", kb_id):
                raise KBError(f"{where}: kb_id {kb_id!r} is not of the form person:first-last in {_short(rec)}")
            if kb_id in self.persons:
                raise KBError(f"{where}: duplicate kb_id {kb_id!r}")
            name = _str(rec, "name", where)
            _strs(rec, "sources", where)
            self.persons[kb_id] = Person(kb_id, name, _strs(rec, "aliases", where, required=False),
                                         self._country(rec, where), self._sector(rec, where), rec.get("note") or "")

    def _load_offices(self) -> None:
        for where, rec in _jsonl(self.data_dir / "titles.jsonl"):
            key = _str(rec, "office", where)
            country = self._country(rec, where)
            if not re.fullmatch(r"[A-Z]{3}:[a-z_]+", key) or key.split(":")[0] != country:
                raise KBError(f"{where}: office key {key!r} must be COUNTRY:role with country {country} "
                              f"in {_short(rec)}")
            if key in self.offices:
                raise KBError(f"{where}: duplicate office {key!r}")
            _strs(rec, "sources", where)
            org = rec.get("org")
            if org is not None and org not in self.entities:
                raise KBError(f"{where}: org {org!r} is not an entity in entities.jsonl: {_short(rec)}")
            self.offices[key] = Office(key, country, key.split(":")[1], _strs(rec, "roles", where),
                                       self._sector(rec, where), _strs(rec, "titles", where), org,
                                       _strs(rec, "own_titles", where, required=False))

    def _load_terms(self) -> None:
        for where, rec in _jsonl(self.data_dir / "offices.jsonl"):
            office, person = _str(rec, "office", where), _str(rec, "person", where)
            if office not in self.offices:
                raise KBError(f"{where}: office {office!r} is not defined in titles.jsonl: {_short(rec)}")
            if person not in self.persons:
                raise KBError(f"{where}: person {person!r} is not in persons.jsonl: {_short(rec)}")
            _strs(rec, "sources", where)
            start = _date(rec.get("start"), "start", where, rec)
            end = None if rec.get("end") is None else _date(rec.get("end"), "end", where, rec)
            if end is not None and end <= start:
                raise KBError(f"{where}: end {end} is not after start {start} in {_short(rec)}")
            self.terms.append(Term(office, person, start, end, bool(rec.get("uncertain")), rec.get("note") or "",
                                   where))
        by_office: dict[str, list[Term]] = {}
        for t in self.terms:
            by_office.setdefault(t.office, []).append(t)
        for office, terms in by_office.items():
            terms.sort(key=lambda t: t.start)
            for a, b in zip(terms, terms[1:], strict=False):
                if a.end is None or a.end > b.start:
                    raise KBError(f"{b.where}: overlapping terms for {office}: {b.person} from {b.start} while "
                                  f"{a.person} ({a.start} to {a.end or 'now'}, {a.where}) still holds it")
        self._by_office = by_office

    def _index(self) -> None:
        self.by_name: dict[str, list[str]] = {}
        for p in self.persons.values():
            for form in (p.name, *p.aliases):
                ids = self.by_name.setdefault(norm(form), [])
                if p.kb_id not in ids:
                    ids.append(p.kb_id)
        self.by_title: dict[str, list[str]] = {}
        for o in self.offices.values():
            for t in o.titles:
                keys = self.by_title.setdefault(norm(t), [])
                if o.key in keys:
                    continue
                clash = [k for k in keys if self.offices[k].country == o.country and self.offices[k].org == o.org]
                if clash:
                    raise KBError(f"{self.data_dir / 'titles.jsonl'}: title {t!r} names both {clash[0]} and {o.key}")
                keys.append(o.key)
        self.own_titles: dict[str, str] = {}
        for o in self.offices.values():
            for t in o.own_titles:
                other = self.own_titles.setdefault(norm(t), o.key)
                if other != o.key:
                    raise KBError(f"{self.data_dir / 'titles.jsonl'}: own title {t!r} names both {other} and {o.key}")
        # entity surfaces: norm(surface) -> [(kb_id, how)]
        self.by_surface: dict[str, list[tuple[str, str]]] = {}
        for e in self.entities.values():
            forms = [(e.name, "name"), (e.name_id, "name"), *((x, "name") for x in e.names_id + e.names_en),
                     *((x, "demonym") for x in e.demonyms_id + e.demonyms_en), *((x, "metonym") for x in e.metonyms)]
            if e.capital:
                forms.append((e.capital, "capital"))
            for form, how in forms:
                hits = self.by_surface.setdefault(norm(form), [])
                if all(k != e.kb_id for k, _ in hits):
                    hits.append((e.kb_id, how))
        self.orgs_with_offices = {o.org for o in self.offices.values() if o.org}
        self._by_person: dict[str, list[Term]] = {}
        for t in self.terms:
            self._by_person.setdefault(t.person, []).append(t)

    # ---- queries ----------------------------------------------------------------------------
    def holder(self, office: str, on: date) -> Term | None:
        return next((t for t in self._by_office.get(office, ()) if t.covers(on)), None)

    def terms_of(self, kb_id: str, on: date | None = None) -> list[Term]:
        terms = self._by_person.get(kb_id, [])
        return [t for t in terms if on is None or t.covers(on)]

    def country_code(self, text: str) -> str | None:
        """An ISO/bloc code given as such ('USA') or a country phrase ('AS', 'Amerika Serikat')."""
        if text.strip() in self.codes:
            return text.strip()
        return self.country_phrases.get(norm(text))

    def org_of(self, text: str) -> Entity | None:
        """The organisation (not a country) that ``text`` names, when it has offices ('NATO', 'Golkar', 'KPK')."""
        for kb_id, _how in self.by_surface.get(norm(text), []):
            if kb_id in self.orgs_with_offices:
                return self.entities[kb_id]
        return None

    def lookup_title(self, title_words: str, country: str, on: date, mention: str | None = None) -> Resolution:
        """The holder, on ``on``, of the office of ``country`` (code or phrase) that ``title_words`` names. ``country``
        may also name an organisation with offices ('Sekjen' + 'NATO', 'Ketua Umum' + 'Golkar')."""
        mention = mention or f"{title_words} {country}"
        code = self.country_code(country)
        org = self.org_of(country)
        if code is None and org is None:
            return Resolution(mention, on.isoformat(), f"{country!r} is not a known country phrase or code")
        keys = [k for k in self.by_title.get(norm(title_words), [])
                if code is not None and self.offices[k].country == code and self.offices[k].org is None]
        where = code
        if not keys and org is not None:  # 'Perwakilan Tinggi Uni Eropa': an office of the body, not of the bloc
            keys = [k for k in self.by_title.get(norm(title_words), []) if self.offices[k].org == org.kb_id]
            where = org.kb_id
        else:
            org = None
        if not keys:
            return Resolution(mention, on.isoformat(), f"no office of {where} is titled {title_words!r} in the "
                              "knowledge base")
        if len(keys) > 1:
            return Resolution(mention, on.isoformat(), f"{title_words!r} names several offices of {where}: "
                              + ", ".join(keys), candidates=tuple(keys))
        office = self.offices[keys[0]]
        title = next((t for t in office.titles if norm(t) == norm(title_words)), title_words)
        return self._holder_of(office, on, mention, f"title {title!r} + {'organisation' if org else 'country'} "
                               f"{where} = {office.key}")

    def _holder_of(self, office: Office, on: date, mention: str, why: str) -> Resolution:
        term = self.holder(office.key, on)
        if term is None:
            return Resolution(mention, on.isoformat(), f"no holder of {office.key} on {on} in the knowledge base "
                              "(vacant, acting holder, or not covered)", office=office.key, country=office.country)
        p = self.persons[term.person]
        why = f"{why}; held by {p.name} from {term.start} to {term.end or 'now'}"
        if term.uncertain:
            why += f" (dates uncertain: {term.note})" if term.note else " (dates uncertain)"
        return Resolution(mention, on.isoformat(), why, p.name, p.kb_id, office.country, office.sector, office.key,
                          uncertain=term.uncertain, offices=(office.key,))

    def lookup_entity(self, text: str, on: date, context: Collection[str] = (), mention: str | None = None
                      ) -> Resolution:
        """A country, organisation, group, medium, institution or party by a name, short form, demonym or metonym,
        with its sector on ``on`` (the Taliban are REB before 2021-08-15)."""
        mention = mention or text
        hits = self.by_surface.get(norm(text), [])
        if not hits:
            return Resolution(mention, on.isoformat(), f"{text!r} names no entity in the knowledge base")
        if len(hits) > 1:
            codes = {c for c in (self.country_code(x) for x in context) if c}
            fit = [h for h in hits if self.entities[h[0]].country in codes]
            if len(fit) != 1:
                return Resolution(mention, on.isoformat(), f"ambiguous: {text!r} names "
                                  + ", ".join(k for k, _ in hits) + "; not guessed",
                                  candidates=tuple(k for k, _ in hits))
            hits = fit
        kb_id, how = hits[0]
        e = self.entities[kb_id]
        what = {"name": "a name of", "demonym": "a demonym for", "metonym": "a metonym (seat of government) for",
                "capital": "the capital, standing for"}[how]
        why = f"{text!r} is {what} {kb_id} ({e.name}, {e.kind})"
        period = e.period(on)
        sector = e.sector_on(on)
        if period is not None:
            bits = [x for x in (period.status, period.sector and f"sector {period.sector}", period.note) if x]
            why += f"; on {on}: {', '.join(bits)} (since {period.start or 'the start of the record'})"
        return Resolution(mention, on.isoformat(), why, e.name_id if e.kind in ("country", "territory") else e.name,
                          kb_id, e.country, sector)

    def _person_on(self, kb_id: str, on: date, mention: str, why: str) -> Resolution:
        p = self.persons[kb_id]
        held = sorted(self.terms_of(kb_id, on), key=lambda t: _ROLE_RANK.get(self.offices[t.office].roles[0], 9))
        if held:
            t = held[0]
            o = self.offices[t.office]
            reason = f"{why}; on {on} holds {', '.join(x.office for x in held)} (since {t.start})"
            if t.uncertain:
                reason += " (dates uncertain)"
            return Resolution(mention, on.isoformat(), reason, p.name, p.kb_id, o.country, o.sector, o.key,
                              uncertain=t.uncertain, offices=tuple(x.office for x in held))
        past = [t for t in self.terms_of(kb_id) if t.end is not None and t.end <= on]
        future = [t for t in self.terms_of(kb_id) if t.start > on]
        if past:
            last = max(past, key=lambda t: t.end or t.start)
            state = f"former {last.office} (until {last.end})"
        elif future:
            state = f"not yet in office ({min(future, key=lambda t: t.start).office} from " \
                    f"{min(t.start for t in future)})"
        else:
            state = "holds no office in the knowledge base"
        reason = f"{why}; on {on} {state}: coded with the person's default country and sector"
        if p.note:
            reason += f" ({p.note})"
        return Resolution(mention, on.isoformat(), reason, p.name, p.kb_id, p.country, p.sector)

    def _ever_titled(self, kb_id: str, title: str, code: str | None) -> bool:
        keys = set(self.by_title.get(norm(title), []))
        return any(t.office in keys and (code is None or self.offices[t.office].country == code)
                   for t in self.terms_of(kb_id))

    def lookup_person(self, name: str, on: date, context: Collection[str] = (), *, title: str | None = None,
                      country: str | None = None, mention: str | None = None) -> Resolution:
        """A person by name or alias, with their role on ``on``. Several people sharing the name are told apart by
        ``title``/``country`` (from the mention) or ``context`` (codes or country phrases of other mentions)."""
        mention = mention or name
        ids = self.by_name.get(norm(name), [])
        if not ids:
            return Resolution(mention, on.isoformat(), f"{name!r} is not a name or alias in the knowledge base")
        if len(ids) == 1:
            return self._person_on(ids[0], on, mention, f"{name!r} is {self.persons[ids[0]].name}")
        cands = list(ids)
        why = f"{name!r} names {len(ids)} people"
        if title:
            code = self.country_code(country) if country else None
            titled = [k for k in cands if self._ever_titled(k, title, code)]
            if titled:
                cands, why = titled, why + f"; only {len(titled)} ever held an office titled {title!r}"
        if len(cands) > 1 and context:
            codes = {c for c in (self.country_code(x) for x in context) if c}
            in_ctx = [k for k in cands if self.persons[k].country in codes
                      or any(self.offices[t.office].country in codes for t in self.terms_of(k, on))]
            if in_ctx:
                cands, why = in_ctx, why + f"; context countries {sorted(codes)} fit {len(in_ctx)}"
        if len(cands) == 1:
            return self._person_on(cands[0], on, mention, f"{why}: {self.persons[cands[0]].name}")
        return Resolution(mention, on.isoformat(), f"ambiguous: {why} ({', '.join(cands)}); not guessed",
                          candidates=tuple(cands))

    def _names_body(self, text: str) -> bool:
        return text in self.country_phrases or self.org_of(text) is not None

    def resolve(self, mention: str, on: date, context: Collection[str] = ()) -> Resolution:
        """Who or what ``mention`` stands for on ``on``: a person's name or alias, a title + country or organisation
        ('Presiden AS', 'US President', 'Sekjen NATO'), a title naming its office alone ('Kapolri'), a title
        (+ country) + name ('Menlu AS Antony Blinken', 'PM Netanyahu'), a group noun + country ('warga Palestina',
        'Israeli forces'), or an entity by name, short form, demonym or metonym ('Kremlin', 'Hizbullah', 'KAN')."""
        key = norm(mention)
        if not key:
            return Resolution(mention, on.isoformat(), "empty mention")
        if key in self.by_name:
            return self.lookup_person(mention, on, context)
        if key in self.own_titles:
            office = self.offices[self.own_titles[key]]
            return self._holder_of(office, on, mention, f"{mention!r} names {office.key} on its own")
        toks = key.split()
        for i in range(len(toks) - 1, 0, -1):  # longest title first
            left, right = " ".join(toks[:i]), " ".join(toks[i:])
            if left in self.by_title and self._names_body(right):
                return self.lookup_title(left, right, on, mention)
            if self._names_body(left) and right in self.by_title:  # English order: 'US President'
                return self.lookup_title(right, left, on, mention)
        for i in range(len(toks) - 1, 0, -1):  # title [+ country] + name
            title = " ".join(toks[:i])
            if title not in self.by_title and title not in self.own_titles:
                continue
            rest = toks[i:]
            for j in range(len(rest) - 1, 0, -1):
                if " ".join(rest[:j]) in self.country_phrases and " ".join(rest[j:]) in self.by_name:
                    return self.lookup_person(" ".join(rest[j:]), on, context, title=title,
                                              country=" ".join(rest[:j]), mention=mention)
            if " ".join(rest) in self.by_name:
                return self.lookup_person(" ".join(rest), on, context, title=title, mention=mention)
        group = self._group(toks, on, context, mention)
        if group is not None:
            return group
        if key in self.by_surface:
            return self.lookup_entity(mention, on, context)
        if key in self.by_title:
            return Resolution(mention, on.isoformat(), f"{mention!r} is a title without a country; not guessed")
        return Resolution(mention, on.isoformat(), f"{mention!r} is not a name, alias, title + country or entity in "
                          "the knowledge base")

    def _group(self, toks: list[str], on: date, context: Collection[str], mention: str) -> Resolution | None:
        """'warga Palestina', 'pasukan Israel', 'Israeli forces': a group noun and the country it belongs to."""
        for i in range(len(toks) - 1, 0, -1):
            for noun, body in ((" ".join(toks[:i]), " ".join(toks[i:])), (" ".join(toks[i:]), " ".join(toks[:i]))):
                if noun not in GROUP_NOUNS:
                    continue
                hits = [(k, how) for k, how in self.by_surface.get(body, [])
                        if self.entities[k].kind in ("country", "territory")]
                code = self.country_phrases.get(body) or (hits[0][0].split(":")[1] if len(hits) == 1 else None)
                if code is None:
                    continue
                ent = self.entities.get(f"country:{code}")
                how = next((h for k, h in hits if k == f"country:{code}"), "name")
                sector = GROUP_NOUNS[noun]
                return Resolution(mention, on.isoformat(), f"group noun {noun!r} ({sector}) + {how} {body!r} of "
                                  f"{code}: part of country:{code}", mention, f"country:{code}", code, sector,
                                  candidates=()) if ent else None
        return None

    # ---- the coder's actor table ------------------------------------------------------------
    def actor_rows(self, lang: str = "id") -> list[dict[str, str]]:
        """Surface rows for a language's actor table, in the shape of ``lang/<code>/actors.tsv`` (surface, name,
        country, sector, kind, kb_id): every entity's names in that language (and, for organisations, their English
        names, which Indonesian news quotes), demonyms and metonyms. Lower-case surfaces and capitalised words that
        are also ordinary words (``Antara``, ``Istana``) are left out: the table matches names case-insensitively
        unless they are short acronyms. Persons are not included (the coder resolves them through ``lookup_person``)."""
        if lang != "id":
            return []
        rows: list[dict[str, str]] = []
        seen: set[str] = set()
        for e in self.entities.values():
            if e.kind == "territory":  # dependent territories: resolve() knows them, the coder's table does not
                continue  # (the GDELT export's FIPS table has no codes for most of them)
            country_like = e.kind == "country"
            kind = "country" if country_like else "org" if e.kind == "party" else e.kind
            forms = [(x, kind) for x in (e.name_id, *e.names_id)]
            if not country_like and e.country != "IDN":  # Indonesian news quotes foreign bodies' English names
                forms += [(x, kind) for x in (e.name, *e.names_en)]
            forms += [(x, "demonym" if country_like else kind) for x in e.demonyms_id]
            forms += [(x, "capital" if country_like else kind) for x in e.metonyms]
            if country_like and e.capital:
                forms.append((e.capital, "capital"))  # ``Yerevan menolak ...``: a capital speaks for its state
            for surface, k in forms:
                key = norm(surface)
                if key in seen or key in _NOT_ACTORS or not surface[:1].isupper() and not surface[:1].isdigit():
                    continue
                if "," in surface or "(" in surface:
                    continue
                if len(key) < 2 or (len(surface) <= 2 and not surface.isupper()):
                    continue
                seen.add(key)
                rows.append({"surface": surface, "name": e.name_id, "country": e.country, "sector": e.sector,
                             "kind": k, "kb_id": e.kb_id})
        return rows

    # ---- reporting --------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Coverage: entities by kind and by country, office holders, terms and the latest date per country."""
        per: dict[str, dict[str, Any]] = {}
        for t in self.terms:
            c = self.offices[t.office].country
            s = per.setdefault(c, {"offices": set(), "holders": set(), "terms": 0, "uncertain": 0, "latest": ""})
            s["offices"].add(t.office)
            s["holders"].add(t.person)
            s["terms"] += 1
            s["uncertain"] += t.uncertain
            s["latest"] = max(s["latest"], (t.end or t.start).isoformat())
        persons_by_country: dict[str, int] = {}
        for p in self.persons.values():
            persons_by_country[p.country] = persons_by_country.get(p.country, 0) + 1
        by_kind: dict[str, int] = {}
        entities_by_country: dict[str, dict[str, int]] = {}
        for e in self.entities.values():
            by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
            if e.kind not in ("country", "territory"):
                kinds = entities_by_country.setdefault(e.country, {})
                kinds[e.kind] = kinds.get(e.kind, 0) + 1
        shared = {n: ids for n, ids in self.by_name.items() if len(ids) > 1}
        return {
            "shared_names": dict(sorted(shared.items())),
            "entities": {"persons": len(self.persons), "offices": len(self.offices), "terms": len(self.terms),
                         "uncertain_terms": sum(t.uncertain for t in self.terms),
                         "countries": len(self.codes), "country_phrases": len(self.country_phrases),
                         "entities": len(self.entities), "entity_surfaces": len(self.by_surface)},
            "entities_by_kind": dict(sorted(by_kind.items())),
            "entities_by_country": {c: dict(sorted(k.items())) for c, k in sorted(entities_by_country.items())},
            "persons_by_country": dict(sorted(persons_by_country.items())),
            "countries": {c: {"offices": len(s["offices"]), "office_holders": len(s["holders"]), "terms": s["terms"],
                              "uncertain_terms": s["uncertain"], "latest_date": s["latest"]}
                          for c, s in sorted(per.items())},
        }


def check(data_dir: str | Path | None = None) -> KnowledgeBase:
    """Load and validate every data file afresh (no cache); raises KBError naming the file and record."""
    kb = KnowledgeBase(data_dir)
    for o in kb.offices.values():
        if o.key not in kb._by_office:
            raise KBError(f"{kb.data_dir / 'titles.jsonl'}: office {o.key} has no holder in offices.jsonl")
    return kb


@functools.lru_cache(maxsize=8)
def _load(path: str) -> KnowledgeBase:
    return KnowledgeBase(path)


def load(data_dir: str | Path | None = None) -> KnowledgeBase:
    """The knowledge base in ``data_dir`` (default: the shipped data), loaded and validated once."""
    return _load(str(Path(data_dir).resolve()) if data_dir is not None else str(DATA_DIR))


def resolve(mention: str, on: date, context: Collection[str] = (), data_dir: str | Path | None = None) -> Resolution:
    """Who ``mention`` stands for on ``on`` (see ``KnowledgeBase.resolve``)."""
    return load(data_dir).resolve(mention, on, context)


def lookup_person(name: str, on: date, context: Collection[str] = ()) -> Resolution | None:
    """For the coder: a person named ``name`` and their country/sector/office on ``on``; None unless resolved."""
    return _person_on(load(), name, on, frozenset(context))


@functools.lru_cache(maxsize=16384)
def _person_on(kb: KnowledgeBase, name: str, on: date, context: frozenset[str]) -> Resolution | None:
    """Cached: an article names the same people again and again, and a day's articles the same people
    (the context is a set either way: the lookup does not depend on its order)."""
    r = kb.lookup_person(name, on, context)
    return r if r.resolved else None


def lookup_entity(text: str, on: date, context: Collection[str] = ()) -> Resolution | None:
    """A non-person entity by name, short form, demonym or metonym, with its sector on ``on``; None unless resolved."""
    r = load().lookup_entity(text, on, context)
    return r if r.resolved else None


def actor_rows(lang: str = "id") -> list[dict[str, str]]:
    """Rows for the actor table of language ``lang`` from the shipped knowledge base (``KnowledgeBase.actor_rows``)."""
    return load().actor_rows(lang)


def lookup_title(title_words: str, country: str, on: date) -> Resolution | None:
    """For the coder: the holder on ``on`` of the office ``title_words`` of ``country`` (code or phrase, e.g.
    'Menlu', 'AS'); None unless resolved."""
    return _title_on(load(), title_words, country, on)


@functools.lru_cache(maxsize=16384)
def _title_on(kb: KnowledgeBase, title_words: str, country: str, on: date) -> Resolution | None:
    r = kb.lookup_title(title_words, country, on)
    return r if r.resolved else None


__all__ = ["Entity", "KBError", "KnowledgeBase", "Office", "Period", "Person", "Resolution", "Term", "actor_rows",
           "check", "load", "lookup_entity", "lookup_person", "lookup_title", "norm", "resolve"]
