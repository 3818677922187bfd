"""ParsedGoal: one goal read once. Every criterion's detectors read this
object, so what two criteria share (the deadline spans, the numbers, the
concrete words) is found once.
"""
from __future__ import annotations

import datetime as dt
from checker import words
from checker.changes import find_changes
from checker.deadlines import find_times, first_beyond, first_undated, pick_deadline
from checker.deadlines.events import event_markers
from checker.goal.attainable import read_attainable
from checker.goal.measurable import metric_numbers, read_measure
from checker.goal.specific import read_specific
from checker.numbers import find_numbers
from checker.reading import Reading


class ParsedGoal:
    """`text` as written (the report's spans point into it), `norm` as read
    (checker/reading.py: full-width signs, traditional characters, markup and
    the spaces around Han put right). Detectors work on norm; their spans are
    mapped back by original_span, and words() gives the words as written for
    a message. Every criterion
    needs these readings, so they are made once, here; what only one rule
    may need (a yes/no outcome, the direction verbs) waits inside its reading."""

    def __init__(self, text: str, today: dt.date, lang: str, matcher=None):
        self.text = text
        self.today = today
        self.lang = lang
        self.matcher = matcher
        self.reading = Reading(text)
        self.norm = norm = self.reading.norm
        # time
        self.deadlines, other_times = find_times(norm, today)
        self.deadline = pick_deadline(self.deadlines)  # the goal's deadline (a dated one), or None
        # a real deadline with no date (这个冲刺结束前), when the goal has no dated one
        self.undated = first_undated(self.deadlines) if self.deadline is None else None
        # a deadline past the end of the calendar (10000年内), when the goal has no dated one
        self.beyond = first_beyond(self.deadlines) if self.deadline is None else None
        self.deadline_spans = [(d.start, d.end) for d in self.deadlines]
        self.days_left = (self.deadline.date - today).days if self.deadline else None
        # quantities
        self.numbers = find_numbers(norm)
        self.changes = find_changes(norm)
        self.change_spans = [tuple(c["span"]) for c in self.changes]
        self.metric_numbers = metric_numbers(self.numbers, self.deadline_spans)  # numbers that can be a measure
        self.quantity_spans = [(n.start, n.end) for n in self.metric_numbers] + self.change_spans
        # what each criterion reads
        # every time word is masked for S (下个月起 and 每月底 name no thing either), but an
        # event the goal is due before still names one: 期末考试 in 这次期末考试前, 新系统上线
        events = [d for d in self.deadlines if d.kind == "evt"]
        time_words = [(d.start, d.end) for d in self.deadlines if d.kind != "evt"] + other_times
        time_words += event_markers(norm, events)
        self.specific = read_specific(norm, time_words, self.quantity_spans)
        self.measure = read_measure(self)
        self.attainable = read_attainable(self)
        self.role_hits = matcher.match(norm) if matcher is not None else None
        self.role_name = matcher.role["name"][lang] if matcher is not None else None

    def original_span(self, span) -> tuple[int, int]:
        return self.reading.span(*span)

    def words(self, start: int, end: int) -> str:
        return self.reading.words(start, end)

    def time_words(self, *lists: str) -> list:
        """Words of the named lists outside every deadline."""
        return words.outside(words.find(self.norm, *lists), self.deadline_spans)

    # --- the report's facts -------------------------------------------------
    def facts(self) -> dict:
        d, reading = self.deadline, self.reading
        facts = {
            "deadline": {"text": reading.words(d.start, d.end), "date": d.date.isoformat(),
                         "span": list(reading.span(d.start, d.end))} if d else None,
            "metrics": [_metric_fact(reading, n) for n in self.measure.metrics],
            "changes": [_change_fact(reading, c) for c in self.changes],
            "today": self.today.isoformat(),
        }
        if self.matcher is not None:
            facts["role"] = self.matcher.role["id"]
            facts["role_name"] = self.role_name   # what a page shows; "role" stays the id
        return facts


def _metric_fact(reading, n) -> dict:
    fact = {"text": reading.words(n.start, n.end), "value": n.value, "unit": n.unit, "span": list(reading.span(n.start, n.end))}
    if n.high is not None:
        fact["high"] = n.high
    return fact


def _change_fact(reading, c) -> dict:
    ratio = c.get("ratio")
    fact = {"from": c["from"], "to": c["to"], "unit": c["unit"], "text": reading.words(*c["span"]),
            "span": list(reading.span(*c["span"]))}
    if ratio is not None and ratio != float("inf"):
        fact["ratio"] = round(ratio, 2)
    if "relative" in c:
        fact["relative_percent"] = round(c["relative"], 2)
    return fact
