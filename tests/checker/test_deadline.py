"""Deadline parsing with exact dates (checker/README.md "Time words")."""
from __future__ import annotations

import datetime as dt

import pytest

from checker import check_goal
from checker.deadlines import find_deadlines, first_undated, pick_deadline
from checker.plan import check_plan
from checker.reading import Reading

TODAY = dt.date(2026, 11, 23)  # a Monday


def deadline_of(text, today=TODAY):
    """The deadline as the checker reads the text (checker/reading.py first)."""
    d = pick_deadline(find_deadlines(Reading(text).norm, today))
    return d.date.isoformat() if d else None


@pytest.mark.parametrize("text, expected", [
    ("月底前", "2026-11-30"),
    ("第三季度", "2027-09-30"),            # 2026 Q3 is over: rolls to next year
    ("今年第三季度", "2026-09-30"),        # 今年 stops the roll (past -> T warn)
    ("他必须在今年的第三季度通过四级考试", "2026-09-30"),
    ("三个月内", "2027-02-23"),
    ("下周五之前", "2026-12-04"),
    ("周五前", "2026-11-27"),
    ("by June 30", "2027-06-30"),
    ("by June 30 this year", "2026-06-30"),
    ("2012年6月25日之前", "2012-06-25"),
    ("我将在2012年6月25日之前完成某事", "2012-06-25"),
    ("within 6 weeks", "2027-01-04"),
    ("年底前", "2026-12-31"),
    ("本季度", "2026-12-31"),
    ("下个月", "2026-12-31"),
    ("下季度", "2027-03-31"),
    ("上半年", "2027-06-30"),
    ("下半年", "2026-12-31"),
    ("明年3月底", "2027-03-31"),
    ("3月底前", "2027-03-31"),
    ("12月31日前", "2026-12-31"),
    ("本月15日前", "2026-11-15"),
    ("2026-12-31前", "2026-12-31"),
    ("2027年", "2027-12-31"),
    ("半年内", "2027-05-23"),
    ("一年内", "2027-11-23"),
    ("5个工作日内", "2026-11-30"),
    ("未来三个月", "2027-02-23"),
    ("by end of Q3", "2027-09-30"),
    ("by the end of the month", "2026-11-30"),
    ("next quarter", "2027-03-31"),
    ("in 3 months", "2027-02-23"),
    ("by next Friday", "2026-12-04"),
    ("by December 31, 2026", "2026-12-31"),
    ("Q1 2027", "2027-03-31"),
    ("by 2027", "2027-12-31"),
    ("月底前提交初稿，下个月15日前完成终稿", "2026-12-15"),
    ("本月中旬", "2026-11-20"),
    ("下月中旬", "2026-12-20"),
    ("元旦前", "2027-01-01"),
    ("国庆节前", "2027-10-01"),
    ("before Christmas", "2026-12-25"),
    ("by mid-2027", "2027-06-30"),
    ("no later than March 15", "2027-03-15"),
    ("in a fortnight", "2026-12-07"),
    ("by year-end 2027", "2027-12-31"),
    ("by Friday, December 4", "2026-12-04"),
    ("by 31/12/2026", "2026-12-31"),
    ("by 12/15/2026", "2026-12-15"),
    ("by end of week", "2026-11-29"),
    ("Pass the CPA exam by June 30 this year", "2026-06-30"),
    ("明年年初", "2027-01-31"),
    ("25日前", "2026-11-25"),
    ("10号前", "2026-12-10"),      # the 10th of this month is over: next month's
    ("by the 15th", "2026-12-15"),
    ("in the next 2 weeks", "2026-12-07"),  # the goal's end: the latest marked date
])
def test_deadline_resolves(text, expected):
    assert deadline_of(text) == expected


