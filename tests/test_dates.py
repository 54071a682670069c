"""Language-neutral calendar helpers in warta.dates."""

from __future__ import annotations

from datetime import date

import pytest

from warta import dates as cal

WED = date(2024, 8, 21)  # a Wednesday


@pytest.mark.parametrize(
    ("ref", "weekday", "expected"),
    [
        (WED, cal.WEDNESDAY, date(2024, 8, 21)),  # the same day counts
        (WED, cal.TUESDAY, date(2024, 8, 20)),
        (WED, cal.MONDAY, date(2024, 8, 19)),
        (WED, cal.THURSDAY, date(2024, 8, 15)),
        (WED, cal.SUNDAY, date(2024, 8, 18)),
        (date(2025, 1, 1), cal.FRIDAY, date(2024, 12, 27)),  # across the year
    ],
)
def test_weekday_on_or_before(ref, weekday, expected):
    assert cal.weekday_on_or_before(ref, weekday) == expected


@pytest.mark.parametrize(
    ("func", "weekday", "expected"),
    [
        (cal.weekday_before, cal.WEDNESDAY, date(2024, 8, 14)),
        (cal.weekday_before, cal.FRIDAY, date(2024, 8, 16)),
        (cal.weekday_after, cal.WEDNESDAY, date(2024, 8, 28)),
        (cal.weekday_after, cal.MONDAY, date(2024, 8, 26)),
        (cal.weekday_on_or_after, cal.WEDNESDAY, date(2024, 8, 21)),
        (cal.weekday_on_or_after, cal.THURSDAY, date(2024, 8, 22)),
    ],
)
def test_weekday_before_after(func, weekday, expected):
    assert func(WED, weekday) == expected


@pytest.mark.parametrize(
    ("mode", "weekday", "expected"),
    [
        ("past", cal.FRIDAY, date(2024, 8, 16)),
        ("strict_past", cal.WEDNESDAY, date(2024, 8, 14)),
        ("future", cal.WEDNESDAY, date(2024, 8, 21)),
        ("strict_future", cal.WEDNESDAY, date(2024, 8, 28)),
        ("nearest", cal.THURSDAY, date(2024, 8, 22)),
        ("nearest", cal.TUESDAY, date(2024, 8, 20)),
    ],
)
def test_resolve_weekday(mode, weekday, expected):
    assert cal.resolve_weekday(WED, weekday, mode) == expected


def test_resolve_weekday_rejects_unknown_mode():
    with pytest.raises(ValueError):
        cal.resolve_weekday(WED, 0, "sometime")


@pytest.mark.parametrize(
    ("day", "month", "ref", "mode", "expected"),
    [
        (20, 8, WED, "past", date(2024, 8, 20)),
        (21, 8, WED, "past", date(2024, 8, 21)),
        (28, 8, WED, "past", date(2023, 8, 28)),  # after publication: last year
        (28, 12, date(2025, 1, 8), "past", date(2024, 12, 28)),  # a January article's 28/12
        (28, 12, date(2025, 1, 8), "future", date(2025, 12, 28)),
        (5, 1, date(2024, 12, 30), "future", date(2025, 1, 5)),
        (5, 1, date(2024, 12, 30), "nearest", date(2025, 1, 5)),
        (20, 8, WED, "nearest", date(2024, 8, 20)),
        (21, 8, WED, "strict_past", date(2023, 8, 21)),
        (21, 8, WED, "strict_future", date(2025, 8, 21)),
        (29, 2, WED, "past", date(2024, 2, 29)),
        (29, 2, date(2025, 6, 1), "past", date(2024, 2, 29)),  # only leap years have it
        (29, 2, date(2025, 6, 1), "future", date(2028, 2, 29)),
        (31, 4, WED, "past", None),
        (1, 13, WED, "past", None),
        (0, 5, WED, "past", None),
    ],
)
def test_resolve_day_month(day, month, ref, mode, expected):
    assert cal.resolve_day_month(day, month, ref, mode) == expected


@pytest.mark.parametrize(
    ("day", "month", "weekday", "ref", "mode", "expected"),
    [
        (20, 8, cal.TUESDAY, WED, "past", date(2024, 8, 20)),
        (28, 12, cal.SATURDAY, date(2025, 1, 8), "past", date(2024, 12, 28)),
        # only December 2025 falls on that weekday, a year ahead of a past clause: the weekday is the slip
        (28, 12, cal.SUNDAY, date(2025, 1, 8), "past", None),
        (24, 8, cal.SATURDAY, WED, "past", date(2024, 8, 24)),  # three days ahead: close enough to believe
        (24, 1, cal.FRIDAY, date(2025, 1, 8), "future", date(2025, 1, 24)),
        (20, 8, cal.MONDAY, WED, "past", None),  # no nearby year has that weekday
    ],
)
def test_resolve_day_month_weekday(day, month, weekday, ref, mode, expected):
    assert cal.resolve_day_month_weekday(day, month, weekday, ref, mode) == expected


