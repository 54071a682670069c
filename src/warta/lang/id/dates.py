"""Indonesian date expressions: find them in a text and resolve them against the
publication date.

``find_dates(text, published)`` returns every date expression in ``text`` as a
:class:`~warta.types.DateMention`, in order of position. Only compiled regular
expressions are used (no dateparser): each pattern proposes candidates, the longest
non-overlapping ones win, then a weekday joins the date after it (``Selasa (20/8)``)
and two dates joined by ``hingga``/``-`` become one span.

Resolution rules (P = publication date):

* A weekday is the latest such day on or before P; ``depan``/``mendatang`` make it the
  next one after P, ``lalu``/``kemarin`` the latest one before P; a future marker
  (``akan``, ``dijadwalkan`` ...) in the same clause, not cut off by a speech verb
  (``mengatakan ... akan``), makes it the next one on or after P.
* A day and month without a year takes the year that puts it on or before P (the same
  future markers flip it to on or after P, unless the day passed less than a month ago);
  a weekday given with it picks the year in which the day falls on that weekday.
* ``Minggu`` is Sunday when capitalised mid-sentence, after ``pada``/``hari`` or before a
  date, and "week" in ``minggu lalu``/``Minggu lalu,`` opening a sentence.
* Numbers are only dates in a date shape: ``20/8/2024``, ``(20/8)``, ``20 Agustus``,
  ``tahun 2023``. Law numbers, scores, times (``pukul 10.30 WIB``), money and counts
  are left alone.

The word lists are data at the top of the module; the calendar arithmetic lives in
:mod:`warta.dates` so other languages can share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from warta import dates as cal
from warta.types import DateMention

# ---------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12,
}
FULL_MONTHS: frozenset[str] = frozenset(
    {"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "nopember", "desember"}
)
"""Month names that may stand without a day (``bulan Agustus``, ``pada Mei``); short
forms (``Agu``) only count after a day or before a year."""

WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "lima belas": 15, "dua puluh": 20,
    "tiga puluh": 30,
}

RELATIVE_DAYS: dict[str, int] = {
    "hari ini": 0, "pagi ini": 0, "siang ini": 0, "sore ini": 0, "petang ini": 0, "malam ini": 0,
    "tadi pagi": 0, "pagi tadi": 0, "tadi siang": 0, "siang tadi": 0, "tadi sore": 0, "sore tadi": 0,
    "dini hari tadi": 0, "dini hari": 0,
    "kemarin": -1, "hari kemarin": -1, "kemarin pagi": -1, "kemarin siang": -1, "kemarin sore": -1,
    "kemarin malam": -1, "tadi malam": -1, "malam tadi": -1, "semalam": -1, "kemarin lusa": -2,
    "besok": 1, "esok": 1, "esok hari": 1, "besok pagi": 1, "besok siang": 1, "besok sore": 1,
    "besok malam": 1, "lusa": 2, "besok lusa": 2,
}
"""Fixed phrases and their offset in days from publication."""

ANAPHORIC: tuple[str, ...] = (
    "pada hari yang sama", "di hari yang sama", "hari yang sama", "pada tanggal yang sama",
    "tanggal yang sama", "pada hari itu", "hari itu", "pada saat itu", "saat itu", "ketika itu",
    "waktu itu",
)
"""Phrases meaning "on the date of the previous event"."""

PAST_MODS = ("yang lalu", "lalu", "silam", "kemarin")
UNTIL_WORDS = ("hingga", "sampai")
"""Words that make the date after them an end bound (``hingga 4 September``), resolved to the nearest such day."""
FUTURE_MODS = ("yang akan datang", "mendatang", "depan", "nanti", "besok")

FUTURE_MARKERS: tuple[str, ...] = (
    "akan", "bakal", "hendak", "mendatang", "dijadwalkan", "terjadwal", "rencananya", "direncanakan",
    "berencana", "besok", "esok", "nanti", "segera",
)
"""Words that put the clause in the future (``depan`` is not one: ``di depan gedung``)."""

CLAUSE_CUTTERS: tuple[str, ...] = (
    "bahwa", "mengatakan", "menyatakan", "kata", "ujar", "ucap", "tutur", "ungkap", "menegaskan",
    "menjelaskan", "mengungkapkan", "menyebutkan", "menyebut", "mengumumkan", "menyampaikan",
    "mengklaim", "melaporkan", "memperingatkan", "menekankan", "berkata",
)
"""A speech verb between a date and ``akan`` means the date is when it was said."""

FILLER_WORDS: frozenset[str] = frozenset(
    {"pada", "hari", "tanggal", "tgl", "sejak", "mulai", "pukul", "jam", "wib", "wita", "wit", "pagi",
     "siang", "sore", "petang", "malam", "dini", "lalu", "ini", "di", "dan", "sekitar"}
    | set(WEEKDAYS) | set(MONTHS)
)
"""Words that may share a sentence-initial clause with a date (``Pada Kamis (22/8), ...``)
without saying anything about tense: such a clause borrows the tense of the next one."""

UNIT_NOUNS: tuple[str, ...] = (
    "orang", "jiwa", "unit", "ton", "kg", "km", "meter", "hektare", "ha", "rumah", "kasus", "warga",
    "personel", "peserta", "buah", "kali", "mw", "liter", "barel", "dolar", "rupiah", "juta", "miliar",
    "triliun", "ribu", "persen", "kursi", "suara", "pasukan", "tentara", "korban", "anak",
)
"""Nouns that make a four-digit number a count, not a year (``pada 2024 orang``)."""

NAME_NOUNS: frozenset[str] = frozenset(
    {"jalan", "jl", "jln", "stadion", "gedung", "lapangan", "tugu", "taman", "universitas", "institut",
     "teknologi", "gelora", "bandara", "simpang", "kampus", "monumen", "pelabuhan", "kri", "gang", "gg"}
)
"""Words before a day and month that make them a name (``Jalan 17 Agustus``, ``Stadion 10 November``)."""

# ---------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_I = re.IGNORECASE
_MON = rf"(?P<mon>{_alt(MONTHS)})(?![\w’'])"
_DOT = r"(?:(?<![A-Za-z]{5})(?<!mei)(?<!juni)(?<!juli)\.)?"  # "Agu." but not a full stop after "Mei."
_YEAR = r"(?:19|20)\d{2}(?![\d])(?![.,]\d)"
_WD = rf"(?P<wd>{_alt(WEEKDAYS)})(?![\w’'])"
_DAY_MODS = r"tahun\s+(?:lalu|ini|depan)|yang\s+lalu|lalu|silam|kemarin|mendatang|yang\s+akan\s+datang|depan|nanti|ini"
_RANGE_SEP = r"-|–|—|s\.\s?d\.?|s/d|sd|hingga|sampai\s+dengan|sampai"
_NB = r"(?<![\w.,/\-–])"  # a number that does not continue another number

RE_DM_RANGE = re.compile(
    rf"{_NB}(?:(?:tanggal|tgl\.?)\s*)?(?P<d1>\d{{1,2}})(?:\s*,\s*\d{{1,2}})*\s*,?\s*"
    rf"(?:{_RANGE_SEP}|dan|&)\s*(?P<d2>\d{{1,2}})\s+{_MON}{_DOT}"
    rf"(?:,?\s+(?:tahun\s+)?(?P<y>{_YEAR}))?(?:\s+(?P<mod>{_DAY_MODS})\b)?",
    _I,
)
RE_DM = re.compile(
    rf"{_NB}(?:(?:tanggal|tgl\.?)\s*)?(?P<d>\d{{1,2}})\s+{_MON}{_DOT}"
    rf"(?:,?\s+(?:tahun\s+)?(?P<y>{_YEAR}))?(?:\s+(?P<mod>{_DAY_MODS})\b)?",
    _I,
)
RE_NUM_DMY = re.compile(
    r"(?<![\w/.,\-])(?P<d>\d{1,2})(?P<sep>[/\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/\-]|[.,]\d)"
)
RE_NUM_YMD = re.compile(
    r"(?<![\w/.,\-])(?P<y>(?:19|20)\d{2})(?P<sep>[/\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\w/\-]|[.,]\d)"
)
RE_BARE_DM = re.compile(
    r"(?<![\w’'])(?:pada|tanggal|tgl\.?|sejak|hingga|sampai|mulai)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?P<y>)(?![\w/\-]|[.,]\d)",
    _I,
)
"""``pada 20/8``: a day/month outside brackets only after a word that asks for a date."""
RE_PAREN = re.compile(
    r"\(\s*(?P<d>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)"
)
RE_WEEKDAY = re.compile(
    rf"(?<![\w’'])(?:(?P<hari>hari)\s+)?{_WD}"
    r"(?:\s+(?P<wk>pekan|minggu)\s+(?P<wkmod>lalu|kemarin|ini|depan|mendatang|yang\s+lalu|yang\s+akan\s+datang)\b)?"
    r"(?:\s+(?P<mod>yang\s+akan\s+datang|mendatang|depan|yang\s+lalu|lalu|kemarin|nanti|besok|ini)\b)?",
    _I,
)
RE_MONTH = re.compile(
    rf"(?<![\w’'])(?:(?P<pre>bulan|awal|akhir|pertengahan|penghujung|medio)\s+(?:bulan\s+)?)?{_MON}{_DOT}"
    rf"(?:,?\s+(?:tahun\s+)?(?P<y>{_YEAR})|\s+(?P<mod>{_DAY_MODS})\b)?",
    _I,
)
RE_YEAR = re.compile(
    r"(?<![\w’'])(?P<pre>(?:(?:awal|akhir|pertengahan|penghujung|medio)\s+)?(?:tahun(?:\s+anggaran)?|TA)"
    r"|awal|akhir|pertengahan|penghujung|medio|pada|sejak|hingga|sampai|selama|periode|jelang|menjelang"
    r"|per|di|dari|antara|mulai|tahun)\s+"
    rf"(?P<y>{_YEAR})(?:\s*(?:-|–|—|/|hingga|sampai)\s*(?P<y2>{_YEAR}))?(?!\s*%)",
    _I,
)
RE_RELATIVE = re.compile(rf"(?<![\w’'])(?P<rel>{_alt(RELATIVE_DAYS)})(?![\w’'])(?!\s+harinya)", _I)
RE_UNIT = re.compile(
    r"(?<![\w’'])(?:(?P<pre>awal|akhir|pertengahan|penghujung)\s+)?(?P<unit>pekan|minggu|bulan|tahun)"
    r"(?:\s+(?P<dir>yang\s+lalu|lalu|kemarin|silam|ini|depan|mendatang|yang\s+akan\s+datang))?(?![\w’'])",
    _I,
)
RE_N_UNIT = re.compile(
    rf"(?<![\w’'])(?:(?P<n>\d{{1,3}}|{_alt(NUMBER_WORDS)})\s+(?P<unit>hari|pekan|minggu|bulan|tahun)"
    r"|se(?P<unit_se>hari|pekan|minggu|bulan|tahun))"
    r"\s+(?P<dir>yang\s+lalu|lalu|silam|lagi|mendatang|yang\s+akan\s+datang)(?![\w’'])",
    _I,
)
RE_ANAPHORIC = re.compile(rf"(?<![\w’'])(?:{_alt(ANAPHORIC)})(?![\w’'])", _I)

# ``sehari sebelumnya``, ``dua hari kemudian``, ``keesokan harinya``: days from the previous event
RE_RELATIVE_ANAPHORIC = re.compile(
    rf"(?<![\w’'])(?:(?P<one>sehari)|(?P<n>\d{{1,2}}|{_alt(NUMBER_WORDS)})\s+hari)\s+"
    r"(?P<dir>sebelumnya|sebelum\s+itu|kemudian|setelahnya|sesudahnya|berikutnya)(?![\w’'])"
    r"|(?<![\w’'])(?P<next>keesokan\s+harinya|esok\s+harinya|esoknya)(?![\w’'])", _I)

RE_TIME_SUFFIX = re.compile(
    r"(?:\s*,?\s*(?:pagi|siang|sore|petang|malam|dini\s+hari)(?![\w’']))?"
    r"(?:\s*,?\s*\(?(?:sekitar\s+|mulai\s+)?(?:pukul|pkl\.?|jam)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*(?:-|–|hingga|sampai)\s*(?:pukul\s*)?\d{1,2}(?:[.:]\d{2})?)?"
    r"(?:\s*(?:WIB|WITA|WIT|waktu\s+setempat|GMT|UTC(?:[+-]\d{1,2})?)(?![\w’']))?\)?)?",
    _I,
)
RE_LAW_BEFORE = re.compile(r"(?:\bno\.?|\bnomor|\bnomer)\s*[:.]?\s*$|\d\s*$", _I)
RE_LAW_NUMBER_BEFORE = re.compile(r"(?:\bno\.?|\bnomor|\bnomer)\s*[:.]?\s*$", _I)
RE_UNIT_AFTER = re.compile(rf"\s+(?:{_alt(UNIT_NOUNS)})\b", _I)
RE_FUTURE = re.compile(rf"(?<![\w’'])(?:{_alt(FUTURE_MARKERS)})(?![\w’'])", _I)
RE_CUTTER = re.compile(rf"(?<![\w’'])(?:{_alt(CLAUSE_CUTTERS)})(?![\w’'])", _I)
RE_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“'(])|\n")
RE_CLAUSE_END = re.compile(r"[,;:]|\s(?:sementara|sedangkan|namun|tetapi|tapi)\s", _I)
RE_WORD = re.compile(r"[A-Za-z’']+")
RE_JOIN_WEEKDAY = re.compile(r"[\s,]*")
RE_JOIN_RANGE = re.compile(rf"\s*(?:{_RANGE_SEP})\s*", _I)
RE_JOIN_AND = re.compile(r"\s*(?:dan|&)\s*", _I)
RE_ANTARA_BEFORE = re.compile(r"\bantara\s*$", _I)
RE_PREV_WORD = re.compile(r"([\w’']+)\W*$")
RE_MINGGU_WEEK_MOD = re.compile(r"\s+(?:lalu|kemarin|ini|depan|mendatang|yang\s+lalu|yang\s+akan\s+datang)\b", _I)

_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


# ---------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: date
    value_end: date | None = None
    precision: str = "day"
    anaphoric: bool = False
    kind: str = ""
    """weekday, dm, numeric, paren, month, year, rel, week, ana."""
    offset_days: int = 0
    day: int | None = None
    month: int | None = None
    year_explicit: bool = True
    mode: str = "past"
    weekday: int | None = None


class _Ctx:
    """The text and publication date, with sentence boundaries computed once."""

    def __init__(self, text: str, published: date) -> None:
        self.text = text
        self.p = published
        self._ends: list[int] | None = None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        if self._ends is None:
            self._ends = [m.end() for m in RE_SENTENCE_END.finditer(self.text)]
        s, e = 0, len(self.text)
        for pos in self._ends:
            if pos <= start:
                s = pos
            elif pos >= end:
                e = pos
                break
        return s, e

    def future(self, start: int, end: int) -> bool:
        """Whether the clause around ``text[start:end]`` is about the future."""
        text = self.text
        ss, se = self.sentence(start, end)
        cs = ss
        for m in RE_CLAUSE_END.finditer(text, ss, start):
            cs = m.end()
        m = RE_CLAUSE_END.search(text, end, se)
        ce = m.start() if m else se
        if cs == ss and m is not None:
            rest = text[cs:start] + " " + text[end:ce]
            if all(w.lower() in FILLER_WORDS for w in RE_WORD.findall(rest)):
                m2 = RE_CLAUSE_END.search(text, m.end(), se)
                ce = m2.start() if m2 else se
        for fm in RE_FUTURE.finditer(text, cs, ce):
            if start <= fm.start() < end:
                continue
            between = text[end:fm.start()] if fm.start() >= end else text[fm.end():start]
            if not RE_CUTTER.search(between):
                return True
        return False

    def prev_word(self, pos: int) -> str:
        m = RE_PREV_WORD.search(self.text, max(0, pos - 30), pos)
        return m.group(1).lower() if m else ""

    def sentence_initial(self, pos: int) -> bool:
        ss, _ = self.sentence(pos, pos)
        return not self.text[ss:pos].strip(" \t\"“'(-–—")


def _mode_from_mod(mod: str | None) -> str | None:
    if not mod:
        return None
    mod = " ".join(mod.lower().split())
    if mod in PAST_MODS:
        return "strict_past"
    if mod in FUTURE_MODS:
        return "future"
    return None


def _context_mode(ctx: _Ctx, start: int, end: int) -> str:
    """``future`` when the clause is about the future, else ``past``; ``sejak`` (since)
    always looks back; ``hingga``/``sampai`` (until) take the nearest."""
    prev = ctx.prev_word(start)
    if prev in ("sejak", "semenjak"):
        return "past"
    if prev in UNTIL_WORDS:
        return "nearest"  # ``berlangsung hingga 4 September``: an end bound, on whichever side of P is closer
    return "future" if ctx.future(start, end) else "past"


def _resolve_dm(ctx: _Ctx, day: int, month: int, mode: str) -> date | None:
    """A day and month without a year. In a future clause the next occurrence is taken,
    unless the day passed less than a month ago (``akan mengevaluasi aturan yang berlaku
    sejak 1 Agustus``): a report does not look eleven months ahead by accident."""
    if mode == "future":
        past = cal.resolve_day_month(day, month, ctx.p, "past")
        if past is not None and (ctx.p - past).days <= 31:
            return past
    return cal.resolve_day_month(day, month, ctx.p, mode)


def _extend(ctx: _Ctx, end: int) -> int:
    """Take in a time of day or clock time after a date (``Selasa malam``,
    ``(20/8) pukul 10.30 WIB``): part of the expression, not another date."""
    m = RE_TIME_SUFFIX.match(ctx.text, end)
    return m.end() if m and m.end() > end else end


def _day_month(ctx: _Ctx, day: int, month: int, year: int | None, mod: str | None, start: int,
               end: int) -> tuple[date, str, bool] | None:
    """Resolve a day and month; returns (value, mode, year_explicit)."""
    p = ctx.p
    if year is not None:
        d = cal.safe_date(year, month, day)
        return (d, "past", True) if d else None
    if mod:
        low = " ".join(mod.lower().split())
        if low.startswith("tahun"):
            y = p.year + {"tahun lalu": -1, "tahun ini": 0, "tahun depan": 1}[low]
            d = cal.safe_date(y, month, day)
            return (d, "past", True) if d else None
        if low == "ini":
            d = cal.safe_date(p.year, month, day)
            return (d, "past", True) if d else None
    mode = _mode_from_mod(mod) or _context_mode(ctx, start, end)
    d = _resolve_dm(ctx, day, month, mode)
    return (d, mode, False) if d else None


def _month_value(ctx: _Ctx, month: int, year: int | None, mod: str | None, start: int,
                 end: int) -> tuple[date, date, bool]:
    p = ctx.p
    if year is not None:
        first, last = cal.month_range(year, month)
        return first, last, True
    low = " ".join(mod.lower().split()) if mod else ""
    if low.startswith("tahun"):
        y = p.year + {"tahun lalu": -1, "tahun ini": 0, "tahun depan": 1}[low]
        first, last = cal.month_range(y, month)
        return first, last, True
    if low == "ini":
        first, last = cal.month_range(p.year, month)
        return first, last, True
    mode = _mode_from_mod(mod) or ("future" if ctx.future(start, end) else "past")
    first, last = cal.resolve_month(month, p, mode)
    return first, last, False


def _minggu_is_sunday(ctx: _Ctx, word_start: int, word: str, has_hari: bool, has_week_mod: bool) -> bool:
    """``Minggu`` is Sunday or "week": capitalised mid-sentence, after ``pada``/``hari``,
    or before a date it is Sunday; ``minggu lalu`` (lower case, or opening a sentence
    without ``pada``) is a week."""
    if has_hari:
        return True
    nxt = ctx.text[word_start + len(word): word_start + len(word) + 12]
    if re.match(r"\s*,?\s*(?:\(\s*\d|\d{1,2}\s)", nxt):
        return True
    if word[:1].islower():
        return False
    if not has_week_mod:
        return True
    if ctx.prev_word(word_start) == "pada":
        return True  # "Pada Minggu lalu": pada makes it a day even where the capital proves nothing
    return not ctx.sentence_initial(word_start)


# --- handlers: one per pattern, each returns a candidate or None ---------------------


def _h_dm_range(ctx: _Ctx, m: re.Match) -> _Cand | None:
    if ctx.prev_word(m.start()) in NAME_NOUNS:
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    month = MONTHS[m.group("mon").lower()]
    if not d1 < d2 <= 31:
        return None
    year = int(m.group("y")) if m.group("y") else None
    r = _day_month(ctx, d2, month, year, m.group("mod"), m.start(), m.end())
    if r is None:
        return None
    last, mode, explicit = r
    first = cal.safe_date(last.year, month, d1)
    if first is None:
        return None
    return _Cand(m.start(), _extend(ctx, m.end()), first, last, kind="dm", day=d1, month=month,
                 year_explicit=explicit, mode=mode)


def _h_dm(ctx: _Ctx, m: re.Match) -> _Cand | None:
    if ctx.prev_word(m.start()) in NAME_NOUNS:
        return None
    day = int(m.group("d"))
    mon = m.group("mon").lower()
    month = MONTHS[mon]
    year = int(m.group("y")) if m.group("y") else None
    r = _day_month(ctx, day, month, year, m.group("mod"), m.start(), m.end())
    if r is None:
        return None
    value, mode, explicit = r
    return _Cand(m.start(), _extend(ctx, m.end()), value, kind="dm", day=day, month=month,
                 year_explicit=explicit, mode=mode)


def _numeric(ctx: _Ctx, m: re.Match, start: int, end: int, kind: str) -> _Cand | None:
    if RE_LAW_NUMBER_BEFORE.search(ctx.text, max(0, start - 12), start):
        return None  # "Nomor 12/3/2024"
    day, month = int(m.group("d")), int(m.group("m"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        cal.log.debug("not a date: %r (day %s, month %s)", ctx.text[start:end], day, month)
        return None
    ys = m.group("y")
    if ys:
        year = cal.expand_two_digit_year(int(ys))
        value = cal.safe_date(year, month, day)
        if value is None:
            return None
        last = cal.safe_date(year, month, int(m.group("d2"))) if m.groupdict().get("d2") else None
        if m.groupdict().get("d2") and (last is None or last <= value):
            return None
        return _Cand(start, _extend(ctx, end), value, last, kind=kind, day=day, month=month)
    mode = _context_mode(ctx, start, end)
    value = _resolve_dm(ctx, day, month, mode)
    if value is None:
        return None
    if m.groupdict().get("d2"):
        last = cal.safe_date(value.year, month, int(m.group("d2")))
        if last is None or last <= value:
            return None
        return _Cand(start, _extend(ctx, end), value, last, kind=kind, day=day, month=month, year_explicit=False,
                     mode=mode)
    return _Cand(start, _extend(ctx, end), value, kind=kind, day=day, month=month, year_explicit=False, mode=mode)


def _h_num(ctx: _Ctx, m: re.Match) -> _Cand | None:
    if m.group("sep") == "-" and len(m.group("y")) == 2:
        return None
    return _numeric(ctx, m, m.start(), m.end(), "numeric")


def _h_paren(ctx: _Ctx, m: re.Match) -> _Cand | None:
    return _numeric(ctx, m, m.start(), m.end(), "paren")


def _h_bare_dm(ctx: _Ctx, m: re.Match) -> _Cand | None:
    return _numeric(ctx, m, m.start("d"), m.end(), "numeric")


def _h_weekday(ctx: _Ctx, m: re.Match) -> _Cand | None:
    word = m.group("wd")
    wd = WEEKDAYS[word.lower()]
    start = m.start()
    p = ctx.p
    if wd == 6 and word.lower() == "minggu":
        has_mod = bool(m.group("wk") or m.group("mod")) and bool(
            RE_MINGGU_WEEK_MOD.match(ctx.text, m.end("wd")))
        if not _minggu_is_sunday(ctx, m.start("wd"), word, bool(m.group("hari")), has_mod):
            return None
    if m.group("wk"):
        wkmod = " ".join(m.group("wkmod").lower().split())
        shift = -1 if wkmod in PAST_MODS else (1 if wkmod in FUTURE_MODS else 0)
        value = cal.weekday_in_week(p, wd, shift)
        end = m.end("wkmod")
        return _Cand(start, _extend(ctx, end), value, kind="weekday", weekday=wd, mode="past")
    mod = m.group("mod")
    end = m.end()
    low = " ".join(mod.lower().split()) if mod else ""
    if low in PAST_MODS:
        mode = "strict_past"
    elif low in ("yang akan datang", "mendatang", "depan", "besok"):
        mode = "strict_future"
    elif low == "nanti" or ctx.future(start, end):
        mode = "future"
    else:
        mode = "past"
    value = cal.resolve_weekday(p, wd, mode)
    return _Cand(start, _extend(ctx, end), value, kind="weekday", weekday=wd, mode=mode)


def _h_month(ctx: _Ctx, m: re.Match) -> _Cand | None:
    mon = m.group("mon").lower()
    month = MONTHS[mon]
    pre, ys, mod = m.group("pre"), m.group("y"), m.group("mod")
    if mon not in FULL_MONTHS and not ys:
        return None
    if not (pre or ys or mod):
        prev = ctx.prev_word(m.start())
        follows = RE_JOIN_RANGE.match(ctx.text, m.end()) or RE_JOIN_AND.match(ctx.text, m.end())
        range_next = False
        if follows:
            nxt = re.match(_MON, ctx.text[follows.end():], _I)
            range_next = bool(nxt)
        if prev not in ("pada", "sejak", "hingga", "sampai", "selama", "jelang", "menjelang", "dari", "antara",
                        "per", "mulai", "awal", "akhir", "pertengahan", "medio", "tengah", "bulan") \
                and not range_next:
            return None
    start = m.start()
    first, last, explicit = _month_value(ctx, month, int(ys) if ys else None, mod, start, m.end())
    p = ctx.p
    early = {"awal": 10, "pertengahan": 20}.get((pre or "").lower())
    if early and not ys and month == p.month and _mode_from_mod(mod) == "strict_past" and p.day > early:
        # ``awal Mei lalu`` written on 30 May: the early part of this month is already past
        first, last = cal.month_range(p.year, month)
    return _Cand(start, m.end(), first, last, precision="month", kind="month", month=month,
                 year_explicit=explicit)


def _h_year(ctx: _Ctx, m: re.Match) -> _Cand | None:
    pre = " ".join(m.group("pre").lower().split())
    y1 = int(m.group("y"))
    y2 = int(m.group("y2")) if m.group("y2") else None
    if RE_UNIT_AFTER.match(ctx.text, m.end()):
        return None
    if pre.startswith(("tahun", "ta")) and RE_LAW_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "Nomor 1 Tahun 2023": a law's number, not a date
    if y2 is not None and y2 < y1:
        return None
    keep_pre = pre.startswith(("awal", "akhir", "pertengahan", "penghujung", "medio", "tahun", "ta"))
    start = m.start() if keep_pre else m.start("y")
    first = date(y1, 1, 1)
    last = date(y2 if y2 else y1, 12, 31)
    return _Cand(start, m.end(), first, last, precision="year", kind="year")


def _h_relative(ctx: _Ctx, m: re.Match) -> _Cand | None:
    rel = " ".join(m.group("rel").lower().split())
    value = ctx.p + timedelta(days=RELATIVE_DAYS[rel])
    return _Cand(m.start(), _extend(ctx, m.end()), value, kind="rel")


def _h_unit(ctx: _Ctx, m: re.Match) -> _Cand | None:
    pre = (m.group("pre") or "").lower()
    unit = m.group("unit").lower()
    d = " ".join(m.group("dir").lower().split()) if m.group("dir") else ""
    p = ctx.p
    if not d and not pre:
        return None
    if not d and unit == "minggu":
        return None
    if unit == "minggu" and not pre:
        if _minggu_is_sunday(ctx, m.start("unit"), m.group("unit"), False, True):
            return None
    shift = -1 if d in ("lalu", "yang lalu", "kemarin", "silam") else (1 if d in FUTURE_MODS else 0)
    start, end = m.start(), m.end()
    if unit in ("pekan", "minggu"):
        if pre == "akhir":
            if not d:
                if ctx.future(start, end):
                    shift = 0
                else:
                    shift = 0 if p.weekday() >= 5 else -1
            sat, sun = cal.weekend_range(p, shift)
            return _Cand(start, end, sat, sun, kind="rel")
        if pre == "awal":
            if not d and ctx.future(start, end) and p.weekday() > 0:
                shift = 1
            return _Cand(start, end, cal.week_range(p, shift)[0], kind="rel")
        if not d:
            return None
        mon, sun = cal.week_range(p, shift)
        return _Cand(start, end, mon, sun, precision="week", kind="week")
    if unit == "bulan":
        first, last = cal.shift_month(p, shift)
        return _Cand(start, end, first, last, precision="month", kind="week")
    first, last = cal.shift_year(p, shift)
    return _Cand(start, end, first, last, precision="year", kind="week")


def _h_n_unit(ctx: _Ctx, m: re.Match) -> _Cand | None:
    if m.group("unit_se"):
        n, unit = 1, m.group("unit_se").lower()
    else:
        raw = " ".join(m.group("n").lower().split())
        n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        unit = m.group("unit").lower()
    d = " ".join(m.group("dir").lower().split())
    sign = 1 if d in ("lagi", "mendatang", "yang akan datang") else -1
    p = ctx.p
    start, end = m.start(), m.end()
    if unit == "hari":
        return _Cand(start, end, p + timedelta(days=sign * n), kind="rel")
    if unit in ("pekan", "minggu"):
        mon, sun = cal.week_range(p, sign * n)
        return _Cand(start, end, mon, sun, precision="week", kind="week")
    if unit == "bulan":
        first, last = cal.shift_month(p, sign * n)
        return _Cand(start, end, first, last, precision="month", kind="week")
    first, last = cal.shift_year(p, sign * n)
    return _Cand(start, end, first, last, precision="year", kind="week")


def _h_anaphoric(ctx: _Ctx, m: re.Match) -> _Cand | None:
    return _Cand(m.start(), m.end(), ctx.p, anaphoric=True, kind="ana")


def _h_relative_anaphoric(ctx: _Ctx, m: re.Match) -> _Cand | None:
    if m.group("next"):
        offset = 1
    else:
        raw = (m.group("n") or "").lower()
        n = 1 if m.group("one") else int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        offset = -n if m.group("dir").lower().startswith("sebelum") else n
    return _Cand(m.start(), m.end(), ctx.p, anaphoric=True, kind="ana", offset_days=offset)


class _Gate:
    """Any of ``words`` as a plain substring of case-folded text: a cheap test a pattern needs to pass.

    Substring tests (``in``) rather than one regex alternation: the regex engine tries every
    alternative at every position, the substring search skips through the text in C.
    """

    __slots__ = ("words",)

    def __init__(self, words) -> None:
        # a word that contains another (``agustus`` holds ``agu``) can only be found where that
        # one is: searching for the shorter alone gives the same answer
        words = set(words)
        self.words = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    def __call__(self, folded: str) -> bool:
        for w in self.words:
            if w in folded:
                return True
        return False


class _Digit:
    """Any digit (Unicode, as ``\\d`` reads it)."""

    __slots__ = ()
    _RE = re.compile(r"\d")

    def __call__(self, folded: str) -> bool:
        return self._RE.search(folded) is not None


_DIGIT = _Digit()
_MONTH_WORD = _Gate(MONTHS)
_SLASH_OR_DASH = _Gate(("/", "-"))
_SLASH = _Gate(("/",))
_PATTERNS = (
    # (pattern, handler, gates): every gate must find something in the case-folded text for the
    # pattern to have a chance, so most of the fourteen patterns never scan most sentences
    (RE_DM_RANGE, _h_dm_range, (_DIGIT, _MONTH_WORD)),
    (RE_DM, _h_dm, (_DIGIT, _MONTH_WORD)),
    (RE_NUM_DMY, _h_num, (_DIGIT, _SLASH_OR_DASH)),
    (RE_NUM_YMD, _h_num, (_DIGIT, _SLASH_OR_DASH)),
    (RE_PAREN, _h_paren, (_SLASH, _Gate(("(",)))),
    (RE_BARE_DM, _h_bare_dm, (_SLASH,)),
    (RE_WEEKDAY, _h_weekday, (_Gate(WEEKDAYS),)),
    (RE_MONTH, _h_month, (_MONTH_WORD,)),
    (RE_YEAR, _h_year, (_Gate(("19", "20")),)),
    (RE_RELATIVE, _h_relative, (_Gate({p.split()[0] for p in RELATIVE_DAYS}),)),
    (RE_UNIT, _h_unit, (_Gate(("pekan", "minggu", "bulan", "tahun")),)),
    (RE_N_UNIT, _h_n_unit, (_Gate(("hari", "pekan", "minggu", "bulan", "tahun")),)),
    (RE_ANAPHORIC, _h_anaphoric, (_Gate({p.split()[-1] for p in ANAPHORIC}),)),
    (RE_RELATIVE_ANAPHORIC, _h_relative_anaphoric, (_Gate(("hari", "esok")),)),
)


# ---------------------------------------------------------------------------------
# Combining candidates
# ---------------------------------------------------------------------------------


def _select(cands: list[_Cand]) -> list[_Cand]:
    """The longest candidates that do not overlap, in text order."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _join_weekdays(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """``Selasa (20/8)``, ``Minggu, 18 Agustus 2024``: one mention, the date decides,
    the weekday picks the year when the date has none."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (b is not None and a.kind == "rel" and a.value_end is None and b.kind == "paren"
                and RE_JOIN_WEEKDAY.fullmatch(ctx.text, a.end, b.start)):
            # "kemarin (20/8)": the written date wins
            out.append(_Cand(a.start, b.end, b.value, b.value_end, b.precision, kind=b.kind, day=b.day,
                             month=b.month, year_explicit=True, mode=b.mode))
            i += 2
            continue
        if (b is not None and a.kind == "weekday" and b.kind in ("dm", "numeric", "paren")
                and RE_JOIN_WEEKDAY.fullmatch(ctx.text, a.end, b.start)):
            value, value_end = b.value, b.value_end
            if not b.year_explicit and b.day and b.month and b.value_end is None:
                picked = cal.resolve_day_month_weekday(b.day, b.month, a.weekday, ctx.p, b.mode)
                if picked is not None:
                    value = picked
            out.append(_Cand(a.start, b.end, value, value_end, b.precision, kind=b.kind, day=b.day, month=b.month,
                             year_explicit=True, mode=b.mode, weekday=a.weekday))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _with_year(c: _Cand, year: int) -> _Cand | None:
    if c.kind == "month" and c.month:
        first, last = cal.month_range(year, c.month)
        return _Cand(c.start, c.end, first, last, c.precision, kind=c.kind, month=c.month)
    if c.day and c.month and c.value_end is None:
        d = cal.safe_date(year, c.month, c.day)
        if d:
            return _Cand(c.start, c.end, d, None, c.precision, kind=c.kind, day=c.day, month=c.month)
    return None


