"""ParsedPlan: an action plan read once. For each action, what it says
about who, what, when and how, and whether it is a Check or an Act step;
for the goal, its own SMART report and deadline. The criteria's detectors
(who.py, what.py, when.py, how.py, check_step.py, act_step.py, goal_step.py)
read this object.

Spans follow checker/plan/actions.py: the report's text is the goal, then
one line per action; a part's span is shifted into that text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checker.goal import check_goal
from checker.plan.actions import Action
from checker.plan.content import METHODS, find_method, judge_what
from checker.plan.hits import find_all
from checker.plan.owner import find_owner, judge_owner_field
from checker.plan.pdca import correction_of, review_of
from checker.plan.timing import read_times, read_when
from checker.reading import Reading

ACTION_PARTS = ("who", "what", "when", "how")
_NONE = {"kind": "none", "word": "", "span": None}


def shift(span, offset: int):
    return [span[0] + offset, span[1] + offset] if span else None


@dataclass
class ParsedAction:
    index: int
    line: str
    start: int
    parts: dict          # part -> (reading {"kind", "word", "span", …}, offset of its text in the report's text)
    review: dict | None  # how well the line works as the Check step (pdca.review_of)
    correction: dict | None
    conditional: bool    # "如……超过两分钟，次日……": it happens when the check finds a gap

    @property
    def end(self) -> int:
        return self.start + len(self.line)

    @property
    def span(self) -> list[int]:
        return [self.start, self.end]

    def part(self, name: str) -> dict:
        return self.parts[name][0]

    def span_of(self, name: str):
        """The part's span in the report's text, or the whole action when nothing narrower fits."""
        reading, offset = self.parts[name]
        return shift(reading.get("span"), offset) or self.span

    @property
    def step(self) -> str | None:
        if self.conditional:
            return "act"
        return "check" if self.review and self.review["score"] > 1 else None


def _as_written(reading: Reading, found: dict) -> dict:
    """A part read in the line's reading (checker/reading.py), with its span and words as written."""
    if not found.get("span"):
        return found
    s, e = reading.span(*found["span"])
    return {**found, "span": [s, e], "word": reading.text[s:e]}


def _read_line(line: str, today: dt.date) -> dict:
    reading = Reading(line, need_words=False)
    norm = reading.norm
    when, spans = read_times(norm, today)
    who = find_owner(norm, spans)
    masked = list(spans) + ([tuple(who["span"])] if who["span"] else [])
    masked += [(h.start(), h.end()) for h in find_all(norm, *METHODS)]
    found = {"who": who, "when": when, "how": find_method(norm), "what": judge_what(norm, masked)}
    return {name: _as_written(reading, part) for name, part in found.items()}


def _read_field(value: str, read) -> dict:
    if not value.strip():
        return dict(_NONE)
    reading = Reading(value, need_words=False)
    return _as_written(reading, read(reading.norm))


def _read_row(fields: dict, today: dt.date) -> dict:
    value = {name: fields[name][0] for name in ACTION_PARTS}
    how = value["how"].strip()
    return {
        "who": _read_field(value["who"], judge_owner_field),
        "when": _read_field(value["when"], lambda v: read_when(v, today)),
        "what": _read_field(value["what"], lambda v: judge_what(v, [])),
        "how": {"kind": "method", "word": how, "span": [0, len(value["how"])]} if how else dict(_NONE),
    }


def _in_plan_year(when: dict, today: dt.date, deadline: dt.date | None) -> dict:
    """"11月5日前" read on 20 November rolls to next year; inside a plan whose
    goal ends this year it is far more likely a date already past."""
    date = when["date"]
    if deadline is not None and date > deadline and not when.get("year_given") and date.year > today.year:
        try:
            earlier = date.replace(year=date.year - 1)
        except ValueError:  # 29 February
            earlier = date.replace(year=date.year - 1, day=28)
        if earlier < today:
            return {**when, "date": earlier}
    return when


def parse_action(action: Action, today: dt.date, deadline: dt.date | None) -> ParsedAction:
    line, base = action.line, action.start
    reading = Reading(line, need_words=False)
    correction = correction_of(reading.norm)
    if correction:  # its span as written
        correction = {**correction, "span": list(reading.span(*correction["span"]))}
    review = review_of(reading.norm)
    conditional = bool(correction and correction["kind"] == "triggered")
    if action.fields is None:
        readings, offsets = _read_line(line, today), dict.fromkeys(ACTION_PARTS, base)
    else:
        readings, offsets = _read_row(action.fields, today), {n: action.fields[n][1] for n in ACTION_PARTS}
    if readings["when"]["kind"] == "date":
        readings["when"] = _in_plan_year(readings["when"], today, deadline)
    # HOW: a review's comparison or a correction's remedy is its method
    if readings["how"]["kind"] != "method" and (conditional or (review and review["score"] > 1)):
        readings["how"] = {"kind": "step", "word": "", "span": None}
    parts = {name: (readings[name], offsets[name]) for name in ACTION_PARTS}
    return ParsedAction(action.index, line, base, parts, review, correction, conditional)


class ParsedPlan:
    def __init__(self, text: str, lang: str, today: dt.date, actions: list[Action]):
        self.text = text
        self.lang = lang
        self.today = today
        self.goal_text = text.split("\n", 1)[0]
        self.goal_report = check_goal(self.goal_text, today=today.isoformat(), lang=lang)
        fact = self.goal_report["facts"].get("deadline")
        self.deadline = dt.date.fromisoformat(fact["date"]) if fact and fact.get("date") else None
        self.actions = [parse_action(a, today, self.deadline) for a in actions]

    @property
    def reviews(self) -> list[tuple[dict, ParsedAction]]:
        return [(a.review, a) for a in self.actions if a.review]

    @property
    def corrections(self) -> list[tuple[dict, ParsedAction]]:
        return [(a.correction, a) for a in self.actions if a.correction]

    def best_review(self):
        """(review, action) of the action that works best as the Check step, or None."""
        return max(self.reviews, key=lambda ra: ra[0]["score"]) if self.reviews else None
