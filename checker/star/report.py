"""Report pieces shared by the STAR and plan checkers: findings from the
compiled rule data, the report dict, language guess, bilingual input errors.
"""
from __future__ import annotations

import re

from checker.data_loader import rule
from checker.errors import InputError

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]+")
_SCORE = {"pass": 1.0, "warn": 0.5, "fail": 0.0}


def detect_lang(text: str) -> str:
    """zh when Han characters are at least as many as Latin words."""
    return "zh" if len(_HAN.findall(text)) >= len(_LATIN.findall(text)) else "en"


class _Blank(dict):
    def __missing__(self, key):
        return ""


def finding(rule_id: str, lang: str, span, **params) -> dict:
    data = rule(rule_id)
    fill = _Blank({k: v for k, v in params.items()})
    return {
        "rule": rule_id,
        "criterion": data["criterion"],
        "level": data["level"],
        "title": data["title"][lang],
        "message": data["message"][lang].format_map(fill),
        "span": list(span) if span is not None else None,
        "suggestion": data["suggestion"][lang].format_map(fill),
        "doc": f"rules/{rule_id.lower()}/",
    }


def build_report(kind: str, lang: str, text: str, criteria: dict, findings: list, facts: dict) -> dict:
    statuses = [c["status"] for c in criteria.values()]
    judged = [_SCORE[s] for s in statuses if s in _SCORE]
    order = {"error": 0, "warning": 1, "info": 2}
    findings = sorted(findings, key=lambda f: (order.get(f["level"], 3), (f["span"] or [10**9])[0]))
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
