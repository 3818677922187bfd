"""The plan and star commands: output, exit codes 0/1/2, batch mode, files,
one-line errors and never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOAL = "月底前把前台收银速度提升至每位顾客两分钟"
FULL = ["收银组长李明11月12日前用秒表记录10位收银员的实际收银时长，整理成基线表",
        "店长王丽11月15日前通过现场示范培训全体收银员使用扫码枪",
        "店长王丽每周五用收银系统报表对比本周平均收银时长与两分钟目标",
        "如某位收银员平均用时超过两分钟，收银组长李明次日安排一对一陪练"]
GOOD_STAR = ("去年我在公司前台工作时，来访者常常在前台站了好几分钟没人招呼。行政主管让我负责改进接待流程。"
             "我先请来访者在沙发坐下稍等，再继续处理手中的电话。三个月后，来访者投诉从每月6起降到了1起。")


def cli(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, encoding="utf-8")
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def plan_args(actions, today="2026-11-10"):
    out = ["plan", "--goal", GOAL, "--today", today]
    for a in actions:
        out += ["--action", a]
    return out


def test_full_plan_exits_0_and_prints_pdca():
    proc = cli(*plan_args(FULL))
    assert proc.returncode == 0, proc.stdout
    assert "PDCA" in proc.stdout and "2026-11-30" in proc.stdout


def test_plan_needing_revision_exits_1_with_json():
    proc = cli(*plan_args(FULL[:2]), "--json")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert {f["rule"] for f in report["findings"]} >= {"PLAN-check-missing", "PLAN-act-missing"}


@pytest.mark.parametrize("args, words", [
    (["plan"], "no plan given"),
    (["plan", "--goal", "", "--action", "x"], "empty"),
    (["plan", "--goal", GOAL, "--today", "2026-02-30"], "2026-02-30"),
    (["plan", "--file", "nope.yml"], "cannot read"),
    (["plan", "--goal", GOAL, "--file", "nope.yml"], "one of"),
    (["plan", "--goal", GOAL, "--jsonl", "-"], "one of"),
    (["star"], "no answer"),
    (["star", "   "], "empty"),
    (["star", "x", "--jsonl", "-"], "either"),
    (["star", "x", "--lang", "fr"], "invalid choice"),
])
def test_usage_errors_exit_2_with_one_line(args, words):
    proc = cli(*args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], proc.stderr


def test_plan_file_yaml_and_json(tmp_path):
    yml = tmp_path / "plan.yml"
    yml.write_text("goal: " + GOAL + "\ntoday: 2026-11-10\nactions:\n" + "".join(f"  - {a}\n" for a in FULL),
                   encoding="utf-8")
    assert cli("plan", "--file", str(yml)).returncode == 0
    js = tmp_path / "plan.json"
    js.write_text(json.dumps({"goal": GOAL, "today": "2026-11-10",
                              "actions": [{"how": "现场示范", "who": "店长王丽", "what": "培训收银员", "when": "11月25日前"}]},
                             ensure_ascii=False), encoding="utf-8")
    proc = cli("plan", "--file", str(js), "--json")
    assert proc.returncode == 1 and json.loads(proc.stdout)["facts"]["actions"][0]["who"]["status"] == "pass"
    bad = tmp_path / "bad.yml"
    bad.write_text("goal: [unclosed", encoding="utf-8")
    proc = cli("plan", "--file", str(bad))
    assert proc.returncode == 2 and "invalid YAML at line 1" in proc.stderr


def test_plan_jsonl_batch_keeps_going_after_bad_lines():
    lines = [json.dumps({"id": "a", "goal": GOAL, "actions": FULL, "today": "2026-11-10"}, ensure_ascii=False),
             "not json",
             json.dumps({"goal": GOAL, "actions": [3]}),
             "",
             json.dumps({"goal": GOAL, "actions": FULL[:1]}, ensure_ascii=False)]
    proc = cli("plan", "--jsonl", "-", "--today", "2026-11-10", stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["id"] == "a" and out[0]["verdict"] == "pass"
    assert out[1]["error"]["code"] == "bad-json" and out[1]["line"] == 2
    assert out[2]["error"]["code"] == "bad-payload" and out[2]["line"] == 3
    assert out[3]["error"]["code"] == "empty-line" and out[3]["line"] == 4
    assert out[4]["facts"]["today"] == "2026-11-10"  # --today fills lines that leave it out
    assert proc.returncode == 2


def test_star_text_and_json():
    proc = cli("star", GOOD_STAR)
    assert proc.returncode == 0 and "[S]" in proc.stdout and "[R]" in proc.stdout
    proc = cli("star", "我们团队重新安排了班次。", "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["kind"] == "star"


def test_star_jsonl_batch():
    lines = [json.dumps({"text": GOOD_STAR}, ensure_ascii=False), "[1, 2]", json.dumps({"text": "I fixed it."})]
    proc = cli("star", "--jsonl", "-", stdin="\n".join(lines))
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [("error" in r) for r in out] == [False, True, False]
    assert out[0]["verdict"] == "pass" and out[2]["lang"] == "en"
    assert proc.returncode == 2