@pytest.mark.parametrize(
    ("month", "ref", "mode", "expected"),
    [
        (8, WED, "past", (date(2024, 8, 1), date(2024, 8, 31))),
        (7, WED, "past", (date(2024, 7, 1), date(2024, 7, 31))),
        (10, WED, "past", (date(2023, 10, 1), date(2023, 10, 31))),
        (10, WED, "future", (date(2024, 10, 1), date(2024, 10, 31))),
        (8, WED, "strict_past", (date(2023, 8, 1), date(2023, 8, 31))),
        (2, WED, "past", (date(2024, 2, 1), date(2024, 2, 29))),
        (11, date(2025, 1, 8), "past", (date(2024, 11, 1), date(2024, 11, 30))),
    ],
)
def test_resolve_month(month, ref, mode, expected):
    assert cal.resolve_month(month, ref, mode) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, (date(2024, 8, 19), date(2024, 8, 25))),
        (-1, (date(2024, 8, 12), date(2024, 8, 18))),
        (1, (date(2024, 8, 26), date(2024, 9, 1))),
        (-2, (date(2024, 8, 5), date(2024, 8, 11))),
    ],
)
def test_week_range(n, expected):
    assert cal.week_range(WED, n) == expected


def test_week_range_on_sunday_and_monday():
    assert cal.week_range(date(2024, 8, 25)) == (date(2024, 8, 19), date(2024, 8, 25))
    assert cal.week_range(date(2024, 8, 19)) == (date(2024, 8, 19), date(2024, 8, 25))


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, (date(2024, 8, 24), date(2024, 8, 25))),
        (-1, (date(2024, 8, 17), date(2024, 8, 18))),
        (1, (date(2024, 8, 31), date(2024, 9, 1))),
    ],
)
def test_weekend_range(n, expected):
    assert cal.weekend_range(WED, n) == expected


def test_weekday_in_week():
    assert cal.weekday_in_week(WED, cal.FRIDAY, -1) == date(2024, 8, 16)
    assert cal.weekday_in_week(WED, cal.MONDAY, 1) == date(2024, 8, 26)
    assert cal.weekday_in_week(WED, cal.SUNDAY) == date(2024, 8, 25)


@pytest.mark.parametrize(
    ("d", "n", "expected"),
    [
        (date(2024, 8, 21), -1, date(2024, 7, 21)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # clamped
        (date(2024, 1, 15), -1, date(2023, 12, 15)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2024, 3, 31), -13, date(2023, 2, 28)),
    ],
)
def test_add_months(d, n, expected):
    assert cal.add_months(d, n) == expected


@pytest.mark.parametrize(
    ("ref", "n", "expected"),
    [
        (WED, 0, (date(2024, 8, 1), date(2024, 8, 31))),
        (WED, -1, (date(2024, 7, 1), date(2024, 7, 31))),
        (WED, 1, (date(2024, 9, 1), date(2024, 9, 30))),
        (date(2025, 1, 8), -1, (date(2024, 12, 1), date(2024, 12, 31))),
        (date(2024, 3, 31), -1, (date(2024, 2, 1), date(2024, 2, 29))),
    ],
)
def test_shift_month(ref, n, expected):
    assert cal.shift_month(ref, n) == expected


def test_year_helpers():
    assert cal.shift_year(WED, -1) == (date(2023, 1, 1), date(2023, 12, 31))
    assert cal.shift_year(WED) == (date(2024, 1, 1), date(2024, 12, 31))
    assert cal.year_range(2025) == (date(2025, 1, 1), date(2025, 12, 31))
    assert cal.month_range(2023, 2) == (date(2023, 2, 1), date(2023, 2, 28))
    assert cal.last_day_of_month(2024, 2) == 29


@pytest.mark.parametrize(("y", "expected"), [(24, 2024), (5, 2005), (98, 1998), (2024, 2024)])
def test_expand_two_digit_year(y, expected):
    assert cal.expand_two_digit_year(y) == expected


def test_safe_date():
    assert cal.safe_date(2024, 2, 29) == date(2024, 2, 29)
    assert cal.safe_date(2023, 2, 29) is None
    assert cal.safe_date(2024, 13, 1) is None
