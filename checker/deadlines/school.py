"""School terms, school years, breaks and seasons: 本学期末, 下学期期中, 春季
学期, 本学年, 暑假前, 寒假, 今年夏天, 入冬前; this semester, the spring term,
the end of the school year, before summer break, by the end of summer.

Conventions (checker/README.md "Time words", dates.py): the autumn term
ends 31 January, the spring term 31 July; 暑假前 = 31 July, 暑假 = 31
August, 寒假前 = 31 January, 寒假 = the end of February; a season ends with
its last month (spring: May), and "before summer" is the eve of its first
month. A bare season names a time only with a mark (夏天前, by summer).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from checker import words
from checker.dates import (end_of_month, next_season_year, school_year_end, season_end, season_eve, season_middle,
                           season_year, term_end, term_middle)
from checker.deadlines.common import Group, prefix_year, prev_in, roll
from checker.deadlines.context import (ENDS_AFTER, NOT_THIS_TERM, ZH_COMPARE_BEFORE, ZH_MARK_BEFORE, en_each, en_time_context,
                                       zh_before, zh_each)
from checker.engine.registry import uses

ZH_FIRST = "本这当下今明春夏秋冬入暑寒学"
EN_FIRST = (r"(?:spring|summer|fall|autumn|winter|sprint|iteration|season|school|academic)\b",
            r"the\s+(?:current|upcoming|spring|summer|fall|autumn|winter|sprint|iteration|season|school|academic)\b")
# "summer camp", "Spring Boot", "winter sales": a season that names a thing, not a time
SEASON_TOPICS = uses("season_topics_en")

SEASONS_ZH = "春夏秋冬"
SEASONS_EN = {"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}
_BREAK_BEFORE = re.compile(r"\b(?:by|before|until|till|ahead\s+of)\s+(?:the\s+)?$", re.I)
_SEASON_BEFORE_EN = re.compile(r"\b(?:by|before|until|till|ahead\s+of|no\s+later\s+than)\s+$", re.I)
_SEASON_BEFORE_ZH = re.compile(r"之?前|以前|到来|来临")
_SEASON_MARK_AFTER = re.compile(r"^(?:之前|以前|前|结束|到来|来临|之内|以内|内|里|期间)")


def season(today: dt.date, which: int, years_ahead: int | None = None, edge=season_end) -> dt.date:
    """A season's end (or other `edge`: its eve, its middle).

    years_ahead None ("this summer", 这个夏天, no word): the next one not yet
    over. A number counts from this calendar year's season (今年夏天 = 0, even
    when over; 明年夏天 / next summer = 1); winter in Jan-Feb is the one that
    began in December."""
    if years_ahead is None:
        return edge(next_season_year(today, which, edge), which)
    return edge(season_year(today, which) + years_ahead, which)


def named_term(today: dt.date, spring: bool, year: int | None, ahead: int) -> dt.date:
    """End of the spring term (31 Jul of its year) or the autumn term (31 Jan
    after the year it starts in); without a year, the first not yet over."""
    def make(y):
        return dt.date(y, 7, 31) if spring else dt.date(y + 1, 1, 31)
    if year is not None:
        return make(year)
    y = today.year - 1
    while make(y) < today:
        y += 1
    return make(y + ahead)


def school_break(today: dt.date, summer: bool, before: bool, year: int | None = None) -> dt.date:
    """暑假前 = 31 Jul, 暑假 = 31 Aug; 寒假前 = 31 Jan, 寒假 = end of Feb: that
    year's, or without a year the next one not yet over."""
    def make(y):
        if summer:
            return dt.date(y, 7, 31) if before else dt.date(y, 8, 31)
        return dt.date(y, 1, 31) if before else end_of_month(y, 2)
    if year is not None:
        return make(year)
    return roll(make(today.year), today, False, make)


def break_year(today: dt.date, summer: bool) -> int:
    """Year of "this" break: this summer's; the winter break of this winter (Jan-Feb after an autumn)."""
    return today.year if summer or today.month <= 2 else today.year + 1


# --- Chinese -------------------------------------------------------------------
def _term_zh(m, today, pre=None):  # 本学期 / 下学期 / 春季学期 / 下学期期中: see dates.term_end
    g = m.group
    ahead = 1 if (g("term_rel") or "").startswith("下") else 0
    if g("term_nm"):
        year, _ = prefix_year(pre, today)
        end = named_term(today, g("term_nm").startswith("春"), year, ahead)
    else:
        end = term_end(today, ahead)
    return term_middle(end) if g("term_p") == "期中" else end


