"""Action plans (zh and en) with the findings a reviewer would expect."""
from __future__ import annotations

import pytest

from checker.plan import check_plan
from tests.plan_star.cases import plan_cases

CASES = plan_cases()


def test_table_is_big_enough_and_bilingual():
    zh = [c for c in CASES if c["id"].startswith("zh-")]
    en = [c for c in CASES if c["id"].startswith("en-")]
    assert len(CASES) >= 20 and len(zh) >= 10 and len(en) >= 6
    assert any(isinstance(a, dict) for c in CASES for a in c["actions"]), "rows are tested too"


def run(case):
    return check_plan(case["goal"], case["actions"], today=str(case["today"]))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_expected_findings(case):
    report = run(case)
    assert sorted({f["rule"] for f in report["findings"]}) == sorted(case["expect"])
    for key, status in (case.get("status") or {}).items():
        assert report["criteria"][key]["status"] == status, key


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_report_shape_and_span_convention(case):
    report = run(case)
    text = report["text"]
    assert report["kind"] == "plan"
    assert set(report["criteria"]) == {"who", "what", "when", "how", "check", "act", "goal"}
    lines = text.split("\n")
    assert lines[0] == case["goal"].strip()
    assert len(lines) - 1 == len(report["facts"]["actions"])
    for fact, line in zip(report["facts"]["actions"], lines[1:]):
        start, end = fact["span"]
        assert text[start:end] == line == fact["text"]
        for key in ("who", "what", "when", "how"):
            part = fact[key]
            assert part["status"] in ("pass", "warn", "fail")
            if part["span"]:
                s, e = part["span"]
                assert start <= s < e <= end, (key, part)
                assert text[s:e] == part["text"] or key in ("when",), (key, part)
    for f in report["findings"]:
        if f["span"] is not None:
            assert 0 <= f["span"][0] < f["span"][1] <= len(text)
        if f.get("action") is not None:
            fact = next(a for a in report["facts"]["actions"] if a["index"] == f["action"])
            assert fact["span"][0] <= f["span"][0] and f["span"][1] <= fact["span"][1]
    assert set(report["facts"]["pdca"]) == {"plan", "do", "check", "act"}


def test_goal_is_run_through_the_smart_checker():
    report = check_plan("提高服务质量", ["店长王丽11月25日前通过现场示范培训收银员使用扫码枪"], today="2026-11-10")
    # the goal's own T fails, but the plan's goal criterion follows its only finding, a warning
    assert [f["level"] for f in report["findings"] if f["criterion"] == "goal"] == ["warning"]
    assert report["criteria"]["goal"]["status"] == "warn"
    assert report["facts"]["goal"]["criteria"]["T"] == "fail"
    assert any(f["rule"].startswith("T-") for f in report["facts"]["goal"]["findings"])


def test_row_fields_are_located_in_the_joined_text():
    row = {"how": "现场示范", "who": "店长王丽", "what": "培训收银员", "when": "11月25日前"}
    report = check_plan("月底前把前台收银速度提升至每位顾客两分钟", [row], today="2026-11-10")
    assert report["text"].split("\n")[1] == "现场示范 | 店长王丽 | 培训收银员 | 11月25日前"
    fact = report["facts"]["actions"][0]
    for key, value in row.items():
        s, e = fact[key]["span"]
        assert report["text"][s:e] == value
    assert fact["when"]["date"] == "2026-11-25"


def test_empty_rows_are_skipped_but_indexes_kept():
    rows = [{"how": "", "who": "", "what": "", "when": ""},
            {"how": "现场示范", "who": "店长王丽", "what": "培训收银员", "when": "11月25日前"}]
    report = check_plan("月底前把前台收银速度提升至每位顾客两分钟", rows, today="2026-11-10")
    assert [a["index"] for a in report["facts"]["actions"]] == [1]
