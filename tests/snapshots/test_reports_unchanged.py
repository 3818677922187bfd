"""The whole report of every goal, plan and STAR answer in the test tables
matches the one saved in reports.jsonl.

A refactor must leave reports as they were; a change of behaviour rewrites
the file on purpose (`python -m tests.snapshots.update`) in the commit that
makes it, so the diff shows every report it changed.
"""
from __future__ import annotations

import json

import pytest

from tests.snapshots.inputs import all_inputs, run
from tests.snapshots.update import SNAPSHOT

SAVED = {}
for _line in SNAPSHOT.read_text(encoding="utf-8").splitlines():
    _item = json.loads(_line)
    SAVED[_item["key"]] = _item
INPUTS = all_inputs()


def _diff(old, new, path="") -> list[str]:
    """Where two JSON values differ, as short 'path: old -> new' lines."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for k in sorted(set(old) | set(new)):
            out += _diff(old.get(k, "<absent>"), new.get(k, "<absent>"), f"{path}.{k}")
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [d for i, (a, b) in enumerate(zip(old, new)) for d in _diff(a, b, f"{path}[{i}]")]
    return [] if old == new else [f"{path}: {json.dumps(old, ensure_ascii=False)[:160]} -> "
                                  f"{json.dumps(new, ensure_ascii=False)[:160]}"]


def test_every_input_has_a_saved_report():
    keys = [k for k, _, _ in INPUTS]
    assert len(keys) == len(set(keys)), "input keys must be unique"
    assert sorted(keys) == sorted(SAVED), "inputs changed: run python -m tests.snapshots.update"


@pytest.mark.parametrize("key, kind, payload", INPUTS, ids=[k for k, _, _ in INPUTS])
def test_report_unchanged(key, kind, payload):
    saved = SAVED.get(key)
    assert saved is not None, f"{key}: no saved report"
    new = json.loads(json.dumps(run(kind, payload), ensure_ascii=False, sort_keys=True))
    differences = _diff(saved["report"], new)
    assert not differences, f"{key}:\n" + "\n".join(differences[:12])
