"""Calendar arithmetic in checker/dates.py, against the standard library's calendar."""
from __future__ import annotations

import calendar
import datetime as dt

from checker import dates


def test_days_in_month_matches_calendar_for_two_centuries():
    for year in range(1900, 2101):
        for month in range(1, 13):
            assert dates.days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)


def test_adding_months_clamps_to_the_month_end():
    assert dates.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert dates.add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert dates.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert dates.end_of_quarter(2026, 4) == dt.date(2026, 12, 31)


def test_seasons_are_meteorological_and_named_by_the_year_they_start():
    assert dates.season_end(2027, dates.SPRING) == dt.date(2027, 5, 31)
    assert dates.season_end(2027, dates.SUMMER) == dt.date(2027, 8, 31)
    assert dates.season_end(2027, dates.AUTUMN) == dt.date(2027, 11, 30)
    assert dates.season_end(2027, dates.WINTER) == dt.date(2028, 2, 29)   # winter 2027 = Dec 2027 - Feb 2028
    assert dates.season_eve(2027, dates.SPRING) == dt.date(2027, 2, 28)
    assert dates.season_eve(2027, dates.WINTER) == dt.date(2027, 11, 30)
    assert dates.season_middle(2027, dates.SUMMER) == dt.date(2027, 7, 15)
    assert dates.season_middle(2027, dates.WINTER) == dt.date(2028, 1, 15)
    # "this winter" in January is the one that began in December
    assert dates.season_year(dt.date(2027, 1, 10), dates.WINTER) == 2026
    assert dates.season_year(dt.date(2027, 1, 10), dates.SUMMER) == 2027
    # the next season not yet over (or whose eve is not yet past)
    assert dates.next_season_year(dt.date(2026, 11, 23), dates.SUMMER) == 2027
    assert dates.next_season_year(dt.date(2026, 8, 31), dates.SUMMER) == 2026
    assert dates.next_season_year(dt.date(2026, 6, 1), dates.SUMMER, dates.season_eve) == 2027


def test_mid_term_and_school_year():
    assert dates.term_middle(dt.date(2027, 1, 31)) == dt.date(2026, 11, 15)   # autumn term
    assert dates.term_middle(dt.date(2027, 7, 31)) == dt.date(2027, 4, 30)    # spring term
    assert dates.school_year_end(dt.date(2026, 9, 1)) == dt.date(2027, 7, 31)
    assert dates.school_year_end(dt.date(2027, 7, 31)) == dt.date(2027, 7, 31)
    assert dates.school_year_end(dt.date(2027, 3, 1), 1) == dt.date(2028, 7, 31)


def test_next_day_of_month_rolls_to_next_month_once_past():
    assert dates.next_day_of_month(dt.date(2026, 11, 23), 25) == dt.date(2026, 11, 25)
    assert dates.next_day_of_month(dt.date(2026, 11, 23), 23) == dt.date(2026, 11, 23)
    assert dates.next_day_of_month(dt.date(2026, 11, 23), 15) == dt.date(2026, 12, 15)
    assert dates.next_day_of_month(dt.date(2026, 1, 31), 30) is None   # past in January, no 30 February
    assert dates.next_day_of_month(dt.date(2026, 11, 23), 32) is None


def test_adding_business_days_in_whole_weeks_matches_counting_day_by_day():
    def by_day(day, n):
        while n > 0:
            day += dt.timedelta(days=1)
            if day.weekday() < 5:
                n -= 1
        return day
    for start in (dt.date(2026, 11, 21) + dt.timedelta(days=k) for k in range(7)):  # every weekday, weekends too
        for n in range(0, 40):
            assert dates.add_business_days(start, n) == by_day(start, n), (start, n)
