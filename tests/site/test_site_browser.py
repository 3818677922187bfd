"""The built site in Debian's Chromium: Chinese pages render, and the search box
finds the front-desk page for 三声起接. The `page` fixture fails the test if
anything was requested from a host other than 127.0.0.1."""
from __future__ import annotations

import pytest

from tests.browser.checker_support import wait_until

pytestmark = pytest.mark.browser


def test_home_page_renders_chinese(page, site_url, page_guard):
    page.goto(site_url)
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == "SMART 目标训练营"
    assert "三条学习路径" in page.locator("article").inner_text()
    assert page.evaluate("document.documentElement.lang") == "zh"
    assert page_guard.requests, "the page guard saw no requests at all"


def test_case_page_renders_chinese(page, site_url, tmp_path):
    page.goto(site_url + "cases/front-desk/")
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == "案例：前台接待"
    assert "三声起接" in page.locator("article").inner_text()
    # A tooltip on the abbreviation, from the glossary snippet.
    assert "Specific" in page.locator("abbr", has_text="SMART").first.get_attribute("title")
    page.screenshot(path=str(tmp_path / "front-desk.png"), full_page=False)


def test_search_finds_the_front_desk_page(page, site_url):
    page.goto(site_url + "smart/")
    box = page.locator("input.md-search__input")
    box.click()
    # Material reads the query on keyup (or when its worker becomes ready);
    # fill() only fires `input`, so end with a real key press.
    box.fill("三声起接")
    box.press("End")
    hrefs = wait_until(page, """(() => {
        const links = [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href);
        return links.length ? links : null; })()""")
    assert any("/cases/front-desk/" in h for h in hrefs), hrefs


def test_dark_palette_toggle_switches_scheme(page, site_url):
    page.goto(site_url + "pdca/")
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = wait_until(page, f"""(() => {{ const s = document.body.getAttribute('data-md-color-scheme');
        return s !== {before!r} ? s : null; }})()""")
    assert {before, after} == {"default", "slate"}
    # The diagram sits on its own white card, so it stays readable in the dark scheme.
    assert page.locator("img[src$='pdca-cycle.svg']").evaluate("img => img.complete && img.naturalWidth > 0")
