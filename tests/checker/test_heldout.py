"""The held-out goal set (heldout_goals.yml): goals written by hand from
checker/README.md before the checker was run on them. One test per goal;
agreement per criterion: `.venv/bin/python -m tests.checker.heldout`."""
from __future__ import annotations

import pytest

from checker import check_goal
from tests.checker.heldout import COLUMNS, expected, load_heldout, observe

CASES, SCHEMA_ERRORS = load_heldout()


def test_heldout_schema_is_valid_and_large_enough():
    assert SCHEMA_ERRORS == []
    langs = [case["id"].split("-")[0] for case in CASES]
    assert len(CASES) >= 80 and langs.count("zh") >= 30 and langs.count("en") >= 30


def _param(case):
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=True)] if case["known_miss"] else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_heldout_goal(case):
    seen = observe(check_goal, case)
    wrong = {column: (expected(case, column), seen[column]) for column in COLUMNS
             if seen[column] != expected(case, column)}
    assert wrong == {}, f"{case['text']}: (expected, got) per column: {wrong}"