def _join_ranges(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """``28 Februari - 2 Maret 2024``, ``Senin hingga Rabu``, ``akhir pekan lalu hingga awal
    pekan ini``: one span from the first's start to the second's end."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is None or a.anaphoric or b.anaphoric or a.kind == "year" and b.kind != "year":
            out.append(a)
            i += 1
            continue
        joined = RE_JOIN_RANGE.fullmatch(ctx.text, a.end, b.start)
        if not joined and RE_JOIN_AND.fullmatch(ctx.text, a.end, b.start):
            joined = RE_ANTARA_BEFORE.search(ctx.text, max(0, a.start - 10), a.start)
        if not joined:
            out.append(a)
            i += 1
            continue
        if not a.year_explicit and b.year_explicit:
            b_end = b.value_end or b.value
            for year in (b.value.year, b.value.year - 1):
                a2 = _with_year(a, year)
                if a2 is not None and a2.value <= b_end:
                    a = a2
                    break
        end_value = b.value_end or b.value
        if not b.year_explicit and b.day and b.month and b.value_end is None:
            # the end of a span written without its year is the first such day from the start on
            end_value = cal.resolve_day_month(b.day, b.month, a.value, "future") or end_value
        if end_value < a.value:
            if not b.year_explicit and b.day and b.month and b.value_end is None:
                nd = cal.resolve_day_month(b.day, b.month, a.value, "future")
                end_value = nd or end_value
            elif b.kind == "weekday":
                while end_value < a.value:
                    end_value += timedelta(days=7)
        if end_value < a.value:
            out.append(a)
            i += 1
            continue
        precision = a.precision if a.precision == b.precision else min(
            (a.precision, b.precision), key=_PRECISION_ORDER.__getitem__)
        out.append(_Cand(a.start, b.end, a.value, end_value, precision, kind=a.kind))
        i += 2
    return out


def find_dates(text: str, published: date) -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``published``."""
    if not text:
        return []
    ctx = _Ctx(text, published)
    cands: list[_Cand] = []
    folded = text.casefold()
    passed: dict[_Gate | _Digit, bool] = {}
    for rx, handler, gates in _PATTERNS:
        for g in gates:  # each gate searched once a text, and only when a pattern still needs it
            ok = passed.get(g)
            if ok is None:
                ok = passed[g] = g(folded)
            if not ok:
                break
        else:
            for m in rx.finditer(text):
                c = handler(ctx, m)
                if c is not None:
                    cands.append(c)
    if not cands:
        return []
    chosen = _join_ranges(ctx, _join_weekdays(ctx, _select(cands)))
    out = []
    for c in chosen:
        value_end = c.value_end if c.value_end is not None and c.value_end != c.value else None
        if c.precision != "day" and c.value_end is not None:
            value_end = c.value_end
        out.append(DateMention(text=text[c.start:c.end], start=c.start, end=c.end, value=c.value,
                               value_end=value_end, precision=c.precision, anaphoric=c.anaphoric,
                               offset_days=c.offset_days))
    return out