@pytest.mark.parametrize("text", [
    "每单2分钟", "4小时内响应", "45天周转", "3天内回复客户投诉", "每周三次", "每月底提交报表",
    "每周三下午开例会", "一周三次", "比2025年增长20%", "从下月起每周跑步", "尽快完成", "I may go",
    "reduce lead time to 30 days", "respond to tickets within 2 days", "every Monday",
    "Return graded essays within 3 days of submission", "in the coming weeks", "24小时内回复", "缩短到2小时以内",
    "Run a half marathon in under 2 hours", "每晚11点前睡觉", "连续30天不迟到", "Live abroad for 1 year", "at 5pm",
])
def test_not_a_deadline(text):
    assert deadline_of(text) is None


def test_end_of_month_in_february_and_leap_year():
    assert deadline_of("月底前", dt.date(2028, 2, 3)) == "2028-02-29"
    assert deadline_of("三个月内", dt.date(2026, 11, 30)) == "2027-02-28"


def test_quarter_roll_depends_on_today():
    assert deadline_of("第三季度", dt.date(2026, 3, 1)) == "2026-09-30"
    assert deadline_of("第三季度", dt.date(2026, 10, 1)) == "2027-09-30"


# School terms (autumn ends 31 Jan, spring 31 Jul) and the fiscal year (= calendar year).
@pytest.mark.parametrize("text, today, expected", [
    ("本学期读完3本书", dt.date(2026, 9, 15), "2027-01-31"),
    ("本学期读完3本书", dt.date(2027, 1, 10), "2027-01-31"),
    ("这学期读完3本书", dt.date(2027, 3, 1), "2027-07-31"),
    ("本学期读完3本书", dt.date(2027, 8, 20), "2028-01-31"),   # August: the coming autumn term
    ("下学期期末考到90分", dt.date(2026, 11, 23), "2027-07-31"),
    ("下学期期末考到90分", dt.date(2027, 4, 1), "2028-01-31"),
    ("本学期结束前交论文", dt.date(2027, 3, 1), "2027-07-31"),
    ("本财年把费用控制在20万以内", dt.date(2026, 11, 23), "2026-12-31"),
    ("下个财年", dt.date(2026, 11, 23), "2027-12-31"),
    ("read 3 novels this semester", dt.date(2026, 10, 5), "2027-01-31"),
    ("pass the test next term", dt.date(2026, 10, 5), "2027-07-31"),
    ("by the end of the semester", dt.date(2027, 2, 15), "2027-07-31"),
    ("cut costs by 15% this fiscal year", dt.date(2026, 11, 23), "2026-12-31"),
    ("by the end of next fiscal year", dt.date(2026, 11, 23), "2027-12-31"),
])
def test_school_term_and_fiscal_year(text, today, expected):
    assert deadline_of(text, today) == expected


@pytest.mark.parametrize("text", [
    "本轮迭代修复5个缺陷", "close 5 tickets this sprint", "finish this term paper", "上学期考了80分",
])
def test_periods_without_a_fixed_date_are_not_deadlines(text):
    assert deadline_of(text) is None


