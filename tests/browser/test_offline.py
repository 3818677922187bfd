"""The site's own service worker (docs/sw.js, its file list from
hooks/service_worker.py): after a first visit the course works with no
network at all, checker included, and its caches are named after the
content-hashed Pyodide and checker folders.

These tests serve the site themselves, so they can take the server away."""
from __future__ import annotations

import json
import re

import pytest

from hooks.service_worker import manifest
from tests.browser.checker_support import type_goal, wait_checked, wait_ready, wait_until
from tools.static_server import SiteServer

pytestmark = pytest.mark.browser


@pytest.fixture
def online_context(browser):
    context = browser.new_context(locale="zh-CN", service_workers="allow")
    yield context
    context.close()


def _controlled_with_caches(page) -> list[str]:
    wait_until(page, "!!navigator.serviceWorker.controller", 120, "the service worker to take over")
    return page.evaluate("caches.keys()")


def test_after_the_first_visit_the_site_and_its_checker_work_offline(online_context, built_site):
    server = SiteServer(built_site)
    server.__enter__()
    try:
        page = online_context.new_page()
        page.goto(server.url + "tools/checker/")
        wait_ready(page, ".gt-checker")
        names = _controlled_with_caches(page)
    finally:
        server.__exit__(None, None, None)   # the server is gone: nothing answers any more
    core = next((built_site / "pyodide").glob("v*")).name
    checker = next((built_site / "pyodide").glob("checker-*")).name.removeprefix("checker-")
    assert f"goal-trainer:core:{core}" in names and f"goal-trainer:checker:{checker}" in names
    online_context.set_offline(True)
    page.reload()
    wait_ready(page, ".gt-checker")   # Pyodide, the wheel and the page, all from the cache
    type_goal(page, "#gt-goal", "增强客户意识")
    wait_checked(page, ".gt-checker [data-role=result]", "增强客户意识")
    # A page never visited, and its mini-checker, are there too.
    page.goto(server.url + "smart/specific/")
    wait_ready(page, ".gt-mini")
    assert page.locator("h1").inner_text().strip()
    # Search too: the index was kept.
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("三声起接")
    page.locator("input.md-search__input").press("End")
    wait_until(page, "document.querySelectorAll('.md-search-result__item').length > 0", 20, "search results offline")


def test_caches_follow_the_hashed_folders(built_site, tmp_path):
    data = manifest(built_site)
    names = [c["name"] for c in data["caches"]]
    assert [n.split(":")[0] for n in names] == ["core", "checker", "site"]
    site = next(c for c in data["caches"] if c["name"].startswith("site:"))
    assert "./" in site["files"] and "tools/checker/" in site["files"] and "search/search_index.json" in site["files"]
    assert not [f for f in site["files"] if re.search(r"\.(br|gz|map)$", f) or f.endswith("index.html")]
    # What the built sw.js holds is what the hook computes (the test session adds _build.log afterwards).
    sw = (built_site / "sw.js").read_text(encoding="utf-8")
    shipped = json.loads(re.search(r"^const MANIFEST = (.*);$", sw, re.M).group(1))
    assert [g["name"] for g in shipped["caches"]][:2] == names[:2]
    assert [g["files"] for g in shipped["caches"]] == [[f for f in g["files"] if f != "_build.log"] for g in data["caches"]]
    # A change to a page renames the site cache only: the 13 MB core is not fetched again.
    import shutil
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    page = copy / "glossary" / "index.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    changed = [c["name"] for c in manifest(copy)["caches"]]
    assert changed[:2] == names[:2] and changed[2] != names[2]


def test_without_the_service_worker_nothing_is_cached(page, site_url):
    # The default test context blocks service workers: pages work the same, from the network.
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    assert page.evaluate("caches.keys()") == []
