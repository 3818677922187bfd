"""Baseline -> target pairs: 从4%降到2%, 由80万提升到100万, from 45 to 30 days,
and relative changes: 降低10%, 提升到原来的1.5倍, 翻一番, "double", "by 10%".

Each change has `from`, `to` (when stated), `unit`, the text and span, and a
`ratio` (>= 1: how many times bigger or smaller the target is) that the
Attainable criterion reasons about.
"""
from __future__ import annotations

import re

from checker.numbers import parse_number, tidy

NUM = r"(?:\d{1,15}(?:,\d{3}){0,5}(?:\.\d{1,6})?(?:[万千kK](?![A-Za-z]))?|[零〇一二两三四五六七八九十百千万]{1,8}(?:点[零一二三四五六七八九]{1,4})?|zero)"
UNIT = r"(?:%|％|个百分点|[\u4e00-\u9fff]{1,3}?(?=\s*(?:[降减提升增缩压涨扩下上控改到至为成]|$))|\s?[A-Za-z]+)?"
PCT = r"(?:%|％|\s?percent(?!age))"  # "3 percentage points" is not a relative change

ZH_FROM_TO = re.compile(
    rf"(?:从|由)\s*(?:每[天周月年单]|现在的|目前的|当前的|原来的|现有的)?\s*(?P<a>{NUM})\s*(?P<ua>%|％|[\u4e00-\u9fffA-Za-z]{{0,3}}?)\s*"
    rf"(?P<verb>[\u4e00-\u9fff]{{0,4}}?)(?:到|至|为|成)\s*(?:每[天周月年单])?\s*(?P<b>{NUM})\s*(?P<ub>%|％|[\u4e00-\u9fffA-Za-z]{{0,3}})")
ZH_FROM_POINTS = re.compile(
    rf"(?:从|由)\s*(?P<a>{NUM})\s*(?P<ua>%|％)\s*(?P<verb>提高|提升|增加|上升|降低|下降|减少)了?\s*(?P<b>{NUM})\s*个?百分点")
ZH_NOW_TO = re.compile(
    rf"(?:目前|现在|当前|过去|去年|原来|原先|现为|以前)[^，。；,;\d]{{0,12}}?(?:是|为|在|有|约)?\s*(?P<a>\d{{1,15}}(?:\.\d{{1,6}})?)\s*(?P<ua>%|％|[\u4e00-\u9fff]{{0,2}}?)"
    rf"[^。；;\d]{{0,16}}?(?:降|减|提|升|增|缩|压|涨|扩)[\u4e00-\u9fff]{{0,2}}?(?:到|至|为)\s*(?P<b>\d{{1,15}}(?:\.\d{{1,6}})?)\s*(?P<ub>%|％|[\u4e00-\u9fff]{{0,2}})")
EN_FROM_TO = re.compile(
    rf"\bfrom\s+(?:about\s+|around\s+)?(?P<cur>[$¥€£])?(?P<a>{NUM})\s*(?P<ua>%|percent|(?!(?:to|by|within|in|this|next|before|until|a|per|for|and)\b)[A-Za-z]+)?\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+)?[$¥€£]?(?P<b>{NUM})\s*(?P<ub>%|percent|(?!(?:to|by|within|in|this|next|before|until|a|per|for|and|on|at)\b)[A-Za-z]+)?",
    re.IGNORECASE)
EN_CURRENT_TO = re.compile(
    rf"\b(?:currently|now|at present|today)\s+(?:at\s+|is\s+|of\s+)?[$¥€£]?(?P<a>\d{{1,15}}(?:,\d{{3}}){{0,5}}(?:\.\d{{1,6}})?)\s*(?P<ua>%|percent)?[^.;]{{0,40}}?\bto\s+[$¥€£]?(?P<b>\d{{1,15}}(?:,\d{{3}}){{0,5}}(?:\.\d{{1,6}})?)\s*(?P<ub>%|percent)?",
    re.IGNORECASE)

ZH_REL_PCT = re.compile(rf"(?P<verb>降低|减少|下降|削减|缩减|压缩|缩短|节约|节省|提高|提升|增加|增长|上升|扩大|增|降|减)了?\s*(?:约|大约)?\s*(?P<p>{NUM})\s*(?:%|％)|(?P<verb2>降低|减少|下降|削减|缩减|压缩|缩短|提高|提升|增加|增长|上升|扩大)了?\s*百分之(?P<p2>{NUM})|(?P<verb3>降低|减少|下降|提高|提升|增加|增长)了?\s*(?P<p3>[一二两三四五六七八九])成(?![为功绩本交长员果立])")
ZH_TIMES = re.compile(rf"(?:(?:提高|提升|增加|增长|扩大|达到)(?:到|至)?原来的|(?:提高|提升|增加|增长|扩大)(?:到|至))\s*(?P<n>{NUM})\s*倍|(?P<up>提高|提升|增加|增长|扩大)了?\s*(?P<n2>{NUM})\s*倍|翻(?P<fan>一|两|三|二)番|(?P<dbl>翻倍|翻一倍)|(?P<half>减半|降低一半|减少一半|砍半|降一半)")
EN_REL_PCT = re.compile(rf"\b(?P<verb>increase|raise|grow|boost|lift|improve|cut|reduce|lower|decrease|shrink|shorten|trim|drop)\w*\b[^.;]{{0,40}}?\bby\s+(?:about\s+|around\s+)?(?P<p>{NUM})\s*{PCT}",
                        re.IGNORECASE)
