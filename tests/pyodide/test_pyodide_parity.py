"""The checker gives the same reports under Pyodide (Node, the npm core) as on CPython.

Builds the checker wheel and lock exactly as the site build does
(hooks/checker_bundle.py), installs the wheel into Pyodide in Node with its
sha256 checked, runs every case of the case table, every SMART rule example
and a few bad inputs through checker.bridge.run, and compares the reports with
CPython's, case by case. Every case carries its own `today`, so dates agree.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from checker.bridge import run as cpython_run
from checker.compile import compile_rules
from hooks.checker_bundle import PYODIDE_NPM, ensure_bundle
from tests.cases.table import load_table

pytestmark = pytest.mark.node
HERE = Path(__file__).resolve().parent

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
    node = shutil.which("node")
    if not node:
        pytest.fail("node is not installed: run `make setup`")
    bundle = ensure_bundle()
    jobs_file = tmp_path_factory.mktemp("pyodide") / "jobs.json"
    jobs_file.write_text(json.dumps(jobs(), ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(
        [node, str(HERE / "run_bridge.mjs"), str(PYODIDE_NPM), str(bundle["dir"] / "pyodide-lock.json"), str(jobs_file)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, f"node failed:\n{proc.stderr[-3000:]}"
    data = json.loads(proc.stdout)
    assert data["python"].startswith("3.14"), data["python"]
    return {r["id"]: r["report"] for r in data["results"]}


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
