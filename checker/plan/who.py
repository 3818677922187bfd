"""WHO: every action names the person or role that owns it (owner.py reads it)."""
from __future__ import annotations

from checker.engine.registry import detector, summary
from checker.plan.parts import actions_reading, actions_summary


@detector
def who_missing(plan):
    return actions_reading(plan, "who", ("none",))


@detector
def who_vague(plan):
    """大家, everyone: nobody can be held to it."""
    return actions_reading(plan, "who", ("vague",), word=True)


@detector
def who_collective(plan):
    """我们, the team: a group, not one person."""
    return actions_reading(plan, "who", ("collective",), word=True)


@summary
def who_summary(plan, status, findings):
    return actions_summary(plan, "who", status, findings)
