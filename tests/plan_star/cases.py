"""Load the plan and STAR case tables and the plan/STAR rule examples, so the
CPython tests and the Pyodide-in-Node test run exactly the same inputs."""
from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
RULES = HERE.parent.parent / "checker" / "rules"


def plan_cases() -> list[dict]:
    return yaml.safe_load((HERE / "plan_cases.yml").read_text(encoding="utf-8"))["cases"]


def star_cases() -> list[dict]:
    return yaml.safe_load((HERE / "star_cases.yml").read_text(encoding="utf-8"))["cases"]


def rule_examples(kind: str) -> list[tuple[str, str, int, dict]]:
    """(rule id, "bad"|"good", index, example) for every rule of `kind`."""
    out = []
    for name in (f"{kind}.yml",):
        data = yaml.safe_load((RULES / name).read_text(encoding="utf-8"))
        for rule in data["rules"]:
            for key in ("bad", "good"):
                for i, ex in enumerate(rule["examples"][key]):
                    out.append((rule["id"], key, i, ex))
    return out


def plan_payload(case: dict) -> dict:
    return {"goal": case["goal"], "actions": case["actions"], "today": str(case["today"])}
