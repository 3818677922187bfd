"""Bad input of every kind: a clear InputError (exit 2 in the CLI, an error
object in the bridge), never a crash. Generated input of every kind is in
tests/checker/test_fuzz.py."""
from __future__ import annotations

import json

import pytest

from checker.bridge import run
from checker.errors import InputError
from checker.plan import check_plan
from checker.star import MAX_ANSWER_CHARS, check_star

GOAL = "月底前把前台收银速度提升至每位顾客两分钟"


@pytest.mark.parametrize("goal, actions, today", [
    ("", ["x"], "2026-11-10"),
    ("   ", ["x"], "2026-11-10"),
    (None, ["x"], "2026-11-10"),
    (GOAL, 5, "2026-11-10"),
    (GOAL, [5], "2026-11-10"),
    (GOAL, [{"who": "王丽", "color": "red"}], "2026-11-10"),
    (GOAL, [{"who": ["王丽"]}], "2026-11-10"),
    (GOAL, ["x" * 600], "2026-11-10"),
    (GOAL, ["a"] * 41, "2026-11-10"),
    ("增" * 3000, ["x"], "2026-11-10"),
    (GOAL, ["x"], "2026-13-45"),
    (GOAL, ["x"], "tomorrow"),
])
def test_plan_bad_input(goal, actions, today):
    with pytest.raises(InputError) as info:
        check_plan(goal, actions, today=today)
    assert info.value.message and "\n" not in info.value.message


@pytest.mark.parametrize("text, lang", [("", None), ("  \n ", None), (None, None), (42, None),
                                        ("x" * (MAX_ANSWER_CHARS + 1), None), ("我负责", "fr")])
def test_star_bad_input(text, lang):
    with pytest.raises(InputError):
        check_star(text, lang=lang)


@pytest.mark.parametrize("kind, payload", [
    ("plan", {"goal": GOAL}),                       # actions missing: a plan with no actions
    ("plan", {"goal": GOAL, "actions": "a\nb"}),    # one string: split into lines
])
def test_bridge_accepts_lenient_shapes(kind, payload):
    report = json.loads(run(kind, json.dumps(payload, ensure_ascii=False)))
    assert report["kind"] == "plan"


@pytest.mark.parametrize("kind, payload", [
    ("plan", {}), ("plan", {"goal": ""}), ("plan", {"goal": GOAL, "actions": [1]}),
    ("plan", {"goal": GOAL, "oops": 1}), ("plan", {"goal": GOAL, "today": "2026-02-30"}),
    ("star", {}), ("star", {"text": ""}), ("star", {"text": "a", "extra": True}),
])
def test_bridge_bad_input_is_an_error_object(kind, payload):
    report = json.loads(run(kind, json.dumps(payload)))
    assert set(report) == {"error"} and report["error"]["message"]
    assert report["error"]["code"] != "internal", report
