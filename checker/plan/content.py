"""WHAT and HOW of one action.

WHAT: a concrete deliverable or task. The shared Specific reading
(checker.goal.specific) tells an abstract verb + abstract noun (加强服务意识,
improve communication) from a concrete object (收银操作清单, 3 training
sessions); the owner, time and method words are masked first so they do not
count as content.
HOW: a method or means (通过现场示范, 用秒表计时, through a demo, using the
POS report), from the plan word lists, or "by + -ing".
"""
from __future__ import annotations

import re

from checker.engine.registry import uses
from checker.goal.specific import read_specific
from checker.numbers import find_numbers
from checker.plan.hits import find_all

METHODS = uses("plan_method")
VAGUE_WHAT = uses("plan_vague_what")
FILLERS = uses("plan_filler")

_BY_DOING = re.compile(r"\bby\s+[a-z]+ing\b|\bwith\s+(?:a|an|the|my|our|his|her|their|feedback|help|support)\b", re.IGNORECASE)
# One-character markers of a means (用软件, 按客流, 以问卷形式) that the word
# lists cannot hold without matching 用时, 按时, 以上.
_ZH_MARKER = re.compile(r"(?<!使|费|作|实|应|利|采|运|适|信|试|通)用(?![时户于来品途料餐心力功语量电水车地人钱药具])[\u4e00-\u9fffA-Za-z]"
                        r"|按(?![时期钮键])[\u4e00-\u9fff]|以(?![上下内前后及便免来后外为])[\u4e00-\u9fff]{1,6}(?:方式|形式|为单位)")
_PERIOD_UNITS = {"天", "日", "周", "星期", "个月", "月", "年", "季度", "工作日", "个工作日",
                 "day", "days", "week", "weeks", "month", "months", "year", "years"}


def find_method(text: str) -> dict:
    hits = find_all(text, *METHODS)
    spans = [(h.start(), h.end(), h.group()) for h in hits]
    for pattern in (_BY_DOING, _ZH_MARKER):
        m = pattern.search(text)
        if m:
            spans.append((m.start(), m.end(), m.group()))
    if not spans:
        return {"kind": "none", "word": "", "span": None}
    s, e, w = min(spans)
    return {"kind": "method", "word": w, "span": [s, e]}


def _extent(pieces) -> tuple[int, int]:
    """From the first piece's start to the last one's end (pieces come unsorted: titles first)."""
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def judge_what(text: str, masked: list[tuple[int, int]]) -> dict:
    """{"kind": concrete|vague|none, "word", "span"} for the deliverable."""
    counted = [n for n in find_numbers(text)
               if n.kind != "ordinal" and n.unit and n.unit.lower() not in _PERIOD_UNITS
               and not any(s <= n.start < e for s, e in masked)]
    effort = [h for h in find_all(text, *VAGUE_WHAT)
              if not any(s <= h.start() < e for s, e in masked)]
    if effort and not counted:  # "study harder", 多练习: effort, not a deliverable
        return {"kind": "vague", "word": effort[0].group(), "span": [effort[0].start(), effort[0].end()]}
    masked = list(masked) + [(h.start(), h.end()) for h in find_all(text, *FILLERS)]
    reading = read_specific(text, masked)
    content = reading.content
    if not content and not counted:
        abstract = reading.abstract
        if not abstract:
            return {"kind": "none", "word": "", "span": None}
        s, e = _extent(abstract)
        return {"kind": "vague", "word": text[s:e], "span": [s, e]}
    if content:
        s, e = _extent(content)
    else:
        s, e = counted[0].start, counted[0].end
    return {"kind": "concrete", "word": text[s:e], "span": [s, e]}
