"""Numbers in Chinese and English: values, units and what is not a number."""
from __future__ import annotations

import pytest

from checker.changes import find_changes
from checker.numbers import cn_to_number, find_numbers


def only(text):
    nums = find_numbers(text)
    assert len(nums) == 1, nums
    return nums[0]


@pytest.mark.parametrize("text, value, unit, kind", [
    ("三声起接", 3, "声", "plain"),
    ("两分钟", 2, "分钟", "plain"),
    ("百分之二", 2, "%", "percent"),
    ("八成客户", 80, "%", "percent"),
    ("1.5万元", 15000, "元", "plain"),
    ("四分之一的内线分机", 25, "%", "percent"),
    ("提高3个百分点", 3, "个百分点", "points"),
    ("销售额提高2倍", 2, "倍", "ratio"),
    ("85分以上", 85, "分", "plain"),
    ("一个半小时", 1.5, "小时", "plain"),
    ("45 days", 45, "days", "plain"),
    ("reduce to 2%", 2, "%", "percent"),
    ("answer within three rings", 3, "rings", "plain"),
    ("$5,000 in sales", 5000, "$", "money"),
    ("10k users", 10000, "users", "plain"),
    ("30 percent", 30, "%", "percent"),
])
def test_number_value_and_unit(text, value, unit, kind):
    n = only(text)
    assert (n.value, n.unit, n.kind) == (value, unit, kind)
    assert text[n.start:n.end] == n.text


def test_range():
    n = only("每周三到四次")
    assert (n.value, n.high, n.unit) == (3, 4, "次")


@pytest.mark.parametrize("text", ["一起努力", "进一步提高", "统一标准", "十分满意", "一定要做好", "完成任务", "一些客户"])
def test_words_that_contain_numerals_are_not_numbers(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text, value", [("十五", 15), ("两千三百", 2300), ("一万五千", 15000), ("二〇二六", 2026), ("十", 10)])
def test_chinese_numerals(text, value):
    assert cn_to_number(text) == value


@pytest.mark.parametrize("text, frm, to, ratio", [
    ("把客户投诉率从4%降到2%", 4, 2, 2.0),
    ("从80万提升到100万", 800000, 1000000, 1.25),
    ("从5%提高3个百分点", 5, 8, 1.6),
    ("过去客户投诉率是4%，现在把它减低到2%", 4, 2, 2.0),
    ("Reduce lead time from 45 to 30 days", 45, 30, 1.5),
    ("Grow sales from $20,000 to $24,000 by March 31", 20000, 24000, 1.2),
])
def test_baseline_to_target(text, frm, to, ratio):
    c = find_changes(text)[0]
    assert (c["from"], c["to"]) == (frm, to)
    assert c["ratio"] == pytest.approx(ratio)


@pytest.mark.parametrize("text, ratio", [("降低10%", 1 / 0.9), ("翻一番", 2.0), ("提高到原来的10倍", 10.0),
                                         ("降低百分之二十", 1.25), ("Cut spending by 10%", 1 / 0.9), ("Double traffic", 2.0)])
def test_relative_change(text, ratio):
    assert find_changes(text)[0]["ratio"] == pytest.approx(ratio)
