"""Every example in checker/rules/*.yml is a test: a bad example must raise
its rule, a good one must not, whatever the kind (goal, plan, STAR), run
through the kind's own entry (checker/rules/kinds.yml)."""
from __future__ import annotations

import pytest

from checker.compile import compile_rules
from checker.engine.kinds import entry

RULES = compile_rules()["rules"]
DEFAULT_TODAY = "2026-11-23"


def _cases():
    for rule in RULES:
        for verdict in ("bad", "good"):
            for i, example in enumerate(rule["examples"][verdict]):
                yield pytest.param(rule, verdict, example, id=f"{rule['id']}-{verdict}{i}")


def _run(rule, example):
    check = entry(rule["kind"])
    if rule["kind"] == "goal":
        return check(example["text"], today=example.get("today", DEFAULT_TODAY), role=example.get("role"))
    if rule["kind"] == "plan":
        return check(example.get("goal", example["text"]), example.get("actions", []),
                     today=example.get("today", DEFAULT_TODAY))
    return check(example["text"], lang=example.get("lang"))


@pytest.mark.parametrize("rule, verdict, example", list(_cases()))
def test_rule_example(rule, verdict, example):
    report = _run(rule, example)
    raised = [f["rule"] for f in report["findings"]]
    if verdict == "bad":
        assert rule["id"] in raised, f"{example['text']!r} should raise {rule['id']}; got {raised}"
    else:
        assert rule["id"] not in raised, f"{example['text']!r} should not raise {rule['id']}"


def test_every_kind_has_rules_with_examples():
    assert {r["kind"] for r in RULES} == {"goal", "plan", "star"}
    for rule in RULES:
        assert rule["examples"]["bad"] and rule["examples"]["good"], rule["id"]
