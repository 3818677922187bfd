"""Does a result sentence carry a measure (a number or a checkable standard)?

Numbers come from checker.numbers (the shared parser). A number that only
says when ("三个月后", "within 2 weeks") is not a measure of the result;
a rank, a doubling or zero-defects is.
"""
from __future__ import annotations

import re

from checker.numbers import find_numbers
from checker.star.cues import CHANGE

_PERIOD_UNITS = {"天", "日", "周", "星期", "个月", "月", "年", "季度", "周年", "工作日", "个工作日",
                 "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters"}
_RANK_OR_STANDARD = re.compile(
    r"零投诉|零差错|零失误|零事故|第[一二三1-3]名|前[三十3]名|排名第[一二三1-3]|全(?:省|市|行|区|国|公司|部门|组)第[一二三1-3]"
    r"|翻了?[一两]?番|翻倍|减半|百分之百|满分|全部通过|一次通过|按时|如期|提前完成|提前上线"
    r"|提前[0-9一二两三四五六七八九十]+(?:个)?(?:天|周|个月|月)"
    r"|\b(?:[0-9]+|one|two|three|four|five|six|ten) (?:days?|weeks?|months?) (?:ahead of|early|before)\b"
    r"|\b(?:on time|on schedule|ahead of schedule|doubled|tripled|halved|(?:by|in) half|top (?:seller|performer|salesperson|sales rep)|number one|no\.\s?1|zero(?:\s+[a-z]+)?\s+(?:complaints|errors|defects|incidents|bugs|mistakes|accidents|issues)|first place|top (?:three|five|ten|[0-9]+)|ranked (?:first|second|third|#?[0-9]+))\b",
    re.IGNORECASE,
)


def find_measure(text: str) -> str | None:
    """The words that measure the result, or None."""
    m = CHANGE.search(text)
    if m:
        return m.group().strip()
    m = _RANK_OR_STANDARD.search(text)
    if m:
        return m.group()
    for num in find_numbers(text):
        if num.kind == "ordinal":
            continue
        if num.kind == "plain" and num.unit.lower() in _PERIOD_UNITS:
            continue
        return num.text
    return None
