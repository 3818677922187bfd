"""WHEN: the date or period an action is done by, read with the shared
deadline parser (checker.deadline), or a cadence for recurring actions.

Returns what was read and where; check.py compares it with the goal's
deadline and with today.
"""
from __future__ import annotations

import datetime as dt
import re

from functools import lru_cache

from checker import data_loader, words
from checker.deadline import find_deadlines, pick_deadline


CADENCE_LISTS = ("cadence_zh", "cadence_en", "plan_cadence_zh", "plan_cadence_en")


@lru_cache(maxsize=1)
def vague_cadence_words() -> frozenset:
    """定期, regularly …: a cadence that still leaves the day open."""
    return frozenset(w.lower() for name in ("plan_vague_cadence_zh", "plan_vague_cadence_en")
                     for w in data_loader.lexicon(name))


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


def read_when(text: str, today: dt.date) -> dict:
    """{"kind": date|cadence|vague|none, "word", "span", "date"?} (span in `text`)."""
    deadlines = find_deadlines(text, today)
    picked = pick_deadline(deadlines)
    cadences = [h for h in words.find(text, *CADENCE_LISTS) if not _vague_cadence(h[2])]
    if picked is not None:
        return {"kind": "date", "word": picked.text, "span": [picked.start, picked.end],
                "date": picked.date, "cadence": bool(cadences), "year_given": picked.year_given}
    start = _start_date(text, today)
    if start is not None:  # "starting January 10", "12月1日起": an ongoing action that begins then
        return {"kind": "date", "word": start.text, "span": [start.start, start.end], "date": start.date,
                "cadence": bool(cadences), "year_given": start.year_given, "start": True}
    if cadences:
        s, e, w = cadences[0]
        day = WEEKDAY_AFTER.match(text, e)  # 每周 + 五 = 每周五
        if day:
            e = day.end()
        return {"kind": "cadence", "word": text[s:e], "span": [s, e]}
    vague = words.find(text, "vague_time_zh", "vague_time_en", "plan_vague_cadence_zh", "plan_vague_cadence_en")
    if vague:
        s, e, w = vague[0]
        return {"kind": "vague", "word": w, "span": [s, e]}
    return {"kind": "none", "word": "", "span": None}


def time_spans(text: str, today: dt.date) -> list[tuple[int, int]]:
    """Every time expression in `text` (dates, cadences, vague time)."""
    spans = [(d.start, d.end) for d in find_deadlines(text, today)]
    start = _start_date(text, today)
    if start is not None:
        spans.append((start.start, start.end))
    spans += [(s, e) for s, e, _ in words.find(text, *CADENCE_LISTS, "vague_time_zh", "vague_time_en",
                                                 "plan_vague_cadence_zh", "plan_vague_cadence_en")]
    return sorted(spans)
