"""The built site must load nothing from another host (companies serve it on
intranets with no internet): no web fonts, no CDN scripts or styles, no
preconnects, no links out."""
from __future__ import annotations

import re
from pathlib import Path

from tests.site.built_html import html_pages, is_foreign

ROOT = Path(__file__).resolve().parents[2]
URL = r"""(?:https?:)?//(?!(?:127\.0\.0\.1|localhost)[:/"'`)])[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'`)]*"""
CSS_URL = re.compile(r"""url\(\s*["']?(""" + URL + ")")
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?(""" + URL + ")")
# A call whose only argument is a literal absolute URL: how bundles load scripts and styles.
JS_LOAD = re.compile(r"""\(\s*["'`](""" + URL + r""")["'`]\s*\)""")

# Script loads inside Material's bundle that never run with this configuration.
MATERIAL_DORMANT_LOADS = {
    # only when the browser lacks ResizeObserver (every browser since 2020 has it)
    "https://unpkg.com/resize-observer-polyfill",
    # only when a page contains a Mermaid diagram (test_no_page_needs_mermaid)
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
}


def test_html_references_no_other_host(built_site):
    found = []
    for page in html_pages(built_site):
        rel = page.path.relative_to(built_site)
        for ref in page.refs:
            if is_foreign(ref.url):
                found.append(f"{rel}: <{ref.tag} {ref.attr}={ref.url!r} rel={ref.rel!r}>")
        for style in page.inline_styles:
            found += [f"{rel}: style {m}" for m in CSS_URL.findall(style) + CSS_IMPORT.findall(style)]
    assert found == []


def test_stylesheets_load_nothing_from_another_host(built_site):
    found = []
    for css in built_site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        found += [f"{css.relative_to(built_site)}: {m}" for m in CSS_URL.findall(text) + CSS_IMPORT.findall(text)]
    assert found == []


def test_scripts_load_nothing_from_another_host(built_site):
    found = []
    for js in [*built_site.rglob("*.js"), *built_site.rglob("*.mjs")]:
        text = js.read_text(encoding="utf-8", errors="replace")
        rel = js.relative_to(built_site).as_posix()
        for m in CSS_URL.findall(text) + CSS_IMPORT.findall(text) + JS_LOAD.findall(text):
            if rel.startswith("assets/javascripts/bundle.") and m in MATERIAL_DORMANT_LOADS:
                continue
            found.append(f"{rel}: {m}")
    assert found == []


def test_no_page_needs_mermaid(built_site):
    for page in built_site.rglob("*.html"):
        assert 'class="mermaid"' not in page.read_text(encoding="utf-8"), page


def test_no_repository_facts_fetched_from_github():
    # Material fetches stars/forks from api.github.com when repo_url is set.
    assert not re.search(r"^repo_url\s*:", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)


def test_no_web_fonts_or_preconnects(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    assert 'rel="preconnect"' not in html


def test_scanner_catches_outside_references():
    """The patterns above must be able to fail."""
    assert CSS_URL.findall("a{background:url(https://cdn.example.com/x.png)}") == ["https://cdn.example.com/x.png"]
    assert CSS_IMPORT.findall('@import "//fonts.googleapis.com/css?family=Noto";')
    assert JS_LOAD.findall('load("https://cdn.jsdelivr.net/npm/x.js")')
    assert not CSS_URL.findall("url(../fonts/x.woff2) url(http://127.0.0.1:8000/a.png)")
    assert is_foreign("https://fonts.gstatic.com") and not is_foreign("../assets/x.css")
