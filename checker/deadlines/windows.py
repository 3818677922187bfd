"""Time windows counted from today: 三个月内, 未来两周, 半年内, 10个工作日内,
两个学期内; within 6 weeks, in the next 3 months, over the next month, in 10
business days. A cadence with a duration is a time box that ends then:
每晚11点前睡觉，坚持30天; every Monday night for 6 weeks.

A length that is the measure itself is no window: 45天周转, 4小时内响应,
3天内回复, 收到投诉后3天内 (counted from an event: a service level), "reply
within 2 days", "within 5 days of the request".
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from checker import words
from checker.dates import add_business_days, add_months, term_end
from checker.deadlines.common import CN_ANY, CN_SMALL, Group
from checker.deadlines.context import en_before
from checker.engine.registry import uses
from checker.numbers import EN_WORDS, parse_number

ZH_FIRST = rf"\d{CN_SMALL}半今未接在用花坚连"
EN_FIRST = (r"(?:by|in|before|until|during|through)\s+(?:the\s+(?:next|coming)|\d|an?\b|one|two|three|four|five|six"
            r"|seven|eight|nine|ten|eleven|twelve|half|under|less)", r"within", r"over\s+the", r"during\s+the", r"inside",
            r"for\s+(?:the\s+next\s+|\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety|half)")

CADENCE = uses("cadence")                   # a duration after a cadence is the time box it runs for
SERVICE_VERBS = uses("service_verbs")       # 回复, 响应, "reply", "resolve": what a service level times
WINDOW_EVENTS = uses("window_events_zh")    # 入职, 收到, 投诉: events a window may be counted from
_TARGET_BEFORE_ZH = re.compile(r"(?:到|至|为|控制在|保持在)$")  # 缩短到2小时以内: the target, not a deadline
_PER_BEFORE_ZH = re.compile(r"(?:每|平均|单|每次|每单|每个|每位|每笔)\S{0,2}$")
_PER_BEFORE_EN = re.compile(r"\b(?:per|each|every|average|avg)\b[^.,;]{0,30}$", re.IGNORECASE)
_EVENT_AFTER_EN = re.compile(r"\s+(?:of|after|from)\s+(?:the\s+|a\s+|each\s+)?(?:submission|receipt|request|complaint|order)", re.I)
_NUMBER_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five)\s*$")
_EN_NUMBER = "|".join(re.escape(w) for w in sorted(EN_WORDS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _service_after_zh():
    """3天内回复: the days are a service level when a service verb follows."""
    verbs = words.alternation(SERVICE_VERBS[0])
    return re.compile(rf"^(?:内|之内|以内)?(?:必须|要|须|需|都)?(?:给予|给出|全部|把)?{verbs}")


@lru_cache(maxsize=1)
def _event_before_zh():
    return re.compile(rf"{words.alternation(*WINDOW_EVENTS)}(?:后|之后|以后)?(?:的)?(?:在)?$")


@lru_cache(maxsize=1)
def _service_before_en():
    return re.compile(rf"\b{words.alternation(SERVICE_VERBS[1])}\b[^.,;]{{0,40}}$", re.IGNORECASE)


def within(today: dt.date, n_text, unit: str, plus_half: bool = False, business: bool = False):
    """today + n units (天/周/月/季度/年, day/week/fortnight/month/quarter/year)."""
    n = parse_number(n_text) if n_text else 1
    if n is None:
        return None
    if plus_half:
        n += 0.5
    unit = unit.lower().rstrip("s")
    if business or unit == "工作日":
        return add_business_days(today, int(n))
    if unit in ("学期", "semester", "term"):  # within N terms: by the end of the N-th, this one first
        return term_end(today, max(0, round(n) - 1))
    if unit in ("小时", "hour"):  # a care plan's "within 24 hours": the day it falls on
        return today + dt.timedelta(days=int(n // 24))
    days = {"天": 1, "日": 1, "day": 1, "周": 7, "星期": 7, "礼拜": 7, "week": 7, "fortnight": 14}.get(unit)
    if days:
        return today + dt.timedelta(days=round(n * days))
    if unit in ("月", "month"):
        return add_months(today, round(n)) if float(n).is_integer() else add_months(today, int(n)) + dt.timedelta(days=15)
    months = {"季度": 3, "quarter": 3, "年": 12, "year": 12}.get(unit)
    return add_months(today, round(n * months)) if months else None


def _window_zh(m, today, pre=None):
    g = m.group
    return within(today, g("win_n"), g("win_u"), bool(g("win_half")), g("win_u") == "工作日")


def _has_cadence(text: str) -> bool:
    return bool(words.find(text, *CADENCE))


def _window_zh_skip(m, pre=None) -> bool:
    g, text, start, end = m.group, m.string, m.start(), m.end()
    prefix = g("win_pre") or ""
    if prefix == "连续" and not _has_cadence(text):
        return True  # 连续30天不迟到: how long the record runs, the measure
    if not (g("win_suf") or prefix in ("未来", "未来的", "接下来", "接下来的", "今后", "用", "花", "坚持", "连续")):
        return True  # 45天, 30天周转: a duration that is the measure
    if g("win_u") == "月" and not g("win_ge") and g("win_n") != "半":
        return True  # 三月 is March (a month), not three months
    if g("win_suf") == "时间" and not g("win_pre"):
        return True
    if _event_before_zh().search(text[max(0, start - 6):start + len(g("win_pre") or "")]):
        return True  # 入职一周内, 收到投诉后3天内: counted from an event, a service level
    if g("win_u") == "小时" and (not g("win_suf") or g("win_suf") in ("之后", "以后", "后", "时间")
                                 or _TARGET_BEFORE_ZH.search(text[max(0, start - 4):start])):
        return True  # 4小时响应, 2小时后, 缩短到2小时以内: hours are the measure unless the goal is due within them
    return g("win_u") in ("天", "日", "工作日", "小时") and bool(
        _service_after_zh().match(text[end - len(g("win_suf") or ""):end + 8])
        or _PER_BEFORE_ZH.search(text[max(0, start - 4):start]))


def _window_en(m, today, pre=None):
    n = m.group("win_n")
    if n and n.lower() in ("a", "an"):
        n = "1"
    elif n and n.lower().startswith("half"):
        n = "0.5"
    return within(today, n, m.group("win_u"), business=bool(m.group("win_biz")))


def _window_en_skip(m, pre=None) -> bool:
    u, prefix, before = m.group("win_u").lower(), (m.group("win_pre") or "").lower(), en_before(m)
    if not m.group("win_n") and u.endswith("s"):
        return True  # "in the coming weeks": no number, no date
    if u.startswith("hour") and (not prefix.startswith(("within", "in the next", "over the next"))
                                 or re.search(r"\bto\s+$", before)):
        return True  # "run it in under 2 hours": a time the result takes, not a deadline
    if prefix.startswith("for"):  # "for 6 weeks" is a time box only after a cadence: every Monday night for 6 weeks
        return not _has_cadence(m.string)
    if u.startswith(("day", "hour")) and (_service_before_en().search(before) or _PER_BEFORE_EN.search(before)
                                or _EVENT_AFTER_EN.match(m.string[m.end():m.end() + 30])):
        return True  # "reply within 2 days", "within 5 days of the request"
    return prefix == "in" and _NUMBER_BEFORE.search(before) is not None


ZH_GROUPS = (
    Group("win", rf"(?P<win>(?P<win_pre>未来的?|接下来的?|今后|在|用|花|坚持|连续)?(?P<win_n>(?<!\d)(?!(?:19|20)\d\d年)\d{{1,6}}(?!\d)|[{CN_ANY}]{{1,6}}|半)"
                 rf"(?P<win_ge>个)?(?P<win_half>半)?(?P<win_u>工作日|天|日|周|星期|礼拜|(?<=[个半])月|年|季度|学期|小时)"
                 rf"(?P<win_suf>之内|以内|内|里|之后|以后|后|时间)?)",
          _window_zh, _window_zh_skip, explicit=True),
)
EN_GROUPS = (
    Group("win", rf"(?P<win>(?P<win_pre>within|within\s+the\s+next|in\s+the\s+next|over\s+the\s+next|during\s+the\s+next|in\s+the\s+coming"
                 rf"|the\s+next|in|inside|in\s+under|in\s+less\s+than|for|for\s+the\s+next)\s+(?:(?P<win_n>\d+(?:\.\d+)?|{_EN_NUMBER}|an?|half\s+an?)\s+)?"
                 rf"(?:(?P<win_biz>business|working)\s+)?(?P<win_u>hours?|days?|weeks?|fortnights?|months?|years?|quarters?)(?![A-Za-z])"
                 rf"(?P<win_suf>\s+from\s+now)?)",
          _window_en, _window_en_skip, explicit=True),
)
