"""Failures of the in-page checker give a clear message and the page keeps working."""
from __future__ import annotations

import pytest

from tests.browser.checker_support import (
    BOOT_TIMEOUT, rendered, site_module, type_goal, wait_checked, wait_ready, wait_until,
)

pytestmark = pytest.mark.browser
RESULT = ".gt-checker [data-role=result]"
STATUS = ".gt-checker [data-role=status]"


def test_missing_wheel_shows_a_message_and_recovers_after_retry(page, site_url):
    page.route("**/pyodide/checker-*/*.whl", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(site_url + "tools/checker/")
    wait_until(page, f"document.querySelector('{STATUS}').dataset.state === 'error'", BOOT_TIMEOUT, "the error")
    assert "检查器" in page.inner_text(STATUS)
    assert page.locator(f"{STATUS} button.gt-retry").is_visible()
    # The rest of the page still works: typing, the nav, the example buttons.
    page.fill("#gt-goal", "增强客户意识")
    assert page.locator(".md-header").is_visible()
    page.unroute("**/pyodide/checker-*/*.whl")
    page.click(f"{STATUS} button.gt-retry")
    wait_ready(page, ".gt-checker")
    wait_checked(page, RESULT, "增强客户意识")


def test_worker_script_failing_to_load_is_reported(page, site_url):
    page.route("**/assets/trainer/worker.js", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(site_url + "tools/checker/")
    wait_until(page, f"document.querySelector('{STATUS}').dataset.state === 'error'", BOOT_TIMEOUT, "the error")
    assert "后台检查线程" in page.inner_text(STATUS)
    page.unroute("**/assets/trainer/worker.js")
    page.click(f"{STATUS} button.gt-retry")
    wait_ready(page, ".gt-checker")


def test_stuck_check_is_stopped_restarted_and_explained(page, site_url):
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    site_module(page, "assets/trainer/client.js", "m.hangForTest()")
    type_goal(page, "#gt-goal", "增强客户意识")
    wait_until(page, f"document.querySelector('{RESULT} .gt-message--error')", 15, "the timeout message")
    assert "用时过长" in page.inner_text(f"{RESULT} .gt-message--error")
    wait_ready(page, ".gt-checker")   # a fresh worker
    type_goal(page, "#gt-goal", "尽快提高服务质量")
    wait_checked(page, RESULT, "尽快提高服务质量")
    assert rendered(page, RESULT)["cards"]


def test_no_webassembly_gives_a_clear_message(page, site_url):
    page.add_init_script("delete globalThis.WebAssembly;")
    page.goto(site_url + "tools/checker/")
    wait_until(page, f"document.querySelector('{STATUS}').dataset.state === 'error'", 20, "the error")
    assert "WebAssembly" in page.inner_text(STATUS)
    assert page.locator(f"{STATUS} button.gt-retry").count() == 0
    page.fill("#gt-goal", "still typing")   # the page keeps working
    assert page.input_value("#gt-goal") == "still typing"


def test_tampered_wheel_is_refused(page, site_url, built_site):
    wheel = next((built_site / "pyodide").glob("checker-*/*.whl")).read_bytes()
    tampered = wheel[:-1] + bytes([wheel[-1] ^ 1])   # one bit off: the lock's sha256 no longer matches
    page.route("**/pyodide/checker-*/*.whl", lambda route: route.fulfill(status=200, body=tampered,
                                                                          content_type="application/zip"))
    page.goto(site_url + "tools/checker/")
    wait_until(page, f"document.querySelector('{STATUS}').dataset.state === 'error'", BOOT_TIMEOUT, "the error")
    assert "安装失败" in page.inner_text(STATUS)


@pytest.mark.parametrize("answer", [
    {"status": 404, "body": "not found"},                                              # not on the server
    {"status": 200, "body": b"<html>proxy login</html>", "content_type": "application/wasm"},   # not WebAssembly
])
def test_a_core_file_that_does_not_arrive_is_named_at_once(page, site_url, answer):
    """Only pyodide.asm.wasm fails: the boot stops with the file named, not a wait of minutes."""
    page.route("**/pyodide/v*/pyodide.asm.wasm", lambda route: route.fulfill(**answer))
    page.goto(site_url + "tools/checker/")
    wait_until(page, f"document.querySelector('{STATUS}').dataset.state === 'error'", 30, "the error")
    message = page.inner_text(STATUS)
    assert "Python 运行环境" in message and "超时" not in message, message
    assert "pyodide.asm.wasm" in message, message
    assert ("404" if answer["status"] == 404 else "无法编译") in message, message
    page.unroute("**/pyodide/v*/pyodide.asm.wasm")
    page.click(f"{STATUS} button.gt-retry")
    wait_ready(page, ".gt-checker")
    type_goal(page, "#gt-goal", "增强客户意识")
    wait_checked(page, RESULT, "增强客户意识")
