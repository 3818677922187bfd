"""Deadlines in Chinese and English, resolved to dates against `today`.

`find_deadlines(text, today)` returns Deadline objects (span, text, date).
Resolution follows checker/README.md ("Time words"): 月底 = end of this
month; 第三季度 = end of Q3, rolled to next year when Q3 is over (unless
今年 / this year says otherwise); 三个月内 = today + 3 months; 下周五 = Friday
of next week; 6月25日之前 = 25 June; school terms, breaks and seasons follow
the conventions in the README (本学期 = the term's end, 夏天前 = 31 May).
Durations that are the measure itself (4小时内响应, 3天内回复, 45天周转,
2 minutes per call) are not deadlines; the rules for that are here too,
next to the patterns they refine. Time boxes of no given length (本轮迭代,
this sprint, 本赛季) and events (上线前, before launch) are Deadline objects
with no date: pick_deadline never chooses them, first_undated finds them
(T warn).
"""
from __future__ import annotations

import datetime as dt
import re

from checker.dates import (add_business_days, add_months, end_of_month, end_of_quarter,
                           next_day_of_month, next_season_year, quarter_of, safe_date, school_year_end, season_end, season_eve,
                           season_middle, season_year, term_end, term_middle, weekday_in_week)
from checker.numbers import EN_WORDS, parse_number
from checker.words import Spans

CN_SMALL = "零〇一二两三四五六七八九十"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_FOUR_DIGITS = re.compile(r"\d{4}")
CN_ANY = "零〇一二两三四五六七八九十百千"


def _cn_or_int(s: str) -> int | None:
    v = parse_number(s)
    return int(v) if v is not None and float(v).is_integer() else None


def _yr(tag: str) -> str:
    return (rf"(?:(?P<y{tag}>\d{{4}}|[二〇零一三四五六七八九]{{4}})年|(?P<r{tag}>今年|明年|后年|本年度?|次年))")


# Fixed-date holidays (lunar ones like 春节 are left out: they need a calendar).
HOLIDAYS = {"元旦": (1, 1), "国庆": (10, 1), "劳动": (5, 1), "五一": (5, 1), "圣诞": (12, 25), "年中": (6, 30),
            "christmas": (12, 25), "new year": (1, 1), "new year's": (1, 1), "new years": (1, 1)}
# 春节 moves with the lunar calendar: its dates for the years the checker is likely to see.
SPRING_FESTIVAL = [dt.date(2025, 1, 29), dt.date(2026, 2, 17), dt.date(2027, 2, 6), dt.date(2028, 1, 26),
                   dt.date(2029, 2, 13), dt.date(2030, 2, 3), dt.date(2031, 1, 23), dt.date(2032, 2, 11)]
ZH_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
ZH_DAY = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"

# After a year: the year of a season or a named term (2027年秋天, 今年春季学期), read with it.
_SEASON_NEXT = r"度?的?(?:[春夏秋冬][天季]|[春秋]季?学期)"
_YEAR_BEFORE = re.compile(r"(?:(?P<y>\d{4}|[二〇零一三四五六七八九]{4})年|(?P<r>今年|明年|后年|本年度?|次年))度?的?$")

ZH_RE = re.compile(
    rf"""
    (?=[\d{CN_SMALL}半今明后本这当下上第季Qq年月周星礼未接在用花元国劳圣春夏秋冬入过全暑寒学赛冲迭Ss])  # cheap test before the alternatives
    (?:(?P<iso>(?P<iso_y>\d{{4}})[-/.](?P<iso_m>\d{{1,2}})[-/.](?P<iso_d>\d{{1,2}}))(?![\d])
  | (?=[本这当下春秋学])(?P<term>(?P<term_rel>本|这个?|当前|下一?个?)?(?P<term_nm>春季|秋季|春|秋)?学期(?:的)?(?P<term_p>期末|末|结束|内|期中)?)
  | (?=[本这当下])(?P<syr>(?P<syr_rel>本|这个?|当前|下一?个?)学年(?:度)?(?:末|结束|内|底)?)
  | (?=[本这当下第冲迭赛Ss])(?P<tbox>(?:本轮|这一?轮|下一?轮|本|这一?个?|当前|下一?个?|第[\d{CN_SMALL}]{{1,3}}个?)(?:冲刺|迭代|[Ss]print|赛季)(?:周期)?(?:结束|末|内|里|期间|中)?
          |(?<![A-Za-z])[Ss]print\s?\d{{1,3}}(?!\d)|(?:冲刺|迭代|赛季)(?:周期)?(?:结束|末|期间|开始))
  | (?=[今明本这暑寒])(?P<vac>(?P<vac_rel>今年|明年|本|这个?)?的?(?P<vac_w>暑假|寒假)(?:结束|期间|里)?)
  | (?=[这本下春夏秋冬今明入])(?P<sea>(?P<sea_rel>这个|这|本|下个)?(?P<sea_w>[春夏秋冬])[天季](?:末|结束|底)?
          |(?P<sea_rel2>今|明)(?P<sea_w2>[春夏秋冬])(?![节天季])|入(?P<sea_w3>[春夏秋冬])(?=之?前|以前))
  | (?P<md>(?:{_yr('md')}的?)?(?P<md_m>{ZH_MONTH})月份?(?:(?P<md_d>{ZH_DAY})[日号])?(?P<md_p>底|末|中旬|上旬|下旬|初|中)?)
  | (?P<qt>(?:{_yr('qt')}的?)?(?:第(?P<qt_n>[一二三四1-4])个?季度|(?P<qt_n2>[一二三四1-4])季度|[Qq](?P<qt_n3>[1-4])(?![0-9]))(?:末|底|内)?)
  | (?P<hf>(?:{_yr('hf')}的?)?(?P<hf_n>上|下)半年(?:度)?(?:末|底|内)?)
  | (?P<yo>(?P<yo_y>\d{{4}}|[二〇零一三四五六七八九]{{4}})年(?!{_SEASON_NEXT})(?:度)?(?P<yo_p>底|末|内|年底|年末|初|中)?)
  | (?=[本这当下财])(?P<fy>(?P<fy_rel>本|这个?|当前|下一?个?)(?:财年|财政年度|会计年度)(?:末|底|内|结束)?|(?<![\d{CN_SMALL}])财年(?:末|底))
  | (?=[本这当季])(?P<thisq>(?:本|这个?|当前)季度(?:末|内|底)?|季度末|季末)
  | (?=[下])(?P<nextq>下个?季度(?:末|内|底)?)
  | (?=[本这当月])(?P<thism>(?:本|这个?|当)月(?:(?P<tm_d>{ZH_DAY})[日号])?(?P<tm_p>中旬|下旬|上旬|底|末|内|中)?|(?<![\d{CN_SMALL}每个])月中(?P<tm_mid>旬)?|(?<![\d{CN_SMALL}每个])月(?:底|末))
  | (?=[下])(?P<nextm>下个?月(?:(?P<nm_d>{ZH_DAY})[日号])?(?P<nm_p>中旬|下旬|上旬|底|末|内|初|中)?)
  | (?=[今明后本全年])(?P<yr>(?P<yr_w>今年|明年|后年|本年度?|全年)(?!{_SEASON_NEXT})(?:的)?(?P<yr_p>年底|年末|底|末|内|年内|年初|初|年中)?|(?<![\d{CN_SMALL}每去前])年(?:底|末|内|终(?=之?前)))
  | (?=[本这下周星礼])(?P<wk>(?P<wk_rel>本|这个?|下下个?|下个?)?(?:周|星期|礼拜)(?P<wk_d>[一二三四五六日天末])?)
  | (?=[今明后])(?P<day>今天|今日|今晚|明天|明日|后天)
  | (?P<dd>(?<![\d{CN_SMALL}月周期拜])(?P<dd_d>3[01]|[12]\d|0?[1-9])[日号](?=之前|以前|前|为止))
  | (?=[元国劳五圣年春过])(?P<hol>元旦|国庆节?|劳动节|五一|圣诞节?|年中|春节|过年)
  | (?P<win>(?P<win_pre>未来的?|接下来的?|今后|在|用|花)?(?P<win_n>\d{{1,3}}(?!\d)|[{CN_ANY}]{{1,6}}|半)(?P<win_ge>个)?(?P<win_half>半)?(?P<win_u>工作日|天|日|周|星期|礼拜|(?<=[个半])月|年|季度)(?P<win_suf>之内|以内|内|里|之后|以后|后|时间)?))
    """,
    re.VERBOSE,
)

