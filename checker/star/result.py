"""R: the answer ends with a result, and the result is measured."""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary

EXCERPT_CHARS = 30


@detector
def no_result(answer):
    return [hit()] if "R" not in answer.present else None


@detector
def result_no_measure(answer):
    """"效果很好": a result no one can check (no number, no rank, no before and after)."""
    results = answer.by_part["R"]
    if not results or answer.measures:
        return None
    last = results[-1]
    excerpt = last.text if len(last.text) <= EXCERPT_CHARS else last.text[:EXCERPT_CHARS - 2] + "…"
    return [hit((last.start, last.end), excerpt=excerpt)]


@summary
def result_summary(answer, status, findings):
    return answer.told_summary("R", status)
