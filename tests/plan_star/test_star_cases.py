"""STAR answers (zh and en) with the findings an interviewer would expect."""
from __future__ import annotations

import pytest

from checker.star import check_star
from tests.plan_star.cases import star_cases

CASES = star_cases()


def test_table_is_big_enough_and_bilingual():
    zh = [c for c in CASES if c["id"].startswith("zh-")]
    en = [c for c in CASES if c["id"].startswith("en-")]
    assert len(CASES) >= 20 and len(zh) >= 10 and len(en) >= 8


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_expected_findings(case):
    report = check_star(case["text"])
    assert sorted({f["rule"] for f in report["findings"]}) == sorted(case["expect"])
    if "labels" in case:
        assert [s["label"] for s in report["facts"]["sentences"]] == case["labels"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_report_shape_and_spans(case):
    text = case["text"]
    report = check_star(text)
    assert report["kind"] == "star" and report["text"] == text
    assert set(report["criteria"]) == {"S", "T", "A", "R"}
    assert report["verdict"] == ("pass" if not any(c["status"] in ("warn", "fail") for c in report["criteria"].values())
                                 else "revise")
    last = 0
    for s in report["facts"]["sentences"]:
        start, end = s["span"]
        assert last <= start < end <= len(text)
        assert text[start:end] == s["text"]
        assert s["label"] in "STAR" and s["reason"]
        last = end
    for f in report["findings"]:
        if f["span"] is not None:
            assert 0 <= f["span"][0] < f["span"][1] <= len(text)
        assert f["doc"] == f"rules/{f['rule'].lower()}/"
    assert report["facts"]["questions"], "an interviewer always has a follow-up question"


def test_we_inside_wo_men_is_not_i():
    report = check_star("去年门店排队很长。我们的任务是缩短排队。我们重新安排了班次。结果排队时间从10分钟降到5分钟。")
    assert "STAR-action-we-only" in {f["rule"] for f in report["findings"]}
    finding = next(f for f in report["findings"] if f["rule"] == "STAR-action-we-only")
    assert report["text"][finding["span"][0]:finding["span"][1]] == "我们"


def test_subjectless_action_is_unclear_not_we():
    report = check_star("当时前台电话接通率只有70%。主管让我负责提高接通率。然后调整了排班。两个月后接通率提高到了95%。")
    rules = {f["rule"] for f in report["findings"]}
    assert "STAR-action-subject-unclear" in rules and "STAR-action-we-only" not in rules


def test_english_questions_are_english():
    report = check_star("We had a big problem. We fixed it. Everyone was happy.")
    assert report["lang"] == "en"
    assert all(q["question"].isascii() for q in report["facts"]["questions"])
