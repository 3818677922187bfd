"""The words around a time expression that change what it means: a start
(从4月, 6月起, starting May), a comparison (比去年同期, than last year), a
cadence (每月底, every Monday), or the mark of an end (之前, 以内, by,
no later than). Every family's skip rules and the finder read these.
"""
from __future__ import annotations

import re

# Chinese
ZH_START_AFTER = re.compile(r"^(?:起|开始|以来|起步|起算)")
ZH_START_BEFORE = ("从", "自", "由")
ZH_COMPARE_BEFORE = ("比", "较", "与", "和", "跟", "对比", "相比", "同比", "去")
ZH_COMPARED_AFTER = ("同期", "的水平", "的基础", "水平")
ZH_MARK_AFTER = re.compile(r"^(?:之前|以前|前|为止|截止|之内|以内|内|底)")
ZH_MARK_BEFORE = re.compile(r"(?:到|至|截至|截止到?|在|于|赶在|最迟|最晚)$")
# Before a bare term or season: 去年秋季学期, 上学期末, 大学期末, 两个夏天, 每年夏天 are not this one's end.
NOT_THIS_TERM = "去上前年每个几一二两三四五六七八九十大小中高初同开整那"

# A cadence with its day: 每月底, 每周五前, 每月15日前, 每个工作日下班前. A time word, no
# deadline (每周三次 and 每周五天 are counts: the day is not read there).
ZH_CADENCE = re.compile(r"每(?:个|一)?(?:月|周|星期|礼拜|年|季度|学期|工作日|天|日)"
                        r"(?:[一二三四五六日天](?![次遍回天个小分节趟场名位项])|底|末|初|中旬|上旬|下旬|\d{1,2}[日号])?"
                        r"(?:下班|上班|放学)?(?:之前|以前|前)?")

# English
EN_MARK_BEFORE = re.compile(r"(?:\bby|\bbefore|\buntil|\btill|\bno\s+later\s+than|\bon\s+or\s+before|\bdue|\bdeadline:?|\bthrough|\bto)\s+$",
                            re.IGNORECASE)
EN_START_BEFORE = re.compile(r"(?:\bfrom|\bstarting(?:\s+(?:in|on|from))?|\bbeginning|\bsince|\bafter)\s+$", re.IGNORECASE)
EN_COMPARE_BEFORE = re.compile(r"(?:(?<!later )(?<!earlier )\bthan|\bvs\.?|\bcompared\s+(?:to|with)|\blast)\s+(?:in\s+)?$", re.IGNORECASE)
TO_BEFORE = re.compile(r"\bto\s+$", re.I)
EVERY_BEFORE = re.compile(r"\b(?:every|each|per|on)\s+$", re.I)
EACH_BEFORE = re.compile(r"\b(?:every|each|per)\s+$", re.I)
# "by/before/in/during … summer": a season or a sprint named as a time, not as a thing
TIME_CONTEXT_BEFORE = re.compile(r"\b(?:by|before|until|till|in|during|over|through|throughout|within|no\s+later\s+than)\s+$", re.I)
ENDS_AFTER = re.compile(r"\s+(?:ends|is\s+over|finishes)\b", re.I)


def zh_before(m, n: int = 2) -> str:
    return m.string[max(0, m.start() - n):m.start()]


def zh_after(m, n: int = 6) -> str:
    return m.string[m.end():m.end() + n]


def en_before(m, n: int = 40) -> str:
    return m.string[max(0, m.start() - n):m.start()]


def zh_compared(m) -> bool:
    """比去年同期, 和2025年的水平: a date to compare with, not to finish by."""
    return zh_before(m).endswith(ZH_COMPARE_BEFORE) or zh_after(m).startswith(ZH_COMPARED_AFTER)


def zh_each(m) -> bool:
    """每学期, 每年夏天, 每轮迭代: a cadence."""
    return "每" in zh_before(m, 3)


def en_compared(m) -> bool:
    return EN_COMPARE_BEFORE.search(en_before(m)) is not None


def en_each(m) -> bool:
    """every summer, each sprint: a cadence."""
    return EACH_BEFORE.search(en_before(m)) is not None


def en_every(m) -> bool:
    """every Monday, per day, on Fridays."""
    return EVERY_BEFORE.search(en_before(m)) is not None


def en_time_context(m) -> bool:
    return TIME_CONTEXT_BEFORE.search(en_before(m)) is not None


def zh_starts(m) -> str:
    """The start word right after a time expression (6月起, 下个月开始), or ""; the
    expression with it is a time word, but a start, not an end."""
    found = ZH_START_AFTER.match(zh_after(m))
    return found.group() if found else ("" if zh_before(m)[-1:] not in ZH_START_BEFORE else "")


def zh_each_prefix(m) -> int:
    """The length of the 每 / 每个 / 每一 right before a time expression (每月底, 每周五), or 0."""
    if zh_before(m, 3).endswith(("每个", "每一")):
        return 2
    return 1 if zh_before(m)[-1:] == "每" else 0


def zh_generic_skip(m) -> bool:
    """For every Chinese group: a cadence (每月底, 每周五) or a start (从4月, 6月起)."""
    if zh_each_prefix(m):
        return True
    before = zh_before(m)
    return bool(ZH_START_AFTER.match(zh_after(m))) or before[-1:] in ZH_START_BEFORE


def en_generic_skip(m) -> bool:
    """For every English group: a start (from May, starting June), unless "from … to"."""
    before = en_before(m)
    return EN_START_BEFORE.search(before) is not None and not TO_BEFORE.search(before)
