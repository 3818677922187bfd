"""HOW: every action says by what method or means it is done (content.py
reads it); a review's comparison or a correction's remedy is its method."""
from __future__ import annotations

from checker.engine.registry import detector, summary
from checker.plan.parts import actions_reading, actions_summary


@detector
def how_missing(plan):
    return actions_reading(plan, "how", ("none",))


@summary
def how_summary(plan, status, findings):
    return actions_summary(plan, "how", status, findings)
