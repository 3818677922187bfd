"""Security of the in-page checker: learner text is text, the CSP holds, nothing leaves 127.0.0.1."""
from __future__ import annotations

import re
import urllib.request

import pytest

from tests.browser.checker_support import type_goal, wait_checked, wait_ready
from tools.static_server import CSP

pytestmark = pytest.mark.browser
RESULT = ".gt-checker [data-role=result]"
XSS = "<img src=x onerror=alert(1)>"


def test_xss_goal_shows_as_typed_and_runs_nothing(page, site_url, page_guard):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    goal = XSS + " 月底前把投诉率降到2%"
    type_goal(page, "#gt-goal", goal)
    wait_checked(page, RESULT, goal)
    assert page.inner_text(f"{RESULT} .gt-mirror").replace("\n", "").startswith(XSS)
    assert page.locator(f"{RESULT} img").count() == 0
    assert page.evaluate("document.querySelectorAll('img[src=x], [onerror]').length") == 0
    page.wait_for_timeout(300)
    assert dialogs == []
    assert not [u for u in page_guard.requests if u.rstrip("/").endswith("/x")]


def test_csp_header_is_served(site_url):
    for path in ("", "tools/checker/", "assets/trainer/worker.js"):
        with urllib.request.urlopen(site_url + path) as response:
            assert response.headers["Content-Security-Policy"] == CSP
    assert "'unsafe-inline'" not in CSP.split("script-src")[1].split(";")[0]
    assert "'unsafe-eval'" not in CSP


def test_wasm_and_module_mime_types(site_url, built_site):
    core = next((built_site / "pyodide").glob("v*"))
    version = core.name
    with urllib.request.urlopen(f"{site_url}pyodide/{version}/pyodide.asm.wasm") as response:
        assert response.headers["Content-Type"] == "application/wasm"
    with urllib.request.urlopen(f"{site_url}pyodide/{version}/pyodide.mjs") as response:
        assert response.headers["Content-Type"].startswith("text/javascript")


def test_no_inline_scripts_in_the_built_site(built_site):
    inline = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
    offenders = {}
    for html in built_site.rglob("*.html"):
        found = inline.findall(html.read_text(encoding="utf-8"))
        if found:
            offenders[str(html.relative_to(built_site))] = found[:2]
    assert offenders == {}
    handlers = re.compile(r"<[^>]+\son[a-z]+=", re.I)
    assert not [p for p in built_site.rglob("*.html") if handlers.search(p.read_text(encoding="utf-8"))]


def _without_compressed_copies(folder):
    """File names, with the .br/.gz copies hooks/precompress.py writes beside them set aside."""
    return sorted(p.name for p in folder.iterdir() if p.suffix not in (".br", ".gz"))


def test_site_ships_only_the_needed_core_files(built_site):
    core = next((built_site / "pyodide").glob("v*"))
    assert _without_compressed_copies(core) == sorted(
        ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"])
    bundle = next((built_site / "pyodide").glob("checker-*"))
    assert {p.rsplit(".", 1)[-1] for p in _without_compressed_copies(bundle)} == {"json", "whl"}
