"""WHEN: the date or period an action is done by, read with the shared
deadline parser (checker.deadlines), or a cadence for recurring actions.

Returns what was read and where; check.py compares it with the goal's
deadline and with today.
"""
from __future__ import annotations

import datetime as dt
import re

from functools import lru_cache

from checker import data_loader, words
from checker.dates import add_months, safe_date
from checker.engine.registry import uses
from checker.deadlines import find_deadlines, first_beyond, first_undated, pick_deadline
from checker.numbers import parse_number


CADENCE_LISTS = uses("cadence", "plan_cadence")
VAGUE_CADENCES = uses("plan_vague_cadence")
VAGUE_TIME = uses("vague_time")


@lru_cache(maxsize=1)
def vague_cadence_words() -> frozenset:
    """定期, regularly …: a cadence that still leaves the day open."""
    return frozenset(w.lower() for name in VAGUE_CADENCES for w in data_loader.lexicon(name))


def _vague_cadence(word: str) -> bool:
    return word.lower() in vague_cadence_words()


# The shared parser skips start dates (a goal's deadline is never its start);
# for an action the start is its when. Blank the start words (same length,
# so spans stay valid) and read again.
_START_WORDS = re.compile(r"\b(?:starting(?:\s+(?:in|on|from))?|beginning|from|since)\b|(?<=[日号月周天])(?:起|开始)|^(?:从|自)",
                          re.IGNORECASE)


WEEKDAY_AFTER = re.compile(r"[一二三四五六日天]|[0-9]{1,2}[日号]")


def _start_date(text: str, today: dt.date):
    blanked = _START_WORDS.sub(lambda m: " " * len(m.group()), text)
    if blanked == text:
        return None
    return pick_deadline(find_deadlines(blanked, today))


# Plan-relative times the shared parser (made for goals) does not read:
# 第2周 / week 2 / 前两周 / in the first 3 weeks / 第二个月 / 11/20 (month/day).
_N = r"([0-9]{1,2}|[一二两三四五六七八九十]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_RELATIVE = re.compile(
    rf"第{_N}(?:个)?(?P<zu>周|星期|个星期|个月|月)(?![份底末初])"
    rf"|[前头]{_N}(?:个)?(?P<zu2>周|星期|个星期|天|日|个月)(?:内)?"
    rf"|\b(?:by |in |during |end of )?(?P<eu>week|month) {_N}\b"
    rf"|\b(?:in|within|during) the first {_N} (?P<eu2>days?|weeks?|months?)\b"
    # 11/20 only as a date when it reads as one (11/20前, by 11/20), never 1/5 of the clients
    r"|(?:(?<=by )|(?<=before )|(?<=due )|(?<=截止)|(?<=于)|(?<=在))(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/])"
    r"|(?<![0-9/])(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12][0-9]|0?[1-9])(?=之前|以前|前|截止|完成)",
    re.IGNORECASE,
)
_UNIT_DAYS = {"周": 7, "星期": 7, "个星期": 7, "week": 7, "weeks": 7, "天": 1, "日": 1, "day": 1, "days": 1}


def _relative_when(text: str, today: dt.date):
    try:
        return _relative_date(text, today)
    except (OverflowError, ValueError):  # week 2 of a plan when today is 9999-12-31: no such day
        return None


def _relative_date(text: str, today: dt.date):
    m = _RELATIVE.search(text)
    if not m:
        return None
    if m.group("m") or m.group("m2"):
        month, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m2"), m.group("d2"))
        date = safe_date(today.year, int(month), int(day))
        if date is None:
            return None
        if date < today:
            date = safe_date(today.year + 1, date.month, date.day) or date
        return m, date
    n_text = next(g for g in m.groups() if g and g.lower() not in _UNIT_DAYS and g not in ("个月", "月", "month", "months")
                  and not g.lower().startswith(("week", "month", "day")))
    n = parse_number(n_text)
    if not n or n > 60:
        return None
    unit = (m.group("zu") or m.group("zu2") or m.group("eu") or m.group("eu2") or "").lower()
    if unit in ("个月", "月", "month", "months"):
        return m, add_months(today, int(n))
    return m, today + dt.timedelta(days=int(n) * _UNIT_DAYS.get(unit, 7))


def read_times(text: str, today: dt.date) -> tuple[dict, list[tuple[int, int]]]:
    """(the action's when, the spans of every time expression in `text`), reading
    the text once: a plan of 40 long actions must not parse each twice."""
    deadlines = find_deadlines(text, today)
    start = _start_date(text, today)
    relative = _relative_when(text, today)
    spans = [(d.start, d.end) for d in deadlines]
    if start is not None:
        spans.append((start.start, start.end))
    if relative is not None:
        spans.append((relative[0].start(), relative[0].end()))
    spans += [(s, e) for s, e, _ in words.find(text, *CADENCE_LISTS, *VAGUE_TIME, *VAGUE_CADENCES)]
    return _when(text, deadlines, start, relative), sorted(spans)


def read_when(text: str, today: dt.date) -> dict:
    return read_times(text, today)[0]


def _when(text: str, deadlines, start, relative) -> dict:
    """{"kind": date|cadence|undated|beyond|vague|none, "word", "span", "date"?} (span in `text`)."""
    picked = pick_deadline(deadlines)
    cadences = [h for h in words.find(text, *CADENCE_LISTS) if not _vague_cadence(h[2])]
    if picked is not None:
        return {"kind": "date", "word": picked.text, "span": [picked.start, picked.end],
                "date": picked.date, "cadence": bool(cadences), "year_given": picked.year_given}
    if relative is not None:
        m, date = relative
        return {"kind": "date", "word": m.group().strip(), "span": [m.start(), m.end()], "date": date,
                "cadence": bool(cadences), "year_given": False}
    if start is not None:  # "starting January 10", "12月1日起": an ongoing action that begins then
        return {"kind": "date", "word": start.text, "span": [start.start, start.end], "date": start.date,
                "cadence": bool(cadences), "year_given": start.year_given, "start": True}
    if cadences:
        s, e, w = cadences[0]
        day = WEEKDAY_AFTER.match(text, e)  # 每周 + 五 = 每周五
        if day:
            e = day.end()
        return {"kind": "cadence", "word": text[s:e], "span": [s, e]}
    undated = first_undated(deadlines)
    if undated is not None:  # 下个迭代结束前, by the end of the sprint: a real deadline, no date
        return {"kind": "undated", "word": undated.text, "span": [undated.start, undated.end]}
    beyond = first_beyond(deadlines)
    if beyond is not None:  # 10000年内: past the end of the calendar
        return {"kind": "beyond", "word": beyond.text, "span": [beyond.start, beyond.end]}
    vague = words.find(text, *VAGUE_TIME, *VAGUE_CADENCES)
    if vague:
        s, e, w = vague[0]
        return {"kind": "vague", "word": w, "span": [s, e]}
    return {"kind": "none", "word": "", "span": None}
