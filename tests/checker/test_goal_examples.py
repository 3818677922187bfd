"""Goals written for the checker's own tests (not the reviewers' case table),
judged by checker/README.md: S, M and T statuses and the exact deadline."""
from __future__ import annotations

import pytest

from checker import check_goal

# (text, today, S, M, T, deadline)
CASES = [
("下周三前把季度报告交给经理", "2026-11-23", "pass", "pass", "pass", "2026-12-02"),
("提高团队的凝聚力", "2026-11-23", "fail", "fail", "fail", None),
("6月底前拿到PMP证书", "2026-11-23", "pass", "pass", "pass", "2027-06-30"),
("尽量减少加班", "2026-11-23", "fail", "fail", "fail", None),
("年底前把库存周转天数缩短到30天", "2026-11-23", "pass", "pass", "pass", "2026-12-31"),
("三周内完成客户满意度调查，回收问卷不少于200份", "2026-11-23", "pass", "pass", "pass", "2026-12-14"),
("提升个人综合能力", "2026-11-23", "fail", "fail", "fail", None),
("每个工作日下班前清空收件箱", "2026-11-23", "pass", "pass", "fail", None),
("第二季度把新产品的退货率控制在3%以内", "2026-11-23", "pass", "pass", "pass", "2027-06-30"),
("一个月内减重5公斤", "2026-11-23", "pass", "pass", "pass", "2026-12-23"),
("把前台电话的接通率提高到95%以上", "2026-11-23", "pass", "pass", "fail", None),
("做一个更有责任心的人", "2026-11-23", "fail", "fail", "fail", None),
("本月内把所有过期合同归档", "2026-11-23", "pass", "pass", "pass", "2026-11-30"),
("努力提高销售业绩", "2026-11-23", "fail", "fail", "fail", None),
("明年6月前通过CPA会计科目考试", "2026-11-23", "pass", "pass", "pass", "2027-06-30"),
("下季度把客服电话的平均等待时间从3分钟缩短到1分钟", "2026-11-23", "pass", "pass", "pass", "2027-03-31"),
("尽快提升英语口语", "2026-11-23", "fail", "fail", "fail", None),
("每天背50个单词", "2026-11-23", "pass", "pass", "fail", None),
("2027年3月15日前完成新办公室的装修", "2026-11-23", "pass", "pass", "pass", "2027-03-15"),
("改善部门氛围", "2026-11-23", "fail", "fail", "fail", None),
("Become a better leader", "2026-11-23", "fail", "fail", "fail", None),
("Read 20 books this year", "2026-11-23", "pass", "pass", "pass", "2026-12-31"),
("Cut cloud costs by 15% by March", "2026-11-23", "pass", "pass", "pass", "2027-03-31"),
("Answer customer chats within 60 seconds", "2026-11-23", "pass", "pass", "fail", None),
("Increase NPS significantly", "2026-11-23", "fail", "fail", "fail", None),
("Reduce employee turnover from 20% to 15% by the end of 2027", "2026-11-23", "pass", "pass", "pass", "2027-12-31"),
("Make more sales calls", "2026-11-23", "warn", "fail", "fail", None),
("Onboard 5 new clients before the end of the quarter", "2026-11-23", "pass", "pass", "pass", "2026-12-31"),
("Complete the data migration by 12/15/2026", "2026-11-23", "pass", "pass", "pass", "2026-12-15"),
("Improve teamwork", "2026-11-23", "fail", "fail", "fail", None),
("Publish the Q4 newsletter by December 15", "2026-11-23", "pass", "pass", "pass", "2026-12-15"),
("Get better at public speaking soon", "2026-11-23", "fail", "fail", "fail", None),
("Finish the first draft of my thesis within 8 weeks", "2026-11-23", "pass", "pass", "pass", "2027-01-18"),
("Lower the monthly churn rate to 3% by next quarter", "2026-11-23", "pass", "pass", "pass", "2027-03-31"),
("Walk 10,000 steps every day", "2026-11-23", "pass", "pass", "fail", None),
("Be a more effective manager", "2026-11-23", "fail", "fail", "fail", None),
("Pass the AWS Solutions Architect exam by February 28", "2026-11-23", "pass", "pass", "pass", "2027-02-28"),
("Raise average order value from $40 to $50 within 3 months", "2026-11-23", "pass", "pass", "pass", "2027-02-23"),
("Respond to every customer email within 4 hours", "2026-11-23", "pass", "pass", "fail", None),
("Organize the team offsite by next Friday", "2026-11-23", "pass", "pass", "pass", "2026-12-04"),
]


