"""Report assembly for the STAR and plan checkers, on top of the shared
checker.report (findings from rule data) and checker.lang.

checker.report.assemble is written for the five SMART criteria; plan and
STAR reports have their own criteria keys, so the report dict is put
together here in the same shape (DESIGN.md "The report").
"""
from __future__ import annotations

from checker.errors import InputError
from checker.lang import detect_lang  # noqa: F401  (re-exported for plan/star)
from checker.report import LEVEL_ORDER, STATUS_POINTS, make_finding


def finding(rule_id: str, lang: str, span, **params) -> dict:
    return make_finding(rule_id, lang, span, **params)


def build_report(kind: str, lang: str, text: str, criteria: dict, findings: list, facts: dict) -> dict:
    statuses = [c["status"] for c in criteria.values()]
    judged = [STATUS_POINTS[s] for s in statuses if s in STATUS_POINTS]
    findings = sorted(findings, key=lambda f: (LEVEL_ORDER.get(f["level"], 3),
                                               f["span"][0] if f["span"] else 10**9))
    return {
        "kind": kind,
        "lang": lang,
        "text": text,
        "verdict": "revise" if any(s in ("warn", "fail") for s in statuses) else "pass",
        "score": round(100 * sum(judged) / len(judged)) if judged else 0,
        "criteria": criteria,
        "findings": findings,
        "facts": facts,
    }


def input_error(code: str, zh: str, en: str, lang: str = "en") -> InputError:
    """An InputError (exit 2 / {"error"} in the bridge) with our own wording."""
    err = InputError(code, lang)
    err.message_zh, err.message_en = zh, en
    err.args = (err.message,)
    return err
