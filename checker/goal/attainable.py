"""Attainable (A): is the change plausible in the time allowed?

Reasons from the baseline -> target changes (changes.py) and the days until
the deadline. Thresholds (checker/README.md): a drop to zero or 100 % is
implausible; tenfold within a year, or fivefold within a quarter, is
implausible; doubling or halving within about two months is ambitious (warn);
"no English" to 四级 in a year is implausible. No baseline: unknown.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from checker import data_loader, words
from checker.engine.registry import detector, hit, summary, uses
from checker.goal.measurable import ZERO_TARGET

FAIL_RATIO_YEAR = 10.0     # x10 within a year
FAIL_RATIO_QUARTER = 5.0   # x5 within ~3 months
WARN_RATIO = 2.0           # doubling / halving ...
WARN_DAYS = 62             # ... within about two months
WARN_RATIO_HALF_YEAR = 3.0  # x3 within half a year
BEGINNER_HARD_DAYS = 400   # from no English to 四级 needs more than about a year

BEGINNER = uses("beginner")
ABSOLUTE = uses("absolute")
HARD_TARGETS = uses("hard_targets")


@lru_cache(maxsize=1)
def _starting_points() -> words.Lexicon:
    tags = {}
    for names, tag in ((BEGINNER, "beginner"), (ABSOLUTE, "absolute")):
        for name in names:
            for w in data_loader.lexicon(name):
                tags.setdefault(w, tag)
    return words.Lexicon(list(tags), tags=tags)


class AttainableReading(NamedTuple):
    """absolute: span of a target of zero or 100 % (a change to 0, 零投诉);
    beginner: span of a starting point of nothing (零基础), stretched to the
    hard target after it (四级), and that target; worst: the change with the
    biggest ratio, when the goal has changes."""
    absolute: tuple | None
    beginner: tuple | None
    hard: tuple | None
    worst: dict | None


def read_attainable(goal) -> AttainableReading:
    text, changes = goal.norm, goal.changes
    hits = _starting_points().find_tagged(text)  # one scan for both lists
    absolute_span = beginner_span = hard = worst = None
    for c in changes:
        if c.get("to") == 0:
            absolute_span = tuple(c["span"])
            break
    beginner = None
    for h in hits:
        if h[3] == "absolute" and absolute_span is None:
            absolute_span = (h[0], h[1])
        elif h[3] == "beginner" and beginner is None:
            beginner = h
    if absolute_span is None:
        zero = ZERO_TARGET.search(text)
        absolute_span = (zero.start(), zero.end()) if zero else None
    if beginner is not None:
        found = words.find(text, *HARD_TARGETS)
        hard = found[0] if found else None
        beginner_span = (beginner[0], hard[1] if hard else beginner[1])
    if changes:
        worst = max(changes, key=lambda c: (c["ratio"] if c["ratio"] is not None else 0,
                                            c["from"] is not None and c["to"] is not None))
    return AttainableReading(absolute_span, beginner_span, hard, worst)


def _fmt_ratio(r) -> str:
    return f"{r:.1f}".rstrip("0").rstrip(".") if r is not None and r != float("inf") else "∞"


def _hit(goal, span, ratio=None):
    days = goal.days_left
    if goal.lang == "zh":
        window = f"而离期限只有 {days} 天" if days is not None and days >= 0 else "而且没有写期限"
    else:
        window = f"with {days} days to go" if days is not None and days >= 0 else "with no deadline"
    return [hit(span, word=goal.words(*span) if span else "", ratio=_fmt_ratio(ratio),
                days=days if days is not None else "?", window=window)]


def _ratio_days(goal):
    """The biggest change's ratio and the days it has (None: no deadline, or one already past)."""
    worst = goal.attainable.worst
    days = goal.days_left
    return worst["ratio"], days if days is None or days >= 0 else None


@detector
def absolute_target(goal):
    """A target of zero or 100 %: one slip and it is missed."""
    span = goal.attainable.absolute
    return _hit(goal, span) if span else None


@detector
def unrealistic(goal):
    """From nothing to a hard target within about a year, or tenfold within a
    year / fivefold within a quarter."""
    reading = goal.attainable
    if reading.beginner is not None:
        days = goal.days_left
        if reading.hard and (days is None or days <= BEGINNER_HARD_DAYS):
            return _hit(goal, reading.beginner)
        return None
    if reading.worst is None or reading.worst["ratio"] is None:
        return None
    ratio, days = _ratio_days(goal)
    if (ratio >= FAIL_RATIO_YEAR and (days is None or days <= 366)) \
            or (ratio >= FAIL_RATIO_QUARTER and days is not None and days <= 92):
        return _hit(goal, reading.worst["span"], ratio)
    return None


@detector
def big_jump(goal):
    """Doubling or halving within about two months, x3 within half a year, or x10 at all."""
    reading = goal.attainable
    if reading.beginner is not None or reading.worst is None or reading.worst["ratio"] is None:
        return None
    ratio, days = _ratio_days(goal)
    if (ratio >= WARN_RATIO and days is not None and days <= WARN_DAYS) \
            or (ratio >= WARN_RATIO_HALF_YEAR and (days is None or days <= 183)) or ratio >= FAIL_RATIO_YEAR:
        return _hit(goal, reading.worst["span"], ratio)
    return None


@detector
def no_baseline(goal):
    """No starting point to judge the target from: ask for today's level."""
    reading = goal.attainable
    return _hit(goal, None) if reading.beginner is None and not goal.changes else None


@summary
def attainable_summary(goal, status, findings):
    """The change a passed goal makes (or its starting point)."""
    if status != "pass":
        return None
    if goal.changes:
        return {"change": goal.words(*goal.changes[0]["span"])}
    reading = goal.attainable
    span = reading.beginner or (reading.worst["span"] if reading.worst else None)
    return {"change": goal.words(*span) if span else ""}
