"""Rewrite questions graded by the real checker (Pyodide in a Web Worker): a good
rewrite passes, a vague one fails, and the learner sees the checker's feedback."""
from __future__ import annotations

import pytest

from tests.browser.quiz_support import grade_rewrite, open_quiz, question

pytestmark = pytest.mark.browser


def test_rewrite_passes_with_a_good_rewrite_and_fails_with_a_vague_one(page, site_url):
    open_quiz(page, site_url + "smart/specific/")
    box = page.locator(".quiz").first
    assert box.get_attribute("data-trainer") == "quiz"   # the page starts the checker

    q = question(page, "s-006")
    q.locator("textarea").fill("提高服务质量")
    assert grade_rewrite(q) == "✗ 回答错误"
    assert "检查器判定：S ✗" in q.locator(".quiz-correct").inner_text()
    assert "参考改写：三个月内把客户投诉率从4%降到2%" in q.locator(".quiz-correct").inner_text()
    # the checker's own feedback, rendered by render.js
    assert q.locator(".quiz-rewrite__report .gt-card").count() == 5
    assert q.locator(".quiz-rewrite__report .gt-card--fail").count() >= 1

    box.locator(".quiz-retry").click()
    q = question(page, "s-006")
    q.locator("textarea").fill("三个月内把客户投诉率从4%降到2%")
    assert grade_rewrite(q) == "✓ 回答正确"
    assert "检查器判定：S ✓　M ✓　T ✓" in q.locator(".quiz-correct").inner_text()
    assert box.locator(".quiz-score").inner_text().startswith("得分：1 / 7")


def test_rewrite_with_a_role_is_judged_for_that_role(page, site_url):
    open_quiz(page, site_url + "smart/relevant/")
    q = question(page, "r-006")
    q.locator("textarea").fill("年底前学完六西格玛绿带课程")
    assert grade_rewrite(q) == "✗ 回答错误"
    assert "R ✗" in q.locator(".quiz-correct").inner_text()


def test_empty_rewrite_is_not_graded(page, site_url):
    open_quiz(page, site_url + "smart/time-bound/")
    q = question(page, "t-005")
    q.locator(".quiz-submit").click()
    assert q.locator(".quiz-submit__hint").inner_text() == "请先作答。"
