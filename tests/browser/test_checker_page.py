"""The checker page (检查你的目标) in real Chromium, under the intranet CSP."""
from __future__ import annotations

import pytest

from tests.browser.checker_support import (
    cpython_report, rendered, type_goal, wait_checked, wait_ready, wait_until,
)

pytestmark = pytest.mark.browser
RESULT = ".gt-checker [data-role=result]"
TODAY = "2026-11-23"

GOALS = [
    "增强客户意识",
    "我们将在月底前把前台收银的速度提升至两分钟",
    "本季度内把客户投诉率从4%降到2%",
    "尽快提高服务质量",
    "Reduce customer complaints from 4% to 2% by June 30",
]


@pytest.fixture
def checker_page(page, site_url):
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    page.fill("#gt-today", TODAY)
    return page


def expected_view(text: str, **extra) -> dict:
    report = cpython_report(text, today=TODAY, **extra)
    assert "error" not in report, report
    chars = list(report["text"])
    return {
        "statuses": {k: v["status"] for k, v in report["criteria"].items()},
        "rules": [f["rule"] for f in report["findings"]],
        # finding number -> the words it is about ("" when it has no span)
        "marked": {i: "".join(chars[f["span"][0]:f["span"][1]]) if f.get("span") else ""
                   for i, f in enumerate(report["findings"], start=1)},
    }


def test_typed_goals_show_the_checkers_statuses_and_highlights(checker_page):
    for goal in GOALS:
        type_goal(checker_page, "#gt-goal", goal)
        wait_checked(checker_page, RESULT, goal)
        view = rendered(checker_page, RESULT)
        expected = expected_view(goal)
        assert {k: v["status"] for k, v in view["cards"].items()} == expected["statuses"], goal
        assert view["rules"] == expected["rules"], goal
        assert view["mirror"] == goal
        # Each finding underlines exactly the words its span covers.
        assert {int(n): text for n, text in view["marked"].items()} == expected["marked"], goal
        # Every status is shown as a word and an icon, not only as colour.
        for card in view["cards"].values():
            assert card["word"] in {"通过", "注意", "未通过", "待确认"} and card["icon"]


def test_seed_goal_fails_specific_and_time_bound(checker_page):
    type_goal(checker_page, "#gt-goal", "增强客户意识")
    wait_checked(checker_page, RESULT, "增强客户意识")
    view = rendered(checker_page, RESULT)
    assert view["cards"]["S"]["status"] == "fail"
    assert view["cards"]["T"]["status"] == "fail"
    assert any(rule.startswith("S-") for m in view["marks"] for rule in m["rules"]), view["marks"]


def test_finding_links_open_the_rule_page(checker_page, site_url):
    type_goal(checker_page, "#gt-goal", "增强客户意识")
    wait_checked(checker_page, RESULT, "增强客户意识")
    links = rendered(checker_page, RESULT)["links"]
    assert links, "no rule links rendered"
    checker_page.click(f"{RESULT} a.gt-finding__rule >> nth=0")
    wait_until(checker_page, "location.pathname.startsWith('/rules/')", 10, "the rule page")
    # Instant navigation changes the address before it swaps the content in: wait for the content.
    checker_page.locator("h2", has_text="为什么重要").first.wait_for(timeout=10_000)
    assert checker_page.locator("h2", has_text="为什么重要").count() == 1


def role_options(page) -> list[str]:
    """The role ids in the picker, once the checker has listed them (just after it is ready)."""
    wait_until(page, "document.querySelectorAll('#gt-role option').length > 1", 10, "the role list")
    return page.evaluate("Array.from(document.querySelectorAll('#gt-role option')).map(o => o.value)")


def shown_facts(page) -> list[list[str]]:
    return page.evaluate(f"""Array.from(document.querySelectorAll('{RESULT} .gt-fact')).map(f =>
      [f.querySelector('.gt-fact__label').textContent, f.querySelector('.gt-fact__value').textContent])""")


