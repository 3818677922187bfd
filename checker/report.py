"""Assemble the report (DESIGN.md "The report"): findings from rule data,
criterion statuses and summaries, verdict and score.

A rule's level sets the status it gives its criterion: error -> fail,
warning -> warn, info -> unknown.
"""
from __future__ import annotations

from functools import lru_cache

from checker import data_loader

CRITERIA = ("S", "M", "A", "R", "T")
LEVEL_STATUS = {"error": "fail", "warning": "warn", "info": "unknown"}
STATUS_POINTS = {"pass": 1.0, "warn": 0.5, "fail": 0.0}
LEVEL_ORDER = {"error": 0, "warning": 1, "info": 2}


class _Params(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _fill(template: str, params: dict) -> str:
    if "{" not in template:
        return template
    try:
        return template.format_map(_Params(params))
    except (ValueError, IndexError):
        return template


@lru_cache(maxsize=256)
def _rule_texts(rule_id: str, lang: str) -> tuple:
    rule = data_loader.rule(rule_id)
    return (rule["criterion"], rule["level"], rule["title"][lang], rule["message"][lang],
            rule["suggestion"][lang], f"rules/{rule_id.lower()}/")


def make_finding(rule_id: str, lang: str, span=None, **params) -> dict:
    criterion, level, title, message, suggestion, doc = _rule_texts(rule_id, lang)
    return {
        "rule": rule_id,
        "criterion": criterion,
        "level": level,
        "title": title,
        "message": _fill(message, params),
        "span": [int(span[0]), int(span[1])] if span else None,
        "suggestion": _fill(suggestion, params),
        "doc": doc,
    }


@lru_cache(maxsize=32)
def criterion_name(criterion: str, lang: str) -> str:
    texts = data_loader.criteria_texts().get(criterion, {})
    return (texts.get("name") or {}).get(lang, criterion)


@lru_cache(maxsize=32)
def _pass_template(criterion: str, lang: str) -> str:
    texts = data_loader.criteria_texts().get(criterion, {})
    return (texts.get("pass") or {}).get(lang, "")


def pass_summary(criterion: str, lang: str, params: dict) -> str:
    return _fill(_pass_template(criterion, lang), params)


_CRITERION_ORDER = {c: i for i, c in enumerate(CRITERIA)}


def _finding_order(f):
    span = f["span"]
    return (span is None, span[0] if span else 0, _CRITERION_ORDER[f["criterion"]], LEVEL_ORDER[f["level"]])


def assemble(text: str, lang: str, statuses: dict, findings: list[dict], pass_params: dict, facts: dict) -> dict:
    findings.sort(key=_finding_order)
    first: dict[str, dict] = {}  # each criterion's most severe finding gives its summary
    for f in findings:
        c = f["criterion"]
        if c not in first or LEVEL_ORDER[f["level"]] < LEVEL_ORDER[first[c]["level"]]:
            first[c] = f
    criteria = {}
    points = 0.0
    judged = 0
    verdict = "pass"
    for c in CRITERIA:
        status = statuses[c]
        if status == "pass":
            summary = pass_summary(c, lang, pass_params.get(c, {}))
        else:
            summary = first[c]["message"] if c in first else ""
        criteria[c] = {"status": status, "name": criterion_name(c, lang), "summary": summary}
        if status != "unknown":
            judged += 1
            points += STATUS_POINTS[status]
            if status != "pass":
                verdict = "revise"
    score = round(100 * points / judged) if judged else 0
    return {"kind": "smart", "lang": lang, "text": text, "verdict": verdict, "score": score,
            "criteria": criteria, "findings": findings, "facts": facts}
