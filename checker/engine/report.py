"""The one report builder, for every kind (checker/REPORT.md).

A criterion's status follows from its findings: the most severe one decides
(error -> fail, warning -> warn, info -> unknown; none -> pass). A rule may
also count for other criteria of its kind (`also` in its YAML: a plan with
no actions leaves who, when and how undecided as well as what).
The verdict is `revise` when any criterion is warn or fail; the score is
the share of judged criteria (pass 1, warn 0.5, fail 0; unknown is not
judged).
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from checker.engine import kinds
from checker.engine.judge import SEVERITY, fill
from checker.engine.registry import SUMMARIES

LEVEL_STATUS = {"error": "fail", "warning": "warn", "info": "unknown"}
STATUS_OF_SEVERITY = {3: "fail", 2: "warn", 1: "unknown", 0: "pass"}
STATUS_POINTS = {"pass": 1.0, "warn": 0.5, "fail": 0.0}
STATUS_MARKS = {"pass": "✓", "warn": "!", "fail": "✗", "unknown": "?"}  # how a status is shown in one character


def status_of(findings) -> str:
    """The status the most severe of `findings` implies; pass when there are none."""
    worst = 0
    for f in findings:
        level = SEVERITY[f["level"]]
        if level > worst:
            worst = level
    return STATUS_OF_SEVERITY[worst]


@lru_cache(maxsize=8)
def _layout(kind_name: str) -> tuple:
    """Per criterion of the kind, once: (key, names by lang, pass templates by lang, summary function)."""
    spec = kinds.kind(kind_name)
    out = []
    for criterion, crit in spec["criteria"].items():
        importlib.import_module(crit["module"])  # its summary registers itself on import
        out.append((criterion, crit["name"], crit.get("pass") or {}, SUMMARIES.get(crit["module"])))
    return tuple(out), spec.get("summary", "message")


def build_report(kind_name: str, subject, judgement, facts: dict) -> dict:
    """The report of `subject` (.text, .lang) from its judgement (engine.judge) and facts."""
    layout, finding_field = _layout(kind_name)
    lang = subject.lang
    own, worsts = judgement.by_criterion, judgement.worst
    criteria, points, judged, revise = {}, 0.0, 0, False
    for criterion, names, pass_texts, summarise in layout:
        worst = worsts.get(criterion)
        status = LEVEL_STATUS[worst["level"]] if worst else "pass"
        # the summary: what the criterion's module says, else its pass template, else the most severe finding
        summary = summarise(subject, status, own.get(criterion, [])) if summarise is not None else None
        if summary.__class__ is not str:
            summary = fill(pass_texts.get(lang, ""), summary or {}) if worst is None else worst[finding_field]
        criteria[criterion] = {"status": status, "name": names[lang], "summary": summary}
        if status != "unknown":
            judged += 1
            points += STATUS_POINTS[status]
            revise = revise or status != "pass"
    return {
        "kind": kind_name,
        "lang": lang,
        "text": subject.text,
        "verdict": "revise" if revise else "pass",
        "score": round(100 * points / judged) if judged else 0,
        "criteria": criteria,
        "findings": judgement.in_report_order(),
        "facts": facts,
    }
