"""The strict build itself, the glossary snippet and its abbreviation tooltips."""
from __future__ import annotations

import re

from tests.site.course_pages import CASES, REQUIRED, SMART_LETTERS, html_file


def test_strict_build_has_no_warnings(built_site):
    log = (built_site / "_build.log").read_text(encoding="utf-8")
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    assert warnings == []


def test_every_required_page_is_built_in_chinese(built_site):
    for url in REQUIRED:
        html = (built_site / html_file(url)).read_text(encoding="utf-8")
        assert '<html lang="zh"' in html, url
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert h1 and re.search(r"[\u4e00-\u9fff]", h1.group(1)), f"{url}: no Chinese h1"


def test_abbreviation_snippet_is_not_a_page(built_site):
    assert not (built_site / "includes").exists()
    for page in built_site.rglob("*.html"):
        assert "*[SMART]:" not in page.read_text(encoding="utf-8"), page


def test_abbreviations_become_tooltips_across_the_site(built_site):
    for url in ["", "smart/", "mbo/", CASES["front_desk"], "pdca/", "star/"]:
        html = (built_site / html_file(url)).read_text(encoding="utf-8")
        assert re.search(r'<abbr title="[^"]*Specific[^"]*">SMART</abbr>', html), f"{url}: no SMART tooltip"
    words = {"S": "Specific", "M": "Measurable", "A": "Attainable", "R": "Relevant", "T": "Time-bound"}
    for letter, url in SMART_LETTERS.items():
        html = (built_site / html_file(url)).read_text(encoding="utf-8")
        assert re.search(rf'<abbr title="SMART 的 {letter}[^"]*">{words[letter]}</abbr>', html), url
    pdca = (built_site / "pdca/index.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">PDCA</abbr>', pdca)
    assert re.search(r'<abbr title="[^"]+">Check</abbr>', pdca)
    star = (built_site / "star/index.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">Situation</abbr>', star)
    mbo = (built_site / "mbo/index.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">MBO</abbr>', mbo)


def test_chinese_headings_get_unicode_anchors(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'id="三条学习路径"' in html and 'href="#三条学习路径"' in html
    pdca = (built_site / "pdca/index.html").read_text(encoding="utf-8")
    assert 'id="pdca-与-smart-的关系"' in pdca  # lower-cased, spaces to hyphens, Han kept
