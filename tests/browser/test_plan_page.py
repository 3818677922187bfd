"""The plan builder page (行动计划练习) in real Chromium, under the intranet CSP."""
from __future__ import annotations

import json

import pytest

from checker.bridge import run as cpython_run
from tests.browser.checker_support import wait_ready, wait_until

pytestmark = pytest.mark.browser
ROOT = ".gt-plan"
RESULT = ".gt-plan [data-role=result]"
GOAL = "月底前把前台收银的平均用时降到每位顾客两分钟以内"   # the plan the page shows (docs/tools/plan.md)
TODAY = "2026-11-10"


@pytest.fixture
def plan_page(page, site_url):
    page.goto(site_url + "tools/plan/")
    wait_ready(page, ROOT)
    wait_checked(page, 1)
    return page


def checked(page) -> int:
    return int(page.evaluate(f"document.querySelector('{RESULT}').getAttribute('data-checked') || 0"))


def wait_checked(page, after: int):
    wait_until(page, f"+(document.querySelector('{RESULT}').getAttribute('data-checked') || 0) >= {after}",
               30, "the plan to be checked")


def edit(page, selector: str, value: str):
    """Change one field as a learner would, then wait for the new feedback."""
    before = checked(page)
    page.fill(selector, value)
    wait_checked(page, before + 1)


def view(page) -> dict:
    return page.evaluate("""() => {
      const root = document.querySelector('.gt-plan');
      const rows = Array.from(root.querySelectorAll('.gt-plan__row')).map(li => {
        const reads = {};
        li.querySelectorAll('[data-read]').forEach(r => {
          reads[r.dataset.read] = {status: r.dataset.status || null, text: r.textContent};
        });
        return {reads, step: li.querySelector('.gt-plan__step').hidden ? null : li.querySelector('.gt-plan__step').textContent,
                notes: Array.from(li.querySelectorAll('.gt-plan__note')).map(n => n.dataset.rule)};
      });
      const pdca = {};
      root.querySelectorAll('.gt-pdca__step').forEach(s => {
        pdca[s.dataset.step] = {status: s.dataset.status, text: s.textContent};
      });
      const cards = {};
      root.querySelectorAll('[data-role=result] .gt-card').forEach(c => {
        cards[c.dataset.criterion] = {status: c.dataset.status, name: c.querySelector('.gt-card__name').textContent,
                                      letter: c.querySelector('.gt-card__letter').textContent};
      });
      const rules = Array.from(root.querySelectorAll('[data-role=result] .gt-finding')).map(f => f.dataset.rule);
      return {rows, pdca, cards, rules};
    }""")


def page_payload(page) -> dict:
    return page.evaluate("""() => {
      const root = document.querySelector('.gt-plan');
      const actions = Array.from(root.querySelectorAll('.gt-plan__row')).map(li => {
        const row = {};
        li.querySelectorAll('[data-field]').forEach(i => { row[i.dataset.field] = i.value; });
        return row;
      });
      const payload = {goal: root.querySelector('#gt-plan-goal').value, actions};
      const today = root.querySelector('#gt-plan-today').value;
      if (today) payload.today = today;
      return payload;
    }""")


def cpython(payload: dict) -> dict:
    return json.loads(cpython_run("plan", json.dumps(payload, ensure_ascii=False)))


def assert_matches_cpython(page):
    report = cpython(page_payload(page))
    assert "error" not in report, report
    shown = view(page)
    assert {k: v["status"] for k, v in shown["cards"].items()} == {k: v["status"] for k, v in report["criteria"].items()}
    assert shown["rules"] == [f["rule"] for f in report["findings"]]
    assert {k: v["status"] for k, v in shown["pdca"].items()} == report["facts"]["pdca"]
    for fact in report["facts"]["actions"]:
        reads = shown["rows"][fact["index"]]["reads"]
        for key in ("who", "what", "when", "how"):
            assert reads[key]["status"] == fact[key]["status"], (fact["index"], key)
    return report, shown


