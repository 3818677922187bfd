"""One string-in, string-out entry for the browser worker and Node tests.

    run(kind, payload_json) -> report JSON

kinds: every kind of check in checker/rules/kinds.yml (goal, plan, star),
plus "roles" (the role profiles). The payload's keys are checked against
the kind's (checker.engine.kinds). Bad input comes back as
{"error": {"code", "message"}}; it never raises.

warm_up(kind) runs one check of each language, so the worker's first real
check of that kind is as fast as the others.
"""
from __future__ import annotations

import json

from checker.engine import kinds
from checker.errors import DataMissingError, InputError


def _check(kind: str, payload: dict) -> dict:
    kinds.validate_payload(kind, payload)
    return kinds.entry(kind)(**payload)


def _roles(payload: dict) -> list:
    from checker.relevance import list_roles
    return list_roles()


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
        if kind != "roles":
            kinds.kind(kind)  # an unknown kind is an input error
        try:
            payload = json.loads(payload_json) if payload_json not in (None, "") else {}
        except (TypeError, ValueError) as exc:
            raise InputError("bad-json", detail=str(exc)[:120]) from None
        if not isinstance(payload, dict):
            raise InputError("bad-payload", message="not-an-object")
        result = _roles(payload) if kind == "roles" else _check(kind, payload)
    except (InputError, DataMissingError) as exc:
        return json.dumps(exc.to_dict(), ensure_ascii=False)
    except Exception as exc:  # never raise into the worker: report it as data
        return json.dumps({"error": {"code": "internal", "message": f"{type(exc).__name__}: {exc}"[:300]}},
                          ensure_ascii=False)
    return json.dumps(result, ensure_ascii=False)