def _term_zh_skip(m, pre=None) -> bool:
    if zh_each(m):
        return True
    if m.group("term_rel") or pre:
        return False
    before = zh_before(m)
    if m.group("term_nm"):
        return prev_in(before, NOT_THIS_TERM)  # 去年秋季学期: not this year's
    # 学期 alone; 上学期末, 大学期末, 两个学期: not the end of this term
    return m.group("term_p") not in ("期末", "末", "结束") or prev_in(before, NOT_THIS_TERM) or before[-1:].isdigit()


def _school_year_zh(m, today, pre=None):  # the school year ends with the spring term (31 Jul)
    return school_year_end(today, 1 if (m.group("syr_rel") or "").startswith("下") else 0)


def _break_zh(m, today, pre=None):
    g = m.group
    before = m.string[m.end():m.end() + 2].startswith(("前", "之前", "以前")) and not m.group().endswith("结束")
    summer = g("vac_w") == "暑假"
    rel = g("vac_rel") or ""
    if rel in ("今年", "明年"):  # this year's (the winter break of this winter); 明年: a year later
        return school_break(today, summer, before, break_year(today, summer) + (rel == "明年"))
    return school_break(today, summer, before)  # 暑假, 这个暑假: the next one not yet over


def _season_zh(m, today, pre=None):
    g = m.group
    if g("sea_w3"):  # 入夏前: before the season begins
        which = SEASONS_ZH.index(g("sea_w3"))
        return season_eve(next_season_year(today, which, season_eve), which)
    which = SEASONS_ZH.index(g("sea_w") or g("sea_w2"))
    # 夏天前 = before summer begins (like 暑假前); 今年夏天, 夏天结束前, 夏季末 = its end
    before = not m.group().endswith(("末", "结束", "底")) and _SEASON_BEFORE_ZH.match(m.string, m.end())
    edge = season_eve if before else season_end
    year, rel = prefix_year(pre, today)
    if pre is not None and pre.group("y"):
        return edge(year, which) if year else None
    rel = rel or g("sea_rel") or g("sea_rel2") or ""
    # 今年夏天 / 今夏 name this year's; 这个夏天 is the coming one, like no word at all
    ahead = {"今年": 0, "本年": 0, "本年度": 0, "今": 0, "明年": 1, "次年": 1, "明": 1, "下个": 1, "后年": 2}.get(rel)
    return season(today, which, ahead, edge=edge)


def _season_zh_skip(m, pre=None) -> bool:
    before = zh_before(m)
    if zh_each(m) or before.endswith(ZH_COMPARE_BEFORE):
        return True
    bare = not (pre or m.group("sea_rel") or m.group("sea_rel2") or m.group("sea_w3"))
    # 夏天 as a topic (夏季促销), 去年夏天, 两个夏天: a season needs 前/结束/在… to be a deadline
    return bare and (prev_in(before, NOT_THIS_TERM) or not (
        m.group().endswith(("末", "结束", "底")) or _SEASON_MARK_AFTER.match(m.string[m.end():m.end() + 6])
        or ZH_MARK_BEFORE.search(zh_before(m, 4))))


def _each_skip(m, pre=None) -> bool:
    return zh_each(m)


ZH_GROUPS = (
    Group("term", r"(?=[本这当下春秋学])(?P<term>(?P<term_rel>本|这个?|当前|下一?个?)?(?P<term_nm>春季|秋季|春|秋)?学期(?:的)?"
                  r"(?P<term_p>期末|末|结束|内|期中)?)", _term_zh, _term_zh_skip, period=True,
          year_before=lambda m: True),
    Group("syr", r"(?=[本这当下])(?P<syr>(?P<syr_rel>本|这个?|当前|下一?个?)学年(?:度)?(?:末|结束|内|底)?)",
          _school_year_zh, _each_skip, period=True),
    Group("vac", r"(?=[今明本这暑寒])(?P<vac>(?P<vac_rel>今年|明年|本|这个?)?的?(?P<vac_w>暑假|寒假)(?:结束|期间|里)?)",
          _break_zh, period=True),
    Group("sea", r"(?=[这本下春夏秋冬今明入])(?P<sea>(?P<sea_rel>这个|这|本|下个)?(?P<sea_w>[春夏秋冬])[天季](?:末|结束|底)?"
                 r"|(?P<sea_rel2>今|明)(?P<sea_w2>[春夏秋冬])(?![节天季])|入(?P<sea_w3>[春夏秋冬])(?=之?前|以前))",
          _season_zh, _season_zh_skip, period=True, year_before=lambda m: not m.group("sea_w3")),
)


