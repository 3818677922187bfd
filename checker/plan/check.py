"""check_plan: judge an action plan against how / who / what / when per
action, the Check and Act steps of PDCA, and the goal it serves.

Report shape in checker/REPORT.md, kind "plan". `facts.actions` holds what
was read in each action; spans follow the convention in
checker/plan/actions.py (the goal, then one line per action).
"""
from __future__ import annotations

from checker.engine.judge import judge
from checker.engine.report import build_report, status_of
from checker.errors import InputError
from checker.goal import parse_today
from checker.lang import detect_lang
from checker.plan.actions import normalise
from checker.plan.parsed import ACTION_PARTS, ParsedPlan, shift

_RANK = {"pass": 0, "unknown": 0, "warn": 1, "fail": 2}
_GOAL_FINDING_KEYS = ("rule", "criterion", "level", "message", "span", "doc")


def parse_plan(goal, actions=None, *, today=None, lang=None) -> ParsedPlan:
    if lang is not None and lang not in ("zh", "en"):
        raise InputError("bad-lang", value=str(lang)[:20])
    try:
        text, items = normalise(goal, actions)
    except InputError as exc:  # answer in the learner's language when there is a goal to tell it by
        raise exc.in_lang(lang or (detect_lang(goal) if isinstance(goal, str) and goal.strip() else "en")) from None
    lang = lang or detect_lang(text)
    return ParsedPlan(text, lang, parse_today(today, lang), items)


def _part_fact(action, name: str, findings: list) -> dict:
    reading, offset = action.parts[name]
    if name == "when" and reading["kind"] == "none" and action.conditional:
        return {"status": "pass", "text": "", "span": None, "kind": "conditional"}
    own = [f for f in findings if f.get("action") == action.index and f.get("field") == name]
    fact = {"status": status_of(own), "text": reading.get("word", ""), "span": shift(reading.get("span"), offset)}
    if reading.get("kind"):
        fact["kind"] = reading["kind"]
    if name == "when" and reading["kind"] == "date":
        fact["date"] = reading["date"].isoformat()
    return fact


def _facts(plan: ParsedPlan, findings: list, criteria: dict) -> dict:
    actions = [{"index": a.index, "text": a.line, "span": a.span,
                **{name: _part_fact(a, name, findings) for name in ACTION_PARTS}, "step": a.step}
               for a in plan.actions]
    goal = plan.goal_report
    return {
        "actions": actions,
        "goal": {"text": plan.goal_text, "verdict": goal["verdict"], "score": goal["score"],
                 "criteria": {k: v["status"] for k, v in goal["criteria"].items()},
                 "deadline": goal["facts"].get("deadline"),
                 "findings": [{k: f[k] for k in _GOAL_FINDING_KEYS} for f in goal["findings"]]},
        "pdca": {"plan": criteria["goal"]["status"] if plan.actions else "fail",
                 "do": max((criteria[k]["status"] for k in ACTION_PARTS), key=_RANK.__getitem__),
                 "check": criteria["check"]["status"], "act": criteria["act"]["status"]},
        "today": plan.today.isoformat(),
    }


def check_plan(goal, actions=None, *, today=None, lang=None) -> dict:
    plan = parse_plan(goal, actions, today=today, lang=lang)
    judgement = judge("plan", plan)
    report = build_report("plan", plan, judgement, facts={})
    report["facts"] = _facts(plan, judgement.findings, report["criteria"])  # the facts show each part's status
    return report
