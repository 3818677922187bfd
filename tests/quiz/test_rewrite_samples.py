"""Rewrite questions agree with the checker that grades them: each model rewrite passes
the criteria its question names, and each weak goal fails at least one of them."""
from __future__ import annotations

import json

import pytest

from checker.bridge import run
from quiz.banks import load_banks

banks, _ = load_banks()
REWRITES = [q for b in banks for q in b.questions if q["type"] == "rewrite"]


def statuses(q: dict, text: str) -> dict:
    payload = {"text": text, **{k: q[k] for k in ("role", "today") if q.get(k)}}
    report = json.loads(run(q.get("kind", "goal"), json.dumps(payload, ensure_ascii=False)))
    assert "error" not in report, report
    return {c: report["criteria"][c]["status"] for c in q["criteria"]}


def test_there_are_several_rewrite_questions():
    assert len(REWRITES) >= 4


@pytest.mark.parametrize("q", REWRITES, ids=lambda q: q["id"])
def test_model_rewrite_passes_and_weak_goal_fails(q):
    assert set(statuses(q, q["sample"]).values()) == {"pass"}, q["sample"]
    assert set(statuses(q, q["goal"]).values()) != {"pass"}, q["goal"]
