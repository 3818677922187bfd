"""Markup and code are not goal text (checker/markup.py)."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from checker import check_goal
from checker.markup import mask_code

TODAY = "2026-11-23"


@pytest.mark.parametrize("text", [
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "SELECT * FROM users; DROP TABLE users",
    "<a href=\"javascript:alert(1)\">",
    "1234567",
    "2026-12-31",
    "${7*7}",
    "<div onclick=\"steal()\">click</div>",   # mostly markup: the word inside is no goal
    "<iframe src=\"http://evil.example\"></iframe>",
])
def test_markup_code_and_bare_numbers_are_no_goal(text):
    report = check_goal(text, today=TODAY)
    statuses = {k: v["status"] for k, v in report["criteria"].items()}
    assert statuses["S"] == "fail" and statuses["M"] == "fail", statuses


@pytest.mark.parametrize("text", [
    "等待时间<2分钟",                       # a less-than sign is no tag
    "Finish the report (draft) by Friday",  # words in brackets are no call
    "Select a vendor from the shortlist",  # SQL only in upper case
    "把App(iOS版)发布上线",
])
def test_ordinary_goal_text_is_kept(text):
    assert mask_code(text) == text


def test_a_goal_inside_markup_is_still_read():
    report = check_goal("<p>月底前把投诉率从4%降到2%</p>", today=TODAY)
    assert report["criteria"]["S"]["status"] == "pass"
    assert report["criteria"]["M"]["status"] == "pass"
    assert report["facts"]["deadline"]["date"] == "2026-11-30"


@given(st.text(max_size=200))
def test_masking_keeps_every_offset(text):
    assert len(mask_code(text)) == len(text)
