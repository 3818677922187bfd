"""Calendar dates: 2026-12-31, 2012年6月25日, 6月底, 25日前, 元旦, 春节;
June 30, 30 June 2027, 12/31/2026, the end of March, by the 15th, Christmas.

A date with no year that is already over this year is next year's (roll).
"""
from __future__ import annotations

import datetime as dt
import re

from checker.dates import end_of_month, next_day_of_month, safe_date
from checker.deadlines.common import (CN_SMALL, EN_MON, MONTH_NUM, ZH_DAY, ZH_MONTH, Group, cn_or_int, day_ok,
                                      roll, year_of, zh_year)
from checker.deadlines.context import EN_MARK_BEFORE, en_before, en_compared, en_every, zh_compared

ZH_FIRST = rf"\d{CN_SMALL}元国劳五圣年春过"
EN_FIRST = (r"\d", r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", r"mid", r"christmas", r"new\s+year")

# Fixed-date holidays (lunar ones like 春节 are left out: they need a calendar).
HOLIDAYS = {"元旦": (1, 1), "国庆": (10, 1), "劳动": (5, 1), "五一": (5, 1), "圣诞": (12, 25), "年中": (6, 30),
            "christmas": (12, 25), "new year": (1, 1), "new year's": (1, 1), "new years": (1, 1)}
# 春节 moves with the lunar calendar: its dates for the years the checker is likely to see.
SPRING_FESTIVAL = [dt.date(2025, 1, 29), dt.date(2026, 2, 17), dt.date(2027, 2, 6), dt.date(2028, 1, 26),
                   dt.date(2029, 2, 13), dt.date(2030, 2, 3), dt.date(2031, 1, 23), dt.date(2032, 2, 11)]
_MONTH_CONTEXT = re.compile(r"(?:by|in|of|until|before|end)\s+$", re.I)
_THIS_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?this\s+year", re.I)
_LOWER_ABBREVIATIONS = ("mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept")


def this_year_after(text: str, end: int):
    """", this year" right after a date ("June 30 this year")."""
    return _THIS_YEAR_AFTER.match(text[end:end + 16])


# --- both languages ------------------------------------------------------------
def _iso(m, today, pre=None):
    g = m.group
    return safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))


ISO = r"(?P<iso>(?P<iso_y>\d{4})[-/.](?P<iso_m>\d{1,2})[-/.](?P<iso_d>\d{1,2}))(?![\d])"


def _holiday(name: str, today: dt.date) -> dt.date | None:
    month, day = HOLIDAYS[name]
    return roll(safe_date(today.year, month, day), today, False, lambda y: safe_date(y, month, day))


# --- Chinese -------------------------------------------------------------------
def _md_zh(m, today, pre=None):
    g = m.group
    year, given = year_of(m, "md", today)
    month = cn_or_int(g("md_m"))
    if not month or not 1 <= month <= 12:
        return None
    part = g("md_p") or ""
    if g("md_d"):
        day = cn_or_int(g("md_d"))

        def make(y):
            return safe_date(y, month, day)
    elif part in ("初", "上旬", "中", "中旬"):
        day = 10 if part in ("初", "上旬") else 20

        def make(y):
            return safe_date(y, month, day)
    else:
        def make(y):
            return end_of_month(y, month)
    if not day_ok(make, year):
        return None
    return roll(make(year), today, given, make)


def _md_zh_skip(m, pre=None) -> bool:
    if zh_compared(m):
        return True
    # a bare "N月" right after 个 is a duration (三个月), not a month
    bare = not m.group("md_d") and not m.group("ymd") and not m.group("rmd")
    return bare and m.start() > 0 and m.string[m.start() - 1] == "个"


def _dd_zh(m, today, pre=None):  # 25日前: this month's day, or next month's when it is over
    return next_day_of_month(today, int(m.group("dd_d")))


def _holiday_zh(m, today, pre=None):
    name = m.group("hol")
    if name in ("春节", "过年"):
        return next((date for date in SPRING_FESTIVAL if date >= today), None)
    return _holiday(name[:2], today)


def _holiday_zh_skip(m, pre=None) -> bool:
    # 一年中 = "in a year", not mid-year
    return m.group("hol") == "年中" and m.start() > 0 and m.string[m.start() - 1] in CN_SMALL + "0123456789"


