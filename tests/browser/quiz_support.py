"""Helpers for the quiz browser tests (tests/browser/test_quiz_*.py).

Waiting uses wait_for_selector or page.evaluate polling: under the site's CSP
Playwright's wait_for_function (which needs eval) cannot run.
"""
from __future__ import annotations

import json
import time

# The quiz index holds two quizzes (the warm-up and a random draw that may share ids).
WARMUP = '.quiz[data-quiz*="热身三题"]'


def open_quiz(page, url: str, scope: str = ".quiz"):
    page.goto(url)
    page.wait_for_selector(f"{scope}[data-ready] .quiz-q", timeout=20_000)


def question(page, qid: str, scope: str = ".quiz"):
    return page.locator(f'{scope} .quiz-q[data-qid="{qid}"]')


def submit(q):
    q.locator(".quiz-submit").click()
    q.locator(".quiz-verdict").wait_for(timeout=90_000)   # a rewrite may wait for Pyodide to boot
    return q.locator(".quiz-verdict").inner_text()


def grade_rewrite(q, attempts: int = 3) -> str:
    """Submit a rewrite and return the verdict once graded. If the checker could not grade
    (e.g. a check timed out on a busy machine and the worker restarted), the page lets the
    learner submit again, so do that, up to `attempts` times."""
    verdict = ""
    for _ in range(attempts):
        q.locator(".quiz-submit").click()
        deadline = time.monotonic() + 90   # the first check waits for Pyodide to boot
        while "正在用检查器评分" in q.locator(".quiz-submit__hint").inner_text():
            assert time.monotonic() < deadline, "the rewrite was never graded"
            q.page.wait_for_timeout(100)
        verdict = q.locator(".quiz-verdict").inner_text()
        if verdict != "⚠ 未能评分":
            break
    return verdict


def store_key(page) -> str:
    from tests.browser.checker_support import site_module
    return site_module(page, "assets/quiz/store.js", "m.store.key")


def order_keys(q) -> list[str]:
    return q.locator(".quiz-order__item").evaluate_all("els => els.map(e => e.getAttribute('data-key'))")


def arrange(q, wanted: list[str]):
    """Click the up buttons until the order question shows `wanted`."""
    for target, key in enumerate(wanted):
        while order_keys(q).index(key) > target:
            q.locator(f'.quiz-order__item[data-key="{key}"] .quiz-order__up').click()
    assert order_keys(q) == wanted


def set_storage(page, key: str, value: str):
    page.evaluate(f"localStorage.setItem({json.dumps(key)}, {json.dumps(value)})")


def tab_to(page, css_class: str, limit: int, what: str):
    """Press Tab until the focused element has `css_class`; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(c) => document.activeElement.classList.contains(c)", css_class):
            return
    raise AssertionError(f"Tab never reached {what}")
