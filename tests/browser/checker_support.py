"""Helpers for the in-page checker browser tests (tests/browser/test_checker_*.py).

Under the site's CSP Playwright's wait_for_function cannot run (it needs
eval), so waiting is done by polling page.evaluate.
"""
from __future__ import annotations

import json
import time

from checker.bridge import run as cpython_run

BOOT_TIMEOUT = 90  # seconds: a cold Pyodide boot in headless Chromium takes ~5-8 s


def wait_until(page, expression: str, timeout: float = 30, what: str = ""):
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = page.evaluate(expression)
        if value:
            return value
        page.wait_for_timeout(100)
    raise AssertionError(f"timed out after {timeout}s waiting for {what or expression} (last value {value!r})")


def status_state(page, scope: str = "") -> str | None:
    return page.evaluate(
        f"(() => {{ const s = document.querySelector({json.dumps(scope + ' [data-role=status]')});"
        " return s && s.getAttribute('data-state'); })()"
    )


def wait_ready(page, scope: str = ""):
    sel = json.dumps(scope + " [data-role=status]")
    state = wait_until(
        page,
        f"(() => {{ const s = document.querySelector({sel});"
        " const st = s && s.getAttribute('data-state'); return st === 'ready' || st === 'error' ? st : null; })()",
        BOOT_TIMEOUT, "the checker to load",
    )
    assert state == "ready", page.evaluate(f"document.querySelector({sel}).innerText")


def wait_checked(page, result_selector: str, text: str, timeout: float = 15):
    """Wait until the result area shows the report for exactly `text`."""
    wait_until(
        page,
        f"(() => {{ const r = document.querySelector({json.dumps(result_selector)});"
        f" return !!r && r.getAttribute('data-checked-text') === {json.dumps(text)}; }})()",
        timeout, f"feedback on {text!r}",
    )


def rendered(page, result_selector: str) -> dict:
    """What the page shows: card statuses, marked words, finding rule ids."""
    return page.evaluate(
        """(sel) => {
          const r = document.querySelector(sel);
          const cards = {};
          r.querySelectorAll('.gt-card').forEach(c => {
            cards[c.dataset.criterion] = {status: c.dataset.status,
              word: c.querySelector('.gt-status__word').textContent,
              icon: c.querySelector('.gt-status__icon').textContent};
          });
          return {
            cards,
            marks: Array.from(r.querySelectorAll('mark.gt-mark')).map(m => ({text: m.textContent, rules: m.dataset.rules.split(' ')})),
            rules: Array.from(r.querySelectorAll('.gt-finding')).map(f => f.dataset.rule),
            links: Array.from(r.querySelectorAll('a.gt-finding__rule')).map(a => a.getAttribute('href')),
            mirror: Array.from((r.querySelector('.gt-mirror') || {childNodes: []}).childNodes)
              .filter(n => !(n.classList && n.classList.contains('gt-mark__ref'))).map(n => n.textContent).join(''),
            // For finding number n (1-based), the text of the marks that point at it.
            marked: Object.fromEntries(Array.from(r.querySelectorAll('.gt-finding')).map((f, i) => [i + 1,
              Array.from(r.querySelectorAll('mark.gt-mark')).filter(m => m.dataset.findings.split(' ').includes(String(i + 1)))
                .map(m => m.textContent).join('')])),
          };
        }""",
        result_selector,
    )


def site_module(page, path: str, expression: str):
    """Evaluate `expression` on the site module at `path` (site-relative, e.g.
    "assets/trainer/client.js"), imported as the page imports it: the same
    instance, since a module loads once per page. The page scripts set no globals."""
    return page.evaluate(
        """async (path) => {
          const main = document.querySelector('script[type=module][src$="assets/main.js"]');
          const m = await import(new URL(path, new URL("..", main.src)).href);
          return %s;
        }""" % expression, path)


def cpython_report(text: str, **extra) -> dict:
    return json.loads(cpython_run("goal", json.dumps({"text": text, **extra}, ensure_ascii=False)))


def type_goal(page, selector: str, text: str):
    """Replace the text as a learner would: select all, then type it."""
    page.click(selector)
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)
