"""Language-neutral calendar arithmetic for resolving date expressions.

Every function here is pure and takes the reference (publication) date explicitly, so
a language package only has to turn words into calls: ``Jumat lalu`` becomes
``weekday_before(published, FRIDAY)``, ``(28/12)`` becomes
``resolve_day_month(28, 12, published)``. Weeks run Monday to Sunday (ISO), weekdays
are numbered as in :meth:`datetime.date.weekday` (Monday 0 ... Sunday 6).
"""

from __future__ import annotations

import calendar
import logging
from datetime import date, timedelta

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

MODES = ("past", "strict_past", "future", "strict_future", "nearest")
"""How an expression without a year (or a week) is placed relative to the reference:
``past`` on or before it, ``strict_past`` before it, ``future`` on or after it,
``strict_future`` after it, ``nearest`` whichever is closer (ties go to the future)."""

log = logging.getLogger("warta.dates")


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the parts do not make one (30 February, month 13).

    A malformed date in a text is not an error: the expression resolves to nothing and
    the reason goes to the ``warta.dates`` debug log.
    """
    try:
        return date(year, month, day)
    except ValueError as e:
        log.debug("not a date: day %s, month %s, year %s (%s)", day, month, year, e)
        return None


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, last_day_of_month(year, month))


def year_range(year: int) -> tuple[date, date]:
    """1 January and 31 December of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clamped to the month's length."""
    idx = d.year * 12 + (d.month - 1) + n
    year, month = divmod(idx, 12)
    month += 1
    return date(year, month, min(d.day, last_day_of_month(year, month)))


def shift_month(ref: date, n: int = 0) -> tuple[date, date]:
    """The month ``n`` months from the one containing ``ref`` (``-1`` = last month)."""
    d = add_months(ref.replace(day=1), n)
    return month_range(d.year, d.month)


def shift_year(ref: date, n: int = 0) -> tuple[date, date]:
    """The year ``n`` years from the one containing ``ref``."""
    return year_range(ref.year + n)


def week_range(ref: date, n: int = 0) -> tuple[date, date]:
    """Monday and Sunday of the week ``n`` weeks from the one containing ``ref``."""
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=n)
    return monday, monday + timedelta(days=6)


def weekend_range(ref: date, n: int = 0) -> tuple[date, date]:
    """Saturday and Sunday of the week ``n`` weeks from the one containing ``ref``."""
    monday, sunday = week_range(ref, n)
    return monday + timedelta(days=5), sunday


def weekday_in_week(ref: date, weekday: int, n: int = 0) -> date:
    """The given weekday of the week ``n`` weeks from the one containing ``ref``
    (``Jumat pekan lalu`` = ``weekday_in_week(p, FRIDAY, -1)``)."""
    return week_range(ref, n)[0] + timedelta(days=weekday)


def weekday_on_or_before(ref: date, weekday: int) -> date:
    """The latest ``weekday`` on or before ``ref`` (``ref`` itself when it is one)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_before(ref: date, weekday: int) -> date:
    """The latest ``weekday`` strictly before ``ref``."""
    return weekday_on_or_before(ref - timedelta(days=1), weekday)


def weekday_on_or_after(ref: date, weekday: int) -> date:
    """The earliest ``weekday`` on or after ``ref`` (``ref`` itself when it is one)."""
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def weekday_after(ref: date, weekday: int) -> date:
    """The earliest ``weekday`` strictly after ``ref``."""
    return weekday_on_or_after(ref + timedelta(days=1), weekday)


def resolve_weekday(ref: date, weekday: int, mode: str = "past") -> date:
    """A bare weekday name placed by ``mode`` (see :data:`MODES`)."""
    if mode == "past":
        return weekday_on_or_before(ref, weekday)
    if mode == "strict_past":
        return weekday_before(ref, weekday)
    if mode == "future":
        return weekday_on_or_after(ref, weekday)
    if mode == "strict_future":
        return weekday_after(ref, weekday)
    if mode == "nearest":
        before, after = weekday_on_or_before(ref, weekday), weekday_on_or_after(ref, weekday)
        return after if (after - ref) <= (ref - before) else before
    raise ValueError(f"unknown mode {mode!r}")


def _candidates(day: int, month: int, ref: date, spread: int = 8) -> list[date]:
    """Valid dates with this day and month in the years around ``ref`` (29 February
    exists only in leap years, hence the spread)."""
    out = []
    for year in range(ref.year - spread, ref.year + spread + 1):
        d = safe_date(year, month, day)
        if d is not None:
            out.append(d)
    return out


def _pick(cands: list[date], ref: date, mode: str) -> date | None:
    if mode == "past":
        pool = [d for d in cands if d <= ref]
        return max(pool) if pool else None
    if mode == "strict_past":
        pool = [d for d in cands if d < ref]
        return max(pool) if pool else None
    if mode == "future":
        pool = [d for d in cands if d >= ref]
        return min(pool) if pool else None
    if mode == "strict_future":
        pool = [d for d in cands if d > ref]
        return min(pool) if pool else None
    if mode == "nearest":
        if not cands:
            return None
        return min(cands, key=lambda d: (abs((d - ref).days), d < ref))
    raise ValueError(f"unknown mode {mode!r}")


def resolve_day_month(day: int, month: int, ref: date, mode: str = "past") -> date | None:
    """A day and month written without a year: the year that places it by ``mode``.

    ``past`` (the default, for news) takes the latest such day on or before ``ref``, so a
    January article's 28 December is last year's; ``future`` takes the next one.
    None when no year makes the day valid (31 April).
    """
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _pick(_candidates(day, month, ref), ref, mode)


def resolve_day_month_weekday(day: int, month: int, weekday: int, ref: date, mode: str = "past",
                              spread: int = 1) -> date | None:
    """A day and month given with its weekday (``Selasa (20/8)``): among the years within
    ``spread`` of ``ref`` where that day falls on ``weekday``, the one ``mode`` prefers,
    else the nearest of them. None when no nearby year matches (a typo in the text)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    cands = [d for d in _candidates(day, month, ref, spread) if d.weekday() == weekday]
    if not cands:
        return None
    picked = _pick(cands, ref, mode)
    if picked is not None:
        return picked
    # the weekday points the other way in time than the clause: believe it only when the day is close,
    # otherwise the weekday is the slip (``Sabtu (16/8)`` in a report of 19 August 2024 is last Friday)
    near = _pick(cands, ref, "nearest")
    return near if near is not None and abs((near - ref).days) <= 31 else None


def resolve_month(month: int, ref: date, mode: str = "past") -> tuple[date, date]:
    """A month named without a year: its first and last day in the year ``mode`` picks
    (``past``: this year when the month has begun by ``ref``, else last year)."""
    cands = [date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    this_month = ref.replace(day=1)
    picked = _pick(cands, this_month, mode)
    assert picked is not None
    return month_range(picked.year, picked.month)


def expand_two_digit_year(year: int) -> int:
    """``24`` -> 2024, ``98`` -> 1998 (two-digit years up to 69 are this century)."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year
