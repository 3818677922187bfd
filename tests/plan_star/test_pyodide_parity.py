"""The plan and STAR checkers give the same reports under Pyodide in Node
(the npm core, Python 3.14) as on CPython: every case of both tables, every
rule example and a few bad inputs, through checker.bridge.run.

Reuses the in-page checker's Node runner (tests/pyodide/run_bridge.mjs) and
its bundle builder (hooks/checker_bundle.py), so the wheel and lock are the
ones the site ships.
"""
from __future__ import annotations

import json

import pytest

from checker.bridge import run as cpython_run
from tests.plan_star.cases import plan_cases, plan_payload, rule_examples, star_cases
from tests.pyodide.runner import run_in_pyodide

pytestmark = pytest.mark.node

BAD_INPUTS = [
    ("bad-plan-empty-goal", "plan", {"goal": " ", "actions": ["x"]}),
    ("bad-plan-actions", "plan", {"goal": "月底前把投诉率降到2%", "actions": 7}),
    ("bad-plan-date", "plan", {"goal": "月底前把投诉率降到2%", "actions": [], "today": "2026-02-30"}),
    ("bad-star-empty", "star", {"text": ""}),
    ("bad-star-long", "star", {"text": "我们" * 4000}),
]


def jobs() -> list[dict]:
    out = [{"id": f"plan-{c['id']}", "kind": "plan", "payload": plan_payload(c)} for c in plan_cases()]
    out += [{"id": f"star-{c['id']}", "kind": "star", "payload": {"text": c["text"]}} for c in star_cases()]
    for rule_id, key, i, ex in rule_examples("plan"):
        payload = {"goal": ex["goal"], "actions": ex["actions"], "today": ex["today"]}
        out.append({"id": f"{rule_id}-{key}{i}", "kind": "plan", "payload": payload})
    for rule_id, key, i, ex in rule_examples("star"):
        out.append({"id": f"{rule_id}-{key}{i}", "kind": "star", "payload": {"text": ex["text"]}})
    out += [{"id": i, "kind": k, "payload": p} for i, k, p in BAD_INPUTS]
    return out


@pytest.fixture(scope="module")
def pyodide_reports(tmp_path_factory) -> dict:
    return run_in_pyodide(jobs(), tmp_path_factory.mktemp("pyodide-plan-star"))


def test_every_job_ran(pyodide_reports):
    assert set(pyodide_reports) == {job["id"] for job in jobs()}


@pytest.mark.parametrize("job", jobs(), ids=lambda job: job["id"])
def test_same_report_as_cpython(job, pyodide_reports):
    expected = json.loads(cpython_run(job["kind"], json.dumps(job["payload"], ensure_ascii=False)))
    assert "error" not in expected or job["id"].startswith("bad-"), expected
    assert pyodide_reports[job["id"]] == expected


def test_bad_input_is_an_error_object(pyodide_reports):
    for job_id, *_ in BAD_INPUTS:
        assert set(pyodide_reports[job_id]) == {"error"}, pyodide_reports[job_id]