# Named terms, mid-term (期中) and the school year (checker/README.md "Time words").
@pytest.mark.parametrize("text, today, expected", [
    ("春季学期末通过英语六级考试", dt.date(2026, 3, 10), "2026-07-31"),
    ("春季学期末通过英语六级考试", dt.date(2026, 11, 23), "2027-07-31"),    # this year's is over: the next
    ("秋季学期末提交毕业论文初稿", dt.date(2026, 3, 10), "2027-01-31"),
    ("秋季学期末提交毕业论文初稿", dt.date(2027, 1, 10), "2027-01-31"),     # in it
    ("2027年秋季学期结束前", dt.date(2026, 11, 23), "2028-01-31"),           # the autumn term that starts in 2027
    ("今年春季学期", dt.date(2026, 11, 23), "2026-07-31"),                   # 今年 names the year: past
    ("明年春季学期", dt.date(2026, 11, 23), "2027-07-31"),
    ("下学期期中前通过计算机二级考试", dt.date(2026, 3, 10), "2026-11-15"),
    ("下学期期中前通过计算机二级考试", dt.date(2026, 11, 23), "2027-04-30"),
    ("本学期期中考试数学考到90分", dt.date(2026, 9, 10), "2026-11-15"),
    ("学期结束前读完3本书", dt.date(2027, 3, 1), "2027-07-31"),
    ("本学年结束前", dt.date(2026, 11, 23), "2027-07-31"),
    ("下学年", dt.date(2027, 3, 1), "2028-07-31"),
    ("by the end of the fall semester", dt.date(2026, 3, 10), "2027-01-31"),
    ("in the spring semester", dt.date(2026, 11, 23), "2027-07-31"),
    ("spring term 2027", dt.date(2026, 11, 23), "2027-07-31"),
    ("by the middle of the semester", dt.date(2026, 9, 10), "2026-11-15"),
    ("by the end of the school year", dt.date(2026, 11, 23), "2027-07-31"),
    ("next academic year", dt.date(2026, 11, 23), "2028-07-31"),
])
def test_named_terms_mid_term_and_school_year(text, today, expected):
    assert deadline_of(text, today) == expected


# Seasons: meteorological, northern hemisphere. 夏天前 / before summer / by summer = the day before it
# begins; 今年夏天, 夏天结束前, this summer, by the end of summer = its last day.
@pytest.mark.parametrize("text, today, expected", [
    ("今年夏天前通过英语四级考试", dt.date(2026, 3, 10), "2026-05-31"),
    ("今年夏天前通过英语四级考试", dt.date(2026, 11, 23), "2026-05-31"),   # 今年 names the year: past
    ("夏天结束前学会游泳", dt.date(2026, 3, 10), "2026-08-31"),
    ("夏季末完成外墙翻新", dt.date(2026, 11, 23), "2027-08-31"),
    ("冬天前减重5公斤", dt.date(2026, 3, 10), "2026-11-30"),
    ("入冬前把仓库屋顶修好", dt.date(2026, 10, 8), "2026-11-30"),
    ("今年冬天学会滑雪", dt.date(2026, 11, 23), "2027-02-28"),             # winter 2026 = Dec 2026 - Feb 2027
    ("这个冬天学会滑雪", dt.date(2027, 1, 10), "2027-02-28"),
    ("明年春天前考过驾照", dt.date(2026, 11, 23), "2027-02-28"),
    ("明春完成装修", dt.date(2026, 11, 23), "2027-05-31"),
    ("2027年秋天前", dt.date(2026, 11, 23), "2027-08-31"),
    ("在夏天来临之前减重5公斤", dt.date(2026, 11, 23), "2027-05-31"),
    ("Finish reading 3 books before summer", dt.date(2026, 3, 10), "2026-05-31"),
    ("Hold a conversation in Spanish by the summer", dt.date(2026, 11, 23), "2027-05-31"),
    ("Run a half marathon this fall", dt.date(2026, 9, 5), "2026-11-30"),
    ("Plant a vegetable garden this spring", dt.date(2026, 11, 23), "2027-05-31"),   # the coming one
    ("Learn to ski this winter", dt.date(2027, 1, 10), "2027-02-28"),
    ("Move to Lisbon next summer", dt.date(2026, 3, 10), "2027-08-31"),
    ("by the end of summer", dt.date(2026, 9, 1), "2027-08-31"),
    ("in the summer of 2027", dt.date(2026, 11, 23), "2027-08-31"),
    ("by spring 2027", dt.date(2026, 11, 23), "2027-02-28"),
    ("by the start of autumn", dt.date(2026, 3, 10), "2026-08-31"),
    ("by mid-summer", dt.date(2026, 3, 10), "2026-07-15"),
])
def test_seasons(text, today, expected):
    assert deadline_of(text, today) == expected


