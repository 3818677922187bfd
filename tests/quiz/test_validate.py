"""`python -m quiz check`: the real banks are clean, and each deliberately broken
bank under tests/quiz/broken/ (one problem each) gives exactly its message."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from quiz.banks import load_banks
from quiz.schema import TAGS, TYPES
from quiz.validate import validate_banks, validate_question

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "quiz" / "broken"

EXPECTED = {
    "missing-answer.yml": "bad-001: missing answer",
    "answer-not-in-choices.yml": 'bad-002: answer "e" is not among the choices (a, b)',
    "duplicate-id.yml": "bad-003: duplicate id (also in tests/quiz/broken/duplicate-id.yml)",
    "unknown-type.yml": 'bad-004: unknown type "essay" (known: single, multiple, true-false, diagnose, rewrite, order, tag)',
    "unknown-tag.yml": 'bad-005: unknown tag "SWOT" (known: S, M, A, R, T, action-plan, PDCA, STAR, MBO)',
    "broken-link.yml": 'bad-006: broken page link "smart/no-such-page.md#nowhere": docs/smart/no-such-page.md does not exist',
    "broken-anchor.yml": 'bad-012: broken page link "smart/specific.md#nowhere": docs/smart/specific.md has no heading #nowhere',
    "rewrite-unknown-criteria.yml": 'bad-007: rewrite names unknown criteria "X" (known for goal: S, M, A, R, T)',
    "order-missing-item.yml": "bad-008: answer leaves out items: check",
    "tag-unknown-label.yml": 'bad-009: part 2: answer "Q" is not among the labels (S, T, A, R)',
    "diagnose-unknown-criterion.yml": 'bad-010: answer "Z" is not among the choices (S, M, A, R, T)',
    "invalid-yaml.yml": "-: invalid YAML at line 6: while scanning a quoted scalar: found unexpected end of stream",
    "missing-id.yml": "#1: missing id",
    # Values of the wrong kind, bad YAML constructs and values the checker cannot take (issue 13).
    "type-list.yml": "bad-013: unknown type a list [true-false] (known: single, multiple, true-false, diagnose, rewrite, order, tag)",
    "type-mapping.yml": "bad-014: unknown type a mapping {single: 1} (known: single, multiple, true-false, diagnose, rewrite, order, tag)",
    "difficulty-list.yml": "bad-015: difficulty must be 1, 2 or 3 (got a list [1])",
    "rewrite-kind-list.yml": "bad-016: unknown checker kind a list [goal] (known: goal, star)",
    "rewrite-invalid-today.yml": 'bad-017: today must be a real date written YYYY-MM-DD, such as 2026-11-23 (got "2026-13-01")',
    "rewrite-unknown-role.yml": 'bad-018: unknown role "astronaut" (known: front-desk, sales, customer-manager, admin, rnd, '
                                'auditor, teacher, student); the page could not grade this question',
    "control-character.yml": "bad-019: prompt holds the invisible control character U+000B (character 5): remove it",
    "alias-recursive.yml": "-: invalid YAML at line 3: alias *q refers to the list or mapping it is inside",
    "alias-bomb.yml": "-: invalid YAML at line 8: the data expands to more than 100,000 values (through aliases)",
    "duplicate-key.yml": '-: invalid YAML at line 12: the key "answer" appears twice in one mapping',
    "explanation-names-choice.yml": 'bad-022: explanation names choice "b" by its key ("选项 b"): choices are '
                                    "shuffled and shown under new letters, so quote the choice's words instead",
}


def run_check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quiz", "check", *args], cwd=ROOT, capture_output=True, text=True)


def test_every_broken_bank_is_listed():
    assert sorted(p.name for p in BROKEN.glob("*.yml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_bank_gives_its_one_message(name):
    proc = run_check(f"tests/quiz/broken/{name}")
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [f"tests/quiz/broken/{name}: {EXPECTED[name]}"]
    assert "Traceback" not in proc.stderr


def test_all_broken_banks_at_once_report_every_problem():
    proc = run_check("tests/quiz/broken")
    assert proc.returncode == 1
    assert sorted(proc.stdout.splitlines()) == sorted(f"tests/quiz/broken/{n}: {m}" for n, m in EXPECTED.items())


def test_real_banks_are_clean():
    proc = run_check()
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout == ""
    assert "ok: " in proc.stderr


def test_a_bank_of_several_megabytes_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.yml"
    big.write_text("bank: big\ntitle: big\n# " + "长" * 1_500_000 + "\nquestions: []\n", encoding="utf-8")
    proc = run_check(str(big))
    assert proc.returncode == 1
    assert proc.stdout.strip() == (f"{big}: -: the file is 4.3 MB; a bank may be at most 512 KB "
                                   "(split it into several banks)")


def test_missing_file_is_a_problem_not_a_traceback():
    proc = run_check("tests/quiz/broken/nope.yml")
    assert proc.returncode == 1
    assert proc.stdout.strip() == "tests/quiz/broken/nope.yml: -: no such file"


def test_duplicate_ids_across_banks_are_found(tmp_path):
    text = (BROKEN / "missing-answer.yml").read_text(encoding="utf-8").replace("questions:", "questions:", 1)
    fixed = text.replace("      b: 月底前把投诉率降到2%", "      b: 月底前把投诉率降到2%\n    answer: b")
    (tmp_path / "one.yml").write_text(fixed.replace("broken-missing-answer", "one"), encoding="utf-8")
    (tmp_path / "two.yml").write_text(fixed.replace("broken-missing-answer", "two"), encoding="utf-8")
    banks, problems = load_banks([tmp_path])
    problems += validate_banks(banks, docs_dir=ROOT / "docs")
    assert [p.reason for p in problems] == [f"duplicate id (also in {tmp_path / 'one.yml'})"]
    assert problems[0].qid == "bad-001"


def test_banks_cover_the_course():
    banks, problems = load_banks()
    assert problems == []
    questions = [q for b in banks for q in b.questions]
    assert len(questions) >= 60
    types = Counter(q["type"] for q in questions)
    assert set(types) == set(TYPES)
    assert min(types.values()) >= 3, types
    tags = Counter(t for q in questions for t in q["tags"])
    assert set(tags) == set(TAGS), tags
    # Every explanation teaches from a cited source with a link to a site page.
    assert all(q.get("cite") and q["link"].endswith(".md") or "#" in q["link"] for q in questions)


@pytest.mark.parametrize("explanation, named", [
    ("选项 b 说清了谁负责。", "b"), ("答案是 B，因为……", "b"), ("c 项写出了期限。", "c"), ("（a）太笼统。", "a"),
    ("Option A is vague.", "a"), ("“店长王丽……”这一条说清了谁负责。", None), ("S、M、T 都满足。", None),
    ("a-001 的改写", None), ("把 PDCA 转成一年一圈", None),
])
def test_an_explanation_may_not_point_at_a_choice_by_its_key(explanation, named):
    q = {"id": "x-001", "type": "single", "prompt": "哪一个？", "explanation": explanation, "link": "index.md",
         "tags": ["S"], "difficulty": 1, "choices": {"a": "甲", "b": "乙", "c": "丙"}, "answer": "a"}
    reasons = validate_question(q, docs_dir=ROOT / "docs")
    found = [r for r in reasons if "by its key" in r]
    assert found == ([] if named is None else [found[0]])
    if named:
        assert f'names choice "{named}"' in found[0]
