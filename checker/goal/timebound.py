"""Time-bound (T): does the goal have a deadline that resolves to a date?

The deadlines are read by checker.deadlines. Which finding wins when there
is no dated deadline (an undated period, a vague time word, a cadence, or
nothing) is the rules' precedence in checker/rules/timebound.yml.
"""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary, uses

VAGUE_TIME = uses("vague_time")
CADENCE = uses("cadence")


@detector
def past_deadline(goal):
    """A deadline that is already over."""
    d = goal.deadline
    if d is None or d.date >= goal.today:
        return None
    return [hit((d.start, d.end), deadline=goal.words(d.start, d.end), date=d.date.isoformat(), today=goal.today.isoformat())]


FAR_DAYS = 3 * 365 + 1  # more than three years away


@detector
def far_deadline(goal):
    """A deadline more than three years away: split it into stages due within a year."""
    d = goal.deadline
    if d is None or (d.date - goal.today).days < FAR_DAYS:
        return None
    years = (d.date - goal.today).days // 365
    return [hit((d.start, d.end), deadline=goal.words(d.start, d.end), date=d.date.isoformat(), years=years)]


@detector
def beyond_calendar(goal):
    """A deadline past the end of the calendar (10000年内, 明年 when today is 9999-12-31)."""
    d = goal.beyond
    return [hit((d.start, d.end), deadline=goal.words(d.start, d.end))] if d is not None else None


@detector
def undated_period(goal):
    """A real deadline with no date (这个冲刺结束前, before launch)."""
    d = goal.undated
    return [hit((d.start, d.end), word=goal.words(d.start, d.end))] if d is not None else None


def _first_word(goal, lists):
    if goal.deadline is not None:
        return None
    found = goal.time_words(*lists)
    if not found:
        return None
    s, e, _ = found[0]
    return [hit((s, e), word=goal.words(s, e))]


@detector
def vague_time(goal):
    """A time word that is no deadline (尽快, soon)."""
    return _first_word(goal, VAGUE_TIME)


@detector
def cadence_only(goal):
    """How often (每天, weekly), but not by when."""
    return _first_word(goal, CADENCE)


@detector
def no_deadline(goal):
    return [hit()] if goal.deadline is None else None


@summary
def timebound_summary(goal, status, findings):
    d = goal.deadline
    return {"deadline": goal.words(d.start, d.end), "date": d.date.isoformat()} if status == "pass" and d else None
