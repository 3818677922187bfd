"""Every course page is in the nav, and each kind of page has the parts a lesson needs."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import yaml

from tests.site.course_pages import CASES, REQUIRED, SMART_LETTERS, html_file, nav_targets, nav_targets_of_site

ROOT = Path(__file__).resolve().parents[2]
# Content-tab labels of a rewrite: "修改前", "修改后", "修改后：相关" …
BEFORE = re.compile(r"<label[^>]*>修改前[^<]*</label>")
AFTER = re.compile(r"<label[^>]*>修改后[^<]*</label>")


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml uses !!python/..., !relative and !ENV tags; the nav does not need them."""


_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_TolerantLoader.add_constructor("!relative", lambda loader, node: None)
# !ENV [NAME, default]: the nav never depends on it; take the default.
_TolerantLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def nav_files() -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)

    def walk(items):
        for item in items:
            if isinstance(item, str):
                yield item
            elif isinstance(item, dict):
                for value in item.values():
                    yield from (walk(value) if isinstance(value, list) else [value])

    return list(walk(config["nav"]))


def url_of(md: str) -> str:
    """docs path -> built URL: index.md -> "", smart/index.md -> smart/, mbo.md -> mbo/."""
    stem = md.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def test_every_required_page_is_in_the_nav():
    in_nav = {url_of(f) for f in nav_files()}
    missing = [u for u in REQUIRED if u not in in_nav]
    assert missing == []


def test_built_navigation_reaches_every_required_page(built_site):
    # navigation.prune: a page's nav holds its own section and the top of the
    # others, so every page must be reachable from the nav of some page.
    linked = nav_targets_of_site(built_site)
    assert [u for u in REQUIRED if u not in linked] == []


def test_pages_carry_only_their_own_section_of_the_nav(built_site):
    home = nav_targets(built_site, built_site / "index.html")
    assert len(home) < len(REQUIRED), "the nav is not pruned: every page would carry all of it"


def _text(built_site, url: str) -> str:
    return (built_site / html_file(url)).read_text(encoding="utf-8")


def test_each_letter_page_is_a_full_lesson(built_site):
    for letter, url in SMART_LETTERS.items():
        html = _text(built_site, url)
        for part in ("定义", "为什么重要", "实施要求", "常见错误", "改写练习"):
            assert part in html, f"{letter} page lacks {part}"
        assert BEFORE.search(html) and AFTER.search(html), f"{letter} page lacks a 修改前/修改后 rewrite"
        assert 'id="requirements"' in html, f"{letter} page: 实施要求 anchor"


def test_each_case_page_shows_before_after_and_a_smart_check(built_site):
    for name, url in CASES.items():
        html = _text(built_site, url)
        assert BEFORE.search(html) and AFTER.search(html), name
        assert ">为什么<" in html, name
        assert "用 SMART 逐条检查" in html or "三条合在一起" in html, name


def test_case_pages_carry_the_seed_facts(built_site):
    facts = {
        "front_desk": ["三声起接", "早上好，某某公司", "沙发"],
        "phone_maintenance": ["4 小时内响应", "四分之一"],
        "english_level_4": ["新概念英语", "六西格玛", "第三季度"],
        "audit_bureau": ["由下至上", "回头看", "进度公示"],
        "customer_awareness": ["4%", "2%", "收银"],
        "management_training": ["85 分"],
    }
    for name, words in facts.items():
        html = _text(built_site, CASES[name])
        assert [w for w in words if w not in html] == [], name


def test_five_principles_are_said_to_hold_together(built_site):
    assert "缺一不可" in _text(built_site, "smart/")


def test_diagrams_are_local_svg(built_site):
    for url, svg in (("mbo/", "goal-chain.svg"), ("pdca/", "pdca-cycle.svg")):
        assert f'src="../assets/diagrams/{svg}"' in _text(built_site, url)
        body = (built_site / "assets/diagrams" / svg).read_text(encoding="utf-8")
        assert body.lstrip().startswith("<svg") and "<title" in body
        assert re.findall(r'(?:href|src)="https?://', body) == []


TEACHERS = ["teach/", "teach/command-line/"]
LEARNER_TOOLS = ["tools/checker/", "tools/plan/", "tools/star/", "quiz/"]


def test_teachers_section_is_in_the_nav_and_holds_the_command_lines(built_site):
    in_nav = {url_of(f) for f in nav_files()}
    assert [u for u in TEACHERS if u not in in_nav] == []
    html = re.sub(r"<[^>]+>", "", _text(built_site, "teach/command-line/"))   # code is highlighted in spans
    for command in ("python -m checker check --jsonl", "python -m checker plan", "python -m checker star",
                    "python -m checker roles", "python -m quiz check", "python -m quiz export", "span"):
        assert command in html, command


def test_learner_pages_carry_no_command_lines_or_report_internals(built_site):
    for url in LEARNER_TOOLS:
        text = re.sub(r"<[^>]+>", "", _text(built_site, url).split('<article', 1)[1].split("</article>", 1)[0])
        assert "python -m" not in text and "span" not in text and "YAML" not in text, url
