"""One string-in, string-out entry for the browser worker and Node tests.

    run(kind, payload_json) -> report JSON

kinds: "goal", "roles", and "plan"/"star" when checker.plan / checker.star
exist. Bad input comes back as {"error": {"code", "message"}}; it never raises.

warm_up(kind) runs one check of each language, so the worker's first real
check of that kind is as fast as the others.
"""
from __future__ import annotations

import importlib
import json

from checker.errors import DataMissingError, InputError

_GOAL_KEYS = {"text", "today", "role", "lang", "roles"}


def _goal(payload: dict) -> dict:
    from checker.goal import check_goal
    if "text" not in payload:
        raise InputError("bad-payload", detail="'text' is required")
    unknown = set(payload) - _GOAL_KEYS
    if unknown:
        raise InputError("bad-payload", detail=f"unknown keys {sorted(unknown)}")
    return check_goal(payload["text"], today=payload.get("today"), role=payload.get("role"),
                      lang=payload.get("lang"), roles=payload.get("roles"))


def _roles(payload: dict) -> list:
    from checker.relevance import list_roles
    return list_roles()


def _optional(module: str, func: str):
    def call(payload: dict):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and (exc.name == module or module.startswith(exc.name + ".") or exc.name.startswith(module)):
                raise InputError("not-available", value=module.rsplit(".", 1)[-1]) from None
            raise
        return getattr(mod, func)(**payload)
    return call


HANDLERS = {
    "goal": _goal,
    "roles": _roles,
    "plan": _optional("checker.plan", "check_plan"),
    "star": _optional("checker.star", "check_star"),
}


# One check of each language per kind. The worker warms up "goal" on every
# page and "plan"/"star" on the pages that have those tools; the build records
# the regexes of the "goal" warm-up only (checker/sre_cache.py), since that is
# what the checker page downloads.
WARM_UP = {
    "goal": (
        {"text": "月底前把客户投诉率从4%降到2%", "today": "2026-01-05"},
        {"text": "Cut complaints from 4% to 2% by 31 March 2026", "today": "2026-01-05"},
    ),
    "plan": (
        {"goal": "3月31日前把客户投诉率从4%降到2%", "today": "2026-01-05",
         "actions": ["客服主管张华1月10日前整理上季度的投诉记录", "每周五张华统计投诉率并和2%对比"]},
        {"goal": "Cut complaints from 4% to 2% by 31 March 2026", "today": "2026-01-05",
         "actions": ["Anna reviews last quarter's complaint log by 10 January",
                     "Every Friday Anna compares the complaint rate with the 2% target"]},
    ),
    "star": (
        {"text": "去年前台来访者常常等很久。主管让我改进接待流程。我把接听用语统一了。三个月后投诉从6起降到1起。"},
        {"text": "Last year visitors waited too long at reception. My manager asked me to fix it. "
                 "I changed the greeting routine. Complaints fell from 6 to 1 a month."},
    ),
}


def warm_up(kind: str = "goal") -> None:
    for payload in WARM_UP[kind]:
        run(kind, json.dumps(payload))


def run(kind: str, payload_json: str) -> str:
    try:
        handler = HANDLERS.get(kind)
        if handler is None:
            raise InputError("unknown-kind", value=str(kind)[:40])
        try:
            payload = json.loads(payload_json) if payload_json not in (None, "") else {}
        except (TypeError, ValueError) as exc:
            raise InputError("bad-json", detail=str(exc)[:120]) from None
        if not isinstance(payload, dict):
            raise InputError("bad-payload", detail="the payload must be a JSON object")
        result = handler(payload)
    except (InputError, DataMissingError) as exc:
        return json.dumps(exc.to_dict(), ensure_ascii=False)
    except TypeError as exc:  # wrong keyword arguments for plan/star
        return json.dumps({"error": {"code": "bad-payload", "message": str(exc)[:200]}}, ensure_ascii=False)
    except Exception as exc:  # never raise into the worker: report it as data
        return json.dumps({"error": {"code": "internal", "message": f"{type(exc).__name__}: {exc}"[:300]}},
                          ensure_ascii=False)
    return json.dumps(result, ensure_ascii=False)
