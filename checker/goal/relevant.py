"""Relevant (R): does the goal serve the duties of the learner's role?

The goal's words are matched against the role profile (checker.relevance):
its signals show the goal fits the role, off-field words that it belongs to
another field. Without a role the criterion cannot be judged: unknown, with
a question.
"""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary

DUTIES_SHOWN = 3


@detector
def no_role(goal):
    """No role chosen: ask for one instead of guessing."""
    return [hit()] if goal.matcher is None else None


@detector
def off_duty(goal):
    """Only words of another field (a front desk studying Six Sigma)."""
    hits = goal.role_hits
    if not hits or hits["signals"] or not hits["off_field"]:
        return None
    s, e, _ = hits["off_field"][0]
    return [hit((s, e), word=goal.words(s, e), role=goal.role_name)]


@detector
def unclear(goal):
    """Neither clearly the role's duties nor clearly another field's (or both)."""
    hits = goal.role_hits
    if not hits or (hits["signals"] and not hits["off_field"]):
        return None
    span = hits["off_field"][0][:2] if hits["off_field"] else None
    duties = goal.matcher.role["duties"][goal.lang][:DUTIES_SHOWN]
    return [hit(span, role=goal.role_name, duties=("、" if goal.lang == "zh" else ", ").join(duties))]


@summary
def relevant_summary(goal, status, findings):
    return {"role": goal.role_name} if status == "pass" else None