@pytest.mark.parametrize("text, today, expected", [
    ("Finish the report before summer break", dt.date(2026, 3, 10), "2026-07-31"),
    ("Read 5 novels over the summer holidays", dt.date(2026, 11, 23), "2027-08-31"),
    ("by the end of winter break", dt.date(2026, 11, 23), "2027-02-28"),
    ("Intern at a bank next summer vacation", dt.date(2026, 11, 23), "2027-08-31"),
    ("今年寒假学会游泳", dt.date(2026, 11, 23), "2027-02-28"),             # this winter's break
    # a date right after the period says when it ends, and is the deadline
    ("Submit chapter 3 before the winter break ends on February 20", dt.date(2026, 11, 23), "2027-02-20"),
    ("这个冲刺结束前（12月4日）修复全部P1级缺陷", dt.date(2026, 11, 23), "2026-12-04"),
    ("Close 15 tickets by the end of the sprint on December 4", dt.date(2026, 11, 23), "2026-12-04"),
])
def test_school_breaks_in_english_and_periods_given_a_date(text, today, expected):
    assert deadline_of(text, today) == expected


@pytest.mark.parametrize("text", [
    "夏季促销活动销售额提高20%", "去年夏天减重了5公斤", "每年夏天组织一次团建", "春季招聘招到5名工程师", "冬季奥运会",
    "上学期末考了80分", "大学期末考试", "每学期读5本书", "去年秋季学期", "从今年夏天开始跑步", "每轮迭代结束前开复盘会",
    "产品迭代速度提高20%", "Learn Spring Boot", "build an API in Spring", "I love summer", "summer camp",
    "sales fall by 10%", "every summer", "last summer", "starting this summer", "in the long term", "the sprint backlog",
    "the next iteration of the app",
])
def test_seasons_terms_and_sprints_that_are_not_deadlines(text):
    found = find_deadlines(text, TODAY)
    assert found == [], found


# Time boxes with no fixed length (sprints, iterations, a sports season) are deadlines
# with no date: found, never picked; the goal's T is warn (T-undated-period).
@pytest.mark.parametrize("text, words", [
    ("本赛季结束前完成20次助攻", "本赛季结束前"),
    ("这个冲刺结束前修复全部P1缺陷", "这个冲刺结束前"),
    ("下个迭代上线支付模块", "下个迭代"),
    ("第3个迭代结束前完成订单导出", "第3个迭代结束前"),
    ("本sprint内完成接口联调", "本sprint内"),
    ("Close 15 tickets by the end of the sprint", "by the end of the sprint"),
    ("Ship the payment module next sprint", "next sprint"),
    ("Score 20 goals by the end of the season", "by the end of the season"),
    ("Finish the login page by sprint 14", "by sprint 14"),
    ("Close 5 tickets in the sprint", "the sprint"),
])
def test_time_boxes_with_no_date(text, words):
    found = find_deadlines(text, TODAY)
    assert pick_deadline(found) is None
    assert first_undated(found) is not None and first_undated(found).text == words


# School breaks follow the terms: 暑假前 = 31 Jul, during 暑假 = 31 Aug; 寒假前 = 31 Jan, during 寒假 = end of Feb.
@pytest.mark.parametrize("text, expected", [
    ("明年暑假前托福考到100分", "2027-07-31"),   # not 明年 alone (2027-12-31)
    ("暑假学会游泳", "2027-08-31"),
    ("寒假前读完3本书", "2027-01-31"),
    ("寒假里练完字帖", "2027-02-28"),
    ("暑假结束前交报告", "2027-08-31"),
])
def test_school_breaks(text, expected):
    assert deadline_of(text) == expected


