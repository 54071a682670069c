"""Actor and place mentions: who and where a sentence names.

Three tables from the language package drive this: actors (countries, capitals used
as metonyms, organisations, armed groups, media, known persons), titles (role nouns
that carry a sector: ``Menteri Luar Negeri``, ``pasukan``, ``pemimpin oposisi``)
and places. A title takes its country from the name that follows it
(``Presiden Mesir``), or from an organisation (``Juru Bicara Hamas`` is Hamas's
code), and a person's name after it (``Menteri Luar Negeri AS Antony Blinken``)
becomes the actor. Once a person is named, their surname alone refers back to them
for the rest of the article (:class:`ArticleMemory`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from warta import kb
from warta.gazetteer import Gazetteer, gazetteer_for
from warta.lang import Language, Place, TitleEntry
from warta.structure import TOKEN_RE
from warta.types import ActorMention, Entity, PlaceMention, Sentence, Token

COUNTRY_KINDS = {"country", "capital", "demonym"}
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar|at|az|an|bin|ibn|abu|bint)-[A-Z]")


TRANSNATIONAL = "NGO"
"""The country code of a non-governmental body that works across borders (the Red Crescent, Amnesty)."""


def _key(surface: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in TOKEN_RE.finditer(surface))


_WORD_LISTS = {
    "particles": "name_particles",
    "member_of": "member_of",
    "street_nouns": "street_nouns",
    "crowd_nouns": "crowd_nouns",
    "home_units": "home_units",
    "posting_words": "posting_words",
    "seat_words": "seat_words",
    "initials_words": "initials_words",
    "and_words": "and_words",
    "home_titles": "home_when_filed_at_home",
    "flag_words": "flag_words",
    "articles": "indefinite_articles",
    "currency_words": "currency_words",
    "warship_words": "warship_words",
    "weekdays": "weekday_names",
    "building_metonyms": "building_metonyms",
    "posted_bodies": "posted_bodies",
    "affiliations": "affiliation_nouns",
    "numbered_units": "numbered_units",
    "name_links": "name_links",
    "corps_words": "corps_words",
    "place_suffixes": "place_name_suffixes",
    "office_buildings": "office_buildings",
}
"""Lexicon fields read as plain word lists, and the cue each is read from."""


@dataclass
class Lexicon:
    """The language's name tables, keyed by token tuples for longest-match lookup."""

    actors: dict[tuple[str, ...], tuple[str, Entity]]
    titles: dict[tuple[str, ...], TitleEntry]
    places: dict[tuple[str, ...], tuple[str, Place]]
    particles: frozenset[str]
    domestic_titles: frozenset[tuple[str, ...]]
    institution_prefixes: dict[tuple[str, ...], str]
    institution_starts: frozenset[str]
    home_country: str | None
    max_len: int
    member_of: frozenset[str] = frozenset()
    """``dari`` in ``massa dari BEM UI``: a group noun, this word, then the body it comes from."""
    street_nouns: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    home_units: frozenset[str] = frozenset()
    """Words for the home country's administrative units (``Kabupaten``, ``Desa``): a name with one is at home."""
    posting_words: frozenset[str] = frozenset()
    """``Duta Besar Kamboja untuk PBB``: the word before where an envoy is posted."""
    seat_words: frozenset[str] = frozenset()
    """``Menteri Negara Qatar di Kementerian Luar Negeri``: the word before the body an official sits in."""
    verb_prefixes: frozenset[str] = frozenset()
    """Prefixes that make a word a verb (``menyerang``): never a modifier inside a name (``pasukan khusus Israel``)."""
    and_words: frozenset[str] = frozenset()
    home_titles: frozenset[str] = frozenset()
    """First words of titles that name a home office when the report is filed at home and names no country."""
    initials_words: frozenset[str] = frozenset()
    """``berinisial``: the capitals after it are a person's initials."""
    member_state_phrases: tuple[tuple[str, ...], ...] = ()
    """``negara anggota``: between a title and a body of states, the officials are the body's members."""
    currency_words: frozenset[str] = frozenset()
    """``dolar``: a country named right after it names a currency (``dolar AS``), not an actor."""
    articles: frozenset[str] = frozenset()
    """``sebuah``, ``seorang``: an indefinite article that may stand before the body in ``orang dari sebuah X``."""
    referring_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    """Bare nouns that refer back to the last body of one of these sectors (``penyidik``: JUD, COP)."""
    flag_words: frozenset[str] = frozenset()
    """``berbendera``: the country after it is a vessel's flag, so its people (or its navy)."""
    warship_words: frozenset[str] = frozenset()
    """``perang`` in ``kapal perang berbendera China``: words that make the flagged vessel a navy's."""
    portfolio_pattern: re.Pattern[str] | None = None
    """A word naming an office's field (``Kemanusiaan``, ``Perdagangan``): ``Koordinator Kemanusiaan PBB``."""
    plural_titles: frozenset[tuple[str, ...]] = frozenset()
    """Group nouns doubled into their plural (``negara-negara``): several groups, so never one by default."""
    name_links: frozenset[str] = frozenset()
    """``untuk`` in ``Koalisi Masyarakat Sipil untuk Kedaulatan Pangan``: part of a body's own name."""
    numbered_units: frozenset[str] = frozenset()
    """``Komisi``, ``Kodam``: units named by a Roman numeral, which belongs to the title after them."""
    field_titles: frozenset[tuple[str, ...]] = frozenset()
    """``Kepala Dinas``: the capitalised words after it name the office's field, never a remembered name."""
    affiliations: frozenset[str] = frozenset()
    """``Fraksi`` in ``Anggota Komisi VI dari Fraksi PDI Perjuangan, X``: an affiliation, not the holder's body."""
    national_groups: dict[str, str] = field(default_factory=dict)
    """Group nouns that name their nationality (``WNI``): their country wherever they are."""
    posted_bodies: frozenset[str] = frozenset()
    """Missions abroad written with their city (``KBRI Tripoli``): the city is part of the name."""
    building_metonyms: frozenset[str] = frozenset()
    """``Istana``: a building that stands for a government only when no name follows it."""
    office_buildings: frozenset[str] = frozenset()
    """``kantor bupati``: an office's building; a lower-case home office after it is that office."""
    weekdays: frozenset[str] = frozenset()
    """Day names: never part of a person's name (``kantor bupati, Senin (14/7)``)."""
    rank_titles: frozenset[tuple[str, ...]] = frozenset()
    """Military and police ranks: the holder's name follows them, past a corps mark (``Letkol Inf Candra``)."""
    corps_words: frozenset[str] = frozenset()
    """``Inf``, ``Pol``, ``(Purn)``: marks between a rank and the name."""
    jurisdiction_titles: frozenset[tuple[str, ...]] = frozenset()
    """Offices over a place, written with the place before the name (``Bupati Intan Jaya Yeremias Wandagau``)."""
    representative_titles: frozenset[tuple[str, ...]] = frozenset()
    """``kuasa hukum``: titles of someone who speaks for the client named after them."""
    place_suffixes: frozenset[str] = frozenset()
    """Words that continue a place's name (``Tengah`` in ``Lombok Tengah``)."""
    starts: frozenset[str] = frozenset()
    """Lower-case words an actor mention can begin with besides a capitalised one (table keys, titles,
    institution prefixes): every other word is skipped at once by the scan."""

    lengths: dict[int, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    """For each table (by id), the key lengths that start with a given word, longest first."""

    @classmethod
    def build(cls, lang: Language) -> Lexicon:
        actors = {_key(s): (s, e) for s, e in lang.actors.items()}
        titles = {_key(s): t for s, t in lang.titles.items()}
        doubled: set[tuple[str, ...]] = set()
        if lang.cues.get("plural_reduplication"):
            # ``perusahaan-perusahaan Iran``: a group noun doubled is its plural, the same group; a doubled
            # word the language lists as a plural marker (``negara-negara Teluk``) stays a marker
            markers = set(lang.cues.get("plural_markers", ()))
            for key, t in list(titles.items()):
                if t.kind == "group" and key[0].isalpha():
                    plural = (f"{key[0]}-{key[0]}", *key[1:])
                    if plural not in titles and plural[0] not in markers:
                        titles[plural] = t
                        doubled.add(plural)
        places = {_key(s): (s, p) for s, p in lang.places.items()}
        max_len = max([len(k) for k in (*actors, *titles, *places)] or [1])
        lengths: dict[int, dict[str, tuple[int, ...]]] = {}
        for table in (actors, titles, places):
            by_first: dict[str, set[int]] = {}
            for k in table:
                if k:
                    by_first.setdefault(k[0], set()).add(len(k))
            lengths[id(table)] = {w: tuple(sorted(ns, reverse=True)) for w, ns in by_first.items()}
        institution_starts = frozenset(_key(p)[0] for p in lang.cues.get("domestic_institution_prefixes", {}))
        home = lang.cues.get("home_country")
        starts = frozenset(lengths[id(actors)]) | frozenset(lengths[id(titles)]) | institution_starts

        def words(key: str) -> frozenset[str]:
            return frozenset(lang.cues.get(key, ()))

        def phrases(key: str) -> frozenset[tuple[str, ...]]:
            return frozenset(_key(p) for p in lang.cues.get(key, ()))

        return cls(lengths=lengths, starts=starts, **{name: words(key) for name, key in _WORD_LISTS.items()},
            actors=actors, titles=titles, places=places,
            domestic_titles=phrases("domestic_titles") | frozenset(
                # ``Wakil Ketua DPR``, ``Panglima TNI``: a title that names a home body is a home office
                k for k in titles if home and any((hit := actors.get((w,))) and hit[1].country == home
                                                  for w in k[1:])),
            institution_prefixes={_key(p): sector
                                  for p, sector in lang.cues.get("domestic_institution_prefixes", {}).items()},
            home_country=lang.cues.get("home_country"), max_len=max_len,
            institution_starts=institution_starts,
            plural_titles=frozenset(doubled),
            member_state_phrases=tuple(sorted((_key(p) for p in lang.cues.get("member_state_words", ())),
                                              key=len, reverse=True)),
            referring_nouns={k: frozenset(v) for k, v in lang.cues.get("referring_nouns", {}).items()},
            national_groups=dict(lang.cues.get("national_groups", {})),
            field_titles=phrases("field_titles"),
            rank_titles=phrases("rank_titles"),
            jurisdiction_titles=phrases("jurisdiction_titles"),
            representative_titles=phrases("representative_titles"),
            portfolio_pattern=re.compile(lang.cues["portfolio_pattern"]) if "portfolio_pattern" in lang.cues else None,
            verb_prefixes=frozenset((*lang.cues.get("active_prefixes", ()), *lang.cues.get("passive_prefixes", ()))),
        )


def lexicon_for(lang: Language) -> Lexicon:
    return lang.derived("mentions.lexicon", lambda: Lexicon.build(lang))


_ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _case_ok(surface_tokens: list[Token], table_surface: str) -> bool:
    """Acronyms must match exactly (``AS`` is not ``as``); names must be capitalised."""
    first = surface_tokens[0].text
    if table_surface.isupper() and len(table_surface) <= 5:
        return " ".join(t.text for t in surface_tokens).replace(" ", "") == table_surface.replace(" ", "")
    if table_surface[:1].isupper():
        return first[:1].isupper()
    return True


@dataclass
class ArticleMemory:
    """Names seen earlier in the article, so that ``Blinken`` finds Antony Blinken."""

    aliases: dict[str, Entity] = field(default_factory=dict)
    groups: dict[str, Entity] = field(default_factory=dict)
    """Group nouns tied to a body earlier (``massa dari BEM UI``): later bare ``massa`` is that body."""
    bare_titles: dict[str, Entity] = field(default_factory=dict)
    """A title's last word named with a body earlier (``penyidik Kejaksaan Agung``): later bare ``penyidik``."""
    bodies: list[Entity] = field(default_factory=list)
    """Coded bodies named so far, latest last: what a bare ``penyidik`` or ``pemberontak`` refers back to."""

    def remember(self, name_tokens: list[str], entity: Entity) -> None:
        if entity.kind != "person":
            # a body's or a group's name is remembered whole: its first word (``Daerah`` of ``Kepolisian Daerah
            # Maluku``, ``Negeri`` of ``Warga Negeri Waiputih``) names nothing on its own
            if len(name_tokens) >= 2:
                self.aliases.setdefault(" ".join(name_tokens).lower(), entity)
                self.aliases.setdefault(name_tokens[-1].lower(), entity)
            return
        if 3 <= len(name_tokens) <= 4 and all(w.isalpha() for w in name_tokens):
            # ``Dasco`` for Sufmi Dasco Ahmad (a person's name of three or four words, not a long body's name)
            for middle in name_tokens[1:-1]:
                if len(middle) >= 4 and middle[:1].isupper():
                    self.aliases.setdefault(middle.lower(), entity)
        if len(name_tokens) >= 2:
            self.aliases.setdefault(name_tokens[-1].lower(), entity)
            self.aliases.setdefault(" ".join(name_tokens).lower(), entity)
            # Indonesian news calls Indonesians by their first name (``Prabowo``) and Chinese or
            # Korean names put the surname first (``Lin`` for Lin Jian)
            if len(name_tokens[0]) >= 3 and name_tokens[0][:1].isupper():
                self.aliases.setdefault(name_tokens[0].lower(), entity)
            # ``Al Khulaifi`` for ``... bin Saleh Al Khulaifi``
            if len(name_tokens) >= 3 and name_tokens[-2].lower() in ("al", "el"):
                self.aliases.setdefault(" ".join(name_tokens[-2:]).lower(), entity)


class MentionFinder:
    """Finds actor and place mentions sentence by sentence in one article."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.lex = lexicon_for(lang)
        # the first words of each table's keys: looked up before a call, since most words begin none
        self._actor_lengths = self.lex.lengths[id(self.lex.actors)]
        self._title_lengths = self.lex.lengths[id(self.lex.titles)]
        self._place_lengths = self.lex.lengths[id(self.lex.places)]
        self.memory = ArticleMemory()
        self.default_country: str | None = None
        self.sentence_country: str | None = None
        self.filed_from: str | None = None
        """The country of the dateline, at home or abroad: where the civilians a report names live."""
        self.context_countries: set[str] = set()
        self.country_counts: Counter[str] = Counter()
        """How often the article so far has named each country (actors and places)."""
        self._gaz: Gazetteer | None = None
        self.on: date | None = None
        """The article's publication day: who holds an office, and in which sector a person is, depends on it."""

    # -- table lookups -------------------------------------------------------
    def _longest(self, toks: list[Token], i: int, table: dict) -> tuple[int, object] | None:
        # only the lengths some key starting with this word has (most words start none): the hot path
        lengths = self.lex.lengths[id(table)].get(toks[i].lower)
        if not lengths:
            return None
        room = len(toks) - i
        for n in lengths:
            if n > room:
                continue
            hit = table.get((toks[i].lower,) if n == 1 else tuple([t.lower for t in toks[i:i + n]]))
            if hit is not None:
                return n, hit
        return None

    def _actor_at(self, toks: list[Token], i: int) -> tuple[int, Entity] | None:
        if toks[i].lower not in self._actor_lengths:
            return None
        hit = self._longest(toks, i, self.lex.actors)
        if hit:
            n, (surface, entity) = hit
            if _case_ok(toks[i:i + n], surface):
                return n, entity
        return None

    def _name_run(self, toks: list[Token], i: int) -> int:
        """Length of a capitalised personal-name run at ``i`` (particles allowed inside)."""
        j = i
        while j < len(toks):
            t = toks[j]
            name_like = (_capitalised(t) or _ARABIC_ARTICLE.match(t.text)) and t.lower not in self.lex.weekdays
            if name_like and t.text.replace("-", "").replace("'", "").isalpha():
                if j > i and (self._title_at(toks, j) or self._actor_at(toks, j)):
                    break
                j += 1
            elif t.lower in self.lex.particles and j > i and j + 1 < len(toks) and _capitalised(toks[j + 1]):
                j += 1
            else:
                break
        return j - i

    def _rank_at(self, toks: list[Token], i: int) -> tuple[int, TitleEntry] | None:
        hit = self._title_at(toks, i) if i < len(toks) and _capitalised(toks[i]) else None
        return hit if hit is not None and _key(hit[1].surface) in self.lex.rank_titles else None

    def _past_corps(self, toks: list[Token], i: int) -> int:
        """Past the corps marks after a rank: ``Inf`` in ``Letkol Inf Candra``, ``(Purn)``, ``Laut (P)``."""
        corps = self.lex.corps_words
        while i < len(toks):
            if toks[i].text == "(":
                c = next((c for c in range(i + 1, min(i + 4, len(toks))) if toks[c].text == ")"), None)
                if c is None or c == i + 1 or not all(t.lower in corps for t in toks[i + 1:c]):
                    break
                i = c + 1
            elif len(toks[i].text) > 1 and toks[i].lower in corps and _capitalised(toks[i]) \
                    and i + 1 < len(toks) and (_capitalised(toks[i + 1]) or toks[i + 1].text == "("):
                i += 1
            else:
                break
        return i

    def _holder_span(self, title: TitleEntry, toks: list[Token],
                     k: int) -> tuple[int, int, tuple[int, int, TitleEntry] | None]:
        """Where the holder's name starts after a title, its length, and the rank it follows if any.

        A rank comes before the name (``Letkol Inf Candra Kurniawan``), and capitalised words between an
        office's title and a rank name the office's place or unit (``Kapolres Lombok Tengah AKBP Iwan
        Hidayat``, ``Kepala Operasi Damai Cartenz, Brigjen Pol Hendrik Tamaela``). After a title of
        jurisdiction a run of three or more capitalised words starts with a place the tables do not know
        (``Bupati Intan Jaya Yeremias Wandagau``): the place keeps its first word and the words that
        continue place names, and at least two words are left for the name. Without the split the
        place's first word would be remembered as the holder's first name. A run that opens with a unit of
        government (``Inspektur Kabupaten Lombok Tengah, Baiq Nurhayati``) is a place, never a name.
        """
        if _key(title.surface) in self.lex.rank_titles:
            k = self._past_corps(toks, k)
        ranked = self._after_rank(toks, k)
        if ranked is not None:
            return ranked
        n = self._name_run(toks, k) if k < len(toks) else 0
        if not n:
            return k, 0, None
        ranked = self._after_rank(toks, k + n + 1 if k + n + 1 < len(toks) and toks[k + n].text == "," else k + n)
        if ranked is not None and ranked[1]:
            return ranked
        unit = title.kind == "title" and toks[k].lower in self.lex.home_units
        jurisdiction = _key(title.surface) in self.lex.jurisdiction_titles
        apposed = self._name_in_commas(toks, k + n)  # ``Sekretaris Daerah Pidie, Yusrizal Hasan,``
        if jurisdiction and not unit and apposed >= 2:
            s = k + n + 1
            region = self._longest(toks, s, self.lex.places)
            if region is not None and region[0] == apposed and s + apposed + 1 < len(toks) \
                    and toks[s + apposed].text == ",":
                # ``Bupati Sintang, Kalimantan Barat, Yohanes Ding Lahang``: the place's region, then the name
                m = self._name_run(toks, s + apposed + 1)
                if m >= 2:
                    return s + apposed + 1, m, None
            return s, apposed, None
        if unit or (n >= 3 and jurisdiction):
            p = 2 if unit else 1
            while p < n and toks[k + p].lower in self.lex.place_suffixes:
                p += 1
            if n - p >= 2:
                return k + p, n - p, None
            if unit:  # ``Inspektur Kabupaten Lombok Tengah, Baiq Nurhayati,``: the name in commas, if any
                return (k + n + 1, apposed, None) if apposed else (k, 0, None)
        return k, n, None

    def _after_rank(self, toks: list[Token], r: int) -> tuple[int, int, tuple[int, int, TitleEntry]] | None:
        """A rank at ``r``: where the name after it (past corps marks) starts, its length, and the rank."""
        rank = self._rank_at(toks, r)
        if rank is None:
            return None
        s = self._past_corps(toks, r + rank[0])
        return s, self._name_run(toks, s) if s < len(toks) else 0, (r, rank[0], rank[1])

    def _name_in_commas(self, toks: list[Token], c: int) -> int:
        """Length of a name set off by a comma at ``c`` and closed by a comma or the sentence's end (0 if none)."""
        if c + 1 >= len(toks) or toks[c].text != ",":
            return 0
        m = self._name_run(toks, c + 1)
        return m if m and (c + 1 + m >= len(toks) or toks[c + 1 + m].text in (",", ".")) else 0

    def _name_to_actor(self, toks: list[Token], j: int) -> int | None:
        """Where a known actor starts after at most four capitalised words of a body's name from ``j``."""
        k = j
        while k < len(toks) and k - j < 4 and _capitalised(toks[k]) and toks[k].text.isalpha() \
                and not self._actor_at(toks, k) and not self._title_at(toks, k):
            k += 1
        return k if k < len(toks) and self._actor_at(toks, k) else None

    def _past_portfolio(self, toks: list[Token], j: int) -> tuple[int, tuple[int, Entity] | None]:
        """Skip an office's field after a title; return where the body or name starts, and the body.

        The field opens with a word of the language's portfolio pattern (or ``dan`` continuing a title:
        ``Menteri Luar Negeri dan Kerja Sama Timor-Leste``). If a body follows within a few more
        capitalised words (``Pengawasan Sumber Daya Kelautan dan Perikanan (PSDKP) KKP``) it is the
        complement; otherwise only field words joined by ``dan`` are skipped, and only before a name.
        """
        pattern = self.lex.portfolio_pattern
        if pattern is None or self._actor_at(toks, j) or self._title_at(toks, j):
            return j, None
        if toks[j].lower in self.lex.and_words:
            if j + 1 < len(toks) and _capitalised(toks[j + 1]) and not self._actor_at(toks, j + 1):
                found = self._body_after_field(toks, j + 1)
                if found is not None:
                    return found
            return j, None
        if not _capitalised(toks[j]) or not pattern.match(toks[j].lower):
            return j, None
        found = self._body_after_field(toks, j)
        if found is not None:
            return found
        # no body: skip ``Perladangan dan Komoditas`` (field words, ``dan`` + a word) before a name
        k = j + 1
        while k < len(toks):
            if _capitalised(toks[k]) and pattern.match(toks[k].lower) and not self._actor_at(toks, k):
                k += 1
            elif toks[k].lower in self.lex.and_words and k + 1 < len(toks) and _capitalised(toks[k + 1]) \
                    and toks[k + 1].text.isalpha() and not self._actor_at(toks, k + 1):
                k += 2
            else:
                break
        if k < len(toks) and _capitalised(toks[k]) and toks[k].text.isalpha() and not self._actor_at(toks, k) \
                and not self._title_at(toks, k) and not pattern.match(toks[k].lower) and self._name_run(toks, k) >= 2:
            return k, None
        return j, None

    def _body_after_field(self, toks: list[Token], j: int) -> tuple[int, tuple[int, Entity]] | None:
        """The body a field of office words starting at ``j`` runs on to, within a few capitalised words."""
        k = j + 1
        while k < len(toks) and k - j < 12:
            t = toks[k]
            if t.text == "(":
                close = next((c for c in range(k + 1, min(k + 4, len(toks))) if toks[c].text == ")"), None)
                if close is None:
                    break
                k = close + 1
                continue
            hit = self._actor_at(toks, k)
            known = self.memory.aliases.get(toks[k].lower) if hit is None and toks[k].text.isupper() else None
            if known is not None and known.kind != "person":
                hit = (1, known)  # ``KKP``, spelled out earlier in the article
            if hit is not None:
                return None if hit[1].kind == "person" else (k, hit)
            if not ((_capitalised(t) and t.text.isalpha()) or t.lower in self.lex.and_words) or self._title_at(toks, k):
                break
            k += 1
        return None

    def _title_at(self, toks: list[Token], i: int) -> tuple[int, TitleEntry] | None:
        if toks[i].lower not in self._title_lengths:
            return None
        hit = self._longest(toks, i, self.lex.titles)
        if hit is None:
            return None
        n, title = hit
        assert isinstance(title, TitleEntry)
        return n, title

    # -- the scan ------------------------------------------------------------
    def actors(self, sent: Sentence) -> list[ActorMention]:
        toks = sent.tokens
        out: list[ActorMention] = []
        starts = self.lex.starts
        bracket = "(" in sent.text  # only a bracket can spell out a name
        resume = 0  # the token after the last mention found
        # a table entry, a title or a name can begin only at these words (most words begin none)
        # (a substring test first: almost no sentence names anyone by initials)
        initials = self._initials(toks) if any(w in sent.text for w in self.lex.initials_words) else ()
        for i in [k for k, t in enumerate(toks) if t.lower in starts or t.text[:1].isupper()]:
            if i < resume or i in initials:
                continue  # (``berinisial AS dan RI``: suspects' initials, not the United States and Indonesia)
            found = self._spelled_out(sent, i) if bracket else None
            if found is None:
                titled, plain = self._titled(sent, i), self._plain(sent, i)
                found = titled
                if plain is not None and (titled is None or plain.tok_end >= titled.tok_end):
                    found = plain
            if found is not None and found.entity.kind == "capital":
                longer = self._longest(toks, i, self.lex.places)
                if longer is not None and longer[0] > found.tok_end - found.tok_start:
                    found = None  # ``Jakarta Pusat`` is a place, not the government seated in Jakarta
                elif found.tok_end - found.tok_start == 1 and toks[i].lower in self.lex.building_metonyms \
                        and found.tok_end < len(toks) and _capitalised(toks[found.tok_end]) \
                        and toks[found.tok_end].lower not in self.lex.weekdays:
                    found = None  # ``Istana Planalto``: a palace we do not know, not Indonesia's presidency
            if found and found.tok_end < len(toks) and toks[found.tok_end - 1].lower in self.lex.posted_bodies \
                    and found.entity.kind == "institution" and _capitalised(toks[found.tok_end]):
                posting = self._longest(toks, found.tok_end, self.lex.places)
                if posting is not None:
                    # ``KBRI Tripoli``: Indonesia's embassy in Tripoli, not Libya's government
                    found = self._mention(sent, found.tok_start, found.tok_end + posting[0], found.entity, found.rule)
            if found:
                found = self._with_acronym(sent, found)
                gap = found.tok_start - out[-1].tok_end if out else 0
                if out and (gap == 1 or (gap == 2 and toks[found.tok_start - 1].lower in self.lex.articles)) \
                        and toks[out[-1].tok_end].lower in self.lex.member_of and out[-1].entity.kind == "group" \
                        and out[-1].rule.startswith("title:") \
                        and found.entity.kind in ("org", "institution", "group") and found.entity.country:
                    # ``massa dari BEM UI``: a crowd from a body acts as that body
                    prev = out.pop()
                    noun = toks[prev.tok_end - 1].lower
                    self.memory.groups[noun] = found.entity
                    if noun in self.lex.crowd_nouns:
                        # ``ratusan mahasiswa dari BEM UGM`` ... ``massa``: the same crowd, named another way
                        for other in self.lex.crowd_nouns:
                            self.memory.groups.setdefault(other, found.entity)
                    found = self._mention(sent, prev.tok_start, found.tok_end, found.entity,
                                          f"{prev.rule}+from:{found.rule}")
                if found.entity.kind in COUNTRY_KINDS and found.tok_start > 0 \
                        and toks[found.tok_start - 1].lower in self.lex.currency_words:
                    resume = found.tok_end  # ``5 juta dolar AS``: a currency, not the United States
                    continue
                found = self._shared_head(toks, out, found)
                if found.entity.kind in ("org", "institution", "group") and found.entity.country \
                        and found.entity.sector and not found.rule.endswith("+refers"):
                    self.memory.bodies.append(found.entity)
                out.append(found)
                resume = found.tok_end
        return out

    def _shared_head(self, toks: list[Token], out: list[ActorMention], found: ActorMention) -> ActorMention:
        """A bare country that a group noun or a flag word governs is that country's group.

        ``Pasukan India dan Pakistan``: the second country shares the first one's head noun;
        ``kapal ikan berbendera Vietnam``: a flag names the boat's people (a warship's, its navy).
        """
        if found.entity.kind not in COUNTRY_KINDS or found.tok_start == 0:
            return found
        before = toks[found.tok_start - 1].lower
        sector = None
        if before in self.lex.flag_words:
            near = {t.lower for t in toks[max(0, found.tok_start - 5):found.tok_start - 1]}
            sector, how = ("MIL" if near & self.lex.warship_words else "CVL"), "flag"
        elif out and out[-1].tok_end + 1 == found.tok_start and before in self.lex.and_words:
            prev = out[-1]
            head = self._actor_at(toks, prev.tok_end - 1)
            after = toks[found.tok_end] if found.tok_end < len(toks) else None
            if prev.rule.startswith("title:") and prev.entity.kind == "group" \
                    and prev.entity.sector not in (None, "GOV") and head is not None and head[1].kind in COUNTRY_KINDS \
                    and not (after is not None and (_capitalised(after) or self._title_at(toks, found.tok_end))):
                sector, how = prev.entity.sector, "shared head"
        if sector is None:
            return found
        entity = Entity(name=found.entity.name, country=found.entity.country, sector=sector, kind="group")
        return ActorMention(found.text, found.start, found.end, entity, found.sentence, found.tok_start,
                            found.tok_end, f"{found.rule}+{how}")

    def _initials(self, toks: list[Token]) -> set[int]:
        """Tokens that are people's initials: short capitals after ``berinisial``, and those joined to them."""
        out: set[int] = set()
        for k, t in enumerate(toks):
            if t.lower not in self.lex.initials_words:
                continue
            j = k + 1
            while j < len(toks) and (toks[j].text.isupper() and len(toks[j].text) <= 4 or toks[j].text == ","
                                     or (toks[j].lower in self.lex.and_words and j + 1 < len(toks)
                                         and toks[j + 1].text.isupper())):
                if toks[j].text.isupper():
                    out.add(j)
                j += 1
        return out

    def _spelled_out_lower(self, sent: Sentence, i: int) -> ActorMention | None:
        """``kelompok kriminal bersenjata (KKB)``: a known body's name written in lower case, its acronym after it.

        Only an acronym the tables know, and only when every word gives its initial: an unknown acronym
        after lower-case words is no name.
        """
        toks = sent.tokens
        j = i
        while j < len(toks) and j - i < 6 and toks[j].text.isalpha() and toks[j].text.islower():
            j += 1
        if j - i < 2 or j + 2 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")":
            return None
        acronym = toks[j + 1].text
        if not acronym.isupper() or acronym != "".join(t.text[0] for t in toks[i:j]).upper():
            return None
        known = self._actor_at(toks, j + 1)
        if known is None or known[0] != 1 or known[1].kind == "person":
            return None
        return self._mention(sent, i, j + 3, known[1], f"acronym:{known[1].kb_id}")

    def _spelled_out(self, sent: Sentence, i: int) -> ActorMention | None:
        """``Badan Eksekutif Mahasiswa Universitas Gadjah Mada (BEM UGM)``: a name whose bracket spells it.

        The initials of the capitalised words must give the acronym (or a short place after them, or, for
        a known acronym, at least half its letters in any order: a translated name, ``Organisasi
        Internasional untuk Migrasi (IOM)``), or the acronym is said as a word (``Forpa``), so an unknown
        body is still one actor. A known acronym names it; otherwise the body is coded from the last title
        word inside the name (``Mahasiswa`` -> EDU) and where the report is. Lower-case names go to
        :meth:`_spelled_out_lower`.
        """
        toks = sent.tokens
        if "(" not in sent.text:
            return None  # no bracket, no acronym: most sentences
        if not _capitalised(toks[i]):
            return self._spelled_out_lower(sent, i)
        if i > 0 and _capitalised(toks[i - 1]) and toks[i - 1].text.isalpha():
            return None
        j = i
        initials = []
        while j < len(toks) and j - i < 12:
            t = toks[j]
            if t.text == "(":
                break
            if _capitalised(t) and t.text.isalpha():
                initials.append(t.text[0].upper())
            elif not (t.text.isalpha() and t.text.islower() and len(t.text) <= 5):
                return None  # only short function words (``dan``, ``untuk``) inside a name
            j += 1
        if j >= len(toks) - 2 or len(initials) < 3:
            return None
        close = next((k for k in range(j + 1, min(j + 5, len(toks))) if toks[k].text == ")"), None)
        if close is None:
            return None
        known = self._actor_at(toks, j + 1)
        if known is not None and j + 1 + known[0] != close:
            known = None
        letters = [c for c in "".join(t.text for t in toks[j + 1:close]) if c.isupper()]
        if known is not None and known[1].kind not in ("person", *COUNTRY_KINDS) and self._title_at(toks, i) is None \
                and 2 * sum(c in initials for c in letters) >= len(letters):
            # ``Organisasi Internasional untuk Migrasi (IOM)``: a translated name keeps the original's acronym, half
            # its letters among the name's initials in any order (``Hidayat Nur Wahid (PKS)`` is a person and his
            # party; ``Massa dari ... (BEM UI)`` is the title's: the crowd of a body)
            return self._mention(sent, i, close + 1, known[1], f"acronym:{known[1].kb_id}")
        inner = [t for t in toks[j + 1:close] if t.text.isalnum()]
        acronym = "".join(t.text for t in inner)
        # ``Forum Pemantau Anggaran (Forpa)``, ``Wahana Lingkungan Hidup (Walhi)``: an acronym said as a word
        worded = len(inner) == 1 and len(acronym) >= 4 and acronym[:1].isupper() and acronym[1:].islower() \
            and acronym[:2].lower() == toks[i].text[:2].lower()
        if not worded and (not acronym.isupper() or acronym != "".join(initials)):
            # ``Federasi Serikat Pekerja Logam Sulawesi Tengah (FSPL Sulteng)``: initials, then a short place name
            head = inner[0].text if inner else ""
            if not (len(inner) == 2 and head.isupper() and len(head) >= 2 and "".join(initials).startswith(head)
                    and _capitalised(inner[1]) and not inner[1].text.isupper()):
                return None
            acronym = f"{head} {inner[1].text}"
        if known is not None:
            return self._mention(sent, i, close + 1, known[1], f"acronym:{known[1].kb_id}")
        sector = None
        as_title = self._title_at(toks, j + 1)
        if as_title is not None and j + 1 + as_title[0] == close:
            sector = as_title[1].sector  # ``Lembaga Swadaya Masyarakat (LSM)``: the acronym is a known kind
        k = i
        while k < j:
            hit = self._title_at(toks, k) if sector is None or as_title is None else None
            if hit is not None and hit[1].sector:
                sector = hit[1].sector
            k += hit[0] if hit is not None else 1  # (``Serikat Pekerja`` is a union, whatever ``Pekerja`` alone is)
        if worded and sector is None:
            return None  # ``Rancangan Peraturan Daerah (Raperda)``: a word-acronym names a body only by a body's noun
        country = self.sentence_country or self.default_country or self._leading_country()
        home_kind = self.lex.institution_prefixes.get((acronym.lower(),))
        if home_kind is not None and self.lex.home_country:
            # ``Lembaga Bantuan Hukum (LBH) Surabaya``: an acronym that prefixes home bodies names one of them
            sector, country = sector or home_kind, self.lex.home_country
        name = sent.text[toks[i].start - sent.start:toks[close].end - sent.start]
        entity = Entity(name=name, country=country, sector=sector, kind="org")
        self.memory.aliases.setdefault(acronym.lower(), entity)
        return self._mention(sent, i, close + 1, entity, f"spelled-out:{acronym}")

    def _with_acronym(self, sent: Sentence, m: ActorMention) -> ActorMention:
        """``Badan Energi Atom Internasional (IAEA)``: a known acronym in brackets names the body."""
        toks = sent.tokens
        j = m.tok_end
        if j + 2 < len(toks) and toks[j].text == "(":
            hit = self._actor_at(toks, j + 1)
            if hit and j + 1 + hit[0] < len(toks) and toks[j + 1 + hit[0]].text == ")":
                # the bracketed acronym abbreviates the name before it, which may merely end in a country
                # (``Badan Eksekutif Mahasiswa Universitas Indonesia (BEM UI)``)
                if m.entity.kind != "person" and (hit[1].kind not in COUNTRY_KINDS or m.entity.country is None):
                    return self._mention(sent, m.tok_start, j + 2 + hit[0], hit[1], f"acronym:{hit[1].kb_id}")
                return self._mention(sent, m.tok_start, j + 2 + hit[0], m.entity, m.rule)
        return m

    def _mention(self, sent: Sentence, a: int, b: int, entity: Entity, rule: str) -> ActorMention:
        toks = sent.tokens
        start, end = toks[a].start, toks[b - 1].end
        text = sent.text[start - sent.start:end - sent.start]
        return ActorMention(text, start, end, entity, sent.index, a, b, rule)

    def _domestic_institution(self, sent: Sentence, i: int) -> ActorMention | None:
        """``Polres Garut``, ``Pemkab Bogor``, ``Kodam Jaya``: a home institution named by its prefix and place."""
        toks = sent.tokens
        if toks[i].lower not in self.lex.institution_starts:
            return None
        for prefix, sector in self.lex.institution_prefixes.items():
            n = len(prefix)
            if tuple(t.lower for t in toks[i:i + n]) != prefix or not _capitalised(toks[i]):
                continue
            k = i + n
            while k < len(toks) and _capitalised(toks[k]) and toks[k].text.isalpha() and k - i - n < 3:
                k += 1
            if k > i + n and self.lex.home_country:
                name = sent.text[toks[i].start - sent.start:toks[k - 1].end - sent.start]
                entity = Entity(name=name, country=self.lex.home_country, sector=sector, kind="institution")
                return self._mention(sent, i, k, entity, f"institution:{' '.join(prefix)}")
            if k == i + n and n == 1 and self.lex.home_country and self.default_country == self.lex.home_country:
                # ``Ia menambahkan, Polda menambah 300 personel``: named bare in a report from home, the prefix is
                # the body the report already placed (the one named before with it, else one of its kind at home)
                before = next((b for b in reversed(self.memory.bodies) if b.sector == sector
                               and b.name.lower().startswith(prefix[0] + " ")), None)
                entity = before or Entity(name=toks[i].text, country=self.lex.home_country, sector=sector,
                                          kind="institution")
                return self._mention(sent, i, k, entity, f"institution:{prefix[0]}+bare")
        return None

    def _plain(self, sent: Sentence, i: int) -> ActorMention | None:
        toks = sent.tokens
        hit = self._actor_at(toks, i)
        if hit is None:
            inst = self._domestic_institution(sent, i)
            if inst is not None:
                return inst
        if hit:
            n, entity = hit
            # ``Palestina Hamas``, ``Lebanon Hizbullah``: a country naming where a group is from
            if entity.kind in COUNTRY_KINDS and i + n < len(toks):
                nxt = self._actor_at(toks, i + n)
                if nxt and nxt[1].kind in ("group", "org") and nxt[1].country == entity.country:
                    return self._mention(sent, i, i + n + nxt[0], nxt[1], f"table:{nxt[1].kb_id}")
            if entity.kind == "org" and entity.country == TRANSNATIONAL and i + n < len(toks):
                # ``Bulan Sabit Merah Pakistan``, ``Amnesty International Indonesia``: a national branch
                nxt = self._actor_at(toks, i + n)
                if nxt and nxt[1].kind == "country" and nxt[1].country:
                    branch = Entity(name=" ".join(t.text for t in toks[i:i + n + nxt[0]]), country=nxt[1].country,
                                    sector=entity.sector, kind="org")
                    return self._mention(sent, i, i + n + nxt[0], branch, f"table:{entity.kb_id}+{nxt[1].country}")
            if entity.kind == "person":
                entity = self._on_the_day(entity)
                self.memory.remember([t.text for t in toks[i:i + n]], entity)
            return self._mention(sent, i, i + n, entity, f"table:{entity.kb_id or entity.name}")
        if _capitalised(toks[i]):
            n = self._name_run(toks, i)
            lowers = [t.lower for t in toks[i:i + n]]
            for k in range(n, 0, -1):
                key = " ".join(lowers[:k])
                if key in self.memory.aliases:
                    return self._mention(sent, i, i + k, self.memory.aliases[key], f"alias:{key}")
            # a surname run that ends in a remembered surname
            if n >= 1 and toks[i + n - 1].lower in self.memory.aliases and not (
                    self.memory.aliases[toks[i + n - 1].lower].kind == "group" and self._title_at(toks, i)):
                entity = self.memory.aliases[toks[i + n - 1].lower]
                return self._mention(sent, i, i + n, entity, f"alias:{toks[i + n - 1].lower}")
        return None

    def _titled(self, sent: Sentence, i: int) -> ActorMention | None:
        """``<title> [<country|org>] [di <institution>] [,] [<Name>]`` as one actor."""
        toks = sent.tokens
        hit = self._title_at(toks, i)
        if not hit:
            return None
        n, title = hit
        j = i + n
        complement: Entity | None = None
        # ``Juru Bicara Kementerian Luar Negeri Tiongkok``: titles may chain before the country
        for _ in range(3):
            inner = self._title_at(toks, j) if j < len(toks) and not self._actor_at(toks, j) \
                and not (toks[j].lower in self.lex.institution_starts and self._domestic_institution(sent, j)) else None
            if inner is None:
                break
            j += inner[0]
            if inner[1].kind == "group" and _capitalised(toks[j - 1]):
                # ``Kementerian Luar Negeri``: an institution's name runs on until the country
                k = self._name_to_actor(toks, j)
                if k is not None:
                    j = k
        if j < len(toks) and toks[j - 1].lower in self.lex.numbered_units and _ROMAN.match(toks[j].text):
            j += 1  # ``Komisi VI``, ``Kodam XVII``: a numbered unit's number belongs to the title
        if j + 2 < len(toks) and toks[j].lower in self.lex.member_of and toks[j + 1].lower in self.lex.affiliations:
            close = next((c for c in range(j + 2, min(j + 8, len(toks))) if toks[c].text == ","), None)
            if close is not None and self._name_run(toks, close + 1):
                # ``Anggota Komisi VI dari Fraksi PDI Perjuangan, Darmadi Sitorus``: the party is an affiliation
                j = close
        comp = self._actor_at(toks, j) if j < len(toks) else None
        if comp is None and j < len(toks):
            # ``menteri luar negeri negara anggota ASEAN``: officials of the members of a body act as that body
            for phrase in self.lex.member_state_phrases:
                n_ph = len(phrase)
                if tuple(t.lower for t in toks[j:j + n_ph]) == phrase and j + n_ph < len(toks):
                    hit = self._actor_at(toks, j + n_ph)
                    if hit is not None and hit[1].kind == "org":
                        j, comp = j + n_ph, hit
                    break
        if comp is None and title.kind == "title" and j < len(toks):
            # ``Koordinator Kemanusiaan PBB``, ``Menteri Perladangan dan Komoditas Datuk Azman``: the office's
            # field stands between the title and its body or its holder's name
            j, comp = self._past_portfolio(toks, j)
        if comp is None and title.kind == "group" and _capitalised(toks[j - 1]) and j < len(toks):
            # ``Kementerian Luar Negeri Vietnam``: the head title's own name runs on to its country the same way
            k = self._name_to_actor(toks, j)
            hit = self._actor_at(toks, k) if k is not None and k > j else None
            if hit is not None and hit[1].kind in COUNTRY_KINDS:
                j, comp = k, hit
        if comp is None and title.kind == "group":
            # ``pekerja migran Indonesia``, ``pasukan khusus Israel``, ``Kepolisian Federal Australia``:
            # a modifier before the country, or two lower-case ones
            for gap in (1, 2):
                if j + gap >= len(toks) or not all(t.text.isalpha() and (gap == 1 or t.text.islower())
                                                   and t.prefix not in self.lex.verb_prefixes
                                                   and not self._title_at(toks, j + g)
                                                   and not self._actor_at(toks, j + g)
                                                   for g, t in enumerate(toks[j:j + gap])):
                    break
                nxt = self._actor_at(toks, j + gap)
                # (``pejabat senior Hizbullah``: one lower-case modifier before a body works the same way)
                if nxt and (nxt[1].kind in COUNTRY_KINDS or (gap == 1 and toks[j].text.islower()
                                                             and toks[j].lower not in self.lex.member_of
                                                             and nxt[1].kind in ("org", "group", "institution"))):
                    j += gap
                    comp = nxt
                    break
        if comp is None and j < len(toks):
            # ``Direktur Utama PT Sulawesi Mineral``, ``Kapolres Polres Garut``: a home institution named by its prefix
            inst = self._domestic_institution(sent, j)
            if inst is not None:
                comp = (inst.tok_end - j, inst.entity)
        if comp and comp[1].kind != "person":
            complement = comp[1]
            j += comp[0]
            branch = self._longest(toks, j, self.lex.places) if complement.kind in ("org", "institution") else None
            if branch is not None and j + branch[0] < len(toks) and _capitalised(toks[j + branch[0]]) \
                    and not self._actor_at(toks, j + branch[0]):
                j += branch[0]  # ``Direktur Eksekutif Walhi Riau Rahmat ...``: the body's branch in a place
            # ``Duta Besar Kamboja untuk PBB``: the posting is part of the title
            if j + 1 < len(toks) and toks[j].lower in self.lex.posting_words:
                nxt = self._actor_at(toks, j + 1)
                if nxt and nxt[1].kind != "person":
                    j += 1 + nxt[0]
            # ``Menteri Negara Qatar di Kementerian Luar Negeri``
            if j + 1 < len(toks) and toks[j].lower in self.lex.seat_words:
                inner = self._title_at(toks, j + 1)
                if inner and _capitalised(toks[j + 1]):
                    k = j + 1 + inner[0]
                    while k < len(toks) and _capitalised(toks[k]) and not self._actor_at(toks, k):
                        k += 1
                    j = k
        # an appositive organisation or known person right after: ``kelompok Palestina Hamas``
        if j < len(toks):
            nxt = self._actor_at(toks, j)
            if nxt and nxt[1].kind in ("group", "org", "person", "media", "institution") and not (
                    complement and nxt[1].kind in COUNTRY_KINDS):
                entity = nxt[1]
                if entity.kind == "person":
                    entity = self._on_the_day(entity)
                    self.memory.remember([t.text for t in toks[j:j + nxt[0]]], entity)
                return self._mention(sent, i, j + nxt[0], entity, f"title+table:{title.surface}")
        # the person's name, possibly after a comma
        k = j + 1 if j < len(toks) and toks[j].text == "," else j
        k, name_len, rank = self._holder_span(title, toks, k)
        title_toks = toks[i:i + n]
        if rank is not None and complement is None and title.sector == "GOV" and rank[2].sector != "GOV":
            # ``Kepala Operasi Damai Cartenz, Brigjen Pol Hendrik``: the officer is police
            title, title_toks = rank[2], toks[rank[0]:rank[0] + rank[1]]
        if name_len:
            name_toks = toks[k:k + name_len]
            key = " ".join(t.lower for t in name_toks)
            known = self.lex.actors.get(tuple(t.lower for t in name_toks))
            if _key(title.surface) in self.lex.representative_titles:
                # ``kuasa hukum Syahrul``: a lawyer speaks for the client named after the title; a client no
                # one has named is no actor we can code
                client = known[1] if known else self.memory.aliases.get(key)
                if client is None or client.kind == "group":
                    return None
                return self._mention(sent, i, k + name_len, client, f"title:{title.surface}+client")
            if known and known[1].kind == "person":
                entity = self._on_the_day(known[1])
            elif key in self.memory.aliases and (title.kind == "group" or self.memory.aliases[key].kind != "group") \
                    and (not title.sector or self.memory.aliases[key].sector in (None, title.sector)):
                # (``Kepala Desa Sukamaju`` after ``warga Desa Sukamaju``: the village head is not the villagers;
                # ``Ketua DPRD Tanjung Sari`` after ``Bupati Tanjung Sari, Hendra``: another office of the place)
                entity = self.memory.aliases[key]
            else:
                entity = self._titled_entity(title, complement, " ".join(t.text for t in name_toks), title_toks)
                if entity.country is None and title.kind == "group":
                    # ``warga Desa Sukamaju``: a group named by a place we do not know belongs where the report is;
                    # ``Pemerintah Kabupaten Garut``: the home country's units of government name themselves
                    place = self._longest(toks, k, self.lex.places)
                    if place is not None and place[0] == name_len and place[1][1].country:
                        country = place[1][1].country  # ``warga Gaza``: the people of a place we know
                    else:
                        country = self.sentence_country or self.default_country
                    if country is None and any(t.lower in self.lex.home_units for t in name_toks):
                        country = self.lex.home_country
                    entity = Entity(name=sent.text[toks[i].start - sent.start:name_toks[-1].end - sent.start],
                                    country=country, sector=title.sector, kind="group")
                elif entity.country is None and entity.sector not in (None, "GOV") and self.default_country \
                        and self.default_country == self.lex.home_country:
                    # ``Koordinator Forum Pemantau Anggaran Sumatera Selatan (Forpas), X`` in a report filed at
                    # home: an officer of a body the tables do not know, of a kind other than the state's
                    # (``Koordinator``: civil society), is of the home country (an unknown body's ``Ketua`` or
                    # ``Kepala``, whose sector would only be the title's guess, stays uncoded)
                    entity = replace(entity, country=self.default_country)
            place = self._longest(toks, k, self.lex.places)
            jurisdiction = (place is not None and place[0] == name_len) \
                or name_toks[-1].lower in self.lex.place_suffixes
            if (entity.country or entity.sector) and _key(title.surface) not in self.lex.field_titles \
                    and not jurisdiction:
                # (``Kepala Dinas Pekerjaan Umum``: the field is no name to find the holder by later; nor is the
                # place of ``Gubernur Jawa Barat``, or ``Barat`` would later be the governor)
                self.memory.remember([t.text for t in name_toks], entity)
            return self._mention(sent, i, k + name_len, entity, f"title:{title.surface}+name")
        if complement is None and title.kind == "group" and j == i + n \
                and toks[j - 1].lower in self.memory.groups:
            # ``massa`` after ``massa dari BEM UI``: the same crowd
            return self._mention(sent, i, j, self.memory.groups[toks[j - 1].lower], f"title:{title.surface}+coref")
        if complement is None and j == i + n and not (j < len(toks) and _capitalised(toks[j])):
            sectors = self.lex.referring_nouns.get(" ".join(t.lower for t in toks[i:j]))
            body = next((b for b in reversed(self.memory.bodies) if b.sector in sectors), None) if sectors else None
            if body is not None:
                # ``tim penyidik`` after ``Kejaksaan Tinggi``, ``para pemberontak`` after ``M23``: the body named
                return self._mention(sent, i, j, body, f"title:{title.surface}+refers")
        if complement is None and j == i + n and toks[j - 1].lower in self.memory.bare_titles \
                and not (j < len(toks) and _capitalised(toks[j])):
            return self._mention(sent, i, j, self.memory.bare_titles[toks[j - 1].lower],
                                 f"title:{title.surface}+coref")
        if complement is None:
            # a bare group noun (``polisi``, ``mahasiswa``) belongs to the country where the sentence
            # places it (``di Nairobi``), else to the country the report is filed from, else to no country
            if title.kind == "group":
                country = self.sentence_country or self.default_country
                how = "place" if self.sentence_country else "dateline" if country else "none"
                own = self.lex.national_groups.get(" ".join(t.lower for t in toks[i:i + n]))
                if own is not None:
                    country, how = own, "nationality"  # ``WNI`` in Tripoli are Indonesians
                if country is None:
                    country = self._leading_country()
                    how = "article" if country else "none"
                if country is None and title.sector == "CVL" and self.filed_from:
                    # ``RAMALLAH - ... menahan 11 orang``: abroad, a bare ``militer`` may be anyone's,
                    # but the residents a report filed from a place speaks of are that place's
                    country, how = self.filed_from, "dateline-civilians"
                # ``mahasiswa Papua``, ``warga Gaza``: a place right after the group noun says where from
                place = self._longest(toks, j, self.lex.places) if j < len(toks) and _capitalised(toks[j]) else None
                if place and place[1][1].country:
                    j += place[0]
                    country = place[1][1].country
                elif tuple(t.lower for t in toks[i:i + n]) in self.lex.plural_titles:
                    return None  # a bare ``perusahaan-perusahaan``: many of them, not the story's country's
                elif _capitalised(toks[i]) and j + 1 < len(toks) and toks[j].lower in self.lex.name_links \
                        and _capitalised(toks[j + 1]):
                    # ``Koalisi Masyarakat Sipil untuk Kedaulatan Pangan``: the body's name runs on
                    j += 1 + max(1, self._name_run(toks, j + 1))
                name = sent.text[toks[i].start - sent.start:toks[j - 1].end - sent.start]
                entity = Entity(name=name, country=country, sector=title.sector, kind="group")
                return self._mention(sent, i, j, entity, f"title:{title.surface}+{how}")
            key = tuple(t.lower for t in toks[i:i + n])
            if j == i + n and i > 0 and (_capitalised(toks[i]) or toks[i - 1].lower in self.lex.office_buildings) \
                    and (key in self.lex.domestic_titles or key[0] in self.lex.home_titles) \
                    and self.default_country is not None and self.default_country == self.lex.home_country:
                # ``mendesak Kapolda membebaskan ...``: a home office named alone, capitalised, is its holder
                # (and so is the one whose building it is: ``berunjuk rasa di depan kantor bupati``)
                entity = Entity(name=" ".join(t.text for t in toks[i:j]), country=self.lex.home_country,
                                sector=title.sector, kind="person")
                return self._mention(sent, i, j, entity, f"title:{title.surface}+office")
            return None
        name = sent.text[toks[i].start - sent.start:toks[j - 1].end - sent.start]
        holder = self._holder(toks[i:i + n], complement)
        if holder is not None:
            # ``Presiden AS`` on 2024-08-20 is Joe Biden, on 2025-06-01 Donald Trump
            return self._mention(sent, i, j, holder, f"title:{title.surface}+{complement.name}->kb:{holder.kb_id}")
        entity = self._titled_entity(title, complement, name, toks[i:i + n])
        if title.kind != "group" and complement.kind not in COUNTRY_KINDS:
            # ``penyidik Kejaksaan Agung`` ... ``penyidik juga menyita``: the same body's people, named again bare
            # (and ``para menteri`` after ``menteri luar negeri ASEAN``)
            self.memory.bare_titles[toks[i + n - 1].lower] = entity
            self.memory.bare_titles[toks[i].lower] = entity
        return self._mention(sent, i, j, entity, f"title:{title.surface}+{complement.name}")

    def _on_the_day(self, entity: Entity) -> Entity:
        """A person as the knowledge base knows them on the article's day (a former president is no longer GOV)."""
        if self.on is None:
            return entity
        r = kb.lookup_person(entity.name, self.on, self.context_countries - {""})
        if r is None:
            return entity
        return Entity(name=r.name or entity.name, country=r.country or entity.country, sector=r.sector,
                      kb_id=r.kb_id or entity.kb_id, kind="person")

    def _holder(self, title_toks: list[Token], complement: Entity | None) -> Entity | None:
        """Who held the office a title names for a country, on the article's day."""
        if self.on is None or complement is None or complement.kind not in COUNTRY_KINDS or not complement.country:
            return None
        r = kb.lookup_title(" ".join(t.text for t in title_toks), complement.country, self.on)
        if r is None:
            return None
        entity = Entity(name=r.name or "", country=r.country, sector=r.sector, kb_id=r.kb_id, kind="person")
        self.memory.remember((r.name or "").split(), entity)
        return entity

    def _titled_entity(self, title: TitleEntry, complement: Entity | None, name: str,
                       title_toks: list[Token]) -> Entity:
        if complement is not None and complement.kind not in COUNTRY_KINDS and title.kind == "group" \
                and title.surface.lower() in self.lex.crowd_nouns and complement.kb_id:
            return complement  # ``massa BEM UI``: the crowd of a body is that body
        if complement is not None and complement.kind not in COUNTRY_KINDS and title.kind == "group" \
                and title.sector in ("CVL", "LAB") and complement.sector == "BUS":
            # ``pekerja PT Sulteng Nikel``: a company's workers are not the company
            country, sector = complement.country, title.sector
        elif complement is not None and complement.kind not in COUNTRY_KINDS:
            # an official of a named body takes that body's code
            country, sector = complement.country, complement.sector or title.sector
            if title.sector in ("MIL", "COP", "SPY", "JUD", "LEG") and complement.sector == "GOV":
                sector = title.sector
            elif title.sector == "LEG" and complement.sector == "PTY":
                sector = title.sector  # ``anggota Fraksi PKB``: a party's legislator acts as a legislator
        elif complement is not None:
            country, sector = complement.country, title.sector
        else:
            key = tuple(t.lower for t in title_toks)
            country = self.lex.home_country if key in self.lex.domestic_titles else None
            if country is None and key and key[0] in self.lex.home_titles and self.lex.home_country \
                    and self.default_country == self.lex.home_country:
                country = self.lex.home_country  # ``Menteri Ketenagakerjaan Yassierli`` in a report from Jakarta
            sector = title.sector
        # ``TKI di Kuala Lumpur``: a group noun that names its nationality keeps it wherever its members are
        country = self.lex.national_groups.get(" ".join(t.lower for t in title_toks), country)
        return Entity(name=name, country=country, sector=sector, kb_id=None,
                      kind="group" if title.kind == "group" else "person")

    def places(self, sent: Sentence) -> list[PlaceMention]:
        """Places a sentence names: the language's own table first (exonyms, news names), then GeoNames.

        GeoNames candidates are chosen by the countries the article has named so far
        and the dateline's country, then by kind and population, never by file order.
        """
        toks = sent.tokens
        words = [t.text for t in toks]
        out: list[PlaceMention] = []
        resume = 0  # the token after the last place found (or street name skipped)
        for i in [k for k, w in enumerate(words) if w[:1].isupper()]:  # a place name begins with a capital
            if i < resume:
                continue
            if i > 0 and toks[i - 1].lower in self.lex.street_nouns:
                # ``Jalan Medan Merdeka``, ``Jl. Sudirman``: a street named after a place is not that place
                resume = i
                while resume < len(toks) and (_capitalised(toks[resume]) or toks[resume].text.isdigit()):
                    resume += 1
                continue
            hit = self._longest(toks, i, self.lex.places) if toks[i].lower in self._place_lengths else None
            if hit:
                n, (surface, place) = hit
                if _case_ok(toks[i:i + n], surface):
                    context = self.context_countries - {""}
                    if context and place.country not in context:
                        # ``Tripoli`` in a story about Lebanon: the namesake in the article's countries wins
                        g = self._gazetteer().resolve(" ".join(words[i:i + n]), context)
                        if g is not None and g.country in context:
                            out.append(self._place(sent, i, n, g.name, g.country, g.lat, g.lon, g.kind, g.geonameid,
                                                   gazetteer=True))
                            resume = i + n
                            continue
                    out.append(self._place(sent, i, n, place.name, place.country, place.lat, place.lon, place.kind,
                                           place.geonameid))
                    self.context_countries.add(place.country or "")
                    resume = i + n
                    continue
            # (the "" an unplaced mention adds to the context matches no gazetteer country, so the set goes as it is)
            gaz = self._gazetteer().match(words, i, self.context_countries, self.default_country)
            if gaz:
                n, g = gaz
                out.append(self._place(sent, i, n, g.name, g.country, g.lat, g.lon, g.kind, g.geonameid,
                                       gazetteer=True))
                resume = i + n
        return self._check_addresses(sent, out)

    def _check_addresses(self, sent: Sentence, places: list[PlaceMention]) -> list[PlaceMention]:
        """``Constantine ..., Rusia``: a country closing an address decides the places before it."""
        toks = sent.tokens
        out = list(places)
        for n, p in enumerate(places):
            country = next((q for q in places[n + 1:] if q.kind == "country" and q.tok_start - p.tok_end <= 4
                            and all(t.text == "," or t.text[:1].isupper() for t in toks[p.tok_end:q.tok_start])),
                           None)
            if country is None or country.country == p.country or p.kind == "country":
                continue
            g = self._gazetteer().resolve(p.text, {country.country or ""})
            idx = out.index(p)
            if g is not None and g.country == country.country:
                out[idx] = self._place(sent, p.tok_start, p.tok_end - p.tok_start, g.name, g.country, g.lat, g.lon,
                                       g.kind, g.geonameid, gazetteer=True)
            else:
                del out[idx]
        return out

    def _place(self, sent: Sentence, i: int, n: int, name: str, country: str | None, lat: float | None,
               lon: float | None, kind: str, geonameid: int | None, gazetteer: bool = False) -> PlaceMention:
        toks = sent.tokens
        start, end = toks[i].start, toks[i + n - 1].end
        text = sent.text[start - sent.start:end - sent.start]
        return PlaceMention(text, start, end, name, country, lat, lon, sent.index, i, i + n,
                            kind, geonameid, "gazetteer" if gazetteer else "table")

    def _gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = gazetteer_for(self.lang)
        return self._gaz

    def note_countries(self, mentions: list[ActorMention], places: list[PlaceMention] = ()) -> None:
        """Remember the countries the article names: they decide between places of the same name."""
        named = [m.entity.country for m in mentions if m.entity.country and len(m.entity.country) == 3
                 and m.entity.country not in ("UNO", "IGO", "EUR")]
        self.context_countries.update(named)
        self.country_counts.update(named)
        self.country_counts.update(p.country for p in places if p.country)

    def _leading_country(self) -> str | None:
        """The country a report without a dateline is about: named at least twice, twice as often as any other.

        ``pemerintah`` in a report with no dateline that has so far named Prabowo and
        Jakarta Pusat is Indonesia's government.
        """
        top = self.country_counts.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] * 2 > top[0][1]):
            return None
        # only home news: a foreign story without a dateline leaves a bare ``militer`` uncoded
        return top[0][0] if top[0][0] == self.lex.home_country else None
