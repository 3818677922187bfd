"""Time boxes whose end the text does not date: 本轮迭代, 这个冲刺结束前, 第3个
冲刺, 本赛季, Sprint 12; this sprint, by the end of the iteration, the
season. Sprints last one week, two or a month, so the box is a real
deadline with no date (T warn); a date right after it gives the day
(finder.py: 这个冲刺结束前（12月4日）).
"""
from __future__ import annotations

from checker.deadlines.common import CN_SMALL, Group
from checker.deadlines.context import en_each, en_time_context, zh_each

ZH_FIRST = "本这当下第冲迭赛Ss"
EN_FIRST = ()  # the school family's first words (sprint, iteration, season, the …) cover these


def _box_zh_skip(m, pre=None) -> bool:
    return zh_each(m)  # 每轮迭代: a cadence


def _box_en_skip(m, pre=None) -> bool:
    # each sprint: a cadence; "the sprint" alone names the thing, "by/in the sprint" the time
    return en_each(m) or (m.group("tbox_the") is not None and not en_time_context(m))


ZH_GROUPS = (
    Group("tbox", rf"(?=[本这当下第冲迭赛Ss])(?P<tbox>(?:本轮|这一?轮|下一?轮|本|这一?个?|当前|下一?个?|第[\d{CN_SMALL}]{{1,3}}个?)"
                  rf"(?:冲刺|迭代|[Ss]print|赛季)(?:周期)?(?:结束|末|内|里|期间|中)?"
                  rf"|(?<![A-Za-z])[Ss]print\s?\d{{1,3}}(?!\d)|(?:冲刺|迭代|赛季)(?:周期)?(?:结束|末|期间|开始))",
          skip=_box_zh_skip, undated=True, period=True),
)
EN_GROUPS = (
    Group("tbox", r"(?P<tbox>(?:(?:the\s+)?(?:end|start|beginning|close)\s+of\s+(?:the\s+)?(?:(?:this|next|current|coming|upcoming)\s+)?"
                  r"|(?:the\s+)?(?:this|next|current|coming|upcoming)\s+|(?P<tbox_the>the\s+))(?:sprint|iteration|season)(?!\s+of\b)"
                  r"|(?:sprint|iteration)[-\s]end|sprint\s+\d{1,3}(?!\d))",
          skip=_box_en_skip, undated=True, period=True),
)
