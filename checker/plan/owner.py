"""WHO: find the person or role that owns an action.

An owner counts when it opens a clause (after any time words: "11月25日前，
店长王丽……", "By June 10 the store manager ...") or is marked as one
(由……负责, 负责人：, owner:, "(Anna)"). A role named elsewhere is usually
the object ("培训收银员": the cashiers are trained, they do not own it).
"everyone / 大家 / 全体员工" is nobody; "we / 团队" is a group, not a person.
"""
from __future__ import annotations

import re

from checker.engine.registry import uses
from checker.plan.hits import find_all

ROLES = uses("plan_roles")
VAGUE_OWNERS = uses("plan_vague_owner")
COLLECTIVE_OWNERS = uses("plan_collective_owner")

SURNAMES = ("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# A Chinese name: surname + 1-2 characters, then something that ends a name
# (a verb of owning, a time word, punctuation, a digit). 张贴 or 周五 are not names.
_ZH_NAME = re.compile(
    rf"(?:[小老][{SURNAMES}]|[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?=负责|牵头|主持|主导|组织|跟进|落实|于|在|将|会|要|每|次日|本周|下周|明天|今天|[0-9一二三四五六七八九十两]|[：:，,、（(\s]|$)"
)
_NOT_NAMES = {"方案", "高峰", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "张贴", "马上", "金额", "程序", "万一", "安排",
              "时间", "成本", "关于", "于是", "余额", "常规", "任务", "石头", "白天", "周内", "周前", "周后", "高于", "江湖", "田间", "顾客",
              "杜绝", "夏季", "严格", "黄金", "何时", "许多", "许可", "曾经", "范围", "陆续", "毛利", "付款"}
# Right after a title a name needs no marker after it: 店长陈静通报……, 客服专员小周.
_NAME_AFTER_TITLE = re.compile(rf"[小老][{SURNAMES}]|[{SURNAMES}][\u4e00-\u9fff]")
_EN_NAME = re.compile(r"\b[A-Z][a-z]{1,15}(?:\s[A-Z][a-z]{1,15})?\b")
_EN_NOT_NAMES = set("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december q1 q2 q3 q4 review check train compare hold run set create write prepare update
send call visit meet install print post publish measure track analyse analyze introduce organise organize schedule
test buy order add open close record collect survey interview draft design build fix teach coach learn practise
practice study read report present launch start stop move replace change reduce increase cut improve hire recruit
plan time observe watch list map sort clean label assign ask tell email phone text share discuss agree approve sign
submit file upload deploy release ship deliver use make get give take put do go keep let if when whenever every each
by before after on in at from until weekly daily monthly the a an all everyone everybody we our my i it this that
there then next first finally also and or if unless within end by week month day year compare time average cashier
cashiers manager store head team staff customers customer checkout english chinese scanner till front desk
owner responsible lead note""".split())
_EN_VERBS = set("""
review check train compare hold run set create write prepare update send call visit meet install print post publish
measure track analyse analyze introduce organise organize schedule test buy order add open close record collect survey
interview draft design build fix teach coach learn practise practice study read report present launch start stop move
replace change reduce increase cut improve hire recruit plan time observe watch list map sort clean label assign ask tell
email phone text share discuss agree approve sign submit file upload deploy release ship deliver use make get give take
put do go keep let retrain""".split())
_MARK_BEFORE = re.compile(r"(?:由|请|让|安排|交由|负责人[:：]?|责任人[:：]?|牵头人[:：]?|\bowner[:：]?|\bresponsible[:：]?|\blead[:：]|\bled by|\bassigned to|[（(])\s*$",
                          re.IGNORECASE)
_MARK_AFTER = re.compile(r"^\s*(?:负责|牵头|主持|主导|跟进|[）)]|\bwill\b|\bowns\b|\bleads\b)", re.IGNORECASE)
_ZH_SELF = re.compile(r"我(?!们)|本人")
_EN_SELF = re.compile(r"\bI\b|\bme\b|\bmyself\b")
# Words that may open a clause before the owner: time, "the", "then".
_LEAD_FILLER = re.compile(r"^(?:[\s,，、;；:：.\-–—]+|the\b|our\b|then\b|and\b|然后|并|再|另外|同时)", re.IGNORECASE)
_CLAUSE = re.compile(r"[，,；;。:：]|\s[—–-]\s|——")


def _clause_starts(text: str, time_spans: list[tuple[int, int]]) -> list[int]:
    """Positions where an owner may stand: each clause start, after time words."""
    starts = [0] + [m.end() for m in _CLAUSE.finditer(text)]
    out = []
    for pos in starts:
        moved = True
        while moved:
            moved = False
            m = _LEAD_FILLER.match(text[pos:])
            if m and m.end():
                pos += m.end()
                moved = True
            for s, e in time_spans:
                if s <= pos < e or (s == pos and e > pos):
                    pos, moved = e, True
            m = re.match(r"(?:之前|以前|前|内|起|by\b|before\b|on\b|every\b|each\b)", text[pos:], re.IGNORECASE)
            if m and moved:
                pos += m.end()
        out.append(pos)
    return out


# A unit in front of a title belongs to it: 支行行长, 前台主管, customer service lead.
_ZH_UNIT = re.compile(r"(?:支行|分行|总行|门店|前台|客服|收银|销售|人事|财务|行政|审计|项目|部门|区域|品质|市场|运营|技术|研发|"
                      r"仓库|车间|学校|班级|年级|教务|后勤|质检|产品|运维|法务|物流|数据|安全|质量|"
                      r"[\u4e00-\u9fff]{1,3}[部组处科室])$")
# Units that are also verbs (测试收银员的速度: test the cashiers) count only with
# a name after the title: 测试组长王芳, 采购经理李强. (培训 never: 培训组长 is
# nearly always "train the team leads".)
_ZH_VERB_UNIT = re.compile(r"(?:测试|开发|采购|生产)$")
_EN_UNIT = re.compile(r"(?:\b[A-Za-z]+\s){1,2}$")
_EN_UNIT_NOT = {"the", "a", "an", "all", "every", "each", "and", "or", "to", "for", "with", "on", "by", "in", "at", "of"}


def _with_unit(text: str, start: int, end: int) -> int:
    before = text[max(0, start - 6):start]
    m = _ZH_UNIT.search(before)
    if m:
        return start - len(m.group())
    m = _ZH_VERB_UNIT.search(before)
    if m and _NAME_AFTER_TITLE.match(text, end):
        return start - len(m.group())
    m = _EN_UNIT.search(text[max(0, start - 30):start])
    if m:
        unit_words = m.group().split()
        if not any(w.lower() in _EN_UNIT_NOT or w.lower() in _EN_VERBS for w in unit_words):
            return start - len(m.group())
    return start


def _candidates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, words, kind) for roles, names and the speaker."""
    found = []
    for m in find_all(text, *ROLES):
        start = _with_unit(text, m.start(), m.end())
        found.append((start, m.end(), text[start:m.end()], "role"))
    for m in _ZH_NAME.finditer(text):
        if m.group() not in _NOT_NAMES:
            found.append((m.start(), m.end(), m.group(), "person"))
    for m in _EN_NAME.finditer(text):
        if m.group().split()[0].lower() not in _EN_NOT_NAMES:
            found.append((m.start(), m.end(), m.group(), "person"))
    for m in list(_ZH_SELF.finditer(text)) + list(_EN_SELF.finditer(text)):
        found.append((m.start(), m.end(), m.group(), "self"))
    found.sort()
    return found


def _owner_like(text: str, start: int, end: int, starts: list[int]) -> bool:
    if any(start <= s + 1 and end > s for s in starts):
        return True
    return bool(_MARK_BEFORE.search(text[max(0, start - 8):start]) or _MARK_AFTER.match(text[end:end + 6]))


def find_owner(text: str, time_spans: list[tuple[int, int]]) -> dict:
    """{"kind": person|role|self|collective|vague|none, "word", "span"} (span in `text`)."""
    starts = _clause_starts(text, time_spans)
    candidates = _candidates(text)
    for i, (start, end, word, kind) in enumerate(candidates):
        if _owner_like(text, start, end, starts):
            # "店长王丽" / "Store manager Anna": report the whole title-and-name.
            for s2, e2, _, k2 in candidates[i + 1:]:
                if s2 > end + 1 or not text[end:s2].strip(" （(") == "":
                    break
                end = max(end, e2)
                kind = "person" if k2 == "person" else kind
            name = _NAME_AFTER_TITLE.match(text, end) if kind == "role" else None
            if name and name.group() not in _NOT_NAMES:
                end, kind = name.end(), "person"
            return {"kind": kind, "word": text[start:end], "span": [start, end]}
    for kind, lists in (("vague", VAGUE_OWNERS), ("collective", COLLECTIVE_OWNERS)):
        for m in find_all(text, *lists):
            if _owner_like(text, m.start(), m.end(), starts):
                end = m.end()
                for s2, e2, _, _ in candidates:  # "all cashiers", 全体收银员: report the whole group
                    if end <= s2 <= end + 1:
                        end = e2
                return {"kind": kind, "word": text[m.start():end], "span": [m.start(), end]}
    return {"kind": "none", "word": "", "span": None}


def judge_owner_field(value: str) -> dict:
    """A who-cell: names an owner unless it is empty, only a group, or everyone."""
    stripped = value.strip()
    if not stripped:
        return {"kind": "none", "word": "", "span": None}
    lead = len(value) - len(value.lstrip())
    named = [c for c in _candidates(stripped) if c[3] in ("person", "self")]
    vague = find_all(stripped, *VAGUE_OWNERS)
    if vague and not named:  # 全体收银员, all staff: everyone is no one
        m = vague[0]
        return {"kind": "vague", "word": m.group(), "span": [lead + m.start(), lead + m.end()]}
    collective = find_all(stripped, *COLLECTIVE_OWNERS)
    if collective and not named:
        m = collective[0]
        rest = (stripped[:m.start()] + stripped[m.end():]).strip(" ，,、和与及&/")
        if len(rest) <= 2 or not find_all(rest, *ROLES):
            return {"kind": "collective", "word": m.group(), "span": [lead + m.start(), lead + m.end()]}
    return {"kind": "named", "word": stripped, "span": [lead, lead + len(stripped)]}
