"""Each built page loads only the feature scripts it uses (hooks/page_assets.py):
the plan builder's, the STAR practice's and the quiz scripts are not on every
page, and the pages that need them still get them, in order. The same for the
plan builder's and STAR practice's stylesheets (hooks/trainer_assets.py): they
are not in trainer.css, which the checker page downloads."""
from __future__ import annotations

import re

from tests.site.built_html import html_pages, parse_page, resolve

TRAINER = "assets/trainer/"
QUIZ = "assets/quiz/"
QUIZ_CORE = ["store.js", "questions.js", "quiz.js"]
FEATURE_SCRIPTS = {TRAINER + "plan.js", TRAINER + "star.js"} | {
    QUIZ + s for s in ["store.js", "questions.js", "quiz.js", "practice.js", "progress-page.js", "worksheet.js"]}
FEATURE_STYLES = {TRAINER + "plan.css", TRAINER + "star.css"}


def scripts(site, url: str) -> list[str]:
    """The site scripts a page loads, as site-relative paths, in document order."""
    page = parse_page(site / url / "index.html")
    return [_site_path(site, page.path, ref.url) for ref in page.refs if ref.tag == "script"]


def _site_path(site, page_path, url: str) -> str:
    return resolve(site, page_path, url)[0].relative_to(site.resolve()).as_posix()


def feature_scripts(site, url: str) -> list[str]:
    return [s for s in scripts(site, url) if s in FEATURE_SCRIPTS]


def stylesheets(site, url: str) -> list[str]:
    """The site stylesheets a page links, as site-relative paths, in document order."""
    page = parse_page(site / url / "index.html")
    return [_site_path(site, page.path, ref.url) for ref in page.refs if ref.tag == "link" and ref.rel == "stylesheet"]


def test_checker_page_loads_no_plan_star_or_quiz_script(built_site):
    loaded = scripts(built_site, "tools/checker")
    assert TRAINER + "widgets.js" in loaded   # the checker itself is there
    assert not [s for s in loaded if s in FEATURE_SCRIPTS or s.startswith(QUIZ)], loaded
    styles = stylesheets(built_site, "tools/checker")
    assert TRAINER + "trainer.css" in styles and not FEATURE_STYLES & set(styles), styles


def test_tool_pages_load_their_own_script_only(built_site):
    assert feature_scripts(built_site, "tools/plan") == [TRAINER + "plan.js"]
    assert feature_scripts(built_site, "tools/star") == [TRAINER + "star.js"]


def test_tool_pages_link_their_own_stylesheet_after_trainer_css(built_site):
    for url, css in (("tools/plan", "plan.css"), ("tools/star", "star.css")):
        styles = stylesheets(built_site, url)
        assert [s for s in styles if s in FEATURE_STYLES] == [TRAINER + css], (url, styles)
        # After trainer.css, as the rules were when plan.js/star.js injected them at the end of <head>.
        assert styles.index(TRAINER + css) > styles.index(TRAINER + "trainer.css"), (url, styles)


def test_quiz_pages_load_the_quiz_scripts_they_use(built_site):
    core = [QUIZ + s for s in QUIZ_CORE]
    assert feature_scripts(built_site, "quiz") == core                       # ```quiz blocks
    assert feature_scripts(built_site, "smart/specific") == core             # a quiz at the end of a lesson
    assert feature_scripts(built_site, "quiz/banks/smart-s") == core
    assert feature_scripts(built_site, "quiz/practice") == core + [QUIZ + "practice.js"]
    assert feature_scripts(built_site, "quiz/progress") == core + [QUIZ + "progress-page.js"]
    assert feature_scripts(built_site, "quiz/worksheets/smart-s") == [QUIZ + "worksheet.js"]
    assert feature_scripts(built_site, "quiz/worksheets") == []              # a list of links only
    assert feature_scripts(built_site, "glossary") == []


def test_feature_scripts_and_styles_follow_the_containers_on_every_page(built_site):
    needs = {
        TRAINER + "plan.js": 'data-trainer="plan-builder"',
        TRAINER + "star.js": 'data-trainer="star-practice"',
        TRAINER + "plan.css": 'data-trainer="plan-builder"',
        TRAINER + "star.css": 'data-trainer="star-practice"',
        QUIZ + "quiz.js": re.compile(r'<div class="(quiz|quiz-practice|quiz-progress)"'),
        QUIZ + "worksheet.js": '<div class="quiz-worksheet"',
    }
    for page in html_pages(built_site):
        html = page.path.read_text(encoding="utf-8")
        loaded = [_site_path(built_site, page.path, r.url) for r in page.refs
                  if r.tag == "script" or (r.tag == "link" and r.rel == "stylesheet")]
        assert len(loaded) == len(set(loaded)), f"{page.path}: a script or stylesheet loaded twice"
        for asset, marker in needs.items():
            has = bool(marker.search(html)) if isinstance(marker, re.Pattern) else marker in html
            assert (asset in loaded) == has, f"{page.path}: {asset} loaded={asset in loaded}, needed={has}"
        # Feature scripts come after the theme's bundle, where extra_javascript put them.
        bundle = next(i for i, s in enumerate(loaded) if re.search(r"javascripts/bundle\.[0-9a-f]+\.min\.js$", s))
        assert all(i > bundle for i, s in enumerate(loaded) if s in FEATURE_SCRIPTS), page.path


def _warm(site, url: str) -> str | None:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<meta name="goal-trainer"[^>]*?(?: data-warm="([^"]*)")?>', html)
    assert m, url
    return m.group(1)


def test_tool_pages_ask_the_worker_to_warm_up_their_own_check(built_site):
    # The worker always warms up goals; data-warm adds the tool's own kind of check.
    assert _warm(built_site, "tools/plan") == "plan"
    assert _warm(built_site, "tools/star") == "star"
    assert _warm(built_site, "tools/checker") is None
    assert _warm(built_site, "smart/specific") is None
