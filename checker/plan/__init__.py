"""Action-plan checker: every action says how, who, what and when; the plan
runs through PDCA; the goal itself is SMART.

    from checker.plan import check_plan
    report = check_plan("月底前把前台收银速度提升至每位顾客两分钟",
                        ["店长王丽11月25日前通过现场示范培训收银员使用扫码枪"],
                        today="2026-11-10")
"""
from checker.plan.actions import MAX_ACTION_CHARS, MAX_ACTIONS
from checker.plan.check import check_plan

__all__ = ["check_plan", "MAX_ACTIONS", "MAX_ACTION_CHARS"]
