"""Pages with a checker load the theme's search worker through the gate
(hooks/search_gate.py); other pages load Material's worker directly."""
from __future__ import annotations

import json
import posixpath
import re

import pytest
from mkdocs.exceptions import PluginError

from hooks.search_gate import gate_search_worker

CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
WORKER = "../assets/javascripts/workers/search.0123abcd.min.js"


def _config(html: str) -> dict:
    return json.loads(CONFIG.search(html).group(1))


def _page(worker: str = WORKER) -> str:
    config = {"base": "..", "features": [], "search": worker, "translations": {"a": "<b>"}}
    return f'<html><body><p>x</p><script id="__config" type="application/json">{json.dumps(config)}</script></body></html>'


def test_only_the_search_worker_url_changes():
    before = _page()
    after = gate_search_worker(before, "x.md")
    assert _config(after)["search"] == "../assets/javascripts/workers/search-gate.js?worker=search.0123abcd.min.js"
    assert {k: v for k, v in _config(after).items() if k != "search"} == \
        {k: v for k, v in _config(before).items() if k != "search"}
    assert after.replace(_config(after)["search"], WORKER) == before


def test_a_page_without_the_theme_config_is_left_alone():
    assert gate_search_worker("<html><body>plain</body></html>", "x.md") == "<html><body>plain</body></html>"


def test_an_unexpected_config_fails_the_build_clearly():
    # The URL written with escaped slashes cannot be found as json.dumps writes it.
    page = _page().replace(json.dumps(WORKER), json.dumps(WORKER).replace("/", "\\/"))
    with pytest.raises(PluginError, match="search worker"):
        gate_search_worker(page, "x.md")


def _pages(built_site):
    for path in sorted(built_site.rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        if CONFIG.search(html):
            yield path, html


def test_checker_pages_gate_the_search_worker_and_others_do_not(built_site):
    gated, direct = [], []
    for path, html in _pages(built_site):
        worker = _config(html)["search"].split("?")[0]
        target = (path.parent / worker).resolve()
        assert target.is_file(), f"{path}: {worker} is not in the site"
        has_checker = re.search(r'<meta name="goal-trainer"[^>]* data-autostart', html) is not None
        if has_checker:
            assert posixpath.basename(worker) == "search-gate.js", path
            material = _config(html)["search"].split("?worker=", 1)[1]
            assert (target.parent / material).is_file(), f"{path}: Material's worker {material} is missing"
            gated.append(path)
        else:
            assert re.fullmatch(r"search\.[0-9a-f]+\.min\.js", posixpath.basename(worker)), path
            direct.append(path)
    rel = {p.relative_to(built_site).as_posix() for p in gated}
    assert {"tools/checker/index.html", "smart/specific/index.html"} <= rel
    assert "index.html" in {p.relative_to(built_site).as_posix() for p in direct}
