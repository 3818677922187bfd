"""SMART goal checker: rule-by-rule feedback on goals in Chinese or English.

    from checker import check_goal
    report = check_goal("月底前把前台收银速度提升到每单两分钟", today="2026-11-23")

Pure standard library at run time (it also runs under Pyodide). Rule and
role data are compiled from YAML by `python -m checker.compile`.
"""
from __future__ import annotations

__all__ = ["check_goal", "InputError"]

from checker.errors import InputError


def check_goal(text, *, today=None, role=None, lang=None, roles=None):
    """See checker.goal.check_goal (imported lazily so compile works without data)."""
    from checker.goal import check_goal as _check_goal
    return _check_goal(text, today=today, role=role, lang=lang, roles=roles)
