"""On a checker page the theme's search index is built only once the checker is
ready, or at once when the learner opens search (the search gate), and search
works either way.

Material's search worker loads its Chinese language file (lunr.zh.min.js)
when it starts building the index, so that request shows when the build began.
"""
from __future__ import annotations

import pytest

from tests.browser.checker_support import status_state, wait_ready, wait_until

pytestmark = pytest.mark.browser
SCOPE = ".gt-checker"
INDEX_BUILD = "lunr.zh.min.js"


def _open_checker_page_with_the_boot_held(page, site_url) -> tuple[list, list[str]]:
    """Open the checker page while Pyodide's core is kept from arriving, so the
    checker stays in its loading state; return the held routes and the URLs requested."""
    held: list = []
    seen: list[str] = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.on("request", lambda request: seen.append(request.url))
    page.goto(site_url + "tools/checker/")
    wait_until(page, "document.readyState === 'complete'", 30, "the page to load")
    page.wait_for_timeout(1500)   # an ungated page has built its index well within this
    return held, seen


def _index_build_started(seen: list[str]) -> bool:
    return any(url.endswith(INDEX_BUILD) for url in seen)


# Well under the gate's own limit (MAX_HOLD_MS, 15 s after the page opened),
# so a release that never came cannot pass unnoticed.
PROMPTLY = 8


def _wait_for_index_build(page, seen: list[str], timeout: float = PROMPTLY):
    for _ in range(int(timeout * 10)):
        if _index_build_started(seen):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the search index was not built within {timeout}s")


def _search(page, query: str, expected_page: str, timeout: float = PROMPTLY):
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")   # Material reads the query on keyup
    hrefs = wait_until(page, """(() => {
        const links = [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href);
        return links.length ? links : null; })()""", timeout, "search results")
    assert any(expected_page in h for h in hrefs), hrefs


def test_index_waits_for_the_checker_then_is_built(page, site_url):
    held, seen = _open_checker_page_with_the_boot_held(page, site_url)
    assert status_state(page, SCOPE) == "loading"
    assert not _index_build_started(seen), "the search index was built while the checker was booting"
    for route in held:
        route.continue_()
    wait_ready(page, SCOPE)
    _wait_for_index_build(page, seen)   # nobody opened search: the checker's readiness let it go
    _search(page, "投诉率", "/cases/customer-awareness/")


def test_opening_search_during_the_boot_builds_the_index_at_once(page, site_url):
    held, seen = _open_checker_page_with_the_boot_held(page, site_url)
    assert not _index_build_started(seen)
    _search(page, "三声起接", "/cases/front-desk/")
    assert status_state(page, SCOPE) == "loading"
    for route in held:
        route.continue_()
    wait_ready(page, SCOPE)   # the checker still boots normally afterwards
