"""SMART goals: check_goal(text, today=, role=) judges one goal against S, M,
A, R and T and explains why.

    from checker.goal import check_goal
    check_goal("月底前把前台收银速度提升至两分钟", today="2026-11-23", role="front-desk")

The goal is parsed once (ParsedGoal: deadlines, numbers, changes, words);
each criterion is a module of detectors (specific, measurable, attainable,
relevant, timebound) named in checker/rules/kinds.yml.
"""
from checker.goal.check import check_goal, parse_goal, parse_today, validate_text

__all__ = ["check_goal", "parse_goal", "parse_today", "validate_text"]
