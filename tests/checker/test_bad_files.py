"""Every file the command line reads (a plan file, a roles file) is read with
limits: a bad value, a broken or hostile file gets one line and exit 2, never
a traceback and never half an output (issue 13, item 7)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOAL = "月底前把投诉率从4%降到2%"


def cli(*args):
    proc = subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8")
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    return proc


def _bomb(levels=8) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + f"\nroles: *a{levels}\n"


def test_a_plan_file_with_an_impossible_today_is_a_message(tmp_path):
    plan = tmp_path / "plan.yml"
    plan.write_text(f"goal: {GOAL}\ntoday: 2026-13-01\nactions:\n  - 店长王丽11月27日前培训收银员\n", encoding="utf-8")
    proc = cli("plan", "--file", str(plan))
    assert proc.returncode == 2 and "2026-13-01" in proc.stderr and proc.stdout == ""


def test_a_date_yaml_would_read_as_a_date_is_a_when(tmp_path):
    plan = tmp_path / "plan.yml"
    plan.write_text(f"goal: {GOAL}\ntoday: 2026-11-10\nactions:\n"
                    "  - {who: 王丽, what: 培训收银员, when: 2026-11-15, how: 现场示范}\n", encoding="utf-8")
    proc = cli("plan", "--file", str(plan), "--json")
    when = json.loads(proc.stdout)["facts"]["actions"][0]["when"]
    assert when["status"] == "pass" and when["date"] == "2026-11-15"


@pytest.mark.parametrize("body, words", [
    ("goal: [unclosed", "invalid YAML"),
    (_bomb().replace("roles:", "goal:"), "expands to more than"),
    ("goal: &g [*g]", "refers to the list or mapping it is inside"),
    ("goal: x\ngoal: y\n", "appears twice"),
    ("# " + "长" * 100_000 + "\ngoal: x\n", "may be at most 256 KB"),
])
def test_a_broken_or_hostile_plan_file_is_refused(tmp_path, body, words):
    plan = tmp_path / "plan.yml"
    plan.write_text(body, encoding="utf-8")
    proc = cli("plan", "--file", str(plan))
    assert proc.returncode == 2 and words in proc.stderr and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name, body", [("plan.json", '{"goal": NaN}'), ("plan.json", "[" * 100_000)])
def test_a_broken_json_plan_file_is_refused(tmp_path, name, body):
    plan = tmp_path / name
    plan.write_text(body, encoding="utf-8")
    proc = cli("plan", "--file", str(plan))
    assert proc.returncode == 2 and "invalid JSON" in proc.stderr


ROLE = "roles:\n  - id: x\n    name: {zh: 某岗}\n    signals: [电话]\n"


@pytest.mark.parametrize("body, words", [
    (ROLE + "    duties: {zh: 5}\n", "duties.zh must be a list of words"),
    (ROLE + "    duties: {zh: [5, 6]}\n", "duties.zh must be a list of words"),
    (ROLE + "    duties: 5\n", "duties must map"),
    (ROLE.replace("[电话]", "[" + ", ".join(f"w{i}" for i in range(20_000)) + "]"), "at most 500"),
    (ROLE.replace("[电话]", "[" + "长" * 200 + "]"), "longer than 80"),
    (_bomb(), "expands to more than"),
])
@pytest.mark.parametrize("command", [("roles",), ("check", GOAL, "--role", "x")])
def test_a_bad_roles_file_is_refused_before_any_output(tmp_path, body, words, command):
    roles = tmp_path / "roles.yml"
    roles.write_text(body, encoding="utf-8")
    proc = cli(*command, "--roles", str(roles))
    assert proc.returncode == 2 and words in proc.stderr, proc.stderr
    assert proc.stdout == ""
