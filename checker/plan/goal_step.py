"""GOAL: the goal the plan serves is itself SMART (its own report, from check_goal)."""
from __future__ import annotations

from checker.engine.report import STATUS_MARKS
from checker.engine.registry import detector, hit, summary


def _letters(plan, statuses) -> list[str]:
    return [k for k, v in plan.goal_report["criteria"].items() if v["status"] in statuses]


@detector
def goal_not_smart(plan):
    if plan.goal_report["verdict"] == "pass":
        return None
    letters = ("、" if plan.lang == "zh" else ", ").join(_letters(plan, ("warn", "fail")))
    return [hit((0, len(plan.goal_text)), letters=letters)]


@summary
def goal_summary(plan, status, findings):
    if status != "pass":
        return None
    marks = " ".join(f"{k}{STATUS_MARKS.get(v['status'], '?')}" for k, v in plan.goal_report["criteria"].items())
    return f"目标符合 SMART（{marks}）。" if plan.lang == "zh" else f"The goal is SMART ({marks})."
