"""Bad input of every kind: a clear InputError (exit 2 in the CLI, an error
object in the bridge), never a crash; no input string crashes the checkers
or yields a span outside the text."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _spans_ok(report):
    text = report["text"]
    spans = [f["span"] for f in report["findings"] if f["span"]]
    if report["kind"] == "star":
        spans += [s["span"] for s in report["facts"]["sentences"]]
    else:
        for a in report["facts"]["actions"]:
            spans += [a["span"]] + [a[k]["span"] for k in ("who", "what", "when", "how") if a[k]["span"]]
    return all(0 <= s <= e <= len(text) for s, e in spans)


_texty = st.text(alphabet=st.sampled_from(list("我们团队负责结果首先然后每周五前对比如果超过店长王丽大家尽快 ,.。，；!?\n0123456789%IweThe|｜：:人时间Owner")),
                 min_size=1, max_size=120)


@settings(max_examples=150, deadline=None)
@given(_texty)
def test_star_never_crashes(text):
    try:
        report = check_star(text)
    except InputError:
        return
    assert _spans_ok(report)


@settings(max_examples=150, deadline=None)
@given(st.lists(_texty, max_size=5), st.text(max_size=40))
def test_plan_never_crashes(actions, goal_tail):
    try:
        report = check_plan("月底前" + goal_tail, actions, today="2026-11-10")
    except InputError:
        return
    assert _spans_ok(report)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_star_any_unicode(text):
    try:
        report = check_star(text)
    except InputError:
        return
    assert _spans_ok(report)
