"""Attainable (A): is the change plausible in the time allowed?

Reasons from the baseline -> target changes (changes.py) and the days until
the deadline. Thresholds (checker/README.md): a drop to zero or 100 % is
implausible; tenfold within a year, or fivefold within a quarter, is
implausible; doubling or halving within about two months is ambitious (warn);
"no English" to 四级 in a year is implausible. No baseline: unknown.
"""
from __future__ import annotations

import datetime as dt

from functools import lru_cache

from checker import data_loader, words
from checker.measure import ZERO_TARGET

FAIL_RATIO_YEAR = 10.0     # x10 within a year
FAIL_RATIO_QUARTER = 5.0   # x5 within ~3 months
WARN_RATIO = 2.0           # doubling / halving ...
WARN_DAYS = 62             # ... within about two months
WARN_RATIO_HALF_YEAR = 3.0  # x3 within half a year


@lru_cache(maxsize=1)
def _starting_points() -> words.Lexicon:
    tags = {}
    for name, tag in (("beginner_zh", "beginner"), ("beginner_en", "beginner"),
                      ("absolute_zh", "absolute"), ("absolute_en", "absolute")):
        for w in data_loader.lexicon(name):
            tags.setdefault(w, tag)
    return words.Lexicon(list(tags), tags=tags)


def judge_attainable(text, changes, deadline, today: dt.date, masked):
    """-> (status, rule id or None, details)"""
    days = (deadline.date - today).days if deadline else None
    details = {"days": days, "changes": changes}
    hits = _starting_points().find_tagged(text)  # one scan for both lists
    beginner = [h[:3] for h in hits if h[3] == "beginner"]
    absolute = [h[:3] for h in hits if h[3] == "absolute"]
    for c in changes:
        if c.get("to") == 0:
            details["span"] = c["span"]
            return "fail", "A-absolute-target", details
    zero = ZERO_TARGET.search(text)
    if zero and not absolute:
        absolute = [(zero.start(), zero.end(), zero.group())]
    if absolute:
        details["span"] = [absolute[0][0], absolute[0][1]]
        details["word"] = absolute[0][2]
        return "fail", "A-absolute-target", details
    if beginner:
        hard = words.find(text, "hard_targets_zh", "hard_targets_en")
        details["span"] = [beginner[0][0], (hard[0][1] if hard else beginner[0][1])]
        if hard and (days is None or days <= 400):
            details["word"] = hard[0][2]
            return "fail", "A-unrealistic", details
        return "pass", None, details
    if not changes:
        return "unknown", "A-no-baseline", details
    worst = max(changes, key=lambda c: (c["ratio"] if c["ratio"] is not None else 0,
                                        c["from"] is not None and c["to"] is not None))
    if worst["ratio"] is None:  # a start from zero: a baseline, but no ratio to judge
        details["span"] = worst["span"]
        return "pass", None, details
    ratio = worst["ratio"]
    details["span"] = worst["span"]
    details["ratio"] = ratio
    if days is not None and days < 0:
        days = None
    if ratio >= FAIL_RATIO_YEAR and (days is None or days <= 366):
        return "fail", "A-unrealistic", details
    if ratio >= FAIL_RATIO_QUARTER and days is not None and days <= 92:
        return "fail", "A-unrealistic", details
    if ratio >= WARN_RATIO and days is not None and days <= WARN_DAYS:
        return "warn", "A-big-jump", details
    if ratio >= WARN_RATIO_HALF_YEAR and (days is None or days <= 183):
        return "warn", "A-big-jump", details
    if ratio >= FAIL_RATIO_YEAR:
        return "warn", "A-big-jump", details
    return "pass", None, details
