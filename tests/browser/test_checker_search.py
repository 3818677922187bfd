"""The theme's search index (search/search_index.json, the largest file of a
page) is fetched only once the learner opens search
(overrides/assets/javascripts/csp/search-on-demand.js), on every page, and
search then works: by clicking the search button, by the keyboard shortcut,
and on a checker page while the checker is still booting."""
from __future__ import annotations

import pytest

from tests.browser.checker_support import status_state, wait_ready, wait_until

pytestmark = pytest.mark.browser
INDEX = "search/search_index.json"


def _watch(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def _index_fetched(seen: list[str]) -> bool:
    return any(url.endswith(INDEX) for url in seen)


def _results(page, expected_page: str):
    hrefs = wait_until(page, """(() => {
        const links = [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href);
        return links.length ? links : null; })()""", 15, "search results")
    assert any(expected_page in h for h in hrefs), hrefs


def _type_query(page, query: str):
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")   # Material reads the query on keyup


def test_a_page_does_not_fetch_the_index_until_search_is_opened(page, site_url):
    seen = _watch(page)
    page.set_viewport_size({"width": 375, "height": 800})   # a phone: search opens from the header button
    page.goto(site_url + "smart/specific/")
    wait_until(page, "document.readyState === 'complete'", 30, "the page to load")
    page.wait_for_timeout(1500)   # Material asks for the index at once when nothing holds it
    assert not _index_fetched(seen)
    page.locator("label.md-header__button[for=__search]").click()
    _type_query(page, "投诉率")
    _results(page, "/cases/customer-awareness/")
    assert _index_fetched(seen)


def test_the_keyboard_shortcut_opens_search_and_loads_the_index(page, site_url):
    seen = _watch(page)
    page.goto(site_url)
    wait_until(page, "document.readyState === 'complete'", 30, "the page to load")
    page.keyboard.press("s")   # Material's shortcut focuses the search field
    _type_query(page, "三声起接")
    _results(page, "/cases/front-desk/")
    assert _index_fetched(seen)


def test_search_works_on_a_checker_page_while_the_checker_boots(page, site_url):
    held: list = []
    seen = _watch(page)
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.goto(site_url + "tools/checker/")
    wait_until(page, "document.readyState === 'complete'", 30, "the page to load")
    page.wait_for_timeout(1000)
    assert status_state(page, ".gt-checker") == "loading"
    assert not _index_fetched(seen), "the index competed with the checker's boot"
    page.locator("input.md-search__input").click()
    _type_query(page, "三声起接")
    _results(page, "/cases/front-desk/")
    for route in held:
        route.continue_()
    wait_ready(page, ".gt-checker")   # the checker still boots normally afterwards
