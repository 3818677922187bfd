"""WHAT: every action names a deliverable someone can see (content.py reads it)."""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary
from checker.plan.parts import actions_reading, actions_summary


@detector
def no_actions(plan):
    """A goal with no actions: the plan stays on paper (this also decides who, when and how)."""
    return [hit()] if not plan.actions else None


@detector
def what_missing(plan):
    return actions_reading(plan, "what", ("none",))


@detector
def what_vague(plan):
    """努力学习, "work harder": effort, not a deliverable."""
    return actions_reading(plan, "what", ("vague",), word=True)


@summary
def what_summary(plan, status, findings):
    return actions_summary(plan, "what", status, findings)
