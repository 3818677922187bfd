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
    if n <= 0:
        return day
    weeks = (n - 1) // 5  # seven days always hold five business days and keep the weekday
    day += dt.timedelta(weeks=weeks)
    n -= 5 * weeks
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
    """The date, or None when the month has no such day (2月30日); a year the
    calendar cannot hold (past 9999) is an OverflowError, not "no date"."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(f"year {year} is out of range")
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def next_day_of_month(today: dt.date, day: int) -> dt.date | None:
    """Day `day` of this month, or of next month when it is over (25日前, by the 15th);
    None when neither month has that day."""
    date = safe_date(today.year, today.month, day)
    if date is None or date < today:
        nxt = add_months(today.replace(day=1), 1)
        date = safe_date(nxt.year, nxt.month, day)
    return date


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


def term_middle(term_end_date: dt.date) -> dt.date:
    """Mid-term (期中) of the term ending on `term_end_date` (a term_end result):
    15 Nov for the autumn term (Sep-Jan), 30 Apr for the spring term (Feb-Jul)."""
    if term_end_date.month == 1:
        return dt.date(term_end_date.year - 1, 11, 15)
    return dt.date(term_end_date.year, 4, 30)


def school_year_end(day: dt.date, years_ahead: int = 0) -> dt.date:
    """End of the school year `day` is in (Aug-Jul; it ends with the spring term on 31 Jul)."""
    return dt.date(day.year + (1 if day.month >= 8 else 0) + years_ahead, 7, 31)


# Meteorological seasons, northern hemisphere: spring Mar-May, summer Jun-Aug,
# autumn Sep-Nov, winter Dec-Feb. A season's year is the year it starts in
# (winter 2026 = Dec 2026 - Feb 2027).
SPRING, SUMMER, AUTUMN, WINTER = range(4)
_SEASON_FIRST_MONTH = (3, 6, 9, 12)


def season_end(year: int, season: int) -> dt.date:
    """Last day of the season that starts in `year`."""
    if season == WINTER:
        return end_of_month(year + 1, 2)
    return end_of_month(year, _SEASON_FIRST_MONTH[season] + 2)


def season_eve(year: int, season: int) -> dt.date:
    """Last day before the season that starts in `year` (入夏前, by the start of summer)."""
    first = _SEASON_FIRST_MONTH[season]
    return end_of_month(year, first - 1)


def season_middle(year: int, season: int) -> dt.date:
    """15th of the season's middle month (mid-summer = 15 Jul)."""
    month = _SEASON_FIRST_MONTH[season] + 1
    return dt.date(year + (month > 12), (month - 1) % 12 + 1, 15)


def season_year(day: dt.date, season: int) -> int:
    """The year of "this <season>": this year's, except that winter in Jan-Feb is the one that began last December."""
    return day.year - 1 if season == WINTER and day.month <= 2 else day.year


def next_season_year(day: dt.date, season: int, edge=season_end) -> int:
    """The year of the first season whose `edge` date (season_end, season_eve, ...) is not before `day`."""
    year = day.year - 1
    while edge(year, season) < day:
        year += 1
    return year