def test_example_plan_covers_the_whole_pdca_cycle(plan_page):
    report, shown = assert_matches_cpython(plan_page)
    assert plan_page.input_value("#gt-plan-goal") == GOAL
    assert report["verdict"] == "pass" and len(shown["rows"]) == 5
    assert all(s["status"] == "pass" for s in shown["pdca"].values())
    # Each PDCA step says its status in words and an icon, not only with its border colour.
    for step in shown["pdca"].values():
        assert "✓" in step["text"] and "通过" in step["text"]
    assert shown["rows"][0]["reads"]["when"]["text"].endswith("读作 2026-11-12")
    # Named as the checker's kinds data names the plan's criteria (hooks/kinds_data.py).
    assert shown["rows"][3]["step"] == "C 检查（Check）" and shown["rows"][4]["step"] == "A 处理（Action）"
    # plan.css is on the page: the PDCA steps form a four-column grid of boxes with a 2px border.
    assert plan_page.evaluate("""() => {
      const list = document.querySelector('.gt-pdca'), s = getComputedStyle(list);
      return [s.display, s.gridTemplateColumns.split(' ').length, getComputedStyle(list.firstChild).borderTopWidth];
    }""") == ["grid", 4, "2px"]
    # A passing step's border takes its status colour (the base rule's shorthand once reset it).
    assert plan_page.evaluate("getComputedStyle(document.querySelector('.gt-pdca__step')).borderTopColor") == \
        "rgb(46, 125, 50)"
    # Card titles: Chinese first with the English term, from the kinds data; no letter.
    assert {k: (v["letter"], v["name"]) for k, v in shown["cards"].items()} == {
        "who": ("", "谁负责 Who"), "what": ("", "做什么 What"), "when": ("", "何时完成 When"), "how": ("", "怎样做 How"),
        "check": ("", "检查（Check）"), "act": ("", "处理（Action）"), "goal": ("", "目标（SMART）")}


def test_the_example_loaded_is_the_plan_the_page_shows(plan_page):
    # One source: the ```plan-example table on the page carries the plan the builder loads.
    shown = plan_page.evaluate("""() => Array.from(document.querySelectorAll('[data-plan-example] tbody tr'),
      tr => Array.from(tr.querySelectorAll('td')).slice(1).map(td => td.textContent))""")
    loaded = plan_page.evaluate("""() => Array.from(document.querySelectorAll('.gt-plan__row'),
      li => ['how', 'who', 'what', 'when'].map(k => li.querySelector('[data-field=' + k + ']').value))""")
    assert len(shown) == 5 and loaded == shown
    assert plan_page.is_visible("[data-action=example]")


def test_vague_owner_and_late_date_show_on_their_row(plan_page):
    edit(plan_page, "#gt-plan-2-who", "大家")
    edit(plan_page, "#gt-plan-2-when", "12月15日前")
    report, shown = assert_matches_cpython(plan_page)
    row = shown["rows"][1]
    assert row["reads"]["who"]["status"] == "fail" and row["reads"]["when"]["status"] == "fail"
    assert set(row["notes"]) >= {"PLAN-who-vague", "PLAN-when-after-deadline"}
    assert shown["pdca"]["do"]["status"] == "fail"
    assert "✗" in shown["pdca"]["do"]["text"]


def test_removing_the_act_row_breaks_the_cycle(plan_page):
    before = checked(plan_page)
    plan_page.click(".gt-plan__row >> nth=4 >> .gt-plan__remove")
    wait_checked(plan_page, before + 1)
    report, shown = assert_matches_cpython(plan_page)
    assert len(shown["rows"]) == 4
    assert shown["pdca"]["act"]["status"] == "fail" and "PLAN-act-missing" in shown["rules"]


def test_blank_start_then_a_row_typed_by_hand(plan_page):
    before = checked(plan_page)
    plan_page.click("[data-action=clear]")
    wait_checked(plan_page, before + 1)
    assert "先写下目标" in plan_page.inner_text(RESULT)
    edit(plan_page, "#gt-plan-goal", GOAL)
    plan_page.fill("#gt-plan-today", TODAY)
    edit(plan_page, "#gt-plan-1-who", "店长王丽")
    edit(plan_page, "#gt-plan-1-what", "加强服务意识")
    report, shown = assert_matches_cpython(plan_page)
    assert shown["rows"][0]["reads"]["what"]["status"] == "fail"
    assert "PLAN-what-vague" in shown["rows"][0]["notes"]
    assert shown["rows"][1]["reads"]["who"]["status"] is None, "blank rows get no feedback"


def test_learner_text_is_shown_as_text(plan_page):
    edit(plan_page, "#gt-plan-1-what", '<img src=x onerror="window.__pwned=1">清单')
    assert plan_page.evaluate("window.__pwned") is None
    assert plan_page.locator(".gt-plan img").count() == 0
    assert '<img src=x' in plan_page.inner_text(RESULT)
