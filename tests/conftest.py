"""Shared fixtures: the real MkDocs build, a local server with the intranet CSP,
and headless Chromium (Debian's) driven by Playwright.

Browser tests use the `page` fixture; it fails the test if the page asked any
host but 127.0.0.1, or logged a CSP violation or an uncaught error.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tools.static_server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site_port() -> int:
    """The port the session's server will use, known before the build: the
    site is built for its address (SITE_URL), as a deployment is, so the theme's
    instant navigation follows its links."""
    return free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, site_port) -> Path:
    """Build the site once per test session with `mkdocs build --strict`."""
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "SITE_URL": f"http://127.0.0.1:{site_port}/"},
    )
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}")
    (out / "_build.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def site_url(built_site, site_port) -> str:
    with SiteServer(built_site, port=site_port) as server:
        yield server.url


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if not executable:
        pytest.fail("chromium is not installed: run `make test` (tools/setup.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageGuard:
    """Records what a page requested and reported, so tests can assert on it."""

    def __init__(self):
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []

    def foreign_requests(self) -> list[str]:
        local = {"127.0.0.1"}
        return [
            url for url in self.requests
            if urlparse(url).scheme in ("http", "https", "ws", "wss")
            and urlparse(url).hostname not in local
        ]


@pytest.fixture
def page_guard() -> PageGuard:
    return PageGuard()


@pytest.fixture
def page(browser, page_guard):
    """A fresh browser context and page; fails on foreign requests, CSP violations, JS errors.

    The site's service worker is blocked here, so every request reaches the
    network, where page.route() sees it (it does not see a service worker's
    own fetches); tests/browser/test_offline.py runs with it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN",
                                  service_workers="block")
    page = context.new_page()
    page.on("request", lambda req: page_guard.requests.append(req.url))
    page.on("console", lambda msg: msg.type == "error" and page_guard.console_errors.append(msg.text))
    page.on("pageerror", lambda err: page_guard.page_errors.append(str(err)))
    yield page
    context.close()
    assert page_guard.foreign_requests() == [], "the page contacted another host"
    csp = [m for m in page_guard.console_errors if "Content Security Policy" in m]
    assert csp == [], f"CSP violations: {csp}"
    assert page_guard.page_errors == [], f"uncaught page errors: {page_guard.page_errors}"
