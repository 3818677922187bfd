"""T: the answer says what the speaker had to achieve."""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary


@detector
def no_task(answer):
    return [hit()] if "T" not in answer.present else None


@summary
def task_summary(answer, status, findings):
    return answer.told_summary("T", status)
