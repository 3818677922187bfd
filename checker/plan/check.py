"""check_plan: judge an action plan against how / who / what / when per
action, the Check and Act steps of PDCA, and the goal it serves.

Report shape as in DESIGN.md ("The report"), kind "plan", criteria who,
what, when, how (over all actions), check, act and goal. `facts.actions`
holds what was read in each action; spans follow the convention in
checker/plan/actions.py (the goal, then one line per action).
"""
from __future__ import annotations

import datetime as dt

from checker.errors import InputError
from checker.goal import check_goal, parse_today
from checker.plan.actions import Action, normalise
from checker.plan.content import find_method, judge_what
from checker.plan.hits import both, find_all
from checker.plan.owner import find_owner, judge_owner_field
from checker.plan.pdca import correction_of, review_of
from checker.plan.timing import read_when, time_spans
from checker.star.report import build_report, detect_lang, finding

ACTION_CRITERIA = ("who", "what", "when", "how")
_MARKS = {"pass": "✓", "warn": "!", "fail": "✗", "unknown": "?"}
_EN_PHRASE = {"who": "who owns it", "what": "what it delivers", "when": "when it is done", "how": "how it is done"}
_WORST = {"pass": 0, "unknown": 0, "warn": 1, "fail": 2}
_NAMES = {
    "zh": {"who": "谁负责", "what": "做什么", "when": "何时完成", "how": "怎样做", "check": "检查（Check）",
           "act": "纠正（Act）", "goal": "目标（SMART）"},
    "en": {"who": "Who", "what": "What", "when": "When", "how": "How", "check": "Check", "act": "Act",
           "goal": "Goal (SMART)"},
}


def _shift(span, offset):
    return [span[0] + offset, span[1] + offset] if span else None


def _part(status: str, read: dict, offset: int, **extra) -> dict:
    out = {"status": status, "text": read.get("word", ""), "span": _shift(read.get("span"), offset)}
    if read.get("kind"):
        out["kind"] = read["kind"]
    out.update(extra)
    return out


def _judge_when(read: dict, offset: int, today: dt.date, deadline: dt.date | None, conditional: bool,
                lang: str, out: list) -> dict:
    kind = read["kind"]
    span = _shift(read["span"], offset)
    if kind == "date":
        date = read["date"]
        if deadline is not None and date > deadline and not read.get("year_given") and date.year > today.year:
            # "11月5日前" read on 20 November rolls to next year; inside a plan whose
            # goal ends this year it is far more likely a date already past.
            try:
                earlier = date.replace(year=date.year - 1)
            except ValueError:  # 29 February
                earlier = date.replace(year=date.year - 1, day=28)
            if earlier < today:
                date = earlier
        extra = {"date": date.isoformat()}
        if deadline is not None and date > deadline:
            out.append(finding("PLAN-when-after-deadline", lang, span, date=date.isoformat(),
                               deadline=deadline.isoformat()))
            return _part("fail", read, offset, **extra)
        if date < today:
            out.append(finding("PLAN-when-past", lang, span, date=date.isoformat()))
            return _part("warn", read, offset, **extra)
        return _part("pass", read, offset, **extra)
    if kind == "cadence":
        return _part("pass", read, offset)
    if kind == "undated":
        out.append(finding("PLAN-when-undated", lang, span, word=read["word"]))
        return _part("warn", read, offset)
    if kind == "vague":
        out.append(finding("PLAN-when-vague", lang, span, word=read["word"]))
        return _part("fail", read, offset)
    if conditional:  # "如……超过两分钟，次日……": it happens when the check finds the gap
        return {"status": "pass", "text": "", "span": None, "kind": "conditional"}
    out.append(finding("PLAN-when-missing", lang, None))
    return _part("fail", read, offset)


