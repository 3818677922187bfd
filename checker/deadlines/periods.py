"""Periods counted from today: months (月底, 下个月中旬, by the end of next
month), quarters (第三季度, 本季度末, Q3, next quarter), halves (上半年, H2),
years (年底, 明年, 2027年, by 2027, year-end), fiscal years (本财年, next
fiscal year), weeks and days (下周五, 本周末, next Friday, tomorrow).

Conventions (checker/README.md "Time words"): a period names its end; a
period with no year that is already over is next year's (第三季度 read in
November), unless 今年 / this year says otherwise; the fiscal year is the
calendar year.
"""
from __future__ import annotations

import datetime as dt
import re

from checker.dates import add_months, end_of_month, end_of_quarter, quarter_of, safe_date, weekday_in_week
from checker.deadlines.common import CN_SMALL, EN_MON, SEASON_AFTER_YEAR, ZH_DAY, Group, cn_or_int, roll, year_of, zh_year
from checker.deadlines.context import EN_MARK_BEFORE, en_compared, en_every, zh_compared

ZH_FIRST = rf"\d{CN_SMALL}今明后本这当下上第季Qq年月周星礼全财早中傍晚收交放大"
EN_FIRST = (r"the\s+(?:end|next|coming|first|second|third|fourth|middle|beginning|start|\d)",
            r"(?:end|middle|beginning|start|close)\s+of", r"next\s", r"this\s", r"coming\s", r"upcoming\s", r"current\s",
            r"q[1-4]", r"h[12]\b", r"(?:first|second|third|fourth)\s", r"1st", r"2nd", r"3rd", r"4th",
            r"(?:by|in|before|until|during|through)\s+20\d\d", r"year", r"month", r"quarter",
            r"today", r"tonight", r"tomorrow", r"eod", r"fiscal\s+year",
            r"noon", r"midday", r"monday", r"tuesday", r"wednesday", r"thursday", r"friday", r"saturday", r"sunday")

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_EVERY_NEAR = re.compile(r"\b(?:every|each|per|daily)\b[^.,;]{0,20}$", re.I)
_BEFORE_ZH = re.compile(r"(?:之前|以前|前)(?![一二三四五六七八九十两\d])")  # 明年前三季度: the first three
_BY_BEFORE_EN = re.compile(r"\b(?:by|before|until|till|prior\s+to)\s+$", re.I)
_DATE_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:\d|(?:{EN_MON})\b)", re.I)


# --- shared by both languages ---------------------------------------------------
def _quarter(today, q: int, year: int, year_given: bool) -> dt.date:
    return roll(end_of_quarter(year, q), today, year_given, lambda y: end_of_quarter(y, q))


def _half(today, first: bool, year: int, year_given: bool) -> dt.date:
    month = 6 if first else 12
    return roll(end_of_month(year, month), today, year_given, lambda y: end_of_month(y, month))


def _this_quarter(m, today, pre=None):
    return end_of_quarter(today.year, quarter_of(today))


def _next_quarter(m, today, pre=None):
    q = quarter_of(today) + 1
    return end_of_quarter(today.year + (q > 4), (q - 1) % 4 + 1)


def _next_month_start(today: dt.date) -> dt.date:
    return add_months(today.replace(day=1), 1)


_PART_DAY = {"中": 15, "中旬": 20, "上旬": 10, "初": 10}


# --- Chinese -------------------------------------------------------------------
def _quarter_zh(m, today, pre=None):
    year, given = year_of(m, "qt", today)
    return _quarter(today, cn_or_int(m.group("qt_n") or m.group("qt_n2") or m.group("qt_n3")), year, given)


def _half_zh(m, today, pre=None):
    year, given = year_of(m, "hf", today)
    return _half(today, m.group("hf_n") == "上", year, given)


def _year_zh(m, today, pre=None):  # 2027年, 2027年底, 2027年初
    y = m.group("yo_y")
    year = cn_or_int(y) if not y.isdigit() else int(y)
    if not year or not 1900 <= year <= 2200:
        return None
    return _year_part(year, m.group("yo_p") or "")


def _year_part(year: int, part: str) -> dt.date:
    if part.endswith("初"):
        return dt.date(year, 1, 31)
    if part.endswith("中"):
        return dt.date(year, 6, 30)
    return dt.date(year, 12, 31)


