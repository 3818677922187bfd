"""What every family of time expressions shares: the Deadline a match
becomes, the Group a family declares, and small readers of years, months,
days and numbers used by several families.

A Group is one named alternative of the combined Chinese or English pattern
(checker/deadlines/finder.py): its pattern, how it resolves to a date, and
when the words it matched are not a deadline after all (skip).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from checker.numbers import parse_number

CN_SMALL = "零〇一二两三四五六七八九十"
CN_ANY = "零〇一二两三四五六七八九十百千"
ZH_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
ZH_DAY = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
EN_MON = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
MONTH_NUM = {name: i + 1 for i, name in enumerate(
    "january february march april may june july august september october november december".split())}
MONTH_NUM.update({k[:3]: v for k, v in list(MONTH_NUM.items())})
MONTH_NUM["sept"] = 9
# After a year: a season or a named term, which read the year with them (2027年秋天, 今年春季学期).
SEASON_AFTER_YEAR = r"度?的?(?:[春夏秋冬][天季]|[春秋]季?学期)"
# A year before a season or a named term (2027年秋天, 今年春季学期), read with it.
YEAR_BEFORE = re.compile(r"(?:(?P<y>\d{4}|[二〇零一三四五六七八九]{4})年|(?P<r>今年|明年|后年|本年度?|次年))度?的?$")


class Deadline:
    """A time expression read as a deadline: span and text (in the text
    read), its date (None: a real deadline with no date, such as a sprint),
    whether the goal marks it as the end (之前, by), whether it names its
    year, and the group that read it. `beyond`: its date falls outside the
    calendar (after 9999-12-31 or before year 1), so it has none."""

    __slots__ = ("start", "end", "text", "date", "explicit", "year_given", "kind", "beyond")

    def __init__(self, start, end, text, date, explicit=False, year_given=False, kind="", beyond=False):
        self.start, self.end, self.text, self.date = start, end, text, date
        self.explicit, self.year_given, self.kind, self.beyond = explicit, year_given, kind, beyond

    def to_fact(self) -> dict:
        return {"text": self.text, "date": self.date.isoformat() if self.date else None, "span": [self.start, self.end]}

    def __repr__(self):
        return f"Deadline({self.text!r}, {self.date})"


def _never(m, pre=None) -> bool:
    return False


@dataclass(frozen=True)
class Group:
    """One alternative of the combined patterns, in one language.

    resolve(m, today, pre) -> date or None (None drops the match, unless the
    group is `undated`); skip(m, pre) -> True when the words are no deadline
    here. `year_before(m)`: a year written just before belongs to the match
    (2027年秋天). `explicit`: the words themselves mark an end (三个月内).
    `period`: a period whose date may follow it (这个冲刺结束前（12月4日）).
    `this_year_after`: "June 30 this year" is one deadline.
    """
    name: str
    pattern: str
    resolve: Callable | None = None
    skip: Callable = _never
    undated: bool = False
    explicit: bool = False
    period: bool = False
    year_before: Callable | None = None
    this_year_after: bool = False


def cn_or_int(s: str) -> int | None:
    v = parse_number(s)
    return int(v) if v is not None and float(v).is_integer() else None


def zh_year(tag: str) -> str:
    """A year written before a Chinese date, as groups y<tag> (2027年) and r<tag> (明年)."""
    return rf"(?:(?P<y{tag}>\d{{4}}|[二〇零一三四五六七八九]{{4}})年|(?P<r{tag}>今年|明年|后年|本年度?|次年))"


def roll(date: dt.date | None, today: dt.date, year_given: bool, make) -> dt.date | None:
    """A date with no year that is already over this year moves to next year."""
    if date is None or year_given or date >= today:
        return date
    return make(today.year + 1)


def year_of(m, tag: str, today: dt.date) -> tuple[int, bool]:
    """The year zh_year(tag) matched -> (year, year_given); today's year when none."""
    y, rel = m.group(f"y{tag}"), m.group(f"r{tag}")
    if y:
        return cn_or_int(y) if not y.isdigit() else int(y), True
    if rel:
        return today.year + {"明年": 1, "次年": 1, "后年": 2}.get(rel, 0), True
    return today.year, False


def prefix_year(pre, today: dt.date) -> tuple[int | None, str | None]:
    """(year, relative word) from a YEAR_BEFORE match: 2027年 -> (2027, None), 明年 -> (next year, "明年")."""
    if pre is None:
        return None, None
    if pre.group("y"):
        y = pre.group("y")
        year = int(y) if y.isdigit() else cn_or_int(y)
        return (year if year and 1900 <= year <= 2200 else None), None
    rel = pre.group("r")
    return today.year + {"明年": 1, "次年": 1, "后年": 2}.get(rel, 0), rel


def day_ok(make, year) -> bool:
    try:
        return make(year) is not None
    except (ValueError, OverflowError):
        return False


def prev_in(before: str, chars: str) -> bool:
    return bool(before) and before[-1] in chars