def _judge_action(action: Action, today: dt.date, deadline, lang: str) -> tuple[dict, list]:
    found: list[dict] = []
    line, base = action.line, action.start
    correction = correction_of(line)
    review = review_of(line)
    conditional = bool(correction and correction["kind"] == "triggered")
    if action.fields is None:
        spans = time_spans(line, today)
        who = find_owner(line, spans)
        who_off = when_off = what_off = how_off = base
        when = read_when(line, today)
        how = find_method(line)
        masked = list(spans) + ([tuple(who["span"])] if who["span"] else [])
        masked += [(h.start(), h.end()) for h in find_all(line, *both("plan_method"))]
        what = judge_what(line, masked)
    else:
        (how_v, how_off), (who_v, who_off), (what_v, what_off), (when_v, when_off) = (
            action.fields[f] for f in ("how", "who", "what", "when"))
        who = judge_owner_field(who_v)
        when = read_when(when_v, today) if when_v.strip() else {"kind": "none", "word": "", "span": None}
        what = judge_what(what_v, []) if what_v.strip() else {"kind": "none", "word": "", "span": None}
        how = ({"kind": "method", "word": how_v.strip(), "span": [0, len(how_v)]} if how_v.strip()
               else {"kind": "none", "word": "", "span": None})
    # WHO
    if who["kind"] in ("person", "role", "self", "named"):
        who_part = _part("pass", who, who_off)
    elif who["kind"] == "collective":
        found.append(finding("PLAN-who-collective", lang, _shift(who["span"], who_off), word=who["word"]))
        who_part = _part("warn", who, who_off)
    elif who["kind"] == "vague":
        found.append(finding("PLAN-who-vague", lang, _shift(who["span"], who_off), word=who["word"]))
        who_part = _part("fail", who, who_off)
    else:
        found.append(finding("PLAN-who-missing", lang, None))
        who_part = _part("fail", who, who_off)
    when_part = _judge_when(when, when_off, today, deadline, conditional, lang, found)
    # WHAT
    if what["kind"] == "concrete":
        what_part = _part("pass", what, what_off)
    elif what["kind"] == "vague":
        found.append(finding("PLAN-what-vague", lang, _shift(what["span"], what_off), word=what["word"]))
        what_part = _part("fail", what, what_off)
    else:
        found.append(finding("PLAN-what-missing", lang, None))
        what_part = _part("fail", what, what_off)
    # HOW (a review's comparison or a correction's remedy is its method)
    if how["kind"] != "method" and (conditional or (review and review["score"] > 1)):
        how = {"kind": "step", "word": "", "span": None}
    if how["kind"] in ("method", "step"):
        how_part = _part("pass", how, how_off)
    else:
        found.append(finding("PLAN-how-missing", lang, None))
        how_part = _part("warn", how, how_off)
    line_span = [base, base + len(line)]
    for f in found:
        f["action"] = action.index
        f["field"] = f["criterion"]
        if f["span"] is None:
            f["span"] = list(line_span)  # underline the whole action when nothing narrower fits
    step = "act" if conditional else "check" if review and review["score"] > 1 else None
    fact = {"index": action.index, "text": line, "span": line_span, "who": who_part, "what": what_part,
            "when": when_part, "how": how_part, "step": step}
    return fact, found


def _goal_report(goal: str, today: dt.date, lang: str) -> dict | None:
    """The SMART report of the goal; None if the goal checker itself failed,
    so a fault there leaves the goal `unknown` instead of losing the plan."""
    try:
        return check_goal(goal, today=today.isoformat(), lang=lang)
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - reported as an unknown goal, never raised
        return None


def _summary(key: str, status: str, facts: list[dict], lang: str) -> str:
    name = _NAMES[lang][key]
    bad = [f["index"] + 1 for f in facts if f[key]["status"] != "pass"]
    if status == "pass":
        return (f"每条行动都写明了{name}（{len(facts)} 条）。" if lang == "zh"
                else f"Every action ({len(facts)}) says {_EN_PHRASE[key]}.")
    nums = "、".join(str(n) for n in bad) if lang == "zh" else ", ".join(str(n) for n in bad)
    return (f"第 {nums} 条行动的“{name}”需要修改。" if lang == "zh"
            else f"{name}: action{'s' if len(bad) > 1 else ''} {nums} need{'' if len(bad) > 1 else 's'} work.")


