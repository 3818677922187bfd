"""The banks agree with the checker: each model rewrite passes the criteria its question
names and each diagnose answer is what the checker finds (fail or warn), checked the way
the build checks them (hooks/quiz_pages.bank_examples, on every date of the sweep unless
the question has a `today`); and each weak goal to rewrite fails at least one criterion."""
from __future__ import annotations

import json

import pytest

from checker.bridge import run
from hooks.example_check import check_example
from hooks.quiz_pages import bank_examples
from quiz.banks import load_banks

banks, _ = load_banks()
REWRITES = [q for b in banks for q in b.questions if q["type"] == "rewrite"]
EXAMPLES = bank_examples(banks)


def test_there_are_several_rewrite_and_diagnose_questions():
    assert len(REWRITES) >= 4
    assert len([e for e in EXAMPLES if e.where.endswith(": goal")]) >= 4


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.where.split(": ", 1)[1])
def test_model_answers_and_diagnoses_agree_with_the_checker(example):
    assert check_example(example) == []


@pytest.mark.parametrize("q", REWRITES, ids=lambda q: q["id"])
def test_the_weak_goal_fails_a_criterion_the_question_names(q):
    payload = {"text": q["goal"], **{k: q[k] for k in ("role", "today") if q.get(k)}}
    report = json.loads(run(q.get("kind", "goal"), json.dumps(payload, ensure_ascii=False)))
    assert "error" not in report, report
    assert {report["criteria"][c]["status"] for c in q["criteria"]} != {"pass"}, q["goal"]