# Issue 12: time words the outside goals use (checker/README.md "Time words").
@pytest.mark.parametrize("text, expected", [
    ("9 月 30 日前", "2027-09-30"),                       # spaced writing reads like 9月30日前 (checker/reading.py)
    ("1000天内", "2029-08-19"),                            # all four digits, not 000天内
    ("在接下来的两个学期内发表论文", "2027-07-31"),         # within two terms: the end of the second
    ("每晚11点前睡觉，坚持30天", "2026-12-23"),             # a cadence with a duration is a time box
    ("every Monday night for 6 weeks", "2027-01-04"),
    ("Reduce soda to one can per week for 30 days", "2026-12-23"),
    ("Close 10 deals within the next quarter", "2027-02-23"),  # within / in / over the next <unit>: today + one unit
    ("Walk more over the next month", "2026-12-23"),
    ("Pay it off by next year", "2026-12-31"),             # by next year: before next year begins
    ("明年之前考下驾照", "2026-12-31"),
    ("by the end of next year", "2027-12-31"),
    ("in the current fiscal year", "2026-12-31"),
    ("Submit it before 1pm", "2026-11-23"),                # a clock time, the end of the shift: today
    ("by the end of my shift", "2026-11-23"),
    ("下午5点前交报告", "2026-11-23"),
    ("12月20日下午5点前", "2026-12-20"),
    ("24小时内完成", "2026-11-24"),                         # hours due within: the day they end
    ("The patient will report pain of 3 or less within 24 hours", "2026-11-24"),
    ("before the March exam", "2027-03-31"),               # the month dates the event
])
def test_outside_time_words(text, expected):
    assert deadline_of(text) == expected


@pytest.mark.parametrize("text", ["下次月考数学考到100分", "期中考试前重做错题", "出院前学会注射胰岛素",
                                  "Before discharge, demonstrate self-injection", "by my next test", "before launch"])
def test_events_are_deadlines_with_no_date(text):
    found = find_deadlines(text, TODAY)
    assert pick_deadline(found) is None and first_undated(found) is not None


# Issue 13: a number of any size, or a today at the end of the calendar, is read, never a crash.
@pytest.mark.parametrize("text, expected", [
    ("1001天内", "2029-08-20"), ("1200天内", "2030-03-07"), ("999999天内", "4764-10-19"),
    ("大后年", "2029-12-31"),                                   # three years on, not 后年
    ("within 999999 business days", "5859-12-16"),
])
def test_large_windows_resolve_in_full(text, expected):
    assert deadline_of(text) == expected


@pytest.mark.parametrize("text, today", [
    ("Cut complaints to 2% within 99999999999 weeks", TODAY), ("Cut complaints to 2% in 10000 years", TODAY),
    ("within 100000 months cut complaints to 2%", TODAY), ("10000年内把投诉率降到2%", TODAY),
    ("明年把投诉率降到2%", dt.date(9999, 12, 31)), ("下学期通过四级考试", dt.date(9999, 12, 31)),
    ("大后年把投诉率降到2%", dt.date(9999, 12, 31)), ("Cut costs by 5% next fiscal year", dt.date(9999, 12, 31)),
    ("下周五前交报告", dt.date(9999, 12, 31)), ("6月底前交报告", dt.date(9999, 12, 31)),
])
def test_a_date_past_the_calendar_is_a_t_finding(text, today):
    report = check_goal(text, today=today)
    assert report["criteria"]["T"]["status"] == "fail"
    assert [f["rule"] for f in report["findings"] if f["criterion"] == "T"] == ["T-beyond-calendar"]
    assert report["facts"]["deadline"] is None


def test_a_plan_action_past_the_calendar_is_a_when_finding():
    report = check_plan("月底前把投诉率降到2%", ["店长王丽10000年内培训收银员", "店长王丽11月27日前现场示范扫码枪"],
                        today="2026-11-23")
    rules = [(f["rule"], f.get("action")) for f in report["findings"] if f["criterion"] == "when"]
    assert rules == [("PLAN-when-beyond-calendar", 0)]
    assert report["facts"]["actions"][1]["when"]["date"] == "2026-11-27"