def check_plan(goal, actions=None, *, today=None, lang=None) -> dict:
    if lang is not None and lang not in ("zh", "en"):
        raise InputError("bad-lang", value=str(lang)[:20])
    try:
        text, items = normalise(goal, actions)
    except InputError as exc:  # answer in the learner's language when there is a goal to tell it by
        exc.lang = lang or (detect_lang(goal) if isinstance(goal, str) and goal.strip() else "en")
        exc.args = (exc.message,)
        raise
    lang = lang or detect_lang(text)
    today_date = parse_today(today, lang)
    goal_text = text.split("\n", 1)[0]
    goal_report = _goal_report(goal_text, today_date, lang)
    if goal_report is None:
        goal_report = {"verdict": "unknown", "score": None, "criteria": {}, "findings": [], "facts": {}}
    deadline_fact = goal_report["facts"].get("deadline")
    deadline = dt.date.fromisoformat(deadline_fact["date"]) if deadline_fact and deadline_fact.get("date") else None

    findings: list[dict] = []
    action_facts: list[dict] = []
    for item in items:
        fact, found = _judge_action(item, today_date, deadline, lang)
        action_facts.append(fact)
        findings += found

    criteria: dict[str, dict] = {}
    names = _NAMES[lang]
    if not items:
        findings.append(finding("PLAN-no-actions", lang, None))
        for key in ACTION_CRITERIA:
            criteria[key] = {"status": "fail", "name": names[key],
                             "summary": "还没有行动。" if lang == "zh" else "No actions yet."}
    else:
        for key in ACTION_CRITERIA:
            status = max((f[key]["status"] for f in action_facts), key=lambda s: _WORST[s])
            criteria[key] = {"status": status, "name": names[key], "summary": _summary(key, status, action_facts, lang)}

    # CHECK: the best review among the actions
    reviews = [(review_of(it.line), it) for it in items]
    reviews = [(r, it) for r, it in reviews if r]
    if not reviews:
        findings.append(finding("PLAN-check-missing", lang, None))
        check = {"status": "fail", "summary": findings[-1]["message"]}
    else:
        best, item = max(reviews, key=lambda ri: ri[0]["score"])
        span = [item.start, item.end]
        own = []
        if not best["cadence"]:
            own.append(finding("PLAN-check-no-cadence", lang, span))
        if not best["compare"]:
            own.append(finding("PLAN-check-no-comparison", lang, span))
        for f in own:
            f["action"] = item.index
        findings += own
        if own:
            check = {"status": "warn", "summary": own[0]["message"]}
        else:
            check = {"status": "pass", "summary": (
                f"第 {item.index + 1} 条行动是检查：{best['cadence']}，{best['compare']}。"
                if lang == "zh" else
                f"Action {item.index + 1} is the review: {best['cadence']}, {best['compare']}.")}
    criteria["check"] = {"status": check["status"], "name": names["check"], "summary": check["summary"]}

    # ACT: a correction with a trigger
    corrections = [(correction_of(it.line), it) for it in items]
    corrections = [(c, it) for c, it in corrections if c]
    triggered = [(c, it) for c, it in corrections if c["kind"] == "triggered"]
    if triggered:
        c, item = triggered[0]
        act = {"status": "pass", "summary": (
            f"第 {item.index + 1} 条行动说明了发现差距时怎么办。" if lang == "zh"
            else f"Action {item.index + 1} says what happens when the check shows a gap.")}
    elif corrections:
        c, item = corrections[0]
        f = finding("PLAN-act-no-trigger", lang, [item.start + c["span"][0], item.start + c["span"][1]], word=c["word"])
        f["action"] = item.index
        findings.append(f)
        act = {"status": "warn", "summary": f["message"]}
    else:
        findings.append(finding("PLAN-act-missing", lang, None))
        act = {"status": "fail", "summary": findings[-1]["message"]}
    criteria["act"] = {"status": act["status"], "name": names["act"], "summary": act["summary"]}

    # GOAL: the SMART verdict of the goal itself
    g_status = {k: v["status"] for k, v in goal_report["criteria"].items()}
    if goal_report["verdict"] == "unknown":
        goal_status = "unknown"
        goal_summary = "目标检查没有完成，请换个说法再试。" if lang == "zh" else "The goal could not be checked; try rewording it."
    elif goal_report["verdict"] == "pass":
        goal_status = "pass"
        marks = " ".join(f"{k}{_MARKS.get(v, '?')}" for k, v in g_status.items())
        goal_summary = (f"目标符合 SMART（{marks}）。" if lang == "zh" else f"The goal is SMART ({marks}).")
    else:
        goal_status = "fail" if "fail" in g_status.values() else "warn"
        letters = "、".join(k for k, v in g_status.items() if v in ("warn", "fail")) if lang == "zh" \
            else ", ".join(k for k, v in g_status.items() if v in ("warn", "fail"))
        f = finding("PLAN-goal-not-smart", lang, [0, len(goal_text)], letters=letters)
        findings.append(f)
        goal_summary = f["message"]
    criteria["goal"] = {"status": goal_status, "name": names["goal"], "summary": goal_summary}

    do_status = max((criteria[k]["status"] for k in ACTION_CRITERIA), key=lambda s: _WORST[s])
    facts = {
        "actions": action_facts,
        "goal": {"text": goal_text, "verdict": goal_report["verdict"], "score": goal_report["score"],
                 "criteria": g_status, "deadline": deadline_fact,
                 "findings": [{k: f[k] for k in ("rule", "criterion", "level", "message", "span", "doc")}
                              for f in goal_report["findings"]]},
        "pdca": {"plan": goal_status if items else "fail", "do": do_status,
                 "check": criteria["check"]["status"], "act": criteria["act"]["status"]},
        "today": today_date.isoformat(),
    }
    return build_report("plan", lang, text, criteria, findings, facts)
