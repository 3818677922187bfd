"""Every example in checker/rules/plan.yml and star.yml runs as a test: a bad
example raises its rule, a good one does not."""
from __future__ import annotations

import pytest

from checker.plan import check_plan
from checker.star import check_star
from tests.plan_star.cases import rule_examples

PLAN = rule_examples("plan")
STAR = rule_examples("star")


def _id(item):
    rule_id, key, i, _ = item
    return f"{rule_id}-{key}{i}"


def test_every_rule_has_both_kinds_of_example():
    for examples in (PLAN, STAR):
        rules = {r for r, *_ in examples}
        for rule_id in rules:
            kinds = {k for r, k, *_ in examples if r == rule_id}
            assert kinds == {"bad", "good"}, rule_id


@pytest.mark.parametrize("item", PLAN, ids=_id)
def test_plan_example(item):
    rule_id, key, _, ex = item
    report = check_plan(ex["goal"], ex["actions"], today=ex.get("today"))
    fired = rule_id in {f["rule"] for f in report["findings"]}
    assert fired == (key == "bad"), [f["rule"] for f in report["findings"]]


@pytest.mark.parametrize("item", STAR, ids=_id)
def test_star_example(item):
    rule_id, key, _, ex = item
    report = check_star(ex["text"], lang=ex.get("lang"))
    fired = rule_id in {f["rule"] for f in report["findings"]}
    assert fired == (key == "bad"), [f["rule"] for f in report["findings"]]
