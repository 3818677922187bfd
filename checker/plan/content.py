"""WHAT and HOW of one action.

WHAT: a concrete deliverable or task. The shared specificity judge
(checker.specificity) tells an abstract verb + abstract noun (加强服务意识,
improve communication) from a concrete object (收银操作清单, 3 training
sessions); the owner, time and method words are masked first so they do not
count as content.
HOW: a method or means (通过现场示范, 用秒表计时, through a demo, using the
POS report), from the plan word lists, or "by + -ing".
"""
from __future__ import annotations

import re

from checker.numbers import find_numbers
from checker.plan.hits import both, find_all
from checker.specificity import judge_specific

_BY_DOING = re.compile(r"\bby\s+[a-z]+ing\b|\bwith\s+(?:a|an|the)\s+[a-z]+", re.IGNORECASE)
_PERIOD_UNITS = {"天", "日", "周", "星期", "个月", "月", "年", "季度", "工作日", "个工作日",
                 "day", "days", "week", "weeks", "month", "months", "year", "years"}


def find_method(text: str) -> dict:
    hits = find_all(text, *both("plan_method"))
    m = _BY_DOING.search(text)
    spans = [(h.start(), h.end(), h.group()) for h in hits]
    if m:
        spans.append((m.start(), m.end(), m.group()))
    if not spans:
        return {"kind": "none", "word": "", "span": None}
    s, e, w = min(spans)
    return {"kind": "method", "word": w, "span": [s, e]}


def judge_what(text: str, masked: list[tuple[int, int]]) -> dict:
    """{"kind": concrete|vague|none, "word", "span"} for the deliverable."""
    counted = [n for n in find_numbers(text)
               if n.kind != "ordinal" and n.unit and n.unit.lower() not in _PERIOD_UNITS
               and not any(s <= n.start < e for s, e in masked)]
    status, details = judge_specific(text, masked)
    content = details["content"]
    if status == "fail" and not counted:
        abstract = details["abstract"]
        if not abstract:
            return {"kind": "none", "word": "", "span": None}
        s, e = abstract[0][0], abstract[-1][1]
        return {"kind": "vague", "word": text[s:e], "span": [s, e]}
    if content:
        s, e = content[0][0], content[-1][1]
    else:
        s, e = counted[0].start, counted[0].end
    return {"kind": "concrete", "word": text[s:e], "span": [s, e]}
