"""Events a goal can be due before, whose day the goal does not give:
上线前, 新系统上线前, 项目结束前, 开业前, 下次月考, 期中考试前, 出院前; before
launch, by the go-live, before the release, before the midterm, by my next
test, before discharge. Like a sprint, a real deadline with no date (T
warn); a date right after it gives the day (上线前（12月4日）, before launch on
December 4).

上线前发现的缺陷 and "bugs found before release" say which bugs, not when;
每次上线前 is a routine.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import words
from checker.deadlines.common import Deadline
from checker.engine.registry import uses

SUBJECTS = uses("launch_subjects")   # 系统, 门店, "app", "store": what is launched
EVENTS = uses("launch_events")       # 上线, 验收, "launch", "go-live"
EXAMS = uses("exam_events")          # 月考, 期中考试, "midterm", "exam"
DISCHARGE = uses("discharge_events")  # 出院, "discharge"
_MODIFIES_ZH = re.compile(r"[\u4e00-\u9fff]{0,2}的")
_EACH_ZH = re.compile(r"每[次个轮]?$")
_WHICH_EN = re.compile(r"\b(?:found|caught|detected|reported|seen|logged|opened|raised)\s+$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    subjects_zh, subjects_en = (words.alternation(name) for name in SUBJECTS)
    events_zh, events_en = (words.alternation(name) for name in EVENTS)
    exams_zh, exams_en = (words.alternation(name) for name in EXAMS)
    discharge_zh, discharge_en = (words.alternation(name) for name in DISCHARGE)
    zh = re.compile(rf"(?:(?:新|本)?{subjects_zh}|新版本?|正式)?{events_zh}(?:之前|以前|前)"
                    r"|(?:项目|课程|培训)(?:结束|收尾)(?:之前|以前|前)"
                    rf"|(?:下次|下一次|这次|本次)的?{exams_zh}|{exams_zh}(?:之前|以前|前)(?![一二三四五六七八九十两\d])"
                    rf"|{discharge_zh}(?:之前|以前|前)")
    en = re.compile(rf"\b(?:before|by|until|ahead\s+of|prior\s+to)\s+(?:the\s+|our\s+|its\s+)?"
                    rf"(?:(?:new\s+)?{subjects_en}\s+)?{events_en}(?:\s+(?:date|day))?\b"
                    r"|\b(?:before|by)\s+the\s+(?:end\s+of\s+the\s+project|project\s+(?:ends|is\s+over))\b"
                    rf"|\b(?:before|by|on|at|for|in)\s+(?:the|my|our|his|her|their)\s+(?:next|upcoming|coming)\s+(?:\w+\s+)?{exams_en}\b"
                    rf"|\b(?:before|by|until|prior\s+to)\s+(?:the|my|our|his|her|their)\s+(?:\w+\s+)?{exams_en}\b"
                    rf"|\b(?:before|by|until|prior\s+to|at)\s+(?:the\s+patient's\s+|(?:his|her|their)\s+)?{discharge_en}\b", re.I)
    return zh, en


def event_markers(text: str, events: list[Deadline]) -> list[tuple[int, int]]:
    """The time words of each event deadline (下次, 之前, "before the"): the
    event itself (月考, 新系统上线, "the midterm") still names a thing."""
    names = [n for group in (SUBJECTS, EVENTS, EXAMS, DISCHARGE) for n in group]
    out = []
    for d in events:
        hits = words.find(text[d.start:d.end], *names)
        if not hits:
            out.append((d.start, d.end))
            continue
        first, last = d.start + hits[0][0], d.start + hits[-1][1]
        out += [span for span in ((d.start, first), (last, d.end)) if span[1] > span[0]]
    return out


def event_deadlines(text: str, has_han: bool, has_latin: bool) -> list[Deadline]:
    zh, en = _patterns()
    out = []
    if has_han:
        for m in zh.finditer(text):
            if _MODIFIES_ZH.match(text, m.end()) or _EACH_ZH.search(text, max(0, m.start() - 2), m.start()):
                continue
            out.append(Deadline(m.start(), m.end(), m.group(), None, True, kind="evt"))
    if not has_han or has_latin:
        for m in en.finditer(text):
            if _WHICH_EN.search(text, max(0, m.start() - 12), m.start()):
                continue
            out.append(Deadline(m.start(), m.end(), m.group(), None, True, kind="evt"))
    return out
