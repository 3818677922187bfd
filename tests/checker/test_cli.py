"""The command line, run as a real subprocess: exit codes, --json, --jsonl,
and one-line messages (never a traceback) for every kind of bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, encoding="utf-8")
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


GOOD = "今年第三季度通过英语四级考试"


def test_good_goal_exits_0_and_prints_readable_report():
    proc = run("check", GOOD, "--today", "2026-03-01", "--role", "student")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2026-09-30" in proc.stdout and "T" in proc.stdout


def test_goal_needing_revision_exits_1():
    proc = run("check", "增强客户意识")
    assert proc.returncode == 1
    assert "S-abstract-goal" in proc.stdout


def test_json_output_is_the_report():
    proc = run("check", "月底前把投诉率从4%降到2%", "--today", "2026-11-23", "--json")
    report = json.loads(proc.stdout)
    assert report["facts"]["deadline"]["date"] == "2026-11-30"
    assert set(report["criteria"]) == {"S", "M", "A", "R", "T"}
    assert proc.returncode == 1  # A warns: a halving within a week


def test_lang_option_switches_messages():
    report = json.loads(run("check", "增强客户意识", "--lang", "en", "--json").stdout)
    assert report["lang"] == "en"
    assert "abstract" in report["criteria"]["S"]["summary"]          # the English message
    assert report["criteria"]["S"]["name"] == "Specific"


@pytest.mark.parametrize("args, words", [
    (("check", ""), "empty"),
    (("check", "   \n "), "empty"),
    (("check", "x" * 2001), "too long"),
    (("check", "Finish the report by Friday", "--today", "2026-13-45"), "Invalid date"),
    (("check", "月底前完成报告", "--today", "2026-13-45"), "日期"),
    (("check", "Finish the report by Friday", "--today", "tomorrow"), "Invalid date"),
    (("check", "Finish the report by Friday", "--role", "astronaut"), "Unknown role"),
    (("check", "月底前完成报告", "--role", "astronaut"), "未知岗位"),
    (("check",), "no goal given"),
    (("check", "x", "--jsonl", "-"), "not both"),
    (("check", "x", "--lang", "fr"), "invalid choice"),
    (("check", "x", "--roles", "/nonexistent/roles.yml"), "cannot read"),
    (("frobnicate",), "invalid choice"),
    ((), "a command is needed"),
])
def test_bad_input_exits_2_with_one_line(args, words):
    proc = run(*args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert words in lines[0]


def test_jsonl_batch_keeps_order_and_survives_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": "今年第三季度通过英语四级考试", "today": "2026-03-01", "role": "student"}, ensure_ascii=False),
        "this is not json",
        json.dumps({"text": ""}),
        "",
        json.dumps({"text": "增强客户意识", "role": "nobody"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"today": "2026-01-01"}),
        json.dumps({"text": "Improve communication"}),
    ]
    path = tmp_path / "goals.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("check", "--jsonl", str(path))
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 8  # one output line per input line, the blank one too
    assert out[0]["verdict"] == "pass"
    assert [o.get("error", {}).get("code") for o in out[1:7]] == [
        "bad-json", "empty-text", "empty-line", "unknown-role", "bad-payload", "bad-payload"]
    assert [o["line"] for o in out[1:7]] == [2, 3, 4, 5, 6, 7]
    assert out[7]["criteria"]["S"]["status"] == "fail"
    assert proc.returncode == 2  # max over lines


def test_jsonl_from_stdin_uses_command_line_defaults():
    stdin = json.dumps({"text": "三个月内学会30句接电话常用的英语"}, ensure_ascii=False) + "\n"
    proc = run("check", "--jsonl", "-", "--today", "2026-11-23", "--role", "front-desk", stdin=stdin)
    report = json.loads(proc.stdout)
    assert report["facts"]["deadline"]["date"] == "2027-02-23"
    assert report["criteria"]["R"]["status"] == "pass"


def test_jsonl_missing_file_is_a_usage_error():
    proc = run("check", "--jsonl", "/nonexistent/goals.jsonl")
    assert proc.returncode == 2 and "cannot read" in proc.stderr


def test_roles_lists_the_builtin_profiles():
    proc = run("roles")
    assert proc.returncode == 0
    for rid in ("front-desk", "sales", "customer-manager", "admin", "rnd", "auditor", "teacher", "student"):
        assert rid in proc.stdout
    profiles = json.loads(run("roles", "--json").stdout)
    assert {p["id"] for p in profiles} >= {"front-desk", "student"}


def test_own_roles_file(tmp_path):
    roles = tmp_path / "roles.yml"
    roles.write_text("roles:\n  - id: nurse\n    name: {zh: 护士, en: Nurse}\n"
                     "    signals: [病人, 护理, 输液, patient]\n    off_field: [销售额]\n", encoding="utf-8")
    proc = run("check", "月底前把输液等候时间缩短到10分钟", "--roles", str(roles), "--role", "nurse",
               "--today", "2026-11-23", "--json")
    assert json.loads(proc.stdout)["criteria"]["R"]["status"] == "pass"
    assert "nurse" in run("roles", "--roles", str(roles)).stdout


@pytest.mark.parametrize("content, words", [
    ("roles: [", "invalid YAML at line 1"),
    ("roles:\n  - id: Bad Id\n    name: {zh: x}\n    signals: [a]\n", "id"),
    ("roles:\n  - id: ok\n    name: {zh: x}\n", "signals"),
    ("just a string", "expected a list of roles"),
])
def test_bad_roles_file_is_one_clear_line(tmp_path, content, words):
    roles = tmp_path / "roles.yml"
    roles.write_text(content, encoding="utf-8")
    proc = run("check", "x", "--roles", str(roles))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and words in proc.stderr
