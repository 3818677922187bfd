"""Calendar arithmetic for deadlines (month ends, quarters, weeks, adding months)."""
from __future__ import annotations

import datetime as dt


def days_in_month(year: int, month: int) -> int:
    # Not calendar.monthrange: importing calendar costs ~45 ms of the
    # checker's start-up under Pyodide, for this one number.
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, days_in_month(year, month))


def end_of_quarter(year: int, quarter: int) -> dt.date:
    return end_of_month(year, quarter * 3)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, days_in_month(year, month)))


def add_business_days(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def weekday_in_week(day: dt.date, weekday: int, weeks_ahead: int = 0) -> dt.date:
    """The given weekday (0=Monday) of this week (+ weeks_ahead); weeks start on Monday."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday + dt.timedelta(days=weekday + 7 * weeks_ahead)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def term_end(day: dt.date, terms_ahead: int = 0) -> dt.date:
    """Last day of the school term `day` falls in (+ terms_ahead).

    Chinese school year: the autumn term ends 31 Jan, the spring term 31 Jul.
    Feb-Jul is the spring term; Aug-Jan the autumn term (August is the summer
    break, so "this term" then means the one about to start).
    """
    if 2 <= day.month <= 7:
        year, spring = day.year, True
    else:
        year, spring = (day.year + 1 if day.month >= 8 else day.year), False
    for _ in range(terms_ahead):
        if spring:
            year, spring = year + 1, False  # spring (Jul Y) -> autumn (Jan Y+1)
        else:
            spring = True  # autumn (Jan Y) -> spring (Jul Y)
    return dt.date(year, 7, 31) if spring else dt.date(year, 1, 31)