def test_role_picker_and_reference_date_change_the_report(checker_page):
    roles = role_options(checker_page)
    assert {"front-desk", "sales", "student"} <= set(roles)
    goal = "月底前把前台接听电话做到三声起接"
    type_goal(checker_page, "#gt-goal", goal)
    wait_checked(checker_page, RESULT, goal)
    assert rendered(checker_page, RESULT)["cards"]["R"]["status"] == "unknown"
    checker_page.select_option("#gt-role", "front-desk")
    wait_until(checker_page, "document.querySelector('.gt-card[data-criterion=R]').dataset.status !== 'unknown'",
               10, "R to be judged against the role")
    assert rendered(checker_page, RESULT)["cards"]["R"]["status"] == expected_view(goal, role="front-desk")["statuses"]["R"]


def test_facts_show_the_role_by_its_name(checker_page):
    role_options(checker_page)
    checker_page.select_option("#gt-role", "front-desk")
    goal = "三声之内接起电话"
    type_goal(checker_page, "#gt-goal", goal)
    wait_checked(checker_page, RESULT, goal)
    facts = cpython_report(goal, today=TODAY, role="front-desk")["facts"]
    assert (facts["role"], facts["role_name"]) == ("front-desk", "前台")
    shown = shown_facts(checker_page)
    assert ["岗位", "前台"] in shown and ["参考日期", TODAY] in shown
    assert not any("front-desk" in value or "role_name" in label for label, value in shown)


def test_example_buttons_work_by_keyboard(checker_page):
    checker_page.focus(".gt-example >> nth=1")
    checker_page.keyboard.press("Enter")
    goal = checker_page.evaluate("document.querySelectorAll('.gt-example')[1].dataset.example")
    assert checker_page.input_value("#gt-goal") == goal
    wait_checked(checker_page, RESULT, goal)
    assert checker_page.evaluate("document.activeElement.id") == "gt-goal"


def test_text_typed_while_loading_is_checked_once_ready(page, site_url):
    page.goto(site_url + "tools/checker/")
    # A loading state with a progress bar shows until the checker is ready.
    wait_until(page, "document.querySelector('.gt-checker [data-role=status] progress')", 10, "the progress bar")
    assert page.get_attribute(".gt-checker [data-role=status]", "data-state") == "loading"
    page.fill("#gt-today", TODAY)
    page.fill("#gt-goal", "尽快提高服务质量")   # before the worker is ready
    wait_checked(page, RESULT, "尽快提高服务质量", timeout=90)
    assert rendered(page, RESULT)["cards"]["T"]["status"] == expected_view("尽快提高服务质量")["statuses"]["T"]


def test_input_over_the_limit_gets_a_clear_message(checker_page):
    checker_page.fill("#gt-goal", "增强客户意识" * 400)
    wait_until(checker_page, f"document.querySelector('{RESULT} .gt-message--error')", 10, "the limit message")
    message = checker_page.inner_text(f"{RESULT} .gt-message--error")
    assert "太长" in message and "2000" in message
    assert checker_page.get_attribute(".gt-counter", "data-over") == "true"
    type_goal(checker_page, "#gt-goal", "增强客户意识")   # and it recovers
    wait_checked(checker_page, RESULT, "增强客户意识")


def test_copy_report_as_text(checker_page):
    checker_page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    type_goal(checker_page, "#gt-goal", "增强客户意识")
    wait_checked(checker_page, RESULT, "增强客户意识")
    checker_page.click("#gt-copy")
    wait_until(checker_page, "document.querySelector('[data-role=copy-note]').textContent", 5, "the copy note")
    copied = checker_page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("目标：增强客户意识")
    assert "S 具体 Specific  ✗ 未通过" in copied   # the criterion named as on its card (kinds data)


def test_phone_width_has_no_horizontal_scroll(page, site_url):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    page.fill("#gt-goal", "增强客户意识，提高服务质量，Improve communication with customers")
    wait_checked(page, RESULT, "增强客户意识，提高服务质量，Improve communication with customers")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    box = page.locator(".gt-card >> nth=0").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375


def test_results_are_announced_politely(checker_page):
    assert checker_page.get_attribute(RESULT, "aria-live") == "polite"
    assert checker_page.get_attribute("label[for=gt-goal]", "for") == "gt-goal"
