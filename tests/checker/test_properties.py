"""Property tests: no input string crashes check_goal, every span lies inside
the text, and the report is plain JSON (what the browser and CLI read)."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import InputError, check_goal
from checker.errors import MAX_TEXT_CHARS

# Goal-like text: pieces the parsers care about, glued with arbitrary characters.
PIECES = st.sampled_from([
    "月底前", "第三季度", "今年", "三个月内", "下周五之前", "每天", "每周三次", "尽快", "从4%降到2%", "两分钟",
    "百分之二", "八成", "1.5万", "四分之一", "个百分点", "倍", "三到四次", "提高", "服务质量", "进一步", "零投诉",
    "by June 30", "within 6 weeks", "from 45 to 30 days", "ASAP", "every Monday", "improve", "better", "Q3",
    "2012年6月25日", "2026-12-31", "12月31日", "半年", "一个半小时", "$5,000", "10x", "double", "zero",
    "前台", "客户", "《书名》", "“引号", "\n", " ", "，", "。", "%", "年", "月", "日", "第", "分之", "从", "到",
])
GOALISH = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=25).map("".join)
TODAYS = st.dates().map(lambda d: d.isoformat())
ROLES = st.sampled_from([None, "front-desk", "sales", "customer-manager", "admin", "rnd", "auditor", "teacher", "student"])


def _check_report(text, report):
    json.dumps(report, allow_nan=False)  # strict JSON: no NaN/Infinity
    assert report["text"] == text
    assert set(report["criteria"]) == {"S", "M", "A", "R", "T"}
    for c in report["criteria"].values():
        assert c["status"] in ("pass", "warn", "fail", "unknown")
    for key in "SMT":
        assert report["criteria"][key]["status"] != "unknown"
    assert 0 <= report["score"] <= 100
    spans = [f["span"] for f in report["findings"] if f["span"] is not None]
    facts = report["facts"]
    if facts["deadline"]:
        spans.append(facts["deadline"]["span"])
    spans += [m["span"] for m in facts["metrics"]] + [c["span"] for c in facts["changes"]]
    for start, end in spans:
        assert 0 <= start <= end <= len(text), (start, end, len(text))
    if facts["deadline"]:
        s, e = facts["deadline"]["span"]
        assert text[s:e] == facts["deadline"]["text"]


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=300), today=TODAYS, role=ROLES)
def test_any_text_gives_a_report_or_input_error(text, today, role):
    try:
        report = check_goal(text, today=today, role=role)
    except InputError as exc:
        assert exc.code in ("empty-text", "text-too-long")
        return
    _check_report(text, report)


@settings(max_examples=400, deadline=None)
@given(text=GOALISH, today=TODAYS, role=ROLES)
def test_goal_like_text_gives_a_valid_report(text, today, role):
    if not text.strip() or len(text) > MAX_TEXT_CHARS:
        return
    _check_report(text, check_goal(text, today=today, role=role))


@settings(max_examples=100, deadline=None)
@given(value=st.one_of(st.none(), st.integers(), st.text(max_size=12), st.lists(st.integers(), max_size=2)))
def test_bad_today_and_role_are_input_errors(value):
    for kwargs in ({"today": value}, {"role": value}):
        try:
            check_goal("月底前把投诉率降到2%", **kwargs)
        except InputError:
            pass


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                       max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(kind=st.sampled_from(["goal", "roles", "nope"]),
       payload=st.one_of(JSONISH, st.fixed_dictionaries({"text": st.text(max_size=80)}, optional={
           "today": st.one_of(TODAYS, st.text(max_size=10)), "role": ROLES, "lang": st.sampled_from(["zh", "en", "fr"])})))
def test_bridge_always_returns_json(kind, payload):
    from checker import bridge
    out = json.loads(bridge.run(kind, json.dumps(payload)))
    if isinstance(out, dict) and "error" in out:
        assert out["error"]["code"] and out["error"]["message"]
    elif kind == "goal":
        _check_report(payload["text"], out)