ZH_GROUPS = (
    Group("iso", ISO, _iso),
    Group("md", rf"(?P<md>(?:{zh_year('md')}的?)?(?P<md_m>{ZH_MONTH})月份?(?:(?P<md_d>{ZH_DAY})[日号])?"
                rf"(?P<md_p>底|末|中旬|上旬|下旬|初|中)?)", _md_zh, _md_zh_skip),
    Group("dd", rf"(?P<dd>(?<![\d{CN_SMALL}月周期拜])(?P<dd_d>3[01]|[12]\d|0?[1-9])[日号](?=之前|以前|前|为止))", _dd_zh),
    Group("hol", r"(?=[元国劳五圣年春过])(?P<hol>元旦|国庆节?|劳动节|五一|圣诞节?|年中|春节|过年)", _holiday_zh, _holiday_zh_skip),
)


# --- English -------------------------------------------------------------------
def _us(m, today, pre=None):
    first, second = int(m.group("us_m")), int(m.group("us_d"))
    if first > 12:  # 31/12/2026 is day/month/year
        first, second = second, first
    return safe_date(int(m.group("us_y")), first, second)


def _month_en(m, today, pre=None):
    """June 30, 30 June 2027, the end of March, mid-June."""
    kind, g, text = m.lastgroup, m.group, m.string
    mon_word = g(f"{kind}_m")
    if mon_word == "may" or (mon_word.lower() == "may" and kind == "mo" and not g("mo_y")
                             and not _MONTH_CONTEXT.search(text[max(0, m.start() - 12):m.start()])):
        return None  # "may" the verb
    if kind == "mo" and mon_word.lower() in _LOWER_ABBREVIATIONS and mon_word[0].islower():
        return None  # a bare lowercase abbreviation is rarely a month
    month = MONTH_NUM[mon_word.lower().rstrip(".")]
    y = g(f"{kind}_y")
    given = bool(y) or bool(this_year_after(text, m.end()))
    year = int(y) if y else today.year
    if kind == "mo":
        p = (g("mo_p") or "").lower()
        if p in ("beginning", "start") or p in ("middle", "mid") or m.group().lower().startswith("mid-"):
            day = 10 if p in ("beginning", "start") else 20

            def make(yy):
                return safe_date(yy, month, day)
        else:
            def make(yy):
                return end_of_month(yy, month)
    else:
        day = int(g(f"{kind}_d"))

        def make(yy):
            return safe_date(yy, month, day)
    if not day_ok(make, year):
        return None
    return roll(make(year), today, given, make)


def _month_en_skip(m, pre=None) -> bool:
    return en_compared(m) or (m.lastgroup == "mo" and en_every(m))


def _day_of_month_en(m, today, pre=None):  # "by the 15th": this month's, or next month's when it is over
    return next_day_of_month(today, int(m.group("dth_d")))


def _day_of_month_en_skip(m, pre=None) -> bool:
    return not EN_MARK_BEFORE.search(en_before(m))  # "the 15th" alone may be anything; "by the 15th" is a date


def _holiday_en(m, today, pre=None):
    key = re.sub(r"\s+", " ", re.sub(r"\s+day$", "", m.group("hol").lower()))
    if key not in HOLIDAYS:
        key = "new year" if key.startswith("new") else "christmas"
    return _holiday(key, today)


EN_GROUPS = (
    Group("iso", ISO, _iso),
    Group("us", r"(?P<us>(?P<us_m>\d{1,2})/(?P<us_d>\d{1,2})/(?P<us_y>\d{4}))", _us),
    Group("md", rf"(?P<md>(?P<md_m>{EN_MON})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<md_y>\d{{4}}))?)",
          _month_en, _month_en_skip, this_year_after=True),
    Group("dm", rf"(?P<dm>(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{EN_MON})\.?(?:,?\s+(?P<dm_y>\d{{4}}))?)",
          _month_en, _month_en_skip, this_year_after=True),
    Group("mo", rf"(?P<mo>(?:(?:the\s+)?(?P<mo_p>end|middle|mid|beginning|start)\s+of\s+|mid-)?(?P<mo_m>{EN_MON})\.?"
                rf"(?:,?\s+(?P<mo_y>\d{{4}}))?)", _month_en, _month_en_skip, this_year_after=True),
    Group("hol", r"(?P<hol>christmas(?:\s+day)?|new\s+year(?:'s|s)?(?:\s+day)?)", _holiday_en),
    Group("dth", rf"(?P<dth>the\s+(?P<dth_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:{EN_MON})))",
          _day_of_month_en, _day_of_month_en_skip),
)
