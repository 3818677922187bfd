"""CHECK and ACT of PDCA, over the whole plan.

Check: an action that reviews progress (检查, 复盘, 对比, review, compare …)
with a concrete cadence (每周五, every Friday; not just 定期/regularly) and
something it compares (实际与目标, against the target …).
Act: an action that says what happens when the check shows a gap: a
trigger (如果/低于/超过/未达标, if/below/behind …) and a correction (调整,
加派, 一对一陪练, retrain, add …). "根据检查结果及时调整" has no trigger.
"""
from __future__ import annotations

import re

from checker import words
from checker.engine.registry import uses
from checker.plan.hits import find_all

REVIEWS = uses("plan_review")
COMPARES = uses("plan_compare")
GAPS = uses("plan_gap")
FIXES = uses("plan_fix")
GENERIC_ACTS = uses("plan_generic_act")
from checker.plan.timing import CADENCE_LISTS, WEEKDAY_AFTER, vague_cadence_words

# 如/若 opening a clause is "if" (如平均用时超过……); 如何/如下/如期/若干 are not.
_RU_IF = re.compile(r"(?:^|[，,；;。:：\s])(如|若)(?![何下期实同此今果意愿干])")


_CLAUSE_END = re.compile(r"[，,；;。.!?！？|｜]")


def _concrete_cadence(text: str):
    vague = vague_cadence_words()
    for s, e, w in words.find(text, *CADENCE_LISTS):
        if w.lower() not in vague:
            day = WEEKDAY_AFTER.match(text, e)  # 每周 + 五 = 每周五
            if day:
                e = day.end()
            return (s, e, text[s:e])
    return None


def review_of(line: str) -> dict | None:
    """How well one line works as the Check step, or None if it reviews nothing."""
    review = find_all(line, *REVIEWS)
    if not review:
        return None
    cadence = _concrete_cadence(line)
    compare = find_all(line, *COMPARES)
    compared = None
    if compare:  # the words from the comparison to the end of its clause: 对比平均收银时长与两分钟目标
        start = compare[0].start()
        end = _CLAUSE_END.search(line, compare[0].end())
        compared = line[start:end.start() if end else len(line)][:80].strip()
    return {"span": [review[0].start(), review[0].end()], "word": review[0].group(),
            "cadence": cadence[2] if cadence else None, "compare": compared,
            "score": 1 + bool(cadence) + bool(compare)}


def correction_of(line: str) -> dict | None:
    """How well one line works as the Act step, or None if it corrects nothing."""
    gaps = find_all(line, *GAPS)
    ru = _RU_IF.search(line)
    trigger = (gaps[0].start(), gaps[0].end(), gaps[0].group()) if gaps else None
    if ru and (trigger is None or ru.start(1) < trigger[0]):
        trigger = (ru.start(1), ru.end(1), ru.group(1))
    fixes = find_all(line, *FIXES)
    generic = find_all(line, *GENERIC_ACTS)
    if trigger and fixes:
        return {"kind": "triggered", "word": trigger[2], "span": [trigger[0], fixes[-1].end()]}
    if generic:
        return {"kind": "generic", "word": generic[0].group(), "span": [generic[0].start(), generic[0].end()]}
    return None
