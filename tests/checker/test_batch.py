"""The --jsonl batch contract, on every command, fed raw bytes through a real
subprocess: one output line per input line, in order, whatever a line holds
(issue 13: lone surrogates, bad UTF-8, a BOM, NaN and 1e999, deep nesting)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOALS = {"check": '{"text": "月底前把投诉率从4%降到2%", "today": "2026-11-23"}',
         "plan": '{"goal": "月底前把投诉率从4%降到2%", "actions": ["店长王丽11月27日前培训收银员"], "today": "2026-11-23"}',
         "star": '{"text": "我负责培训新人。我每周带他们复盘。结果投诉率从4%降到2%。"}'}
GOOD_KEY = {"check": "text", "plan": "goal", "star": "text"}


def run_bytes(command: str, data: bytes, *args):
    proc = subprocess.run([sys.executable, "-m", "checker", command, "--jsonl", "-", *args], cwd=ROOT, input=data,
                          capture_output=True)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    return proc, [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def _with(command: str, key: str, value: str) -> bytes:
    payload = json.loads(GOALS[command])
    payload[GOOD_KEY[command]] = value
    return json.dumps(payload, ensure_ascii=True).encode()  # \\ud800 stays an escape, as in a real file


@pytest.mark.parametrize("command", ["check", "plan", "star"])
def test_every_bad_line_costs_its_own_line_only(command):
    good = GOALS[command].encode()
    lines = [
        b"\xef\xbb\xbf" + good,                             # 1: a BOM is accepted
        _with(command, GOOD_KEY[command], "月底前\ud800把投诉率从4%降到2%"),  # 2: a lone surrogate is cleaned
        good.replace(b'": "', b'": "\xff\xfe', 1),             # 3: bad UTF-8
        b"",                                                # 4: blank
        b'{"id": NaN, ' + good[1:],                          # 5: NaN is not JSON
        b'{"id": 1e999, ' + good[1:],                        # 6: nor is an infinite number
        b"[" * 100_000,                                     # 7: nested too deep
        b'"just a string"',                                 # 8: not an object
        good,                                               # 9
    ]
    proc, out = run_bytes(command, b"\n".join(lines) + b"\n")
    assert len(out) == len(lines)
    assert "error" not in out[0] and "error" not in out[1] and "error" not in out[8]
    assert "\ufffd" in (out[1].get("text") or "")
    codes = [o["error"]["code"] for o in out[2:8]]
    assert codes == ["bad-utf8", "empty-line", "bad-json", "bad-json", "bad-json", "bad-payload"]
    assert [o["line"] for o in out[2:8]] == [3, 4, 5, 6, 7, 8]
    assert proc.returncode == 2


def test_a_batch_of_5000_lines_with_a_few_bad_ones_gives_5000_lines(tmp_path):
    lines = []
    for i in range(5000):
        if i % 997 == 0:
            lines.append(b"\xc3(not json at all")
        else:
            lines.append(json.dumps({"id": i, "text": f"{i % 28 + 1}天内把投诉率从4%降到2%", "today": "2026-11-23"},
                                    ensure_ascii=False).encode())
    path = tmp_path / "goals.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    proc = subprocess.run([sys.executable, "-m", "checker", "check", "--jsonl", str(path)], cwd=ROOT, capture_output=True)
    out = proc.stdout.decode("utf-8").splitlines()
    assert len(out) == 5000
    reports = [json.loads(line) for line in out]
    assert sum("error" in r for r in reports) == 6
    assert [r["id"] for r in reports if "id" in r][:3] == [1, 2, 3]


def test_bad_bytes_in_a_command_line_goal_are_read_not_a_crash():
    proc = subprocess.run([sys.executable, "-m", "checker", "check", "--json", "--today", "2026-11-23",
                           b"\xff\xfe\xe6\x9c\x88\xe5\xba\x95\xe5\x89\x8d\xe6\x8a\x8a\xe6\x8a\x95\xe8\xaf\x89\xe7\x8e\x87\xe9\x99\x8d\xe5\x88\xb02%"],
                          cwd=ROOT, capture_output=True)
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout.decode("utf-8"))
    assert report["text"].startswith("\ufffd\ufffd月底前") and report["facts"]["deadline"]["date"] == "2026-11-30"
