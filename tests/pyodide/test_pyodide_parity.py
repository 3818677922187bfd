"""The checker gives the same reports under Pyodide (Node, the npm core) as on CPython.

Builds the checker wheel and lock exactly as the site build does
(hooks/checker_bundle.py), installs the wheel into Pyodide in Node with its
sha256 checked, runs every case of the case table, every SMART rule example
and a few bad inputs through checker.bridge.run, and compares the reports with
CPython's, case by case. Every case carries its own `today`, so dates agree.
"""
from __future__ import annotations

import json

import pytest

from checker.bridge import run as cpython_run
from checker.compile import compile_rules
from tests.cases.table import load_table
from tests.pyodide.runner import run_in_pyodide

pytestmark = pytest.mark.node

BAD_INPUTS = [
    ("bad-empty", "goal", {"text": "   "}),
    ("bad-too-long", "goal", {"text": "增强客户意识" * 400}),
    ("bad-role", "goal", {"text": "月底前把投诉率降到2%", "role": "astronaut"}),
    ("bad-date", "goal", {"text": "月底前把投诉率降到2%", "today": "2026-13-45"}),
    ("bad-kind", "poem", {"text": "x"}),
    ("roles", "roles", {}),
]


def jobs() -> list[dict]:
    cases, errors = load_table()
    assert cases, f"the case table is empty or unreadable: {errors[:3]}"
    out = []
    for case in cases:
        payload = {"text": case["text"], "today": case["today"]}
        if case["role"]:
            payload["role"] = case["role"]
        out.append({"id": case["id"], "kind": "goal", "payload": payload})
    # The SMART rules' own examples (plan/STAR parity lives in tests/plan_star/).
    for rule in compile_rules()["rules"]:
        if rule.get("kind", "smart") != "smart":
            continue
        for key in ("bad", "good"):
            for n, ex in enumerate(rule["examples"][key]):
                payload = {k: ex[k] for k in ("text", "today", "role", "lang") if k in ex}
                out.append({"id": f"rule-{rule['id']}-{key}-{n}", "kind": "goal", "payload": payload})
    out += [{"id": i, "kind": k, "payload": p} for i, k, p in BAD_INPUTS]
    return out


@pytest.fixture(scope="module")
def pyodide_reports(tmp_path_factory) -> dict:
    return run_in_pyodide(jobs(), tmp_path_factory.mktemp("pyodide"))


def test_every_job_ran(pyodide_reports):
    assert set(pyodide_reports) == {job["id"] for job in jobs()}


@pytest.mark.parametrize("job", jobs(), ids=lambda job: job["id"])
def test_same_report_as_cpython(job, pyodide_reports):
    expected = json.loads(cpython_run(job["kind"], json.dumps(job["payload"], ensure_ascii=False)))
    assert pyodide_reports[job["id"]] == expected


def test_bad_input_is_an_error_object_not_a_crash(pyodide_reports):
    for job_id in ("bad-empty", "bad-too-long", "bad-kind"):
        assert set(pyodide_reports[job_id]) == {"error"}, pyodide_reports[job_id]
        assert pyodide_reports[job_id]["error"]["message"]
