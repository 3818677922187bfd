"""Numbers in Chinese and English text: 三声, 两分钟, 百分之二, 八成, 1.5万,
四分之一, 3个百分点, 2倍, 三到四次, 45 days, 2%, five calls, $5,000.

`find_numbers(text)` returns Number objects with character spans, a value
(percent values in percent: 百分之二 -> 2, kind "percent") and the unit
word that follows (分钟, 次, days …). A bare Chinese numeral only counts
when a unit or 第 (ordinal) goes with it, so 一起, 一定, 进一步, 统一 are not
numbers. All patterns are linear: no nested quantifiers.
"""
from __future__ import annotations

import re

from checker.words import Spans

# Full-width digits and signs map one-to-one, so spans stay valid.
_FULLWIDTH = str.maketrans("０１２３４５６７８９％．，～－：／", "0123456789%.,~-:/")

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUM = "零〇一二两三四五六七八九十百千万亿"

EN_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a thousand": 1000, "a dozen": 12, "dozen": 12, "half": 0.5, "a half": 0.5,
}
# How many times, in one word: "jog twice a week" counts like "2 times a week".
EN_TIMES = {"once": 1, "twice": 2, "thrice": 3}

# Units that may follow a number (longest first in the pattern). Measure words
# and classifiers; 个 may sit between number and unit (三个月, 30个单词).
ZH_UNITS = [
    "个百分点", "百分点", "个工作日", "工作日", "分钟", "小时", "钟头", "星期", "个月", "季度", "周年",
    "万元", "千元", "百元", "美元", "元", "块钱", "块", "公里", "千米", "公斤", "千克", "单词", "词汇",
    "个单词", "分贝", "课时", "学分", "小节", "单元", "篇文章",
    "秒", "分", "天", "日", "周", "月", "年", "次", "声", "个", "名", "位", "人", "单", "件", "本", "册",
    "篇", "页", "章", "课", "节", "题", "道", "词", "字", "家", "户", "项", "条", "场", "遍", "份", "套",
    "台", "只", "张", "支", "门", "级", "倍", "米", "斤", "克", "吨", "升", "星", "点", "例", "起", "批",
    "轮", "期", "趟", "步", "层", "封", "通", "所", "间", "座", "辆", "首", "部", "笔", "盒", "箱", "瓶",
    "杯", "款", "种", "类", "届", "环", "码", "圈", "组", "局", "把",
]
EN_UNIT = r"[A-Za-z][A-Za-z\-]{0,19}"

_zh_unit_alt = "|".join(re.escape(u) for u in sorted(dict.fromkeys(ZH_UNITS), key=len, reverse=True))  # not set(): the order must not vary per process (checker/sre_cache.py)
_en_words_alt = "|".join(re.escape(w) for w in sorted([*EN_WORDS, *EN_TIMES], key=len, reverse=True))

ARABIC = r"\d{1,15}(?:,\d{3}){0,5}(?:\.\d{1,6})?"  # bounded: long digit runs stay linear
CN = f"[{CN_NUM}]{{1,12}}"
NUM_ANY = rf"(?:{ARABIC}(?:[kKwW](?![A-Za-z])|[十百千万亿]*)|{CN})"

NUMBER_RE = re.compile(
    rf"""
    (?=[\d{CN_NUM}半第$¥￥€£A-Za-z])   # cheap test before the alternatives
    (?:(?P<frac>(?P<den>{NUM_ANY})分之(?P<num>{NUM_ANY}|几))            # 四分之一, 百分之二
  | (?P<ord>第(?P<ordval>{NUM_ANY}))                                  # 第三, 第1
  | (?P<cur>[$¥￥€£])\s?(?P<curval>{ARABIC})(?P<curk>[kKmM]|万|千)?   # $5,000
  | (?P<main>{NUM_ANY}|半|(?<![A-Za-z])(?:{_en_words_alt})(?![A-Za-z]))
      (?:\s?(?P<sep>到|至|~|-|–|—|to|or)\s?(?P<hi>{NUM_ANY}|(?<![A-Za-z])(?:{_en_words_alt})(?![A-Za-z])))?
      (?P<half>个半)?
      (?P<pct>\s?(?:%|percent\b|per\s?cent\b))?
      (?P<cheng>成(?![为功绩本交长员果立熟品型就不效果人年绩全])(?=.|$))?
      (?P<zhunit>\s?(?:{_zh_unit_alt}))?
      (?P<enunit>\s(?!(?:to|or|and|by|in|within|of|the|a|an|per|at|on)\b){EN_UNIT})?)
    """,
    re.VERBOSE | re.IGNORECASE,
)