EXTRA = [
("增强员工的服务意识", "2026-11-23", "fail", "fail", "fail", None),
("保证高质量的售后服务", "2026-11-23", "fail", "fail", "fail", None),
("为全体新员工安排进一步的产品培训", "2026-11-23", "warn", "fail", "fail", None),
("我们要在月底前把门店收银速度提高到每位顾客一分钟", "2026-11-23", "pass", "pass", "pass", "2026-11-30"),
("前台要做到电话响三声之内接起", "2026-11-23", "pass", "pass", "fail", None),
("紧急故障在工作时间内2小时到场", "2026-11-23", "pass", "pass", "fail", None),
("他必须在明年第二季度通过英语六级考试", "2026-11-23", "pass", "pass", "pass", "2027-06-30"),
("Make our customers happier", "2026-11-23", "fail", "fail", "fail", None),
("Answer the front desk phone by the third ring", "2026-11-23", "pass", "pass", "fail", None),
("Respond to urgent faults within 4 hours during office hours", "2026-11-23", "pass", "pass", "fail", None),
("Cut the complaint rate from 5% to 3% by the end of next quarter", "2026-11-23", "pass", "pass", "pass", "2027-03-31"),
("Pass CET-6 in the second quarter of next year", "2026-11-23", "pass", "pass", "pass", "2027-06-30"),
("Try harder at work", "2026-11-23", "fail", "fail", "fail", None),
("Get a score of 85 or above in the training test by December 20", "2026-11-23", "pass", "pass", "pass", "2026-12-20"),
("提升部门的整体执行力", "2026-11-23", "fail", "fail", "fail", None),
("把本部门的报销审批时间从5天缩短到2天", "2026-11-23", "pass", "pass", "fail", None),
("争取下个月把客户投诉减少一些", "2026-11-23", "fail", "warn", "pass", "2026-12-31"),
("大幅提高网店的转化率", "2026-11-23", "warn", "fail", "fail", None),
("提高自己的沟通技巧", "2026-11-23", "fail", "fail", "fail", None),
("年内完成ERP系统的切换", "2026-11-23", "pass", "pass", "pass", "2026-12-31"),
("力争在2027年6月前将市场占有率提升至25%", "2026-11-23", "pass", "pass", "pass", "2027-06-30"),
("尽快把样品寄给客户", "2026-11-23", "pass", "pass", "fail", None),
("做一名优秀的销售员", "2026-11-23", "fail", "fail", "fail", None),
("第四季度新开3家门店", "2026-11-23", "pass", "pass", "pass", "2026-12-31"),
("三个月后能用英语做10分钟的产品介绍", "2026-11-23", "pass", "pass", "pass", "2027-02-23"),
("通过努力让团队业绩更上一层楼", "2026-11-23", "warn", "fail", "fail", None),
("明年上半年完成两门在线课程", "2026-11-23", "pass", "pass", "pass", "2027-06-30"),
]
CASES += EXTRA


@pytest.mark.parametrize("text, today, s, m, t, deadline", CASES, ids=[c[0][:40] for c in CASES])
def test_goal(text, today, s, m, t, deadline):
    report = check_goal(text, today=today)
    got = {k: report["criteria"][k]["status"] for k in "SMT"}
    assert got == {"S": s, "M": m, "T": t}, report["criteria"]
    fact = report["facts"]["deadline"]
    assert (fact["date"] if fact else None) == deadline


def test_a_time_box_with_no_date_is_t_warn_asking_for_the_date():
    text = "这个冲刺结束前修复全部P1级缺陷"
    report = check_goal(text, today="2026-11-23")
    assert report["criteria"]["T"]["status"] == "warn"
    assert report["facts"]["deadline"] is None            # no date to show
    (finding,) = [f for f in report["findings"] if f["criterion"] == "T"]
    assert finding["rule"] == "T-undated-period" and finding["level"] == "warning"
    s, e = finding["span"]
    assert text[s:e] == "这个冲刺结束前" and "这个冲刺结束前" in finding["message"]
    assert report["criteria"]["T"]["summary"] == finding["message"]
    # a dated deadline beside it is the goal's deadline
    both = check_goal("本轮迭代修复5个缺陷，12月11日前上线", today="2026-11-23")
    assert both["criteria"]["T"]["status"] == "pass" and both["facts"]["deadline"]["date"] == "2026-12-11"
    # a time box outranks vague time: the goal does name a deadline
    vague = check_goal("Close 5 tickets as soon as possible this sprint", today="2026-11-23", lang="en")
    assert [f["rule"] for f in vague["findings"] if f["criterion"] == "T"] == ["T-undated-period"]
