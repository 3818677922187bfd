"""The embeddable mini-checker (```smart-checker) on the S page, and pages without one."""
from __future__ import annotations

import pytest

from tests.browser.checker_support import rendered, type_goal, wait_checked, wait_ready

pytestmark = pytest.mark.browser
MINI = ".gt-mini"
RESULT = ".gt-mini [data-role=result]"


def test_s_page_widget_explains_why_customer_awareness_fails_and_lets_you_fix_it(page, site_url):
    page.goto(site_url + "smart/specific/")
    assert page.locator(MINI).count() == 1
    assert page.input_value(f"{MINI} textarea") == "增强客户意识"
    wait_ready(page, MINI)
    wait_checked(page, RESULT, "增强客户意识")
    view = rendered(page, RESULT)
    assert view["cards"]["S"]["status"] == "fail"
    assert view["marks"], "the vague words are not highlighted"
    better = "本季度内把客户投诉率从4%降到2%"
    type_goal(page, f"{MINI} textarea", better)
    wait_checked(page, RESULT, better)
    assert rendered(page, RESULT)["cards"]["S"]["status"] == "pass"


def test_widget_markup_comes_from_the_fenced_block(built_site):
    html = (built_site / "smart" / "specific" / "index.html").read_text(encoding="utf-8")
    assert 'data-trainer="mini"' in html
    assert "```smart-checker" not in html and "language-smart-checker" not in html


def test_pages_without_a_checker_never_start_the_worker(page, site_url, page_guard):
    page.goto(site_url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(1500)   # well past the idle callback that would start it
    started = [u for u in page_guard.requests if "/pyodide/" in u or u.endswith("/worker.js")]
    assert started == []
