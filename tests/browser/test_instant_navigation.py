"""Moving through the site keeps one Python alive: with the theme's instant
navigation (navigation.instant) the page is swapped, not reloaded, and
docs/assets/main.js unmounts the old content's widgets and mounts the new
ones on the worker that is already up. Timing is measured in
bench/page_checker.py; here, what makes it fast: no reload, no second boot."""
from __future__ import annotations

import pytest

from tests.browser.checker_support import site_module, type_goal, wait_checked, wait_ready, wait_until

pytestmark = pytest.mark.browser


def _follow(page, href_end: str):
    page.locator(f'a[href$="{href_end}"]:visible').first.click()


def test_the_next_pages_checker_uses_the_python_already_running(page, site_url, page_guard):
    page.goto(site_url + "smart/specific/")
    wait_ready(page, ".gt-mini")
    wait_until(page, "document.querySelector('.gt-mini [data-role=result] .gt-card')", 20, "the mini-checker")
    page.evaluate("window.__samePage = true")
    boots = len([u for u in page_guard.requests if u.endswith("/worker.js") or u.endswith("pyodide.asm.wasm")])
    _follow(page, "tools/checker/")
    wait_until(page, "location.pathname.endsWith('/tools/checker/')", 20, "the checker page")
    wait_ready(page, ".gt-checker")
    assert page.evaluate("window.__samePage === true"), "the page was reloaded"
    type_goal(page, "#gt-goal", "增强客户意识")
    wait_checked(page, ".gt-checker [data-role=result]", "增强客户意识")
    assert len([u for u in page_guard.requests
                if u.endswith("/worker.js") or u.endswith("pyodide.asm.wasm")]) == boots   # no second boot
    # The role list came from the running checker too.
    wait_until(page, "!document.querySelector('#gt-role').disabled", 10, "the role list")


def test_other_features_mount_after_instant_navigation(page, site_url):
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    page.evaluate("window.__samePage = true")
    _follow(page, "tools/plan/")
    wait_until(page, "location.pathname.endsWith('/tools/plan/')", 20, "the plan page")
    wait_ready(page, ".gt-plan")
    wait_until(page, "+(document.querySelector('.gt-plan [data-role=result]').dataset.checked || 0) >= 1", 30,
               "the plan check")
    assert page.evaluate("document.querySelectorAll('.gt-plan__row').length") == 5
    assert page.evaluate("window.__samePage === true")
    page.go_back()
    wait_until(page, "location.pathname.endsWith('/tools/checker/')", 20, "back on the checker page")
    wait_ready(page, ".gt-checker")
    type_goal(page, "#gt-goal", "尽快提高服务质量")
    wait_checked(page, ".gt-checker [data-role=result]", "尽快提高服务质量")
    # Only the new content's widgets are mounted: one checker page, nothing left from the plan page.
    assert page.evaluate("document.querySelectorAll('[data-trainer]').length") == 1


def test_quiz_notice_listeners_leave_with_their_page(page, site_url):
    """Each quiz mounts a notice area; after navigating away and back its old listener is gone."""
    page.goto(site_url + "quiz/")
    page.wait_for_selector(".quiz[data-ready] .quiz-q")
    page.evaluate("window.__samePage = true")
    first = site_module(page, "assets/quiz/store.js", "m.listenerCount()")
    assert first >= 1
    for _ in range(3):
        _follow(page, "quiz/progress/")
        page.wait_for_selector(".quiz-progress[data-ready]")
        page.go_back()
        wait_until(page, "location.pathname.endsWith('/quiz/')", 20, "back on the quiz page")
        page.wait_for_selector(".quiz[data-ready] .quiz-q")
    assert page.evaluate("window.__samePage === true"), "the page was reloaded"
    assert site_module(page, "assets/quiz/store.js", "m.listenerCount()") <= first + 1   # the progress page's, at most