EN_MON = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
MONTH_NUM = {name: i + 1 for i, name in enumerate(
    "january february march april may june july august september october november december".split())}
MONTH_NUM.update({k[:3]: v for k, v in list(MONTH_NUM.items())})
MONTH_NUM["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_en_num = "|".join(re.escape(w) for w in sorted(EN_WORDS, key=len, reverse=True))

EN_RE = re.compile(
    rf"""
    (?<![A-Za-z0-9])(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|the\s+(?:end|next|coming|first|second|third|fourth|middle|beginning|start|\d)|(?:end|middle|beginning|start|close)\s+of|next\s|this\s|coming\s|upcoming\s|current\s|(?:spring|summer|fall|autumn|winter|sprint|iteration|season|school|academic)\b|the\s+(?:current|upcoming|spring|summer|fall|autumn|winter|sprint|iteration|season|school|academic)\b|q[1-4]|h[12]\b|(?:first|second|third|fourth)\s|1st|2nd|3rd|4th|mid|(?:by|in|before|until|during|through)\s+(?:20\d\d|the\s+(?:next|coming)|\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|under|less)|year|month|quarter|today|tonight|tomorrow|eod|within|over\s+the|during\s+the|inside|christmas|new\s+year|fiscal\s+year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:
      (?P<iso>(?P<iso_y>\d{{4}})[-/.](?P<iso_m>\d{{1,2}})[-/.](?P<iso_d>\d{{1,2}}))(?![\d])
    | (?P<us>(?P<us_m>\d{{1,2}})/(?P<us_d>\d{{1,2}})/(?P<us_y>\d{{4}}))
    | (?P<md>(?P<md_m>{EN_MON})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<md_y>\d{{4}}))?)
    | (?P<dm>(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{EN_MON})\.?(?:,?\s+(?P<dm_y>\d{{4}}))?)
    | (?P<mo>(?:(?:the\s+)?(?P<mo_p>end|middle|mid|beginning|start)\s+of\s+|mid-)?(?P<mo_m>{EN_MON})\.?(?:,?\s+(?P<mo_y>\d{{4}}))?)
    | (?P<nextm>(?:the\s+)?(?:end\s+of\s+)?next\s+month)
    | (?P<thism>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|month[-\s]end|this\s+month)
    | (?P<qt>(?:the\s+)?(?:end\s+of\s+)?(?:Q(?P<qt_n>[1-4])|(?:the\s+)?(?P<qt_w>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)
          (?:\s+(?:of\s+)?(?:(?P<qt_y>\d{{4}})|(?P<qt_this>this\s+year)|(?P<qt_next>next\s+year)))?)
    | (?P<term>(?:(?:the\s+)?(?P<term_p>end|middle)\s+of\s+(?:the\s+|this\s+)?(?P<term_n1>next\s+)?|this\s+|(?P<term_n2>next\s+)|the\s+)?
          (?:(?P<term_nm>spring|fall|autumn)\s+)(?:semester|term)(?:\s+(?:of\s+)?(?P<term_y>20\d\d))?
        | (?:(?:the\s+)?(?P<term_p2>end|middle)\s+of\s+(?:the\s+|this\s+)?(?P<term_n3>next\s+)?|this\s+|(?P<term_n4>next\s+))(?:semester|term)(?!\s+papers?)
        | (?P<term_mid>mid-?semester))
    | (?P<syr>(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<syr_n1>next\s+)?|this\s+|(?P<syr_n2>next\s+)|the\s+)(?:school|academic)\s+year)
    | (?P<brk>(?:the\s+)?(?:(?P<brk_p>end|start|beginning)\s+of\s+(?:the\s+)?)?(?:(?P<brk_rel>this|next|coming|upcoming)\s+)?
          (?P<brk_w>summer|winter)\s+(?:break|vacation|holidays?|recess))
    | (?P<tbox>(?:(?:the\s+)?(?:end|start|beginning|close)\s+of\s+(?:the\s+)?(?:(?:this|next|current|coming|upcoming)\s+)?
                 |(?:the\s+)?(?:this|next|current|coming|upcoming)\s+|(?P<tbox_the>the\s+))(?:sprint|iteration|season)(?!\s+of\b)
          |(?:sprint|iteration)[-\s]end|sprint\s+\d{{1,3}}(?!\d))
    | (?P<sea>(?:the\s+)?(?:(?P<sea_p>end|middle|mid|beginning|start)\s+of\s+(?:the\s+)?|(?P<sea_mid>mid-?))?(?:(?P<sea_rel>this|next|coming|upcoming)\s+)?
          (?P<sea_w>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<sea_y>20\d\d))?(?!'s\s|-|\s+(?:break|vacation|holidays?|recess|camp|schools?|intern\w*|jobs?|sales?|collections?|olympics|games|league|term|semester|session|courses?|class(?:es)?|programm?e?s?|reading|season|festival|boot|framework|cloud|mvc|security|data|batch|rolls?|water|clean\w*|lines?|catalog\w*|menu|wardrobe|clothes|tires|tyres|wheat|squash|solstice|equinox|training|issue|edition|release|launch)\b))
    | (?P<fy>(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?|this\s+|(?P<fy_next>next\s+))fiscal\s+year(?:[-\s]end)?(?!\s+\d)|fiscal\s+year[-\s]end)
    | (?P<nextq>(?:the\s+)?(?:end\s+of\s+)?next\s+quarter)
    | (?P<thisq>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|this\s+quarter|quarter[-\s]end)
    | (?P<hf>(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?P<hf_w>first|second)\s+half(?:\s+of\s+(?:the\s+|this\s+)?year|\s+of\s+(?P<hf_y>\d{{4}}))?|H(?P<hf_n>[12])(?:\s+(?P<hf_y2>\d{{4}}))?)
    | (?P<nexty>(?:the\s+)?(?:end\s+of\s+)?next\s+year)
    | (?P<thisy>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[-\s]end(?!\s+\d)|this\s+year)
    | (?P<yo>(?:the\s+)?end\s+of\s+(?P<yo_y>\d{{4}})|year[-\s]end\s+(?P<yo_y3>\d{{4}})|mid-?(?P<yo_mid>\d{{4}})|(?P<yo_pre>by|in|before|until|during|through)\s+(?P<yo_y2>20\d{{2}})(?![\d/.-]))
    | (?P<wk>(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?P<wk_rel>this|next)\s+week(?:end)?|(?:the\s+)?end\s+of\s+(?:the\s+)?week)
    | (?P<hol>christmas(?:\s+day)?|new\s+year(?:'s|s)?(?:\s+day)?)
    | (?P<wd>(?P<wd_rel>this|next|coming)?\s*(?P<wd_d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!s))
    | (?P<day>today|tonight|tomorrow|end\s+of\s+(?:the\s+)?day|EOD)
    | (?P<dth>the\s+(?P<dth_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:{EN_MON})))
    | (?P<win>(?P<win_pre>within|in\s+the\s+next|over\s+the\s+next|during\s+the\s+next|in\s+the\s+coming|the\s+next|in|inside|in\s+under|in\s+less\s+than)\s+
          (?:(?P<win_n>\d+(?:\.\d+)?|{_en_num}|an?|half\s+an?)\s+)?(?:(?P<win_biz>business|working)\s+)?(?P<win_u>days?|weeks?|fortnights?|months?|years?|quarters?)(?![A-Za-z])(?P<win_suf>\s+from\s+now)?)
    )(?![A-Za-z])
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Words that make the time words after them a start, not an end.
ZH_START_AFTER = re.compile(r"^(?:起|开始|以来|起步|起算)")
ZH_START_BEFORE = ("从", "自", "由")
ZH_COMPARE_BEFORE = ("比", "较", "与", "和", "跟", "对比", "相比", "同比", "去")
ZH_MARK_AFTER = re.compile(r"^(?:之前|以前|前|为止|截止|之内|以内|内|底)")
ZH_MARK_BEFORE = re.compile(r"(?:到|至|截至|截止到?|在|于|赶在|最迟|最晚)$")
EN_MARK_BEFORE = re.compile(r"(?:\bby|\bbefore|\buntil|\btill|\bno\s+later\s+than|\bon\s+or\s+before|\bdue|\bdeadline:?|\bthrough|\bto)\s+$",
                            re.IGNORECASE)
EN_START_BEFORE = re.compile(r"(?:\bfrom|\bstarting(?:\s+(?:in|on|from))?|\bbeginning|\bsince|\bafter)\s+$", re.IGNORECASE)
EN_COMPARE_BEFORE = re.compile(r"(?:(?<!later )(?<!earlier )\bthan|\bvs\.?|\bcompared\s+(?:to|with)|\blast)\s+(?:in\s+)?$", re.IGNORECASE)

# A number of days right before one of these is a service level (3天内回复), not a deadline.
ZH_SLA_AFTER = re.compile(r"^(?:内|之内|以内)?(?:必须|要|须|需|都)?(?:给予|给出|全部|把)?(?:回复|答复|响应|处理|解决|反馈|回电|到场|上门|发货|送达|办结|处置|回应|处理完毕|结案|返还|发还|归还|退回|交回|批改|退款|到账|审批|审核|出结果)")
EVENT_BEFORE = re.compile(r"(?:入职|到岗|上岗|收到|接到|发生|提交|下单|报修|投诉|申请|开学|入学|签约|交付|到货|发货|结束|完成)(?:后|之后|以后)?(?:的)?(?:在)?$")
ZH_PER_BEFORE = re.compile(r"(?:每|平均|单|每次|每单|每个|每位|每笔)\S{0,2}$")
EN_SLA_BEFORE = re.compile(r"\b(?:respond|responds|response|reply|replies|answer|answered|resolve|resolved|acknowledge|ship|shipped|deliver|delivered|process|processed|handle|handled|turnaround|call\s+back|closed?|fix|fixed|return|returned|refund|refunded|grade|graded|mark|marked|review|reviewed|approve|approved)\b[^.,;]{0,40}$",
                           re.IGNORECASE)
EN_PER_BEFORE = re.compile(r"\b(?:per|each|every|average|avg)\b[^.,;]{0,30}$", re.IGNORECASE)


_MONTH_CONTEXT = re.compile(r"(?:by|in|of|until|before|end)\s+$", re.I)
_THIS_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?this\s+year", re.I)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_EVERY_BEFORE = re.compile(r"\b(?:every|each|per|on)\s+$", re.I)
_DATE_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:\d|(?:{EN_MON})\b)", re.I)
_EVENT_AFTER_EN = re.compile(r"\s+(?:of|after|from)\s+(?:the\s+|a\s+|each\s+)?(?:submission|receipt|request|complaint|order)", re.I)
_NUMBER_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five)\s*$")
_EACH_BEFORE = re.compile(r"\b(?:every|each|per)\s+$", re.I)
_SEASON_CONTEXT = re.compile(r"\b(?:by|before|until|till|in|during|over|through|throughout|within|no\s+later\s+than)\s+$", re.I)
# Before a bare term or season: 去年秋季学期, 上学期末, 大学期末, 两个夏天, 每年夏天 are not this one's end.
_NOT_THIS_TERM = "去上前年每个几一二两三四五六七八九十大小中高初同开整那"
_SEASON_MARK_AFTER = re.compile(r"^(?:之前|以前|前|结束|到来|来临|之内|以内|内|里|期间)")


class Deadline:
    __slots__ = ("start", "end", "text", "date", "explicit", "year_given", "kind")

    def __init__(self, start, end, text, date, explicit=False, year_given=False, kind=""):
        self.start, self.end, self.text, self.date = start, end, text, date
        self.explicit, self.year_given, self.kind = explicit, year_given, kind

    def to_fact(self) -> dict:
        return {"text": self.text, "date": self.date.isoformat() if self.date else None, "span": [self.start, self.end]}

    def __repr__(self):
        return f"Deadline({self.text!r}, {self.date})"


def _roll(date: dt.date | None, today: dt.date, year_given: bool, make) -> dt.date | None:
    """A date with no year that is already over this year moves to next year."""
    if date is None or year_given or date >= today:
        return date
    return make(today.year + 1)


def _year_of(m, tag: str, today: dt.date) -> tuple[int, bool, bool]:
    """-> (year, year_given, explicitly this year)"""
    y, rel = m.group(f"y{tag}"), m.group(f"r{tag}")
    if y:
        return _cn_or_int(y) if not y.isdigit() else int(y), True, False
    if rel:
        if rel in ("明年", "次年"):
            return today.year + 1, True, False
        if rel == "后年":
            return today.year + 2, True, False
        return today.year, True, True
    return today.year, False, False


def _resolve_zh(m, today: dt.date, pre=None) -> dt.date | None:
    """`pre`: the year written before a season or a named term (_YEAR_BEFORE)."""
    kind = m.lastgroup
    g = m.group
    if kind == "iso":
        return safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    if kind == "md":
        year, given, _ = _year_of(m, "md", today)
        month = _cn_or_int(g("md_m"))
        if not month or not 1 <= month <= 12:
            return None
        part = g("md_p") or ""
        if g("md_d"):
            day = _cn_or_int(g("md_d"))

            def make(y):
                return safe_date(y, month, day)
        elif part in ("初", "上旬"):
            def make(y):
                return safe_date(y, month, 10)
        elif part in ("中", "中旬"):
            def make(y):
                return safe_date(y, month, 20)
        else:
            def make(y):
                return end_of_month(y, month)
        if not day_ok(make, year):
            return None
        return _roll(make(year), today, given, make)
    if kind == "qt":
        year, given, _ = _year_of(m, "qt", today)
        q = _cn_or_int(g("qt_n") or g("qt_n2") or g("qt_n3"))
        return _roll(end_of_quarter(year, q), today, given, lambda y: end_of_quarter(y, q))
    if kind == "hf":
        year, given, _ = _year_of(m, "hf", today)
        month = 6 if g("hf_n") == "上" else 12
        return _roll(end_of_month(year, month), today, given, lambda y: end_of_month(y, month))
    if kind == "yo":
        year = _cn_or_int(g("yo_y")) if not g("yo_y").isdigit() else int(g("yo_y"))
        if not year or not 1900 <= year <= 2200:
            return None
        if g("yo_p") == "初":
            return dt.date(year, 1, 31)
        if g("yo_p") == "中":
            return dt.date(year, 6, 30)
        return dt.date(year, 12, 31)
    if kind == "term":  # 本学期 / 下学期 / 春季学期 / 下学期期中: see dates.term_end
        ahead = 1 if (g("term_rel") or "").startswith("下") else 0
        if g("term_nm"):
            year, _ = _prefix_year(pre, today)
            end = _named_term(today, g("term_nm").startswith("春"), year, ahead)
        else:
            end = term_end(today, ahead)
        return term_middle(end) if g("term_p") == "期中" else end
    if kind == "syr":  # 本学年 / 下学年: the school year ends with the spring term (31 Jul)
        return school_year_end(today, 1 if (g("syr_rel") or "").startswith("下") else 0)
    if kind == "sea":  # seasons: see _season
        if g("sea_w3"):  # 入夏前: before the season begins
            season = SEASONS_ZH.index(g("sea_w3"))
            return season_eve(next_season_year(today, season, season_eve), season)
        season = SEASONS_ZH.index(g("sea_w") or g("sea_w2"))
        # 夏天前 = before summer begins (like 暑假前); 今年夏天, 夏天结束前, 夏季末 = its end
        before = not m.group().endswith(("末", "结束", "底")) and _SEASON_BEFORE_ZH.match(m.string, m.end())
        edge = season_eve if before else season_end
        year, rel = _prefix_year(pre, today)
        if pre is not None and pre.group("y"):
            return edge(year, season) if year else None
        rel = rel or g("sea_rel") or g("sea_rel2") or ""
        # 今年夏天 / 今夏 name this year's; 这个夏天 is the coming one, like no word at all
        ahead = {"今年": 0, "本年": 0, "本年度": 0, "今": 0, "明年": 1, "次年": 1, "明": 1, "下个": 1, "后年": 2}.get(rel)
        return _season(today, season, ahead, edge=edge)
    if kind == "fy":  # the Chinese fiscal year is the calendar year
        return dt.date(today.year + (1 if (g("fy_rel") or "").startswith("下") else 0), 12, 31)
    if kind == "vac":  # school breaks follow the terms: 暑假前 = 31 Jul, 暑假 = 31 Aug; 寒假前 = 31 Jan, 寒假 = end of Feb
        before = m.string[m.end():m.end() + 2].startswith(("前", "之前", "以前")) and not m.group().endswith("结束")
        summer = g("vac_w") == "暑假"
        rel = g("vac_rel") or ""
        if rel in ("今年", "明年"):  # this year's (the winter break of this winter); 明年: a year later
            return _school_break(today, summer, before, _break_year(today, summer) + (rel == "明年"))
        return _school_break(today, summer, before)  # 暑假, 这个暑假: the next one not yet over
    if kind == "thisq":
        return end_of_quarter(today.year, quarter_of(today))
    if kind == "nextq":
        q = quarter_of(today) + 1
        return end_of_quarter(today.year + (q > 4), (q - 1) % 4 + 1)
    if kind == "thism":
        if g("tm_d"):
            return safe_date(today.year, today.month, _cn_or_int(g("tm_d")) or 0)
        part = g("tm_p") or ("中旬" if g("tm_mid") else "中" if m.group().startswith("月中") else "")
        if part in ("中", "中旬", "上旬"):
            return safe_date(today.year, today.month, {"中": 15, "中旬": 20, "上旬": 10}[part])
        return end_of_month(today.year, today.month)
    if kind == "nextm":
        nxt = add_months(today.replace(day=1), 1)
        if g("nm_d"):
            return safe_date(nxt.year, nxt.month, _cn_or_int(g("nm_d")) or 0)
        if g("nm_p") in ("中", "中旬", "上旬", "初"):
            return safe_date(nxt.year, nxt.month, {"中": 15, "中旬": 20, "上旬": 10, "初": 10}[g("nm_p")])
        return end_of_month(nxt.year, nxt.month)
    if kind == "yr":
        w = g("yr_w") or "今年"
        year = today.year + {"明年": 1, "后年": 2}.get(w, 0)
        part = g("yr_p") or ""
        if part.endswith("初"):
            return dt.date(year, 1, 31)
        if part.endswith("中"):
            return dt.date(year, 6, 30)
        return dt.date(year, 12, 31)
    if kind == "wk":
        rel, d = g("wk_rel") or "", g("wk_d")
        if not rel and not d:
            return None
        ahead = 2 if rel.startswith("下下") else 1 if rel.startswith("下") else 0
        wd = 6 if d in (None, "日", "天", "末") else "一二三四五六".index(d)
        date = weekday_in_week(today, wd, ahead)
        if not rel and date < today:  # 周五前 said on a Saturday: next Friday
            date += dt.timedelta(days=7)
        return date
    if kind == "day":
        return today + dt.timedelta(days={"明天": 1, "明日": 1, "后天": 2}.get(g("day"), 0))
    if kind == "dd":  # 25日前: this month's day, or next month's when it is over
        return next_day_of_month(today, int(g("dd_d")))
    if kind == "hol" and g("hol") in ("春节", "过年"):
        for date in SPRING_FESTIVAL:
            if date >= today:
                return date
        return None
    if kind == "hol":
        month, day = HOLIDAYS[g("hol")[:2]]
        return _roll(safe_date(today.year, month, day), today, False, lambda y: safe_date(y, month, day))
    if kind == "win":
        return _within(today, g("win_n"), g("win_u"), bool(g("win_half")), g("win_u") == "工作日")
    return None


SEASONS_ZH = "春夏秋冬"
SEASONS_EN = {"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}
_BREAK_BEFORE = re.compile(r"\b(?:by|before|until|till|ahead\s+of)\s+(?:the\s+)?$", re.I)
_SEASON_BEFORE_EN = re.compile(r"\b(?:by|before|until|till|ahead\s+of|no\s+later\s+than)\s+$", re.I)
_SEASON_BEFORE_ZH = re.compile(r"之?前|以前|到来|来临")
# Events a goal can be due before, whose day the goal does not give: 上线前,
# 项目结束前, before launch. Like a sprint, a real deadline with no date.
EVENT_ZH = re.compile(
    r"(?:(?:新|本)?(?:项目|系统|产品|版本|功能|门店|网站|平台|App|APP|app)|新版本?|正式)?"
    r"(?:上线|发布|验收|结项|交付|投产|开业|竣工|开学)(?:之前|以前|前)"
    r"|(?:项目|课程|培训)(?:结束|收尾)(?:之前|以前|前)")
EVENT_EN = re.compile(
    r"\b(?:before|by|until|ahead\s+of|prior\s+to)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:(?:new\s+)?(?:app|system|product|site|website|store|platform|feature|project)\s+)?"
    r"(?:launch|go-live|go\s+live|release|roll-?out|opening|handover|hand-over)(?:\s+(?:date|day))?\b"
    r"|\b(?:before|by)\s+the\s+(?:end\s+of\s+the\s+project|project\s+(?:ends|is\s+over))\b", re.I)
# 上线前的缺陷, 上线前发现的缺陷: the event says which defects, not when; 每次上线前: a cadence.
_EVENT_MODIFIES_ZH = re.compile(r"[\u4e00-\u9fff]{0,2}的")
_EVENT_EACH_ZH = re.compile(r"每[次个轮]?$")
# "bugs found before release": which bugs, not when.
_EVENT_WHICH_EN = re.compile(r"\b(?:found|caught|detected|reported|seen|logged|opened|raised)\s+$", re.I)


def _event_deadlines(text: str, has_han: bool) -> list[Deadline]:
    out = []
    if has_han:
        for m in EVENT_ZH.finditer(text):
            if _EVENT_MODIFIES_ZH.match(text, m.end()) or _EVENT_EACH_ZH.search(text, max(0, m.start() - 2), m.start()):
                continue
            out.append(Deadline(m.start(), m.end(), m.group(), None, True, kind="evt"))
    if not has_han or _LATIN.search(text):
        for m in EVENT_EN.finditer(text):
            if _EVENT_WHICH_EN.search(text, max(0, m.start() - 12), m.start()):
                continue
            out.append(Deadline(m.start(), m.end(), m.group(), None, True, kind="evt"))
    return out


# Periods whose date a goal may give right after them, and the words between.
_PERIOD_KINDS = frozenset(("term", "syr", "vac", "brk", "sea", "tbox", "evt"))
_DATE_OF_PERIOD = re.compile(r"\s*(?:[(（]\s*(?:(?:which|that)\s+)?(?:(?:ends?|ending|finishes|is\s+over|结束于|截至|即|也就是)\s*)?(?:on\s+)?"
                             r"|(?:(?:which|that)\s+)?(?:ends?|ending|finishes|is\s+over)\s+(?:on\s+)?|on\s+)", re.I)
_ENDS_AFTER = re.compile(r"\s+(?:ends|is\s+over|finishes)\b", re.I)


def _season(today: dt.date, season: int, years_ahead: int | None = None, edge=season_end) -> dt.date:
    """A season's end (or other `edge`: its eve, its middle).

    years_ahead None ("this summer", 这个夏天, no word): the next one not yet
    over. A number counts from this calendar year's season (今年夏天 = 0, even
    when over; 明年夏天 / next summer = 1); winter in Jan-Feb is the one that
    began in December."""
    if years_ahead is None:
        return edge(next_season_year(today, season, edge), season)
    return edge(season_year(today, season) + years_ahead, season)


def _named_term(today: dt.date, spring: bool, year: int | None, ahead: int) -> dt.date:
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


def _school_break(today: dt.date, summer: bool, before: bool, year: int | None = None) -> dt.date:
    """暑假前 = 31 Jul, 暑假 = 31 Aug; 寒假前 = 31 Jan, 寒假 = end of Feb: that
    year's, or without a year the next one not yet over."""
    def make(y):
        if summer:
            return dt.date(y, 7, 31) if before else dt.date(y, 8, 31)
        return dt.date(y, 1, 31) if before else end_of_month(y, 2)
    if year is not None:
        return make(year)
    return _roll(make(today.year), today, False, make)


def _break_year(today: dt.date, summer: bool) -> int:
    """Year of "this" break: this summer's; the winter break of this winter (Jan-Feb after an autumn)."""
    return today.year if summer or today.month <= 2 else today.year + 1


def day_ok(make, year) -> bool:
    try:
        return make(year) is not None
    except (ValueError, OverflowError):
        return False


def _within(today, n_text, unit, plus_half=False, business=False):
    n = parse_number(n_text) if n_text else 1
    if n is None:
        return None
    if plus_half:
        n += 0.5
    unit = unit.lower().rstrip("s")
    if business or unit == "工作日":
        return add_business_days(today, int(n))
    if unit in ("天", "日", "day"):
        return today + dt.timedelta(days=round(n))
    if unit in ("周", "星期", "礼拜", "week"):
        return today + dt.timedelta(days=round(n * 7))
    if unit == "fortnight":
        return today + dt.timedelta(days=round(n * 14))
    if unit in ("月", "month"):
        return add_months(today, round(n)) if float(n).is_integer() else add_months(today, int(n)) + dt.timedelta(days=15)
    if unit in ("季度", "quarter"):
        return add_months(today, round(n * 3))
    if unit in ("年", "year"):
        return add_months(today, round(n * 12))
    return None


def _resolve_en(m, today: dt.date, text: str) -> dt.date | None:
    kind = m.lastgroup
    g = m.group
    if kind == "iso":
        return safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    if kind == "us":
        first, second = int(g("us_m")), int(g("us_d"))
        if first > 12:  # 31/12/2026 is day/month/year
            first, second = second, first
        return safe_date(int(g("us_y")), first, second)
    if kind in ("md", "dm", "mo"):
        mon_word = g(f"{kind}_m")
        if mon_word == "may" or (mon_word.lower() == "may" and kind == "mo" and not g("mo_y")
                                 and not _MONTH_CONTEXT.search(text[max(0, m.start() - 12):m.start()])):
            return None  # "may" the verb
        if kind == "mo" and mon_word.lower() in ("mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept") \
                and mon_word[0].islower():
            return None  # a bare lowercase abbreviation is rarely a month
        month = MONTH_NUM[mon_word.lower().rstrip(".")]
        y = g(f"{kind}_y")
        given = bool(y) or bool(_THIS_YEAR_AFTER.match(text[m.end():m.end() + 16]))
        year = int(y) if y else today.year
        if kind == "mo":
            p = (g("mo_p") or "").lower()
            if p in ("beginning", "start"):
                def make(yy):
                    return safe_date(yy, month, 10)
            elif p in ("middle", "mid") or m.group().lower().startswith("mid-"):
                def make(yy):
                    return safe_date(yy, month, 20)
            else:
                def make(yy):
                    return end_of_month(yy, month)
        else:
            day = int(g(f"{kind}_d"))

            def make(yy):
                return safe_date(yy, month, day)
        if not day_ok(make, year):
            return None
        return _roll(make(year), today, given, make)
    if kind == "nextm":
        nxt = add_months(today.replace(day=1), 1)
        return end_of_month(nxt.year, nxt.month)
    if kind == "thism":
        return end_of_month(today.year, today.month)
    if kind == "qt":
        q = int(g("qt_n")) if g("qt_n") else ORDINAL_Q[g("qt_w").lower()]
        if g("qt_y"):
            return end_of_quarter(int(g("qt_y")), q)
        if g("qt_next"):
            return end_of_quarter(today.year + 1, q)
        return _roll(end_of_quarter(today.year, q), today, bool(g("qt_this")), lambda y: end_of_quarter(y, q))
    if kind == "term":  # this / next semester, the spring term: see dates.term_end
        ahead = 1 if (g("term_n1") or g("term_n2") or g("term_n3") or g("term_n4")) else 0
        if g("term_nm"):
            y = g("term_y")
            end = _named_term(today, g("term_nm").lower() == "spring", int(y) if y else None, ahead)
        else:
            end = term_end(today, ahead)
        middle = (g("term_p") or g("term_p2") or "").lower() == "middle" or g("term_mid")
        return term_middle(end) if middle else end
    if kind == "syr":
        return school_year_end(today, 1 if (g("syr_n1") or g("syr_n2")) else 0)
    if kind == "brk":  # summer / winter break: as 暑假 / 寒假
        part = (g("brk_p") or "").lower()
        before = part in ("start", "beginning") or (not part and _BREAK_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                                                    and not _ENDS_AFTER.match(text, m.end()))
        summer = g("brk_w").lower() == "summer"
        rel = (g("brk_rel") or "").lower()
        if rel == "next":
            return _school_break(today, summer, bool(before), _break_year(today, summer) + 1)
        return _school_break(today, summer, bool(before))
    if kind == "sea":
        season = SEASONS_EN[g("sea_w").lower()]
        part = (g("sea_p") or "").lower()
        # "before summer", "by summer" = before it begins (like "before summer break");
        # "this summer", "by the end of summer", "during the summer" = its end
        before = part in ("beginning", "start") or (
            not part and not g("sea_mid") and _SEASON_BEFORE_EN.search(text[max(0, m.start() - 20):m.start()])
            and not _ENDS_AFTER.match(text, m.end()))
        edge = season_eve if before else \
            season_middle if part in ("middle", "mid") or g("sea_mid") else season_end
        if g("sea_y"):
            return edge(int(g("sea_y")), season)
        return _season(today, season, 1 if (g("sea_rel") or "").lower() == "next" else None, edge=edge)
    if kind == "fy":  # fiscal year = calendar year (checker/README.md)
        return dt.date(today.year + (1 if g("fy_next") else 0), 12, 31)
    if kind == "nextq":
        q = quarter_of(today) + 1
        return end_of_quarter(today.year + (q > 4), (q - 1) % 4 + 1)
    if kind == "thisq":
        return end_of_quarter(today.year, quarter_of(today))
    if kind == "hf":
        first = (g("hf_w") or "").lower() == "first" or g("hf_n") == "1"
        y = g("hf_y") or g("hf_y2")
        month = 6 if first else 12
        if y:
            return end_of_month(int(y), month)
        return _roll(end_of_month(today.year, month), today, False, lambda yy: end_of_month(yy, month))
    if kind == "nexty":
        return dt.date(today.year + 1, 12, 31)
    if kind == "thisy":
        return dt.date(today.year, 12, 31)
    if kind == "yo":
        if g("yo_mid"):
            return dt.date(int(g("yo_mid")), 6, 30)
        return dt.date(int(g("yo_y") or g("yo_y2") or g("yo_y3")), 12, 31)
    if kind == "hol":
        key = re.sub(r"\s+day$", "", g("hol").lower())
        key = re.sub(r"\s+", " ", key)
        month, day = HOLIDAYS.get(key, HOLIDAYS["new year"] if key.startswith("new") else HOLIDAYS["christmas"])
        return _roll(safe_date(today.year, month, day), today, False, lambda y: safe_date(y, month, day))
    if kind == "wk":
        ahead = 1 if (g("wk_rel") or "").lower() == "next" else 0
        return weekday_in_week(today, 6, ahead)
    if kind == "wd":
        rel = (g("wd_rel") or "").lower()
        wd = WEEKDAYS[g("wd_d").lower()]
        if rel == "next":
            return weekday_in_week(today, wd, 1)
        date = weekday_in_week(today, wd, 0)
        return date if date >= today else date + dt.timedelta(days=7)
    if kind == "day":
        return today + dt.timedelta(days=1 if g("day").lower() == "tomorrow" else 0)
    if kind == "dth":  # "by the 15th": this month's, or next month's when it is over
        return next_day_of_month(today, int(g("dth_d")))
    if kind == "win":
        n = g("win_n")
        if n and n.lower() in ("a", "an"):
            n = "1"
        elif n and n.lower().startswith("half"):
            n = "0.5"
        return _within(today, n, g("win_u"), business=bool(g("win_biz")))
    return None


def _prev_in(before: str, chars: str) -> bool:
    return bool(before) and before[-1] in chars


def _prefix_year(pre, today: dt.date) -> tuple[int | None, str | None]:
    """(year, relative word) from a _YEAR_BEFORE match: 2027年 -> (2027, None), 明年 -> (next year, "明年")."""
    if pre is None:
        return None, None
    if pre.group("y"):
        y = pre.group("y")
        year = int(y) if y.isdigit() else _cn_or_int(y)
        return (year if year and 1900 <= year <= 2200 else None), None
    rel = pre.group("r")
    return today.year + {"明年": 1, "次年": 1, "后年": 2}.get(rel, 0), rel


def _skip_zh(m, text: str, pre=None) -> bool:
    """Time words that are not a deadline here: a start, a comparison, a cadence, a measure."""
    kind, start, end = m.lastgroup, m.start(), m.end()
    before = text[max(0, start - 2):start]
    after = text[end:end + 6]
    if before[-1:] == "每" or text[max(0, start - 3):start].endswith(("每个", "每一")):
        return True  # 每月底, 每周五: a cadence
    if ZH_START_AFTER.match(after) or before[-1:] in ZH_START_BEFORE:
        # "从4月到6月": 4月 is the start; "6月起": a start
        return True
    if kind in ("yo", "md", "yr") and (before.endswith(ZH_COMPARE_BEFORE) or after.startswith(("同期", "的水平", "的基础", "水平"))):
        return True
    if kind == "wk":
        if not m.group("wk_rel") and not m.group("wk_d"):
            return True
        if after[:1] in ("次", "遍", "回", "个", "天", "年") or (start > 0 and text[start - 1] in "一二两三四五六七八九十0123456789"):
            return True  # 一周三次 is a cadence, 周年 is not a week
    if kind == "hol" and m.group("hol") == "年中" and start > 0 and text[start - 1] in CN_SMALL + "0123456789":
        return True  # 一年中 = "in a year", not mid-year
    if kind == "win":
        if not (m.group("win_suf") or (m.group("win_pre") or "") in ("未来", "未来的", "接下来", "接下来的", "今后", "用", "花")):
            return True  # 45天, 30天周转: a duration that is the measure
        if m.group("win_u") == "月" and not m.group("win_ge") and m.group("win_n") != "半":
            return True  # 三月 is March (handled as a month), not three months
        if m.group("win_suf") == "时间" and not m.group("win_pre"):
            return True
        if EVENT_BEFORE.search(text[max(0, start - 6):start + len(m.group("win_pre") or "")]):
            return True  # 入职一周内, 收到投诉后3天内: counted from an event, a service level
        if m.group("win_u") in ("天", "日", "工作日") and (ZH_SLA_AFTER.match(text[end - (len(m.group("win_suf") or "")):end + 8])
                                                           or ZH_PER_BEFORE.search(text[max(0, start - 4):start])):
            return True
    if kind in ("term", "syr", "sea", "tbox") and "每" in text[max(0, start - 3):start]:
        return True  # 每学期, 每年夏天, 每轮迭代: a cadence
    if kind == "term" and not (m.group("term_rel") or pre):
        if m.group("term_nm"):
            if _prev_in(before, _NOT_THIS_TERM):
                return True  # 去年秋季学期: not this year's
        elif m.group("term_p") not in ("期末", "末", "结束") or _prev_in(before, _NOT_THIS_TERM) or before[-1:].isdigit():
            return True  # 学期 alone; 上学期末, 大学期末, 两个学期: not the end of this term
    if kind == "sea":
        if before.endswith(ZH_COMPARE_BEFORE):
            return True
        bare = not (pre or m.group("sea_rel") or m.group("sea_rel2") or m.group("sea_w3"))
        if bare and (_prev_in(before, _NOT_THIS_TERM) or not (
                m.group().endswith(("末", "结束", "底")) or _SEASON_MARK_AFTER.match(after)
                or ZH_MARK_BEFORE.search(text[max(0, start - 4):start]))):
            return True  # 夏天 as a topic (夏季促销), 去年夏天, 两个夏天: a season needs 前/结束/在… to be a deadline
    if kind == "md" and not m.group("md_d") and not m.group("ymd") and not m.group("rmd"):
        # A bare "N月" right after a number word is a duration typo, keep; after 个 it is not a month
        if start > 0 and text[start - 1] == "个":
            return True
    return False


def _skip_en(m, text: str) -> bool:
    kind, start = m.lastgroup, m.start()
    before = text[max(0, start - 40):start]
    if kind in ("term", "syr", "brk", "sea", "tbox") and _EACH_BEFORE.search(before):
        return True  # every summer, each sprint: a cadence
    if kind == "sea" and not (m.group("sea_rel") or m.group("sea_p") or m.group("sea_mid") or m.group("sea_y")):
        if m.group("sea_w")[0].isupper() or not _SEASON_CONTEXT.search(before):
            return True  # "Spring Boot", "I love summer": a season is a deadline after by/before/in/during…
    if kind == "tbox" and m.group("tbox_the") and not _SEASON_CONTEXT.search(before):
        return True  # "the sprint" alone names the thing, "by/in the sprint" the time
    if EN_START_BEFORE.search(before) and not _TO_BEFORE.search(before):
        return True
    if _EVERY_BEFORE.search(before) and kind in ("wd", "day", "mo"):
        return True  # every Monday, per day
    if kind == "yo" and EN_COMPARE_BEFORE.search(before):
        return True
    if kind == "dth" and not EN_MARK_BEFORE.search(before):
        return True  # "the 15th" alone may be anything; "by the 15th" is a date
    if kind == "wd" and _DATE_AFTER.match(text[m.end():m.end() + 14]):
        return True  # "Friday, December 4": the date says it
    if kind in ("mo", "md", "dm", "yo") and EN_COMPARE_BEFORE.search(before):
        return True
    if kind == "win":
        u = m.group("win_u").lower()
        pre = (m.group("win_pre") or "").lower()
        if not m.group("win_n") and u.endswith("s"):
            return True  # "in the coming weeks": no number, no date
        if u.startswith("day") and (EN_SLA_BEFORE.search(before) or EN_PER_BEFORE.search(before)
                                    or _EVENT_AFTER_EN.match(text[m.end():m.end() + 30])):
            return True
        if pre == "in" and _NUMBER_BEFORE.search(before):
            return True
    return False


def _explicit_zh(text: str, m) -> tuple[int, bool]:
    """Extend over a trailing 之前/前/内 and say whether the goal marks it as a deadline."""
    end = m.end()
    mk = ZH_MARK_AFTER.match(text[end:end + 3])
    if mk:
        end += mk.end()
    explicit = bool(mk) or bool(ZH_MARK_BEFORE.search(text[max(0, m.start() - 4):m.start()])) \
        or m.lastgroup == "win"
    return end, explicit


_ASCII_RUN = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


def _english_matches(text: str, has_han: bool):
    """EN_RE over the whole text, or only over its ASCII stretches when the
    text is mostly Chinese (the Han characters cannot start an English date)."""
    if not has_han:
        yield from EN_RE.finditer(text)
        return
    for run in _ASCII_RUN.finditer(text):
        yield from EN_RE.finditer(text, run.start(), run.end())


def find_deadlines(text: str, today: dt.date) -> list[Deadline]:
    out: list[Deadline] = []
    has_han = _HAN.search(text) is not None
    if has_han:
        for m in ZH_RE.finditer(text):
            start = m.start()
            pre = None
            if m.lastgroup in ("sea", "term") and not m.group("sea_w3"):  # 2027年秋天, 今年春季学期
                pre = _YEAR_BEFORE.search(text, max(0, start - 8), start)
                if pre is not None:
                    start = pre.start()
            if _skip_zh(m, text, pre):
                continue
            date = None if m.lastgroup == "tbox" else _resolve_zh(m, today, pre)
            if date is None and m.lastgroup != "tbox":
                continue
            end, explicit = _explicit_zh(text, m)
            year_given = "年" in text[start:m.end()] or _FOUR_DIGITS.search(text, start, m.end()) is not None
            out.append(Deadline(start, end, text[start:end], date, explicit, year_given, m.lastgroup))
    if not has_han or _LATIN.search(text):
        zh_found = Spans((d.start, d.end) for d in out)
        for m in _english_matches(text, has_han):
            if zh_found.covers(m.start()):
                continue
            if _skip_en(m, text):
                continue
            date = None if m.lastgroup == "tbox" else _resolve_en(m, today, text)
            if date is None and m.lastgroup != "tbox":
                continue
            before = text[max(0, m.start() - 25):m.start()]
            explicit = bool(EN_MARK_BEFORE.search(before)) or m.lastgroup in ("win", "yo")
            end = m.end()
            if m.lastgroup in ("md", "dm", "mo"):  # "June 30 this year" is one deadline
                tail = _THIS_YEAR_AFTER.match(text[end:end + 16])
                if tail:
                    end += tail.end()
            start = m.start()
            mb = EN_MARK_BEFORE.search(before)
            if mb:
                start = m.start() - (len(before) - mb.start())
            out.append(Deadline(start, end, text[start:end], date, explicit, kind=m.lastgroup))
    out += _event_deadlines(text, has_han)
    # Overlapping readings of the same words: keep the longest.
    out.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Deadline] = []
    for d in out:
        if kept and d.start < kept[-1].end:
            continue
        if kept and kept[-1].kind in _PERIOD_KINDS and d.date is not None \
                and _DATE_OF_PERIOD.fullmatch(text, kept[-1].end, d.start):
            # "before the winter break ends on February 20", 这个冲刺结束前（12月4日）:
            # the date says when the period ends, and is the deadline in its place
            d.explicit = d.explicit or kept[-1].explicit
            kept[-1] = d
            continue
        kept.append(d)
    return kept


def pick_deadline(deadlines: list[Deadline]) -> Deadline | None:
    """The goal's deadline: the latest of the marked ones (初稿下周五前，终稿月底前 -> 月底).
    Only dated ones: a time box with no date (本轮迭代) is never the deadline."""
    dated = [d for d in deadlines if d.date is not None]
    if not dated:
        return None
    marked = [d for d in dated if d.explicit] or dated
    return max(marked, key=lambda d: d.date)


def first_undated(deadlines: list[Deadline]) -> Deadline | None:
    """The first time box with no date (这个冲刺结束前, by the end of the sprint), if any."""
    return next((d for d in deadlines if d.date is None), None)
