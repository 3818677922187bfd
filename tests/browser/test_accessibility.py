"""Accessibility, read by the reader a real audit uses: axe-core 4.14 (npm,
pinned in package.json) over every kind of page, in the states a learner
sees them (a checker that has checked a goal, a quiz with feedback, search
open, the dark scheme), fails on any serious or critical violation; and every
quiz question type can be answered and submitted with the keyboard alone,
the focus landing on the feedback that is read out."""
from __future__ import annotations

import json

import pytest

from tests.browser.axe_support import axe_version, describe, run_axe, serious
from tests.browser.checker_support import type_goal, wait_checked, wait_ready, wait_until
from tests.browser.quiz_support import open_quiz, question, tab_to

pytestmark = pytest.mark.browser


def _home(page, site_url):
    page.goto(site_url)


def _smart_page(page, site_url):
    page.goto(site_url + "smart/specific/")
    wait_ready(page, ".gt-mini")
    wait_until(page, "document.querySelector('.gt-mini [data-role=result] .gt-card')", 20, "the mini-checker's report")


def _checker_with_a_goal(page, site_url):
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    type_goal(page, "#gt-goal", "三个月内把客户投诉率从4%降到2%")
    wait_checked(page, ".gt-checker [data-role=result]", "三个月内把客户投诉率从4%降到2%")


def _quiz_page(page, site_url):
    open_quiz(page, site_url + "quiz/")


def _quiz_with_feedback(page, site_url):
    open_quiz(page, site_url + "quiz/banks/action-plan/")
    q = question(page, "ap-003")
    q.locator("input").first.check()
    q.locator(".quiz-submit").click()
    q.locator(".quiz-verdict").wait_for()


def _progress(page, site_url):
    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")


def _practice(page, site_url):
    page.goto(site_url + "quiz/practice/")
    page.wait_for_selector(".quiz-practice__start")


def _plan(page, site_url):
    page.goto(site_url + "tools/plan/")
    wait_ready(page, ".gt-plan")
    wait_until(page, "+(document.querySelector('.gt-plan [data-role=result]').dataset.checked || 0) >= 1", 30, "the plan check")


def _star(page, site_url):
    page.goto(site_url + "tools/star/")
    wait_ready(page, ".gt-star")
    page.click("[data-example-id=bank]")
    text = page.input_value("#gt-star-text")
    wait_checked(page, ".gt-star [data-role=result]", text)


def _workshop(page, site_url):
    """The workshop with its example loaded and checked: every step filled in."""
    page.goto(site_url + "workshop/")
    page.wait_for_selector(".wk[data-ready]")
    wait_ready(page, ".wk")
    page.click("[data-action=example]")
    wait_until(page, "document.querySelectorAll('.wk-goal [data-role=goal-result] .gt-card').length === 10"
                     " && document.querySelectorAll('.wk-plan [data-role=plan-result] .gt-card').length === 14"
                     " && document.querySelectorAll('.wk-sheet .wk-sheet__goal').length === 2", 30, "the example checked")


def _workshop_asking(page, site_url):
    """The workshop asking to confirm "start again", with a goal refused as too long and a storage notice."""
    page.goto(site_url + "workshop/")
    page.wait_for_selector(".wk[data-ready]")
    page.evaluate("localStorage.setItem(Object.keys(localStorage).find(k => k.includes(':workshop:'))"
                  " || 'smart-trainer:workshop:v1:' + location.pathname.replace(/workshop\\/$/, ''), '{broken')")
    page.reload()
    page.wait_for_selector(".wk-notice")
    wait_ready(page, ".wk")
    page.fill(".wk-goals [data-field=text]", "提高服务质量" * 400)
    wait_until(page, "document.querySelector('.wk-goals [data-role=goal-result]').textContent.includes('内容太长')", 20,
               "the too-long message")
    page.click("[data-action=restart]")
    page.wait_for_selector("[data-role=confirm]:not([hidden])")


def _rule_page(page, site_url):
    page.goto(site_url + "rules/t-no-deadline/")


def _search_open(page, site_url):
    page.goto(site_url + "cases/")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("投诉率")
    page.locator("input.md-search__input").press("End")
    page.wait_for_selector(".md-search-result__item")


def _dark_checker(page, site_url):
    page.emulate_media(color_scheme="dark")   # the theme follows the system: slate
    _checker_with_a_goal(page, site_url)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"