def _relative_year_zh(m, today, pre=None):  # 今年, 明年年底, 年内
    word = m.group("yr_w") or "今年"
    if word == "明年" and not m.group("yr_p") and _BEFORE_ZH.match(m.string, m.end()):
        return dt.date(today.year, 12, 31)  # 明年之前: before next year begins
    year = today.year + {"明年": 1, "后年": 2, "大后年": 3}.get(word, 0)
    return _year_part(year, m.group("yr_p") or "")


def _fiscal_year_zh(m, today, pre=None):  # the Chinese fiscal year is the calendar year
    return dt.date(today.year + (1 if (m.group("fy_rel") or "").startswith("下") else 0), 12, 31)


def _this_month_zh(m, today, pre=None):
    g = m.group
    if g("tm_d"):
        return safe_date(today.year, today.month, cn_or_int(g("tm_d")) or 0)
    part = g("tm_p") or ("中旬" if g("tm_mid") else "中" if m.group().startswith("月中") else "")
    if part in ("中", "中旬", "上旬"):
        return safe_date(today.year, today.month, _PART_DAY[part])
    return end_of_month(today.year, today.month)


def _next_month_zh(m, today, pre=None):
    nxt = _next_month_start(today)
    if m.group("nm_d"):
        return safe_date(nxt.year, nxt.month, cn_or_int(m.group("nm_d")) or 0)
    if m.group("nm_p") in _PART_DAY:
        return safe_date(nxt.year, nxt.month, _PART_DAY[m.group("nm_p")])
    return end_of_month(nxt.year, nxt.month)


def _week_zh(m, today, pre=None):
    rel, d = m.group("wk_rel") or "", m.group("wk_d")
    ahead = 2 if rel.startswith("下下") else 1 if rel.startswith("下") else 0
    wd = 6 if d in (None, "日", "天", "末") else "一二三四五六".index(d)
    date = weekday_in_week(today, wd, ahead)
    if not rel and date < today:  # 周五前 said on a Saturday: next Friday
        date += dt.timedelta(days=7)
    return date


def _week_zh_skip(m, pre=None) -> bool:
    if not m.group("wk_rel") and not m.group("wk_d"):
        return True  # 周 alone
    after, start = m.string[m.end():m.end() + 1], m.start()
    # 一周三次 is a cadence, 周年 is not a week
    return after in ("次", "遍", "回", "个", "天", "年") or (start > 0 and m.string[start - 1] in "一二两三四五六七八九十0123456789")


def _day_zh(m, today, pre=None):
    return today + dt.timedelta(days={"明天": 1, "明日": 1, "后天": 2}.get(m.group("day"), 0))


def _compared(m, pre=None) -> bool:
    return zh_compared(m)


def _today(m, today, pre=None):
    return today


_DAY_BEFORE_ZH = re.compile(r"(?:[日号天]|周[一二三四五六日天]|星期[一二三四五六日天])\s*$")


def _clock_zh_skip(m, pre=None) -> bool:
    before = m.string[max(0, m.start() - 4):m.start()]
    # 每晚11点前睡觉: a habit's hour; 12月20日下午5点前: the hour of that day, which is the deadline
    return "每" in before or _DAY_BEFORE_ZH.search(before) is not None


def _clock_en_skip(m, pre=None) -> bool:
    # "by 5pm" is a deadline (today); "at 5pm" or "every day by 5pm" is a time of day
    before = m.string[max(0, m.start() - 25):m.start()]
    return not EN_MARK_BEFORE.search(before) or _EVERY_NEAR.search(before) is not None


