"""WHEN: every action says when it is done, on a date inside the goal's
time (timing.py reads it); a recurring action has its cadence, a correction
happens when the check finds a gap."""
from __future__ import annotations

from checker.engine.registry import detector, summary
from checker.plan.parts import actions_reading, actions_summary, part_hit


def _dated(plan):
    return [(a, a.part("when")["date"]) for a in plan.actions if a.part("when")["kind"] == "date"]


@detector
def when_after_deadline(plan):
    """Done after the goal's own deadline: too late to help."""
    if plan.deadline is None:
        return None
    return [part_hit(a, "when", date=date.isoformat(), deadline=plan.deadline.isoformat())
            for a, date in _dated(plan) if date > plan.deadline]


@detector
def when_past(plan):
    """A date already over (and not after the goal's deadline, which says more)."""
    return [part_hit(a, "when", date=date.isoformat()) for a, date in _dated(plan)
            if date < plan.today and not (plan.deadline is not None and date > plan.deadline)]


@detector
def when_undated(plan):
    """下个迭代结束前, before launch: a real deadline whose day the action does not give."""
    return actions_reading(plan, "when", ("undated",), word=True)


@detector
def when_beyond_calendar(plan):
    """10000年内, "within 99999 months": a day past the end of the calendar."""
    return actions_reading(plan, "when", ("beyond",), word=True)


@detector
def when_vague(plan):
    """尽快, 定期, "soon": no day on which it is late."""
    return actions_reading(plan, "when", ("vague",), word=True)


@detector
def when_missing(plan):
    return [part_hit(a, "when") for a in plan.actions if a.part("when")["kind"] == "none" and not a.conditional]


@summary
def when_summary(plan, status, findings):
    return actions_summary(plan, "when", status, findings)
