"""The YAML -> JSON compile step: the real sources compile, a bad file gets
a message that names the file, the rule and the problem, and rules, detectors
and word lists that do not meet in the code are refused."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import shutil

import pytest

from checker import compile as rule_compile
from checker.data_loader import DATA_DIR

ROOT = Path(__file__).resolve().parents[2]

GOOD_RULE = """
rules:
  - id: T-demo
    criterion: T
    level: error
    detector: no_deadline
    precedence: 9
    title: {zh: 标题, en: Title}
    message: {zh: 消息, en: Message}
    suggestion: {zh: 建议, en: Suggestion}
    why: {zh: 原因, en: Why}
    examples:
      bad: [{text: 坏}]
      good: [{text: 好}]
"""


def test_real_sources_compile_and_match_the_written_json():
    rules = rule_compile.compile_rules()
    ids = {r["id"] for r in rules["rules"]}
    for rid in ("S-abstract-goal", "S-vague-modifier", "M-no-measure", "M-direction-only", "M-vague-amount",
                "A-no-baseline", "A-big-jump", "A-absolute-target", "A-unrealistic", "R-no-role", "R-off-duty",
                "R-unclear", "T-no-deadline", "T-vague-time", "T-cadence-only", "T-past-deadline"):
        assert rid in ids
    assert (DATA_DIR / "rules.json").exists() and (DATA_DIR / "roles.json").exists()
    assert len(rule_compile.compile_roles()["roles"]) >= 8


def _rules_dir(tmp_path, **files):
    """A rules folder with the real kinds.yml and the given files."""
    shutil.copy(rule_compile.RULES_DIR / "kinds.yml", tmp_path / "kinds.yml")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_good_rule_file_compiles(tmp_path):
    _rules_dir(tmp_path, **{"t.yml": GOOD_RULE})
    assert rule_compile.compile_rules(tmp_path)["rules"][0]["id"] == "T-demo"


@pytest.mark.parametrize("change, words", [
    (("level: error", "level: fatal"), "level 'fatal'"),
    (("id: T-demo", "id: t demo"), "id 't demo'"),
    (("criterion: T", "criterion: X"), "criterion 'X'"),
    (("message: {zh: 消息, en: Message}", "message: {zh: 消息}"), "message.en: missing"),
    (("bad: [{text: 坏}]", "bad: []"), "examples.bad: needs at least one"),
    (("title: {zh: 标题, en: Title}", "title: [unclosed"), "not valid YAML"),
    (("    detector: no_deadline\n", ""), "T-demo: detector must name"),
    (("    precedence: 9\n", ""), "T-demo: criterion 'T' reports only its first rule, so the rule needs a precedence"),
    (("precedence: 9", "precedence: nine"), "precedence must be a whole number"),
    (("level: error", "level: error\n    also: [Q]"), "also must list other criteria"),
])
def test_bad_rule_file_is_reported_clearly(tmp_path, change, words):
    _rules_dir(tmp_path, **{"broken.yml": GOOD_RULE.replace(*change)})
    with pytest.raises(rule_compile.CompileError) as info:
        rule_compile.compile_rules(tmp_path)
    assert "broken.yml" in str(info.value) and words in str(info.value)


def test_duplicate_rule_ids_and_precedences_are_reported(tmp_path):
    _rules_dir(tmp_path, **{"a.yml": GOOD_RULE, "b.yml": GOOD_RULE})
    with pytest.raises(rule_compile.CompileError, match="also defined in"):
        rule_compile.compile_rules(tmp_path)
    _rules_dir(tmp_path, **{"b.yml": GOOD_RULE.replace("T-demo", "T-other")})
    with pytest.raises(rule_compile.CompileError, match="b.yml: T-other: precedence 9 is also T-demo's"):
        rule_compile.compile_rules(tmp_path)


def test_real_sources_meet_the_code():
    assert rule_compile.check_against_code(rule_compile.compile_rules()) == []


def test_a_rule_without_its_detector_is_refused():
    compiled = rule_compile.compile_rules()
    rule = next(r for r in compiled["rules"] if r["id"] == "T-no-deadline")
    rule["detector"] = "no_such_detector"
    problems = rule_compile.check_against_code(compiled)
    assert "timebound.yml: T-no-deadline: no detector checker.goal.timebound:no_such_detector" in problems
    # and the detector the rule used to name now has no rule
    assert "checker/goal/timebound.py: no_deadline: a detector with no rule" in problems


def test_a_word_list_nothing_reads_is_refused():
    compiled = rule_compile.compile_rules()
    compiled["lexicon"]["orphan_zh"] = ["孤儿"]
    assert "lexicon: orphan_zh: a word list no module reads" in rule_compile.check_against_code(compiled)


def test_reading_an_undeclared_word_list_is_a_bug():
    from checker import data_loader
    with pytest.raises(KeyError, match="no module declares it"):
        data_loader.lexicon("cadence_fr")


def test_missing_data_gives_a_clear_error(tmp_path):
    code = ("import checker.data_loader as d, pathlib, json; d.DATA_DIR = pathlib.Path(%r);"
            "from checker import bridge; print(bridge.run('goal', json.dumps({'text': 'x'})))" % str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True).stdout
    assert "missing-data" in out and "make setup" in out


def test_runtime_json_leaves_out_what_only_the_docs_read():
    rules = rule_compile.compile_rules()
    runtime = rule_compile.runtime_rules(rules)
    assert any(r.get("examples") for r in rules["rules"])
    for full, lean in zip(rules["rules"], runtime["rules"]):
        assert not set(lean) & set(rule_compile.DOCS_ONLY_KEYS)
        assert {k: full[k] for k in lean} == lean and lean["message"] == full["message"]
    assert runtime["lexicon"] == rules["lexicon"]
