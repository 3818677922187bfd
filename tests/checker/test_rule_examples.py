"""Every example in checker/rules/*.yml is a test: a bad example must raise
its rule, a good one must not. Rules of other kinds (plan, star) run through
their own checker when it exists."""
from __future__ import annotations

import importlib

import pytest

from checker.compile import compile_rules

RULES = compile_rules()["rules"]
CHECKERS = {"smart": ("checker.goal", "check_goal"), "plan": ("checker.plan", "check_plan"),
            "star": ("checker.star", "check_star")}


def _cases():
    for rule in RULES:
        if rule["kind"] != "smart":
            continue  # plan/STAR examples run in their own checker's tests
        for verdict in ("bad", "good"):
            for i, example in enumerate(rule["examples"][verdict]):
                yield pytest.param(rule, verdict, example, id=f"{rule['id']}-{verdict}{i}")


def _run(rule, example):
    module, func = CHECKERS[rule["kind"]]
    try:
        check = getattr(importlib.import_module(module), func)
    except (ModuleNotFoundError, AttributeError):
        pytest.skip(f"{module}.{func} is not available")
    if rule["kind"] == "smart":
        return check(example["text"], today=example.get("today", "2026-11-23"), role=example.get("role"))
    if rule["kind"] == "plan":
        return check(goal=example.get("goal", example["text"]), actions=example.get("actions", []),
                     today=example.get("today", "2026-11-23"))
    return check(text=example["text"])


@pytest.mark.parametrize("rule, verdict, example", list(_cases()))
def test_rule_example(rule, verdict, example):
    report = _run(rule, example)
    raised = [f["rule"] for f in report["findings"]]
    if verdict == "bad":
        assert rule["id"] in raised, f"{example['text']!r} should raise {rule['id']}; got {raised}"
    else:
        assert rule["id"] not in raised, f"{example['text']!r} should not raise {rule['id']}"


def test_every_smart_rule_has_bad_and_good_examples():
    for rule in RULES:
        if rule["kind"] == "smart":
            assert rule["examples"]["bad"] and rule["examples"]["good"], rule["id"]
