"""S: the answer sets the scene (when, where, what was wrong)."""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary


@detector
def no_situation(answer):
    return [hit()] if "S" not in answer.present else None


@summary
def situation_summary(answer, status, findings):
    return answer.told_summary("S", status)