ZH_GROUPS = (
    Group("qt", rf"(?P<qt>(?:{zh_year('qt')}的?)?(?:第(?P<qt_n>[一二三四1-4])个?季度|(?P<qt_n2>[一二三四1-4])季度"
                rf"|[Qq](?P<qt_n3>[1-4])(?![0-9]))(?:末|底|内)?)", _quarter_zh),
    Group("hf", rf"(?P<hf>(?:{zh_year('hf')}的?)?(?P<hf_n>上|下)半年(?:度)?(?:末|底|内)?)", _half_zh),
    Group("yo", rf"(?P<yo>(?P<yo_y>\d{{4}}|[二〇零一三四五六七八九]{{4}})年(?!{SEASON_AFTER_YEAR})(?:度)?"
                rf"(?P<yo_p>底|末|内|年底|年末|初|中)?)", _year_zh, _compared),
    Group("fy", rf"(?=[本这当下财])(?P<fy>(?P<fy_rel>本|这个?|当前|下一?个?)(?:财年|财政年度|会计年度)(?:末|底|内|结束)?"
                rf"|(?<![\d{CN_SMALL}])财年(?:末|底))", _fiscal_year_zh),
    Group("thisq", r"(?=[本这当季])(?P<thisq>(?:本|这个?|当前)季度(?:末|内|底)?|季度末|季末)", _this_quarter),
    Group("nextq", r"(?=[下])(?P<nextq>下个?季度(?:末|内|底)?)", _next_quarter),
    Group("thism", rf"(?=[本这当月])(?P<thism>(?:本|这个?|当)月(?:(?P<tm_d>{ZH_DAY})[日号])?(?P<tm_p>中旬|下旬|上旬|底|末|内|中)?"
                   rf"|(?<![\d{CN_SMALL}每个])月中(?P<tm_mid>旬)?|(?<![\d{CN_SMALL}每个])月(?:底|末))", _this_month_zh),
    Group("nextm", rf"(?=[下])(?P<nextm>下个?月(?:(?P<nm_d>{ZH_DAY})[日号])?(?P<nm_p>中旬|下旬|上旬|底|末|内|初|中)?)", _next_month_zh),
    Group("yr", rf"(?=[今明后本全年大])(?P<yr>(?P<yr_w>今年|明年|大后年|后年|本年度?|全年)(?!{SEASON_AFTER_YEAR})(?:的)?"
                rf"(?P<yr_p>年底|年末|底|末|内|年内|年初|初|年中)?|(?<![\d{CN_SMALL}每去前])年(?:底|末|内|终(?=之?前)))",
          _relative_year_zh, _compared),
    Group("wk", r"(?=[本这下周星礼])(?P<wk>(?P<wk_rel>本|这个?|下下个?|下个?)?(?:周|星期|礼拜)(?P<wk_d>[一二三四五六日天末])?)",
          _week_zh, _week_zh_skip),
    Group("day", r"(?=[今明后])(?P<day>今天|今日|今晚|明天|明日|后天)", _day_zh),
    # a clock time, or the end of the shift or of school, today: 下午5点前, 17:30前, 下班前
    Group("clk", rf"(?P<clk>(?:今天|今日)?(?:(?:早上|上午|中午|下午|傍晚|晚上)(?:\d{{1,2}}|[{CN_SMALL}]{{1,3}})|\d{{1,2}})(?:点|时)(?:半|\d{{1,2}}分?)?"
                 rf"(?=之前|以前|前)|[0-2]?\d:[0-5]\d(?=之前|以前|前)|(?:今天)?(?:下班|收工|交班|放学)(?=之前|以前|前))",
          _today, _clock_zh_skip),
)


# --- English -------------------------------------------------------------------
def _quarter_en(m, today, pre=None):
    g = m.group
    q = int(g("qt_n")) if g("qt_n") else ORDINAL_Q[g("qt_w").lower()]
    if g("qt_y"):
        return end_of_quarter(int(g("qt_y")), q)
    if g("qt_next"):
        return end_of_quarter(today.year + 1, q)
    return _quarter(today, q, today.year, bool(g("qt_this")))


def _half_en(m, today, pre=None):
    g = m.group
    first = (g("hf_w") or "").lower() == "first" or g("hf_n") == "1"
    y = g("hf_y") or g("hf_y2")
    if y:
        return end_of_month(int(y), 6 if first else 12)
    return _half(today, first, today.year, False)


def _year_en(m, today, pre=None):  # the end of 2027, mid-2027, by 2027
    g = m.group
    if g("yo_mid"):
        return dt.date(int(g("yo_mid")), 6, 30)
    return dt.date(int(g("yo_y") or g("yo_y2") or g("yo_y3")), 12, 31)


def _next_year_en(m, today, pre=None):
    """"by next year" is before next year begins; "next year", "by the end of next year" its end."""
    if "end" not in m.group().lower() and _BY_BEFORE_EN.search(m.string[max(0, m.start() - 12):m.start()]):
        return dt.date(today.year, 12, 31)
    return dt.date(today.year + 1, 12, 31)


