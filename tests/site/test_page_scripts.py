"""Every built page loads one site module, docs/assets/main.js, which imports
the feature modules a page's content needs (checked in the browser by
tests/browser/test_page_modules.py). Here, on the built files: that one
script is on every page after the theme's bundle, every feature container a
page can hold has a module in main.js's table and that module is in the site,
no page script is a classic script or a global, and every page carries the
same goal-trainer meta, whose kinds data is the checker's."""
from __future__ import annotations

import json
import re

from hooks.kinds_data import page_kinds
from tests.site.built_html import html_pages, parse_page, resolve

MAIN = "assets/main.js"
CONTAINERS = {   # what a page's content can hold -> the module main.js must import for it
    'data-trainer="mini"': "trainer/goal-checker.js",
    'data-trainer="checker-page"': "trainer/goal-checker.js",
    'data-trainer="plan-builder"': "trainer/plan.js",
    'data-trainer="star-practice"': "trainer/star.js",
    'data-trainer="workshop"': "workshop/workshop.js",
    'class="quiz"': "quiz/quiz.js",
    'class="quiz-practice"': "quiz/practice.js",
    'class="quiz-progress"': "quiz/progress-page.js",
    'class="quiz-worksheet"': "quiz/worksheet.js",
    'class="quiz-final"': "quiz/final.js",
}
SCRIPT_TAG = re.compile(r"<script\b[^>]*>", re.I)


def _site_path(site, page_path, url: str) -> str:
    return resolve(site, page_path, url)[0].relative_to(site.resolve()).as_posix()


def stylesheets(site, url: str) -> list[str]:
    """The site stylesheets a page links, as site-relative paths, in document order."""
    page = parse_page(site / url / "index.html")
    return [_site_path(site, page.path, ref.url) for ref in page.refs if ref.tag == "link" and ref.rel == "stylesheet"]


def test_every_page_loads_main_js_as_its_only_site_module(built_site):
    for page in html_pages(built_site):
        html = page.path.read_text(encoding="utf-8")
        tags = SCRIPT_TAG.findall(html)
        modules = [t for t in tags if 'type="module"' in t]
        assert len(modules) == 1, (page.path, modules)
        src = re.search(r'src="([^"]+)"', modules[0]).group(1)
        assert _site_path(built_site, page.path, src) == MAIN, page.path
        scripts = [_site_path(built_site, page.path, r.url) for r in page.refs if r.tag == "script"]
        bundle = next(i for i, s in enumerate(scripts) if re.search(r"javascripts/bundle\.[0-9a-f]+\.min\.js$", s))
        assert scripts.index(MAIN) > bundle, page.path   # the theme's document$ exists when main.js runs
        # Everything else is the theme's bundle or its small head scripts.
        others = [s for s in scripts if s != MAIN and not re.search(r"javascripts/(bundle\.|csp/)", s)]
        assert others == [], (page.path, others)


def test_main_js_mounts_every_container_from_a_module_in_the_site(built_site):
    main = (built_site / MAIN).read_text(encoding="utf-8")
    table = re.findall(r"""\[(?:'[^']+'|"[^"]+"), "\.\/([^"]+)", "\w+"\]""", main)
    needed = set()
    for page in html_pages(built_site):
        html = page.path.read_text(encoding="utf-8")
        needed |= {module for marker, module in CONTAINERS.items() if marker in html}
    assert needed == set(CONTAINERS.values()), "a container kind is on no page: the table above is stale"
    assert set(table) == needed, table
    for module in needed:
        assert (built_site / "assets" / module).is_file(), module


def test_page_scripts_are_modules_without_globals():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2] / "docs" / "assets"
    for path in [*root.glob("trainer/*.js"), *root.glob("quiz/*.js"), *root.glob("workshop/*.js"),
                 *root.glob("lms/*.js"), root / "main.js", root / "storage.js"]:
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\bwindow\.\w+\s*=(?!=)", source), f"{path.name} sets a global"
        assert "document.currentScript" not in source, path.name
        if path.name != "worker.js":
            assert re.search(r"^(import|export) ", source, re.M), f"{path.name} is not a module"


def test_every_page_has_the_same_goal_trainer_meta_and_its_kinds_are_the_checkers(built_site):
    metas = set()
    for page in html_pages(built_site):
        if page.path.name == "404.html":
            continue   # a template, not a page: no widgets, no checker
        html = page.path.read_text(encoding="utf-8")
        m = re.search(r'<meta name="goal-trainer"([^>]*)>', html)
        assert m, page.path
        metas.add(m.group(1))
    assert len(metas) == 1, metas   # site paths, not page-relative: instant navigation keeps the first head
    kinds = re.search(r'data-kinds="([^"]+)"', metas.pop()).group(1)
    assert re.fullmatch(r"assets/trainer/kinds\.[0-9a-f]{12}\.json", kinds)
    assert json.loads((built_site / kinds).read_text(encoding="utf-8")) == page_kinds()
    labels = {c["key"]: c["label"] for c in page_kinds()["kinds"]["plan"]["criteria"]}
    assert labels["act"] == "处理（Action）" and labels["who"] == "谁负责 Who"


def test_no_page_script_repeats_the_criterion_names():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2] / "docs" / "assets"
    criteria = [c for k in page_kinds()["kinds"].values() for c in k["criteria"]]
    # A label ("具体 Specific", "处理（Action）"), or a name given as a value (name: "情境").
    patterns = [c["label"] for c in criteria] + [f'name: "{c["name"]["zh"]}"' for c in criteria]
    for path in [*root.glob("trainer/*.js"), *root.glob("quiz/*.js"), *root.glob("workshop/*.js")]:
        source = re.sub(r"^\s*//.*$", "", path.read_text(encoding="utf-8"), flags=re.M)   # comments may cite them
        found = [p for p in patterns if p in source]
        assert found == [], f"{path.name} repeats criterion names {found}: read them from kinds.js"


def test_the_trainer_styles_are_on_every_page(built_site):
    for page in html_pages(built_site):
        styles = stylesheets(built_site, page.path.parent.relative_to(built_site).as_posix())
        assert "assets/trainer/trainer.css" in styles, page.path
