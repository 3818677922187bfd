"""checker.bridge.run: JSON in, JSON out, never raises."""
from __future__ import annotations

import json

import pytest

from checker import bridge


def call(kind, payload):
    raw = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return json.loads(bridge.run(kind, raw))


def test_goal_report():
    report = call("goal", {"text": "月底前把前台收银速度提升至两分钟", "today": "2026-11-23", "role": "front-desk"})
    assert report["criteria"]["T"]["status"] == "pass"
    assert report["facts"]["deadline"]["date"] == "2026-11-30"
    assert report["criteria"]["R"]["status"] == "pass"


def test_roles_list():
    roles = call("roles", {})
    assert {r["id"] for r in roles} >= {"front-desk", "sales", "customer-manager", "admin", "rnd", "auditor",
                                        "teacher", "student"}
    assert all(r["name"]["zh"] and r["name"]["en"] for r in roles)


def test_goal_with_inline_roles():
    roles = {"roles": [{"id": "nurse", "name": {"zh": "护士"}, "signals": ["输液", "病人"]}]}
    report = call("goal", {"text": "月底前把输液等候时间缩短到10分钟", "today": "2026-11-23", "role": "nurse",
                           "roles": roles})
    assert report["criteria"]["R"]["status"] == "pass"


@pytest.mark.parametrize("kind, payload, code", [
    ("goal", {"text": ""}, "empty-text"),
    ("goal", {"text": "   "}, "empty-text"),
    ("goal", {"text": "x" * 5000}, "text-too-long"),
    ("goal", {"text": 42}, "bad-text"),
    ("goal", {}, "bad-payload"),
    ("goal", {"text": "x", "colour": "red"}, "bad-payload"),
    ("goal", {"text": "x", "today": "2026-02-30"}, "bad-date"),
    ("goal", {"text": "x", "role": "astronaut"}, "unknown-role"),
    ("goal", {"text": "x", "lang": "fr"}, "bad-lang"),
    ("goal", {"text": "x", "roles": {"roles": "nope"}}, "bad-roles-file"),
    ("goal", "{not json", "bad-json"),
    ("goal", "[1, 2]", "bad-payload"),
    ("teleport", {}, "unknown-kind"),
])
def test_bad_input_is_an_error_object(kind, payload, code):
    result = call(kind, payload)
    assert result["error"]["code"] == code
    assert result["error"]["message"]


def test_never_raises_on_odd_arguments():
    for args in ((None, None), ("goal", None), ("goal", 3), (3, "{}")):
        result = json.loads(bridge.run(*args))
        assert "error" in result and result["error"]["message"]


@pytest.mark.parametrize("kind", sorted(bridge.WARM_UP))
def test_warm_up_examples_are_real_checks_in_both_languages(kind):
    # A warm-up that errors would warm nothing: each example must give a report.
    reports = [call(kind, payload) for payload in bridge.WARM_UP[kind]]
    assert [r.get("error") for r in reports] == [None] * len(reports)
    assert sorted(r["lang"] for r in reports) == ["en", "zh"]