STATES = {
    "home": _home, "smart-page": _smart_page, "checker-with-a-goal": _checker_with_a_goal,
    "quiz": _quiz_page, "quiz-feedback": _quiz_with_feedback, "progress": _progress,
    "practice": _practice, "plan": _plan, "star": _star, "rule-page": _rule_page,
    "search-open": _search_open, "dark-checker": _dark_checker,
    "workshop": _workshop, "workshop-asking": _workshop_asking,
}


def test_axe_is_the_pinned_version():
    assert axe_version().startswith("4.14.")


@pytest.mark.parametrize("state", list(STATES))
def test_no_serious_or_critical_axe_violations(page, site_url, state):
    STATES[state](page, site_url)
    page.wait_for_timeout(300)   # let transitions settle: axe reads computed colours
    found = serious(run_axe(page, site_url))
    assert found == [], f"{state}:\n{describe(found)}"


# ---- keyboard only -----------------------------------------------------------

def _focused(page) -> str:
    return page.evaluate("""(() => { const a = document.activeElement;
      return a ? (a.className || a.tagName) + '|' + (a.closest('.quiz-q') || {dataset: {}}).dataset.qid : ''; })()""")


def _answer_and_submit_by_keyboard(page, qid: str, answer):
    q = question(page, qid)
    first = q.locator("input, select, textarea, button").first
    first.focus()   # as if tabbed into the question
    answer(page)
    tab_to(page, "quiz-submit", 30, f"the submit button of {qid}")
    page.keyboard.press("Enter")
    q.locator(".quiz-verdict").wait_for(timeout=90_000)
    wait_until(page, "document.activeElement && document.activeElement.classList.contains('quiz-q__feedback')",
               90, "the focus on the feedback")
    assert qid in _focused(page)
    return q.locator(".quiz-verdict").inner_text()


def _space(page):
    page.keyboard.press("Space")


def _arrow_then_space(page):
    page.keyboard.press("ArrowDown")   # radios: arrows move and choose


def _order(page):
    page.keyboard.press("Enter")   # the first ↑ button: moves its item up (or stays at the top)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")


def _tags(count):
    def answer(page):
        for n in range(count):
            page.keyboard.press("ArrowDown")   # a closed dropdown takes its next option
            if n + 1 < count:
                page.keyboard.press("Tab")
    return answer


def _rewrite(page):
    page.keyboard.type("三个月内把客户投诉率从4%降到2%")


def test_every_question_type_works_with_the_keyboard_alone(page, site_url, built_site):
    data = json.loads((built_site / "assets" / "quiz" / "questions.json").read_text(encoding="utf-8"))["questions"]
    open_quiz(page, site_url + "quiz/banks/action-plan/")
    for qid, answer in (("ap-003", _arrow_then_space), ("ap-002", _space), ("ap-004", _arrow_then_space),
                        ("ap-006", _space), ("ap-001", _order)):
        verdict = _answer_and_submit_by_keyboard(page, qid, answer)
        assert verdict in ("✓ 回答正确", "✗ 回答错误"), (qid, verdict)
    open_quiz(page, site_url + "quiz/banks/cases/")
    tag = next(i for i, q in data.items() if q["type"] == "tag" and q["bank"] == "cases")
    verdict = _answer_and_submit_by_keyboard(page, tag, _tags(len(data[tag]["parts"])))
    assert verdict in ("✓ 回答正确", "✗ 回答错误"), verdict
    rewrite = next(i for i, q in data.items() if q["type"] == "rewrite" and q["bank"] == "cases")
    verdict = _answer_and_submit_by_keyboard(page, rewrite, _rewrite)
    assert verdict in ("✓ 回答正确", "✗ 回答错误"), verdict


def test_a_tag_dropdown_is_named_by_its_sentence(page, site_url, built_site):
    data = json.loads((built_site / "assets" / "quiz" / "questions.json").read_text(encoding="utf-8"))["questions"]
    tag = next(i for i, q in data.items() if q["type"] == "tag" and q["bank"] == "cases")
    open_quiz(page, site_url + "quiz/banks/cases/")
    select = question(page, tag).locator("select").first
    name = select.evaluate("s => s.labels[0].textContent")
    assert name == "第 1 句：" + data[tag]["parts"][0]
    assert select.get_attribute("aria-label") is None   # nothing overrides the label
    open_quiz(page, site_url + "quiz/banks/action-plan/")
    group = question(page, "ap-003").locator("[role=radiogroup]")
    named_by = group.get_attribute("aria-labelledby")
    assert page.locator(f"#{named_by}").inner_text() == data["ap-003"]["prompt"]   # a choice group has its question as name
