"""find_deadlines(text, today): every time expression of the families,
Chinese and English, resolved against `today`; pick_deadline chooses the
goal's deadline among them.

Each family module (calendar, periods, school, boxes, windows) declares its
groups: pattern, resolver and skip rule side by side. Here they are joined
into one alternation per language, so a text is scanned once. Where two
groups can match at the same place, the first in the order below wins (a
month and day, 2027年6月, must be tried before the year alone, 2027年), so
the order is part of the meaning: add a new group where it belongs in it.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import islice

from checker.deadlines import boxes, calendar, periods, school, windows
from checker.deadlines.common import YEAR_BEFORE, Deadline
from checker.deadlines.context import (EN_MARK_BEFORE, EN_START_BEFORE, ZH_CADENCE, ZH_MARK_AFTER, ZH_MARK_BEFORE, en_generic_skip,
                                       zh_generic_skip, zh_starts)
from checker.deadlines.events import event_deadlines
from checker.words import Spans

FAMILIES = (calendar, periods, school, boxes, windows)
ZH_ORDER = ("iso", "term", "syr", "tbox", "vac", "sea", "md", "qt", "hf", "yo", "fy", "thisq", "nextq", "thism", "nextm",
            "yr", "wk", "day", "dd", "hol", "clk", "win")
EN_ORDER = ("iso", "us", "md", "dm", "mo", "nextm", "thism", "qt", "term", "syr", "brk", "tbox", "sea", "fy", "nextq",
            "thisq", "hf", "nexty", "thisy", "yo", "wk", "hol", "wd", "clk", "day", "dth", "win")

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_ASCII_RUN = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
# A period whose date the goal gives right after it, and the words between:
# "before the winter break ends on February 20", 这个冲刺结束前（12月4日）.
_DATE_OF_PERIOD = re.compile(r"\s*(?:[(（]\s*(?:(?:which|that)\s+)?(?:(?:ends?|ending|finishes|is\s+over|结束于|截至|即|也就是)\s*)?(?:on\s+)?"
                             r"|(?:(?:which|that)\s+)?(?:ends?|ending|finishes|is\s+over)\s+(?:on\s+)?|on\s+)", re.I)


# A goal or an action names a handful of times; past this many matches the
# rest of a text (1月1月1月…) is not read, so the work per text has a bound.
MAX_TIMES = 64
BEYOND = object()  # a date past the end of the calendar (10000年内; 明年 when today is 9999-12-31)


def _resolve(group, m, today, pre=None):
    """The group's date, None, or BEYOND: date arithmetic past year 9999 (or
    before year 1) is a finding about the goal, never a crash."""
    if group.undated:
        return None
    try:
        return group.resolve(m, today, pre)
    except (OverflowError, ValueError):
        return BEYOND


def _deadline(start, end, text, date, explicit, year_given=False, kind="") -> Deadline:
    if date is BEYOND:
        return Deadline(start, end, text, None, explicit, year_given, kind, beyond=True)
    return Deadline(start, end, text, date, explicit, year_given, kind)


def _en_groups(family) -> tuple:
    return family.en_groups() if hasattr(family, "en_groups") else family.EN_GROUPS


@lru_cache(maxsize=1)
def _chinese():
    groups = {g.name: g for f in FAMILIES for g in f.ZH_GROUPS}
    first = "".join(dict.fromkeys("".join(f.ZH_FIRST.replace(r"\d", "") for f in FAMILIES)))
    body = "\n| ".join(groups[name].pattern for name in ZH_ORDER)
    # the character class is a cheap test before trying the alternatives
    return re.compile(rf"(?=[\d{first}])(?:{body})", re.VERBOSE), groups


@lru_cache(maxsize=1)
def _english():
    groups = {g.name: g for f in FAMILIES for g in _en_groups(f)}
    first = "|".join(dict.fromkeys(alt for f in FAMILIES for alt in f.EN_FIRST))
    body = "\n| ".join(groups[name].pattern for name in EN_ORDER)
    return re.compile(rf"(?<![A-Za-z0-9])(?={first})(?:{body})(?![A-Za-z])", re.VERBOSE | re.IGNORECASE), groups


@lru_cache(maxsize=1)
def period_kinds() -> frozenset:
    """Groups whose date may follow them, plus the events (kind "evt")."""
    return frozenset({g.name for f in FAMILIES for g in (*f.ZH_GROUPS, *_en_groups(f)) if g.period} | {"evt"})


def _chinese_deadlines(text: str, today: dt.date, others: list) -> list[Deadline]:
    regex, groups = _chinese()
    out = []
    for m in islice(regex.finditer(text), MAX_TIMES):
        group = groups[m.lastgroup]
        start, pre = m.start(), None
        if group.year_before is not None and group.year_before(m):
            pre = YEAR_BEFORE.search(text, max(0, start - 8), start)
            if pre is not None:
                start = pre.start()
        if zh_generic_skip(m) or group.skip(m, pre):
            if zh_starts(m):  # 下个月起: a time word all the same
                others.append((m.start(), m.end() + len(zh_starts(m))))
            continue
        date = _resolve(group, m, today, pre)
        if date is None and not group.undated:
            continue
        end = m.end()
        mark = ZH_MARK_AFTER.match(text[end:end + 3])  # extend over a trailing 之前/前/内
        if mark:
            end += mark.end()
        explicit = bool(mark) or bool(ZH_MARK_BEFORE.search(text[max(0, m.start() - 4):m.start()])) or group.explicit
        year_given = "年" in text[start:m.end()] or _FOUR_DIGITS.search(text, start, m.end()) is not None
        out.append(_deadline(start, end, text[start:end], date, explicit, year_given, m.lastgroup))
    return out


def _english_matches(regex, text: str, has_han: bool):
    """The English pattern over the whole text, or only over its ASCII
    stretches when the text is mostly Chinese (Han cannot start an English date)."""
    if not has_han:
        yield from regex.finditer(text)
        return
    for run in _ASCII_RUN.finditer(text):
        yield from regex.finditer(text, run.start(), run.end())


def _english_deadlines(text: str, today: dt.date, has_han: bool, taken: Spans, others: list) -> list[Deadline]:
    regex, groups = _english()
    out = []
    for m in islice(_english_matches(regex, text, has_han), MAX_TIMES):
        if taken.covers(m.start()):
            continue
        group = groups[m.lastgroup]
        if en_generic_skip(m) or group.skip(m):
            before = text[max(0, m.start() - 25):m.start()]
            start_word = EN_START_BEFORE.search(before)  # "starting in March": the start word too
            others.append((m.start() - (len(before) - start_word.start()) if start_word else m.start(), m.end()))
            continue
        date = _resolve(group, m, today)
        if date is None and not group.undated:
            continue
        before = text[max(0, m.start() - 25):m.start()]
        mark = EN_MARK_BEFORE.search(before)  # "by June 30": the deadline includes its "by"
        start = m.start() - (len(before) - mark.start()) if mark else m.start()
        end = m.end()
        if group.this_year_after:  # "June 30 this year" is one deadline
            tail = calendar.this_year_after(text, end)
            if tail:
                end += tail.end()
        out.append(_deadline(start, end, text[start:end], date, bool(mark) or group.explicit, kind=m.lastgroup))
    return out


def find_times(text: str, today: dt.date) -> tuple[list[Deadline], list[tuple[int, int]]]:
    """(the deadlines, the spans of the other time expressions: starts such as
    下个月起, cadences such as 每月底, which are no deadline but no content either)."""
    has_han = _HAN.search(text) is not None
    has_latin = _LATIN.search(text) is not None
    others: list[tuple[int, int]] = []
    out = _chinese_deadlines(text, today, others) if has_han else []
    if has_han:
        others += [m.span() for m in ZH_CADENCE.finditer(text)]
    if not has_han or has_latin:
        out += _english_deadlines(text, today, has_han, Spans((d.start, d.end) for d in out), others)
    out += event_deadlines(text, has_han, has_latin)
    return _keep_longest(text, out), others


def find_deadlines(text: str, today: dt.date) -> list[Deadline]:
    return find_times(text, today)[0]


def _keep_longest(text: str, found: list[Deadline]) -> list[Deadline]:
    """Overlapping readings of the same words: keep the longest, unless it has
    no date and a reading inside it has one. A date right after a period says
    when the period ends, and is the deadline in its place."""
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Deadline] = []
    periods_ = period_kinds()
    for d in found:
        if kept and d.start < kept[-1].end:
            if kept[-1].date is None and d.date is not None:  # "before the March exam": the month dates the event
                d.explicit = d.explicit or kept[-1].explicit
                kept[-1] = d
            continue
        if kept and kept[-1].kind in periods_ and d.date is not None \
                and _DATE_OF_PERIOD.fullmatch(text, kept[-1].end, d.start):
            d.explicit = d.explicit or kept[-1].explicit
            kept[-1] = d
            continue
        kept.append(d)
    return kept


def pick_deadline(deadlines: list[Deadline]) -> Deadline | None:
    """The goal's deadline: the latest of the marked ones (初稿下周五前，终稿月底前 -> 月底).
    Only dated ones: a time box with no date (本轮迭代) is never the deadline."""
    dated = [d for d in deadlines if d.date is not None]
    if not dated:
        return None
    marked = [d for d in dated if d.explicit] or dated
    return max(marked, key=lambda d: d.date)


def first_undated(deadlines: list[Deadline]) -> Deadline | None:
    """The first time box with no date (这个冲刺结束前, by the end of the sprint), if any."""
    return next((d for d in deadlines if d.date is None and not d.beyond), None)


def first_beyond(deadlines: list[Deadline]) -> Deadline | None:
    """The first deadline past the end of the calendar (10000年内), if any."""
    return next((d for d in deadlines if d.beyond), None)
