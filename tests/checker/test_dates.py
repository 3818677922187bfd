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
