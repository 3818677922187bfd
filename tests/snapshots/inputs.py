"""Every goal, plan and STAR answer the test tables hold, as one list of
(key, kind, payload): the inputs whose whole reports are saved in
reports.jsonl and compared by test_reports_unchanged.py. The rules'
examples are inputs too for the report contract's test, but not saved: a
new rule's examples need no saved report, only the tables' do.

The key is stable (table file + case id, or rule id + example index), so a
diff names the case that changed.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from tests.cases.table import load_table
from tests.checker.heldout import load_heldout
from tests.plan_star.cases import plan_cases, plan_payload, star_cases

RULES_DIR = Path(__file__).resolve().parents[2] / "checker" / "rules"
DEFAULT_TODAY = "2026-11-23"


def _rule_examples():
    for path in sorted(RULES_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for rule in data.get("rules") or []:
            kind = rule.get("kind", "goal")
            for verdict in ("bad", "good"):
                for i, ex in enumerate(rule["examples"][verdict]):
                    key = f"rule:{rule['id']}:{verdict}{i}"
                    if kind == "goal":
                        yield key, "goal", {"text": ex["text"], "today": str(ex.get("today", DEFAULT_TODAY)),
                                            "role": ex.get("role")}
                    elif kind == "plan":
                        yield key, "plan", {"goal": ex.get("goal", ex["text"]), "actions": ex.get("actions", []),
                                            "today": str(ex.get("today", DEFAULT_TODAY))}
                    else:
                        yield key, "star", {"text": ex["text"], "lang": ex.get("lang")}


def all_inputs(rule_examples: bool = False) -> list[tuple[str, str, dict]]:
    out = []
    cases, _ = load_table()
    out += [(f"cases:{c['id']}", "goal", {"text": c["text"], "today": c["today"], "role": c["role"]}) for c in cases]
    heldout, _ = load_heldout()
    out += [(f"heldout:{c['id']}", "goal", {"text": c["text"], "today": c["today"], "role": c["role"]})
            for c in heldout]
    out += [(f"plan:{c['id']}", "plan", plan_payload(c)) for c in plan_cases()]
    out += [(f"star:{c['id']}", "star", {"text": c["text"], "lang": c.get("lang")}) for c in star_cases()]
    if rule_examples:
        out += list(_rule_examples())
    return out


def run(kind: str, payload: dict) -> dict:
    """The report, or {"error": ...} for an input the checker refuses."""
    from checker import check_goal
    from checker.errors import InputError
    from checker.plan import check_plan  # noqa
    from checker.star import check_star
    try:
        if kind == "goal":
            return check_goal(payload["text"], today=payload["today"], role=payload.get("role"))
        if kind == "plan":
            return check_plan(payload["goal"], payload["actions"], today=payload["today"])
        return check_star(payload["text"], lang=payload.get("lang"))
    except InputError as exc:
        return exc.to_dict()