EN_TIMES = re.compile(r"\b(?P<word>double|doubles|doubling|triple|triples|tripling|quadruple|halve|halving|cut\s+in\s+half|by\s+half|tenfold|ten-fold|ten\s+times(?=\s+(?:more|larger|bigger|higher|greater|faster|as))|(?P<nx>\d+)\s*(?:x|-fold|fold|times(?=\s+(?:more|larger|bigger|higher|greater|faster|as)\b)))\b",
                      re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
_NOW_WORDS = re.compile(r"目前|现在|当前|过去|去年|原来|原先|现为|以前")
_DOWN = ("降", "减", "缩", "压", "下", "削", "节", "cut", "reduce", "lower", "decrease", "shrink", "shorten", "trim", "drop")


def _num(s: str) -> float | None:
    if s is None:
        return None
    if s.lower() == "zero":
        return 0
    if "点" in s:  # 一点五
        whole, _, frac = s.partition("点")
        w, f = parse_number(whole), parse_number(frac)
        return None if w is None or f is None else float(f"{int(w)}.{int(f)}")
    return parse_number(s)


def _ratio(a, b):
    """How many times bigger or smaller; None from a zero start (从0到5家:
    growth from nothing has no ratio to judge), inf for a zero target."""
    if a is None or b is None:
        return None
    if a == 0:
        return None if b != 0 else 1.0
    if b == 0:
        return float("inf")
    return max(a, b) / min(a, b)


def _unit(*units) -> str:
    for u in units:
        u = (u or "").strip()
        if u in ("％", "percent"):
            return "%"
        if u:
            return u
    return ""


def find_changes(text: str) -> list[dict]:
    out: list[dict] = []
    taken: set[int] = set()  # characters already inside a change

    def add(m, a, b, unit, ratio=None, relative=None):
        if m.start() in taken or (m.end() - 1) in taken:
            return
        taken.update(range(m.start(), m.end()))
        end = m.start() + len(m.group().rstrip())
        change = {"from": tidy(a), "to": tidy(b), "unit": unit, "text": m.group().strip(),
                  "span": [m.start(), end],
                  "ratio": ratio if ratio is not None else _ratio(a, b)}
        if relative is not None:
            change["relative"] = relative
        out.append(change)

    has_latin = _LATIN.search(text) is not None
    has_from = "从" in text or "由" in text
    if has_from and "点" in text:
        _points(text, add)
    for rx in ((ZH_FROM_TO,) if has_from else ()) + ((EN_FROM_TO, EN_CURRENT_TO) if has_latin else ()) \
            + ((ZH_NOW_TO,) if _NOW_WORDS.search(text) else ()):
        for m in rx.finditer(text):
            a, b = _num(m.group("a")), _num(m.group("b"))
            if a is None or b is None:
                continue
            unit = _unit(m.group("ua"), m.group("ub"))
            if rx is ZH_FROM_TO and unit in ("个百分点", "百分点"):
                continue
            add(m, a, b, unit)
    if "%" in text or "百分之" in text or "成" in text:
        _relative_zh(text, add)
    if has_latin and "%" in text or "percent" in text:
        _relative_en(text, add)
    if "倍" in text or "番" in text or "半" in text:
        _times_zh(text, add)
    if has_latin:
        _times_en(text, add)
    out.sort(key=lambda c: c["span"][0])
    return out


def _points(text, add):
    for m in ZH_FROM_POINTS.finditer(text):
        a, p = _num(m.group("a")), _num(m.group("b"))
        if a is not None and p is not None:
            b = a - p if m.group("verb") in ("降低", "下降", "减少") else a + p
            add(m, a, b, "%")


def _relative_zh(text, add):
    for m in ZH_REL_PCT.finditer(text):
        p = _num(m.group("p") or m.group("p2") or "")
        verb = m.group("verb") or m.group("verb2") or m.group("verb3")
        if m.group("p3"):
            p = _num(m.group("p3")) * 10
        if p is None:
            continue
        down = verb.startswith(_DOWN)
        factor = 1 - p / 100 if down else 1 + p / 100
        ratio = (1 / factor) if down and factor > 0 else (factor if not down else float("inf"))
        add(m, None, None, "%", ratio, relative=(-p if down else p))


def _relative_en(text, add):
    for m in EN_REL_PCT.finditer(text):
        p = _num(m.group("p"))
        if p is None:
            continue
        down = m.group("verb").lower().startswith(_DOWN)
        factor = 1 - p / 100 if down else 1 + p / 100
        ratio = (1 / factor) if down and factor > 0 else (factor if not down else float("inf"))
        add(m, None, None, "%", ratio, relative=(-p if down else p))


def _times_zh(text, add):
    for m in ZH_TIMES.finditer(text):
        if m.group("half"):
            add(m, None, None, "", 2.0, relative=-50)
            continue
        if m.group("dbl"):
            add(m, None, None, "", 2.0, relative=100)
            continue
        if m.group("fan"):
            k = {"一": 1, "两": 2, "二": 2, "三": 3}[m.group("fan")]
            add(m, None, None, "", float(2 ** k), relative=(2 ** k - 1) * 100)
            continue
        n = _num(m.group("n") or m.group("n2") or "")
        if n is None:
            continue
        ratio = n + 1 if m.group("up") else n  # 提高2倍 = ×3; 提高到原来的2倍 = ×2
        add(m, None, None, "倍", float(ratio), relative=(ratio - 1) * 100)


def _times_en(text, add):
    for m in EN_TIMES.finditer(text):
        w = m.group("word").lower()
        if m.group("nx"):
            ratio = float(m.group("nx"))
        elif w.startswith("doubl"):
            ratio = 2.0
        elif w.startswith("tripl"):
            ratio = 3.0
        elif w.startswith("quadr"):
            ratio = 4.0
        elif w.startswith(("halv", "cut", "by")):
            ratio = 2.0
        else:
            ratio = 10.0
        if ratio <= 1:
            continue
        add(m, None, None, "", ratio)