_PER_PERIOD = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|year|night|morning|evening|shift|session|fortnight)\b"
                         r"|\s+(?:daily|weekly|monthly|nightly)\b", re.IGNORECASE)

# A lone Chinese numeral followed by one of these is part of a word, not a number.
_CN_IDIOM_AFTER = set("起定些直般切样致下点向旦度同律概时味共齐连边带贯身手心道")
_CN_IDIOM_BEFORE = set("统唯万之进逐同专")


_HAS_FULLWIDTH = re.compile("[０-９％．，～－：／]")


_FULLWIDTH_PAIRS = [(a, b) for a, b in zip("０１２３４５６７８９％．，～－：／", "0123456789%.,~-:/")]


def normalise(text: str) -> str:
    """Full-width digits and signs to ASCII, one to one (str.replace per sign
    present is much faster than translate on long Chinese text)."""
    if not _HAS_FULLWIDTH.search(text):
        return text
    for a, b in _FULLWIDTH_PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


def cn_to_number(s: str) -> float | None:
    """Chinese numeral string -> number: 十五 15, 两千三百 2300, 一万五千 15000, 二〇二六 2026."""
    if not s:
        return None
    if all(c in CN_DIGITS for c in s):  # digit by digit: 二〇二六
        if len(s) == 1:
            return CN_DIGITS[s]
        return int("".join(str(CN_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in CN_UNITS:
            section += (digit if digit is not None else 1) * CN_UNITS[c]
            digit = None
        elif c in CN_BIG:
            section += digit or 0
            total = (total + section) * CN_BIG[c]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


_ARABIC_TOKEN = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿kKwW]*)$")


def parse_number(s: str) -> float | None:
    """Any single number token: '1.5万', '两千', '3,000', 'twenty', '半'."""
    s = s.strip()
    if not s:
        return None
    if s == "半":
        return 0.5
    low = s.lower()
    if low in EN_WORDS:
        return EN_WORDS[low]
    m = _ARABIC_TOKEN.match(s)
    if m:
        value = float(m.group(1).replace(",", ""))
        for c in m.group(2):
            value *= CN_UNITS.get(c) or CN_BIG.get(c) or {"k": 1000, "w": 10_000}.get(c.lower(), 1)
        return value
    return cn_to_number(s)


def tidy(value):
    """12.0 -> 12, keep real fractions."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return round(value, 4) if isinstance(value, float) else value


class Number:
    __slots__ = ("start", "end", "value", "high", "kind", "unit", "text", "unit_start")

    def __init__(self, start, end, value, kind="plain", unit="", text="", high=None, unit_start=None):
        self.start, self.end, self.value, self.kind = start, end, value, kind
        self.unit, self.text, self.high = unit, text, high
        self.unit_start = unit_start if unit_start is not None else end

    def __repr__(self):
        return f"Number({self.text!r}, {self.value}, {self.kind}, unit={self.unit!r})"


_CN_NUM_SET = frozenset(CN_NUM)
_HAS_CN_NUMERAL = re.compile(f"[{CN_NUM}]")
_CURRENCY_MULT = {"k": 1e3, "m": 1e6, "万": 1e4, "千": 1e3}


def _is_cn_idiom(text: str, start: int, end: int, has_unit: bool) -> bool:
    tok = text[start:end]
    if not all(c in CN_NUM for c in tok):
        return False
    if tok == "十" and end < len(text) and text[end] == "分" and text[end + 1:end + 2] not in ("钟", ""):
        return True  # 十分满意 = very satisfied
    if tok in ("万", "亿", "千", "百"):
        return True
    before = text[start - 1] if start > 0 else ""
    if tok == "一" and before in _CN_IDIOM_BEFORE:
        return True
    if not has_unit:
        return True  # a bare Chinese numeral: 一起, 一定, 三言两语
    after = text[end] if end < len(text) else ""
    return tok == "一" and after in _CN_IDIOM_AFTER


# Words and idioms that contain a numeral and a measure word but no quantity.
_CN_NUMBER_IDIOMS = re.compile(
    "更上一层楼|一层楼|一把手|一次性|一步到位|一条龙|一体化|一线|一口气|一下子|一阵子|三番五次|一年四季|"
    "四面八方|千方百计|一心一意|三心二意|一五一十|一站式|一把抓|一刀切|一盘棋|一张网|一本账|万无一失|百分之百")


def find_numbers(text: str) -> list[Number]:
    out: list[Number] = []
    idioms = Spans((m.start(), m.end()) for m in _CN_NUMBER_IDIOMS.finditer(text)) \
        if _HAS_CN_NUMERAL.search(text) else None
    for m in NUMBER_RE.finditer(text):
        if idioms and idioms.covers(m.start()):
            continue
        d = m.groupdict()  # one call instead of many m.group(...)
        if d["frac"]:
            num_text = d["num"]
            den, num = parse_number(d["den"]), parse_number(num_text) if num_text != "几" else None
            if not den or num is None:
                continue
            value = num if den == 100 else num / den * 100
            out.append(Number(m.start(), m.end(), tidy(value), "percent", "%", m.group()))
            continue
        if d["ord"]:
            v = parse_number(d["ordval"])
            if v is not None:
                out.append(Number(m.start(), m.end(), tidy(v), "ordinal", "", m.group()))
            continue
        if d["cur"]:
            v = parse_number(d["curval"])
            mult = _CURRENCY_MULT.get((d["curk"] or "").lower(), 1)
            if v is not None:
                out.append(Number(m.start(), m.end(), tidy(v * mult), "money", d["cur"], m.group()))
            continue
        main = d["main"]
        if main.lower() in EN_TIMES:  # twice a week; "at once", "once I finish" count nothing
            if _PER_PERIOD.match(text, m.start() + len(main)):
                out.append(Number(m.start(), m.start() + len(main), EN_TIMES[main.lower()], "plain", "times", main))
            continue
        value = int(main) if main.isdigit() and main.isascii() else parse_number(main)
        if value is None:
            continue
        zhunit, enunit, pct, cheng, half, sep = d["zhunit"], d["enunit"], d["pct"], d["cheng"], d["half"], d["sep"]
        unit = zhunit.strip() if zhunit else ""
        unit_start = m.start("zhunit") if zhunit else None
        if not unit and enunit:
            unit = enunit.strip()
            unit_start = m.start("enunit") + 1
        has_unit = bool(unit or pct or cheng or half)
        if main[0] in _CN_NUM_SET and _is_cn_idiom(text, m.start("main"), m.end("main"), has_unit):
            continue
        if main == "半" and not has_unit:
            continue
        if main[0].isalpha() and main.lower() in EN_WORDS and not (unit or pct):
            continue  # "one of", "half the team": words only count with a unit
        high = parse_number(d["hi"]) if d["hi"] else None
        if sep and high is None:  # "3-" with nothing usable after it
            continue
        if half:
            value += 0.5
        end = m.end()
        kind = "plain"
        if pct:
            kind, unit = "percent", "%"
            end = m.end("pct")
        elif cheng:
            end = m.end("cheng")
            kind, unit, value = "percent", "%", value * 10
            high = high * 10 if high is not None else None
        elif unit in ("个百分点", "百分点"):
            kind = "points"
        elif unit == "倍" or unit.lower() in ("x", "times", "fold"):
            kind = "ratio"
        if unit and unit[0].isascii():
            low = unit.lower()
            if low in ("percent", "pct", "percentage"):
                kind, unit = "percent", "%"
            elif low in ("points", "percentage points") and kind == "plain" \
                    and "percentage" in text[m.start():m.end() + 12].lower():
                kind = "points"
        out.append(Number(m.start(), end, tidy(value), kind, unit, text[m.start():end].rstrip(), tidy(high), unit_start))
    return out
