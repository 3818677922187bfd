"""Inputs an attacker or a careless paste would send, as hypothesis
strategies, and the contract every report keeps whatever came in.

Used by tests/checker/test_fuzz.py (a bounded run in every test run) and by
`python -m bench fuzz` (a long run that counts what happened).
"""
from __future__ import annotations

import datetime as dt
import json

from hypothesis import strategies as st

from checker import InputError, check_goal
from checker.plan import check_plan
from checker.star import check_star

STATUSES = {"pass", "warn", "fail", "unknown"}
INPUT_ERROR_CODES = {"empty-text", "text-too-long", "bad-text", "bad-date", "bad-lang", "bad-payload", "unknown-role"}

# --- pieces ------------------------------------------------------------------
GOAL_PIECES = st.sampled_from([
    "月底前", "第三季度", "今年", "三个月内", "下周五之前", "每天", "每周三次", "尽快", "从4%降到2%", "两分钟",
    "百分之二", "八成", "1.5万", "四分之一", "个百分点", "倍", "三到四次", "提高", "服务质量", "进一步", "零投诉",
    "by June 30", "within 6 weeks", "from 45 to 30 days", "ASAP", "every Monday", "improve", "better", "Q3",
    "2012年6月25日", "2026-12-31", "12月31日", "半年", "一个半小时", "$5,000", "10x", "double", "zero",
    "前台", "客户", "《书名》", "“引号", "\n", " ", "，", "。", "%", "年", "月", "日", "第", "分之", "从", "到",
    "王芳负责", "对比上月", "如果超过", "我负责", "结果", "首先", "Situation:", "I led", "As a result",
])
_HUGE = st.one_of(st.integers(0, 10**20), st.sampled_from([999, 1000, 1001, 1200, 9999, 10000, 99999999999]))
_WINDOWS_ZH = ("{}天内", "{}周内", "{}个月内", "{}年内", "{}个工作日内", "{}小时内", "坚持{}周", "未来{}年", "{}个学期内")
_WINDOWS_EN = ("within {} days", "in {} years", "within {} business days", " for {} weeks", "in the next {} months",
               "within {} hours", "within {} quarters")
HUGE_NUMBERS = st.one_of(
    st.builds(lambda n, f: f.format(n), _HUGE, st.sampled_from(_WINDOWS_ZH + _WINDOWS_EN)),
    _HUGE.map(str), st.sampled_from(["1e999", "NaN", "Infinity", "9" * 400, "１０００００", "一万亿年内", "十万个月内"]))
FAR_DATES = st.sampled_from([
    "明年", "下学期", "大后年", "后年", "下周五", "下个月底", "春节前", "元旦前", "6月底", "年底前", "下个财年",
    "next fiscal year", "by next year", "by Christmas", "December 31", "12/31/2026", "9999-12-31", "0001-01-01",
    "10000-01-01", "9999年12月31日", "by the end of next quarter", "next semester", "下下个月", "明年第四季度",
])
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
COMBINING = st.one_of(st.characters(min_codepoint=0x300, max_codepoint=0x36F), st.sampled_from(list("\u3099\u309a\u0489\u20dd")))
BIDI = st.sampled_from(list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200b\ufeff"))
FULL_WIDTH = st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E)
TRADITIONAL = st.sampled_from(list("將個時間臺週們業績準時內後從減體重訴達課程學習") + ["個月內", "體重從", "客訴率", "下個月底前"])
CONTROLS = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.just("\x7f")
MARKUP = st.sampled_from(["<script>alert(1)</script>", "<b>", "&amp;", "</textarea>", "{{x}}", "{word}", "%s", "\\", "'\""])

PIECE = st.one_of(GOAL_PIECES, HUGE_NUMBERS, FAR_DATES, SURROGATES, COMBINING, BIDI, FULL_WIDTH, TRADITIONAL,
                  CONTROLS, MARKUP, st.text(max_size=6))
TEXTS = st.lists(PIECE, max_size=30).map("".join)
TODAYS = st.one_of(st.dates(), st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(9999, 12, 1),
                                                dt.date(9999, 1, 1), dt.date(1, 1, 31)])).map(dt.date.isoformat)
ROLES = st.sampled_from([None, "front-desk", "sales", "customer-manager", "admin", "rnd", "auditor", "teacher", "student"])
ACTIONS = st.lists(st.one_of(TEXTS, st.fixed_dictionaries({}, optional={k: TEXTS for k in ("who", "what", "when", "how")})),
                   max_size=6)
CALLS = st.one_of(
    st.tuples(st.just("goal"), st.fixed_dictionaries({"text": TEXTS, "today": TODAYS, "role": ROLES})),
    st.tuples(st.just("plan"), st.fixed_dictionaries({"goal": TEXTS, "actions": ACTIONS, "today": TODAYS})),
    st.tuples(st.just("star"), st.fixed_dictionaries({"text": TEXTS, "today": TODAYS})),
)


# --- the contract --------------------------------------------------------------
def call(kind: str, args: dict) -> dict:
    if kind == "goal":
        return check_goal(args["text"], today=args["today"], role=args["role"])
    if kind == "plan":
        return check_plan(args["goal"], args["actions"], today=args["today"])
    return check_star(args["text"], today=args["today"])


def _spans(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "span" and item is not None:
                yield item
            else:
                yield from _spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from _spans(item)


def assert_report_ok(kind: str, report: dict) -> None:
    """What every reader of a report may rely on (checker/REPORT.md)."""
    encoded = json.dumps(report, ensure_ascii=False, allow_nan=False).encode("utf-8")  # no NaN, no lone surrogate
    assert json.loads(encoded) == report
    assert report["kind"] == kind
    text = report["text"]
    for span in _spans(report):
        start, end = span
        assert 0 <= start <= end <= len(text), (span, len(text))
    for name, criterion in report["criteria"].items():
        assert criterion["status"] in STATUSES, (name, criterion)
    for f in report["findings"]:
        assert f["level"] in ("error", "warning", "info") and f["message"]


def outcome(kind: str, args: dict) -> str:
    """Run one call: "report" or "input-error:<code>"; any other exception propagates."""
    try:
        report = call(kind, args)
    except InputError as exc:
        assert exc.code in INPUT_ERROR_CODES, exc.code
        assert exc.message and "\n" not in exc.message
        json.dumps(exc.to_dict(), ensure_ascii=False).encode("utf-8")
        return f"input-error:{exc.code}"
    assert_report_ok(kind, report)
    return "report"
