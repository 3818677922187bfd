"""Run the course's examples through the checker; say where they disagree with what they declare.

Not a hook itself: hooks/course_examples.py collects the examples on the pages
and hooks/quiz_pages.py those in the quiz banks; both report the problems this
module finds, one line each: `page: example: criterion got X`.

An example is a text the course teaches with (a rewrite, a model answer, a
goal a learner can load into a checker) and the statuses it declares the
checker gives it, per criterion: `S=pass M=pass T=fail`, or alternatives
`A=pass|unknown`. Criteria it does not declare are not its point and are not
checked. The checker is used only through its public API (check_goal,
check_plan, check_star).

Dates: an example that carries its reference date (`today=`) is checked on that
day. One that does not must hold whenever a learner reads or loads it, so it is
checked on every day of SWEEP (month starts, middles and ends, quarter and year
ends, a leap day); a fixed year in its text then needs a `today=`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

STATUSES = ("pass", "warn", "fail", "unknown")
CRITERIA = {
    "goal": ("S", "M", "A", "R", "T"),
    "star": ("S", "T", "A", "R"),
    "plan": ("who", "what", "when", "how", "check", "act", "goal"),
}
DATED_KINDS = {"goal", "plan"}   # STAR answers are judged without a reference date


def _sweep() -> tuple[str, ...]:
    days = []
    for month in range(1, 13):
        first = dt.date(2026, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        days += [first, first.replace(day=15), last]
    days += [dt.date(2027, 1, 1), dt.date(2027, 12, 31), dt.date(2028, 2, 29)]
    return tuple(d.isoformat() for d in days)


SWEEP = _sweep()
FIXED_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?=\s*(?:年|-\d|/\d))")
_TODAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ROLE = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass
class Example:
    kind: str                       # goal, star or plan
    where: str                      # "docs/smart/specific.md:42", "quiz/banks/smart-s.yml: s-006"
    text: str                       # the goal or the STAR answer; for a plan, its goal
    expect: dict[str, tuple[str, ...]]
    today: str | None = None
    role: str | None = None
    actions: list = field(default_factory=list)   # plan only: [{how, who, what, when}, …]

    @property
    def excerpt(self) -> str:
        flat = " ".join(self.text.split())
        return flat if len(flat) <= 24 else flat[:24] + "…"


class DeclarationError(ValueError):
    """A fence or button that declares nothing, or something the checker does not report."""


def parse_declaration(options: str, kind: str) -> tuple[dict[str, tuple[str, ...]], str | None, str | None]:
    """`S=pass M=pass|warn today=2026-01-05 role=front-desk` -> (expect, today, role)."""
    expect: dict[str, tuple[str, ...]] = {}
    today = role = None
    for token in options.split():
        key, sep, value = token.partition("=")
        if not sep or not value:
            raise DeclarationError(f"{token!r} is not CRITERION=STATUS, today=YYYY-MM-DD or role=ID")
        if key == "today":
            if not _TODAY.match(value):
                raise DeclarationError(f"today={value} is not YYYY-MM-DD")
            today = value
        elif key == "role":
            if not _ROLE.match(value):
                raise DeclarationError(f"role={value} is not a role id such as front-desk")
            role = value
        elif key in CRITERIA[kind]:
            statuses = tuple(value.split("|"))
            bad = [s for s in statuses if s not in STATUSES]
            if bad:
                raise DeclarationError(f"{key}={value}: a status is one of {', '.join(STATUSES)}")
            expect[key] = statuses
        else:
            raise DeclarationError(f"{key!r} is not a criterion of a {kind} example "
                                   f"({', '.join(CRITERIA[kind])})")
    if not expect:
        raise DeclarationError(f"declare what the checker finds, e.g. {CRITERIA[kind][0]}=pass")
    return expect, today, role


@lru_cache(maxsize=None)
def _statuses(kind: str, payload: str) -> tuple[tuple[str, str], ...] | str:
    """The checker's status per criterion for one payload (JSON), or the checker's error message."""
    from checker import InputError, check_goal
    from checker.plan import check_plan
    from checker.star import check_star

    p = json.loads(payload)
    try:
        if kind == "goal":
            report = check_goal(p["text"], today=p["today"], role=p["role"])
        elif kind == "plan":
            report = check_plan(p["text"], p["actions"], today=p["today"])
        else:
            report = check_star(p["text"])
    except InputError as exc:
        return str(exc)
    return tuple((c, v["status"]) for c, v in report["criteria"].items())


def check_example(ex: Example) -> list[str]:
    """Problems with one example: `where: excerpt: criterion got X (...)`, empty when it holds."""
    head = f"{ex.where}: {ex.excerpt}"
    if not ex.text.strip():
        return [f"{ex.where}: the example is empty"]
    if ex.kind in DATED_KINDS and ex.today is None and FIXED_YEAR.search(ex.text):
        return [f"{head}: names a fixed year, so it must carry today=YYYY-MM-DD (or use a relative deadline)"]
    days = [ex.today] if ex.today or ex.kind not in DATED_KINDS else list(SWEEP)
    problems: dict[str, str] = {}
    for day in days:
        payload = {"text": ex.text, "today": day, "role": ex.role, "actions": ex.actions}
        result = _statuses(ex.kind, json.dumps(payload, ensure_ascii=False, sort_keys=True))
        if isinstance(result, str):
            return [f"{head}: the checker refused it: {result}"]
        got = dict(result)
        for criterion, allowed in ex.expect.items():
            status = got.get(criterion, "absent")
            if status not in allowed and criterion not in problems:
                when = f", today {day}" if ex.kind in DATED_KINDS and (len(days) > 1 or ex.today) else ""
                problems[criterion] = f"{head}: {criterion} got {status} (declared {'|'.join(allowed)}{when})"
    return list(problems.values())


def check_examples(examples: list[Example]) -> list[str]:
    return [problem for ex in examples for problem in check_example(ex)]
