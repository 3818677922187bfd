"""Relevant (R) against the built-in role profiles: the seed's cases and the
role-file loader's messages."""
from __future__ import annotations

import json

import pytest

from checker import InputError, check_goal


def r_status(text, role, **kw):
    return check_goal(text, today="2026-11-23", role=role, **kw)["criteria"]["R"]["status"]


@pytest.mark.parametrize("text, role, status", [
    ("三个月内学会30句接听电话常用的英语", "front-desk", "pass"),     # seed: phone English helps a front desk
    ("年底前学完六西格玛绿带课程", "front-desk", "fail"),            # seed: Six Sigma is off-topic
    ("让前台今年学习管理学", "front-desk", "fail"),
    ("Learn 30 English phrases for answering the phone within three months", "front-desk", "pass"),
    ("Complete a Six Sigma Green Belt course by the end of the year", "front-desk", "fail"),
    ("明年粮食要增产", "student", "fail"),                          # seed: a student raising grain output
    ("Increase grain output by 10% next year", "student", "fail"),
    ("今年第三季度通过英语四级考试", "student", "pass"),
    ("本季度把个人销售额从80万提升到100万", "sales", "pass"),
    ("Grow the sales pipeline to 50 qualified leads by the end of Q4", "teacher", "fail"),
    ("年底前跑完一次半程马拉松", "auditor", "warn"),
    ("今年通过CET-4", "student", "pass"),                        # the exam's English name is a study word too
    ("下学期把绩点提高到3.5", "student", "pass"),
    ("Visit 15 key accounts before Christmas", "sales", "pass"),  # key accounts are sales work too
])
def test_role_relevance(text, role, status):
    assert r_status(text, role) == status


def test_no_role_is_unknown_with_a_question():
    report = check_goal("月底前把投诉率降到2%", today="2026-11-23")
    assert report["criteria"]["R"]["status"] == "unknown"
    assert "R-no-role" in [f["rule"] for f in report["findings"]]


def test_unknown_role_lists_the_known_ones():
    with pytest.raises(InputError) as info:
        check_goal("x", role="pilot")
    assert info.value.code == "unknown-role" and "front-desk" in info.value.message_en


def test_own_roles_file_json(tmp_path):
    path = tmp_path / "roles.json"
    path.write_text(json.dumps({"roles": [{"id": "chef", "name": {"zh": "厨师", "en": "Chef"},
                                           "signals": ["菜", "出餐", "dish"], "field": ["厨房"]}]}), encoding="utf-8")
    assert r_status("月底前把出餐时间缩短到10分钟", "chef", roles=str(path)) == "pass"
    with pytest.raises(InputError):
        check_goal("x", role="front-desk", roles=str(path))  # only the file's roles exist then