def _weekday_en(m, today, pre=None):
    rel = (m.group("wd_rel") or "").lower()
    wd = WEEKDAYS[m.group("wd_d").lower()]
    if rel == "next":
        return weekday_in_week(today, wd, 1)
    date = weekday_in_week(today, wd, 0)
    return date if date >= today else date + dt.timedelta(days=7)


def _weekday_en_skip(m, pre=None) -> bool:
    # every Monday; "Friday, December 4": the date says it
    return en_every(m) or _DATE_AFTER.match(m.string[m.end():m.end() + 14]) is not None


EN_GROUPS = (
    Group("nextm", r"(?P<nextm>(?:the\s+)?(?:end\s+of\s+)?next\s+month)",
          lambda m, today, pre=None: end_of_month(_next_month_start(today).year, _next_month_start(today).month)),
    Group("thism", r"(?P<thism>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|month[-\s]end|this\s+month)",
          lambda m, today, pre=None: end_of_month(today.year, today.month)),
    Group("qt", r"(?P<qt>(?:the\s+)?(?:end\s+of\s+)?(?:Q(?P<qt_n>[1-4])|(?:the\s+)?(?P<qt_w>first|second|third|fourth|1st|2nd|3rd|4th)"
                r"\s+quarter)(?:\s+(?:of\s+)?(?:(?P<qt_y>\d{4})|(?P<qt_this>this\s+year)|(?P<qt_next>next\s+year)))?)",
          _quarter_en),
    Group("fy", r"(?P<fy>(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?:the\s+)?current\s+)?|this\s+|(?:the\s+)?current\s+"
                r"|(?P<fy_next>next\s+))fiscal\s+year(?:[-\s]end)?(?!\s+\d)"
                r"|fiscal\s+year[-\s]end)",
          lambda m, today, pre=None: dt.date(today.year + (1 if m.group("fy_next") else 0), 12, 31)),
    Group("nextq", r"(?P<nextq>(?:the\s+)?(?:end\s+of\s+)?next\s+quarter)", _next_quarter),
    Group("thisq", r"(?P<thisq>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|this\s+quarter|quarter[-\s]end)", _this_quarter),
    Group("hf", r"(?P<hf>(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?P<hf_w>first|second)\s+half(?:\s+of\s+(?:the\s+|this\s+)?year"
                r"|\s+of\s+(?P<hf_y>\d{4}))?|H(?P<hf_n>[12])(?:\s+(?P<hf_y2>\d{4}))?)", _half_en),
    Group("nexty", r"(?P<nexty>(?:the\s+)?(?:end\s+of\s+)?next\s+year)", _next_year_en),
    Group("thisy", r"(?P<thisy>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[-\s]end(?!\s+\d)|this\s+year)",
          lambda m, today, pre=None: dt.date(today.year, 12, 31)),
    Group("yo", r"(?P<yo>(?:the\s+)?end\s+of\s+(?P<yo_y>\d{4})|year[-\s]end\s+(?P<yo_y3>\d{4})|mid-?(?P<yo_mid>\d{4})"
                r"|(?P<yo_pre>by|in|before|until|during|through)\s+(?P<yo_y2>20\d{2})(?![\d/.-]))",
          _year_en, lambda m, pre=None: en_compared(m), explicit=True),
    Group("wk", r"(?P<wk>(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?P<wk_rel>this|next)\s+week(?:end)?|(?:the\s+)?end\s+of\s+(?:the\s+)?week)",
          lambda m, today, pre=None: weekday_in_week(today, 6, 1 if (m.group("wk_rel") or "").lower() == "next" else 0)),
    Group("wd", r"(?P<wd>(?P<wd_rel>this|next|coming)?\s*(?P<wd_d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!s))",
          _weekday_en, _weekday_en_skip),
    Group("clk", r"(?P<clk>\d{1,2}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midday)", _today, _clock_en_skip),
    Group("day", r"(?P<day>today|tonight|tomorrow|EOD"
                 r"|(?:the\s+)?end\s+of\s+(?:the\s+|my\s+|your\s+|this\s+|today's\s+)?(?:day|shift|working\s+day|workday|business\s+day))",
          lambda m, today, pre=None: today + dt.timedelta(days=1 if m.group("day").lower() == "tomorrow" else 0),
          lambda m, pre=None: en_every(m)),
)
