"""Run checker.bridge jobs under Pyodide in Node, with the wheel and lock the site ships.

Each job is {"id", "kind", "payload"}; the result maps id -> report. Used by
every Pyodide parity test, so they all boot Pyodide the same way.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from hooks.checker_bundle import PYODIDE_NPM, ensure_bundle

RUNNER = Path(__file__).resolve().parent / "run_bridge.mjs"


def run_in_pyodide(jobs: list[dict], workdir: Path) -> dict:
    node = shutil.which("node")
    if not node:
        pytest.fail("node is not installed: run `make setup`")
    bundle = ensure_bundle()
    jobs_file = workdir / "jobs.json"
    jobs_file.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(
        [node, str(RUNNER), str(PYODIDE_NPM), str(bundle["dir"] / "pyodide-lock.json"), str(jobs_file)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, f"node failed:\n{proc.stderr[-3000:]}"
    data = json.loads(proc.stdout)
    assert data["python"].startswith("3.14"), data["python"]
    # The reports below must come from the build's precompiled regexes, as in the browser.
    assert data["preloaded"] > 0, "the wheel's regex cache (checker/sre_cache.py) was not used"
    return {r["id"]: r["report"] for r in data["results"]}
