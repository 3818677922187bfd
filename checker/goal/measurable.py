"""Measurable (M): is there a standard anyone can check?

Pass: a number tied to the outcome (投诉率2%, 85分以上, 三声起接, 4小时响应,
"2 minutes per customer") or a yes/no outcome (通过四级考试, 拿下新概念第一册,
"get the PMP certificate"). Warn: only a rough amount (大约, 左右, 几本,
"several") or only numbers that count inputs (组建一个5人小组, 安排3名老师).
Fail: a direction without an amount (降低投诉率, "increase sales") or nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from checker import data_loader, words
from checker.engine.registry import detector, hit, summary, uses
from checker.numbers import Number

OUTCOME_EVENTS = uses("outcome_events")
OUTCOME_VERBS = uses("outcome_verbs")
OUTCOME_OBJECTS = uses("outcome_objects")
WEAK_VERBS = uses("outcome_verbs_weak")
ROUGH_AMOUNTS = uses("rough_amount")
ABSOLUTES = uses("absolute")
DIRECTIONS = uses("direction_verbs")
CADENCE = uses("cadence")

_CLAUSE_END = re.compile(r"[，。；;！？!?\n]")
# Setting up resources is an input, not an outcome: 组建一个5人小组, 安排3名老师, 花2小时.
_INPUT_BEFORE = re.compile(r"(?:组建|安排|成立|派出|派|投入|花费|花|抽出|召集|配备|邀请|用|assign|hire a team of|spend|set up a team of|form a team of|put)\s*(?:一个|了)?\s*$",
                           re.IGNORECASE)
# 降为零 / 降到0 / 减至0: a target of zero (not 降到0.8%)
ZERO_TARGET = re.compile(r"(?:降|减|压|控制)(?:为|到|至|在)\s*(?:零|0)(?![\d.])")
_ORDINAL_MEASURE = re.compile(r"\b(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+(?:ring|rings|attempt|try|call|contact|visit)\b", re.I)
_CHANGE_BEFORE = re.compile(r"(?:减少|增加|提高|提升|降低|缩短|加快|扩大|多|少)了?$")
_ROUGH_NEAR = re.compile(r"大约|大概|约|左右|上下|约为")
# A letter grade is a checkable standard: "from a C to a B", "get a B+"
_LETTER_GRADE = re.compile(r"\b(?:[Ff]rom\s+an?\s+[A-F][+-]?\s+to|[Gg]et|[Ee]arn|[Ss]core|[Aa]chieve|[Rr]each)\s+an?\s+[A-F][+-]?(?![\w'])")
# without articles ("from C to B") only about a grade: "from A to B" alone is any two things
_LETTER_GRADE_BARE = re.compile(r"\b[Ff]rom\s+[A-F][+-]?\s+to\s+[A-F][+-]?(?![\w'])")
_GRADE_WORD = re.compile(r"\b(?:grades?|marks?|scores?|GPA)\b", re.I)
# Doing it alone is a standard one can check (nursing outcomes): "without help", 独立完成
_INDEPENDENT = re.compile(r"\b(?:without\s+(?:any\s+)?(?:help|assistance|support)|independently|unassisted|unaided"
                          r"|on\s+(?:his|her|their|my)\s+own)\b|独立(?:完成|地)|无需(?:协助|帮助|搀扶)|不用搀扶|不需要帮助", re.I)
# "read more books": a comparative with no amount is a direction, not a yes/no outcome
_COMPARATIVE = re.compile(r"\b(?:more|fewer|less)\b(?!\s+than)", re.I)
# Time spent at a steady pace is the standard of a habit (每天花30分钟练琴,
# "spend 20 minutes a day practicing"), not a one-off input like 组建5人小组.
_DURATION_UNITS = {"分钟", "小时", "minute", "minutes", "min", "mins", "hour", "hours", "h"}
_PACE_AFTER = re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|week|weekday|night|morning|evening)\b", re.I)
_PACE_BEFORE = re.compile(r"每(?:天|日|周|晚|早|个工作日)")
_ARTICLE_UNITS = {"个", "名", "位", "种", "份", "项", "件", "门", "家", "支", "套"}


def metric_numbers(numbers: list[Number], masked: list[tuple[int, int]]) -> list[Number]:
    """Numbers that can serve as a measure: not part of a deadline, not an article-like 一个."""
    out = []
    masked = words.Spans(masked)
    for n in numbers:
        if masked.covers(n.start):
            continue
        if n.kind == "ordinal" and not n.text.endswith("名"):
            continue
        if n.value == 1 and n.unit in _ARTICLE_UNITS and n.kind == "plain":
            continue
        out.append(n)
    return out


def find_outcome(text: str, content=()) -> tuple[int, int] | None:
    """A yes/no outcome: an outcome verb and, in the same clause, an outcome
    object (报告, 证书, "release") or some other concrete thing the goal names
    (`content`: spans from the Specific check: 把过期合同归档, 清空收件箱)."""
    events = words.find(text, *OUTCOME_EVENTS)
    if events:
        return events[0][0], events[0][1]
    # a verb right before 的 is a relative clause (公司组织的培训), not the goal's action
    verbs = [v for v in words.find(text, *OUTCOME_VERBS) if text[v[1]:v[1] + 1] != "的"]
    if not verbs:
        return None
    listed_objs = words.find(text, *OUTCOME_OBJECTS)
    weak = _weak_verbs()
    strong_verbs = [v for v in verbs if v[2].lower() not in weak]
    objs = listed_objs + _minus(content, strong_verbs)
    if not objs:
        return None
    bounds = [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text) + 1]
    first_obj: dict[int, tuple] = {}
    for o in objs:
        first_obj.setdefault(bisect_left(bounds, o[1]), o)
    listed = {(o[0], o[1]) for o in listed_objs}
    for v in verbs:
        o = first_obj.get(bisect_left(bounds, v[1]))
        if o is not None and (v[2].lower() not in weak or (o[0], o[1]) in listed):
            return min(v[0], o[0]), max(v[1], o[1])
    return None


@lru_cache(maxsize=1)
def _weak_verbs() -> frozenset:
    return frozenset(w.lower() for name in WEAK_VERBS for w in data_loader.lexicon(name))


def _minus(content, verbs):
    """Content pieces with the verbs cut out (下班前清空收件箱 - 清空 -> 下班前, 收件箱);
    only pieces long enough to name something are kept."""
    out = []
    for s, e, w in content:
        pieces = [(s, e)]
        for vs, ve, _ in verbs:
            nxt = []
            for ps, pe in pieces:
                if ve <= ps or vs >= pe:
                    nxt.append((ps, pe))
                    continue
                if vs > ps:
                    nxt.append((ps, vs))
                if ve < pe:
                    nxt.append((ve, pe))
            pieces = nxt
        for ps, pe in pieces:
            if pe - ps >= 2:
                out.append((ps, pe, w))
    return out


def _degree_only(text: str, hit) -> bool:
    """更努力一些 / 快一点: a degree at the end of a clause, not an amount of something.
    不少于200份 is a floor, not a rough amount."""
    after = text[hit[1]:hit[1] + 1]
    if after in ("于", "过") or hit[2] in ("约",):
        return True
    if _CHANGE_BEFORE.search(text[max(0, hit[0] - 3):hit[0]]):
        return False  # 减少一些: the size of a change, a rough amount
    return hit[2] in ("一些", "一点") and (after == "" or after in "，。；,;!！?？ ")


def _habit_pace(text: str, n: Number) -> bool:
    """A duration tied to a cadence: 每天花30分钟, "20 minutes a day"."""
    if (n.unit or "").lower() not in _DURATION_UNITS:
        return False
    return bool(_PACE_AFTER.match(text[n.end:n.end + 16]) or _PACE_BEFORE.search(text[max(0, n.start - 8):n.start]))


class MeasureReading:
    """What the M criterion finds in a goal (ParsedGoal `goal`).

    standard: a checkable standard that settles M whatever else is there (a
    number tied to the outcome, a change, a letter grade, an ordinal, an
    absolute target) as the span to show, or True when there is none to show;
    rough: rough amounts (大约, 几本, "several"); inputs: numbers that count
    resources (组建一个5人小组); outcome: a yes/no outcome (通过四级考试) and
    directions: verbs of direction (提高), both looked for only when no
    standard and no rough amount has decided; settled: M passes."""

    def __init__(self, goal):
        text, masked = goal.norm, goal.deadline_spans
        metrics = goal.metric_numbers
        rough_words = []
        if metrics or not goal.changes:  # word lists are only scanned when the answer still depends on them
            rough_words = [w for w in words.outside(words.find(text, *ROUGH_AMOUNTS), masked)
                           if not _degree_only(text, w)]
        rough_metrics, input_metrics, strong = _sort_numbers(text, metrics, rough_words, goal.change_spans)
        self.metrics = strong + rough_metrics + input_metrics
        self.strong = strong
        self.rough = rough_metrics + rough_words
        self.inputs = input_metrics
        self.standard = _standard(text, masked, strong, goal.changes)
        if not self.standard and not self.rough:
            self.standard = _routine(goal)
        self.outcome = self.directions = None
        if not self.standard and not self.rough:
            # "read more books": a comparative with no amount is no yes/no outcome
            self.outcome = None if _COMPARATIVE.search(text) else find_outcome(text, goal.specific.content)
            if self.outcome is None:
                self.directions = words.outside(words.find(text, *DIRECTIONS), masked)
        self.settled = bool(self.standard) or self.outcome is not None


def _standard(text, masked, strong, changes):
    if not strong:
        for pattern in (_LETTER_GRADE, _ORDINAL_MEASURE):  # "from a C to a B", "by the third ring"
            m = pattern.search(text)
            if m:
                return (m.start(), m.end())
        m = (_LETTER_GRADE_BARE.search(text) if _GRADE_WORD.search(text) else None) or _INDEPENDENT.search(text)
        if m:
            return (m.start(), m.end())
    if strong or changes:
        return True
    if words.outside(words.find(text, *ABSOLUTES), masked) or ZERO_TARGET.search(text):
        return True
    return None


def _routine(goal):
    """A concrete act at a set cadence until a date (every Monday night for 6
    weeks, 每次开会前准备议程，坚持到3月底): each time is done or not, so it can be counted."""
    if goal.deadline is None or not goal.specific.content:
        return None
    found = words.find(goal.norm, *CADENCE)
    return (found[0][0], found[0][1]) if found else None


def _sort_numbers(text, metrics, rough_words, change_spans):
    """-> (rough, inputs, strong): numbers near a rough word, numbers that count resources, the rest."""
    rough_metrics, input_metrics, strong = [], [], []
    rough_index = words.Spans((w[0], w[1]) for w in rough_words)
    change_index = words.Spans(change_spans)
    for n in metrics:
        near = text[max(0, n.start - 3):n.start] + "|" + text[n.end:n.end + 3]
        if rough_index.overlaps(n.start - 3, n.start) or rough_index.overlaps(n.end, n.end + 3) \
                or _ROUGH_NEAR.search(near):
            rough_metrics.append(n)
        elif _INPUT_BEFORE.search(text[max(0, n.start - 12):n.start]) and not change_index.covers(n.start) \
                and not _habit_pace(text, n):
            input_metrics.append(n)
        else:
            strong.append(n)
    return rough_metrics, input_metrics, strong


def read_measure(goal) -> MeasureReading:
    return MeasureReading(goal)


# --- the rules ---------------------------------------------------------------
def _word(goal, span) -> dict:
    return {"word": goal.words(*span)}


@detector
def vague_amount(goal):
    """Only a rough amount (大约, 几本, "several"): no one can say when it is reached."""
    m = goal.measure
    if m.standard or not m.rough:
        return None
    r = m.rough[0]
    span = (r.start, r.end) if hasattr(r, "start") else (r[0], r[1])
    return [hit(span, **_word(goal, span))]


@detector
def number_untied(goal):
    """Only numbers that count resources (组建一个5人小组), not the outcome."""
    m = goal.measure
    if m.settled or not m.inputs:
        return None
    n = m.inputs[0]
    return [hit((n.start, n.end), **_word(goal, (n.start, n.end)))]


@detector
def direction_only(goal):
    """A direction (提高, "increase") with no amount."""
    m = goal.measure
    if m.settled or not m.directions:
        return None
    s, e, _ = m.directions[0]
    return [hit((s, e), **_word(goal, (s, e)))]


@detector
def no_measure(goal):
    """Nothing to check at all: no number, no yes/no outcome."""
    return None if goal.measure.settled else [hit()]


@summary
def measurable_summary(goal, status, findings):
    """The standard a passed goal is measured by: its change, its first measure or its outcome."""
    if status != "pass":
        return None
    m = goal.measure
    if goal.changes:
        c0 = max(goal.changes, key=lambda c: (c["from"] is not None and c["to"] is not None, -c["span"][0]))
        return {"metric": goal.words(*c0["span"])}
    if m.strong:
        return {"metric": goal.words(m.strong[0].start, m.strong[0].end)}
    span = m.standard if isinstance(m.standard, tuple) else None if m.standard else m.outcome
    return {"metric": goal.words(*span) if span else "—"}
