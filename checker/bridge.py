"""One string-in, string-out entry for the browser worker and Node tests.

    run(kind, payload_json) -> report JSON

kinds: "goal", "roles", and "plan"/"star" when checker.plan / checker.star
exist. Bad input comes back as {"error": {"code", "message"}}; it never raises.

warm_up() runs one check of each language, so the worker's first real check
is as fast as the others; the build records the regexes it compiles
(checker/sre_cache.py).
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


WARM_UP_GOALS = (
    {"text": "月底前把客户投诉率从4%降到2%", "today": "2026-01-05"},
    {"text": "Cut complaints from 4% to 2% by 31 March 2026", "today": "2026-01-05"},
)


def warm_up() -> None:
    for payload in WARM_UP_GOALS:
        run("goal", json.dumps(payload))


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