# --- English -------------------------------------------------------------------
def _term_en(m, today, pre=None):  # this / next semester, the spring term: see dates.term_end
    g = m.group
    ahead = 1 if (g("term_n1") or g("term_n2") or g("term_n3") or g("term_n4")) else 0
    if g("term_nm"):
        y = g("term_y")
        end = named_term(today, g("term_nm").lower() == "spring", int(y) if y else None, ahead)
    else:
        end = term_end(today, ahead)
    middle = (g("term_p") or g("term_p2") or "").lower() == "middle" or g("term_mid")
    return term_middle(end) if middle else end


def _break_en(m, today, pre=None):  # summer / winter break: as 暑假 / 寒假
    g, text = m.group, m.string
    part = (g("brk_p") or "").lower()
    before = part in ("start", "beginning") or (not part and _BREAK_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                                                and not ENDS_AFTER.match(text, m.end()))
    summer = g("brk_w").lower() == "summer"
    if (g("brk_rel") or "").lower() == "next":
        return school_break(today, summer, bool(before), break_year(today, summer) + 1)
    return school_break(today, summer, bool(before))


def _season_en(m, today, pre=None):
    g, text = m.group, m.string
    which = SEASONS_EN[g("sea_w").lower()]
    part = (g("sea_p") or "").lower()
    # "before summer", "by summer" = before it begins (like "before summer break");
    # "this summer", "by the end of summer", "during the summer" = its end
    before = part in ("beginning", "start") or (
        not part and not g("sea_mid") and _SEASON_BEFORE_EN.search(text[max(0, m.start() - 20):m.start()])
        and not ENDS_AFTER.match(text, m.end()))
    edge = season_eve if before else season_middle if part in ("middle", "mid") or g("sea_mid") else season_end
    if g("sea_y"):
        return edge(int(g("sea_y")), which)
    return season(today, which, 1 if (g("sea_rel") or "").lower() == "next" else None, edge=edge)


def _season_en_skip(m, pre=None) -> bool:
    if en_each(m):
        return True
    if m.group("sea_rel") or m.group("sea_p") or m.group("sea_mid") or m.group("sea_y"):
        return False
    # "Spring Boot", "I love summer": a bare season is a deadline after by/before/in/during…
    return m.group("sea_w")[0].isupper() or not en_time_context(m)


def _en_each_skip(m, pre=None) -> bool:
    return en_each(m)


@lru_cache(maxsize=1)
def _season_pattern() -> str:
    topics = words.alternation(*SEASON_TOPICS)
    return (r"(?P<sea>(?:the\s+)?(?:(?P<sea_p>end|middle|mid|beginning|start)\s+of\s+(?:the\s+)?|(?P<sea_mid>mid-?))?"
            r"(?:(?P<sea_rel>this|next|coming|upcoming)\s+)?(?P<sea_w>spring|summer|fall|autumn|winter)"
            rf"(?:\s+(?:of\s+)?(?P<sea_y>20\d\d))?(?!'s\s|-|\s+{topics}\b))")


def en_groups() -> tuple:
    """The English groups; the season's pattern holds the lexicon's season topics, so it is built on first use."""
    return (
        Group("term", r"(?P<term>(?:(?:the\s+)?(?P<term_p>end|middle)\s+of\s+(?:the\s+|this\s+)?(?P<term_n1>next\s+)?|this\s+"
                      r"|(?P<term_n2>next\s+)|the\s+)?(?:(?P<term_nm>spring|fall|autumn)\s+)(?:semester|term)"
                      r"(?:\s+(?:of\s+)?(?P<term_y>20\d\d))?"
                      r"|(?:(?:the\s+)?(?P<term_p2>end|middle)\s+of\s+(?:the\s+|this\s+)?(?P<term_n3>next\s+)?|this\s+"
                      r"|(?P<term_n4>next\s+))(?:semester|term)(?!\s+papers?)|(?P<term_mid>mid-?semester))",
              _term_en, _en_each_skip, period=True),
        Group("syr", r"(?P<syr>(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<syr_n1>next\s+)?|this\s+|(?P<syr_n2>next\s+)|the\s+)"
                     r"(?:school|academic)\s+year)",
              lambda m, today, pre=None: school_year_end(today, 1 if (m.group("syr_n1") or m.group("syr_n2")) else 0),
              _en_each_skip, period=True),
        Group("brk", r"(?P<brk>(?:the\s+)?(?:(?P<brk_p>end|start|beginning)\s+of\s+(?:the\s+)?)?"
                     r"(?:(?P<brk_rel>this|next|coming|upcoming)\s+)?(?P<brk_w>summer|winter)\s+(?:break|vacation|holidays?|recess))",
              _break_en, _en_each_skip, period=True),
        Group("sea", _season_pattern(), _season_en, _season_en_skip, period=True),
    )

