"""M: yes/no outcomes found by word lists, and comparatives that are only a direction."""
from __future__ import annotations

import pytest

from checker import check_goal

TODAY = "2026-11-23"


def m_status(text):
    return check_goal(text, today=TODAY)["criteria"]["M"]["status"]


@pytest.mark.parametrize("text", [
    "本学期期末考试物理不挂科", "Get an A in organic chemistry this term", "在月底前把所有供应商的对账单核对完",
    "期末考试全科及格", "年底前学会跳一支完整的广场舞", "元旦前把明年的部门培训计划报给人事部",
    "Start a chess club at school next term",
])
def test_yes_no_outcomes_pass(text):
    assert m_status(text) == "pass"


@pytest.mark.parametrize("text", [
    "Read more books", "Write more unit tests", "Send fewer emails", "Get an apple", "学会沟通", "Start exercising",
])
def test_a_comparative_without_an_amount_is_no_outcome(text):
    assert m_status(text) == "fail"


def test_a_comparative_with_a_number_still_passes():
    assert m_status("Read 5 more books by March") == "pass"


@pytest.mark.parametrize("text, status", [
    ("Spend 20 minutes a day practicing piano", "pass"),   # a habit's pace is its standard
    ("每天花30分钟练琴", "pass"),
    ("花2小时开会", "warn"),                                # time put in once is an input
    ("Spend 2 hours on the report", "warn"),
])
def test_time_spent_counts_only_with_a_pace(text, status):
    assert m_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Raise my chemistry grade from a C to a B this semester", "pass"),  # letter grades are a standard
    ("Get a B+ in statistics", "pass"),
    ("Reach a decision by Friday", "fail"),                               # "a d…" is no grade
    ("下学期拿到一等奖学金", "pass"),
    ("半年内用吉他弹会《童年》", "pass"),
    ("多去几家客户那里走访", "warn"),                                      # 几家 is a rough amount
    ("Give written feedback on every student's project proposal", "pass"),
    ("Renew the office lease", "pass"),
    ("全力以赴完成今年的各项任务", "fail"),
])
def test_grades_awards_and_rough_counts(text, status):
    assert m_status(text) == status


@pytest.mark.parametrize("text, status", [
    # a concrete act at a set cadence until a date: each time is done or not, so it counts
    ("I want to take the pottery class every Monday night for 6 weeks", "pass"),
    ("Walk the dog every evening until March 1", "pass"),
    ("每周一晚上跑步，坚持6周", "pass"),
    ("下个月起每次开会前准备议程，坚持到3月底", "pass"),
    # no date to count to, or no concrete act
    ("Walk the dog every evening", "fail"),
    ("每天进步一点，年底前", "fail"),
])
def test_a_routine_until_a_date_is_countable(text, status):
    assert check_goal(text, today="2026-11-23")["criteria"]["M"]["status"] == status
