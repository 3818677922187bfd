"""Property tests over the three entry points (check_goal, check_plan,
check_star) and the bridge the page calls, with inputs built to break them:
huge numbers, far dates and a today at the calendar's ends, lone surrogates,
combining marks, bidi controls, full-width and traditional characters,
control characters and markup (tests/fuzzing.py).

Whatever comes in: no exception but the checker's own InputError; the report
is strict JSON that can be written as UTF-8; every span lies inside the
text; every status is one of the four. A fixed seed and a bounded number of
examples keep the run the same in CI; `python -m bench fuzz` runs 20,000.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from checker import InputError, bridge, check_goal
from tests import fuzzing

BOUNDED = settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@seed(20261201)
@BOUNDED
@given(fuzzing.CALLS)
def test_any_call_gives_a_valid_report_or_an_input_error(call):
    kind, args = call
    fuzzing.outcome(kind, args)


@seed(20261202)
@BOUNDED
@given(st.text(max_size=300), fuzzing.TODAYS, fuzzing.ROLES)
def test_any_unicode_text_gives_a_valid_goal_report_or_an_input_error(text, today, role):
    fuzzing.outcome("goal", {"text": text, "today": today, "role": role})


@seed(20261203)
@settings(max_examples=100, deadline=None, database=None)
@given(value=st.one_of(st.none(), st.integers(), st.text(max_size=12), st.lists(st.integers(), max_size=2)))
def test_bad_today_and_role_are_input_errors(value):
    for kwargs in ({"today": value}, {"role": value}):
        try:
            check_goal("月底前把投诉率降到2%", **kwargs)
        except InputError:
            pass


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | fuzzing.TEXTS,
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                       max_leaves=8)


@seed(20261204)
@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(["goal", "plan", "star", "roles", "nope"]),
       payload=st.one_of(JSONISH, st.fixed_dictionaries({"text": fuzzing.TEXTS}, optional={
           "today": st.one_of(fuzzing.TODAYS, st.text(max_size=10)), "role": fuzzing.ROLES,
           "lang": st.sampled_from(["zh", "en", "fr"])})))
def test_the_bridge_always_answers_in_json(kind, payload):
    out = json.loads(bridge.run(kind, json.dumps(payload)))
    if isinstance(out, dict) and "error" in out:
        assert out["error"]["code"] != "internal", out
        assert out["error"]["message"]
    elif kind in ("goal", "star"):
        fuzzing.assert_report_ok(kind, out)
