"""The teachers' section and the course overview hold what a teacher and an HR
manager rely on: an answer for every 想一想 question on the site, lesson plans
whose minutes add up, a rubric with an example at every level of every letter,
a course overview that covers the course, the sources of the ideas, and the
handouts' print stylesheet on the handouts only. (That the examples agree with
the checker is the build's job: hooks/course_examples.py.)"""
from __future__ import annotations

import re
from pathlib import Path

from hooks.example_check import parse_declaration
from hooks.fences import find_fences
from tests.site.test_page_scripts import stylesheets
from tests.site.test_site_nav import nav_files

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
TEACH = ["teach/facilitator-guide.md", "teach/activities.md", "teach/answers.md", "teach/rubric.md",
         "teach/sources.md", "teach/handouts/index.md", "teach/handouts/card.md",
         "teach/handouts/goal-worksheet.md", "teach/handouts/action-plan.md"]
HANDOUTS = ["teach/handouts/card/", "teach/handouts/goal-worksheet/", "teach/handouts/action-plan/"]
HANDOUT_CSS = "assets/handouts/handouts.css"
THINK = "## 想一想"


def read(md: str) -> str:
    return (DOCS / md).read_text(encoding="utf-8")


def section(markdown: str, heading: str) -> str:
    """The text under `heading` (a whole line) up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    lines = markdown.split("\n")
    start = next(i for i, line in enumerate(lines) if line.rstrip() == heading or line.startswith(heading + " {"))
    end = next((j for j in range(start + 1, len(lines))
                if re.match(rf"^#{{1,{level}}} ", lines[j])), len(lines))
    return "\n".join(lines[start + 1:end])


def think_questions() -> dict[str, int]:
    """docs path -> how many numbered questions its 想一想 section asks."""
    out = {}
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        if THINK in text.split("\n"):
            rel = page.relative_to(DOCS).as_posix()
            out[rel] = len(re.findall(r"^\d+\. ", section(text, THINK), re.M))
    return out


def test_every_think_question_on_the_site_has_a_model_answer():
    questions = think_questions()
    assert len(questions) >= 7 and all(n > 0 for n in questions.values()), questions
    answers = read("teach/answers.md")
    for page, count in questions.items():
        # The answers to a page sit in the section that links to the page's 想一想 heading.
        link = f"../{page}#想一想"
        heading = next((h for h in re.findall(r"^## .+$", answers, re.M)
                        if link in section(answers, h.split(" {")[0])), None)
        assert heading, f"teach/answers.md has no section answering {page}"
        numbers = re.findall(r"^### (\d+)\. ", section(answers, heading.split(" {")[0]), re.M)
        assert numbers == [str(n) for n in range(1, count + 1)], (page, numbers)


def _plan_rows(markdown: str, anchor: str) -> list[tuple[str, int]]:
    """(start time, minutes) of each row of the lesson-plan table under the heading with `anchor`."""
    heading = next(line for line in markdown.split("\n") if line.endswith(f"{{#{anchor}}}"))
    table = section(markdown, heading.split(" {")[0])
    return [(m.group(1), int(m.group(2))) for m in re.finditer(r"^\| (\d:\d\d) \| (\d+) \|", table, re.M)]


def test_lesson_plans_fill_their_time_and_each_row_starts_when_the_last_ends():
    guide = read("teach/facilitator-guide.md")
    for anchor, total in (("class-90", 90), ("workshop-half-day", 210)):
        rows = _plan_rows(guide, anchor)
        assert len(rows) >= 6, anchor
        assert sum(minutes for _, minutes in rows) == total, anchor
        elapsed = 0
        for start, minutes in rows:
            hours, mins = start.split(":")
            assert int(hours) * 60 + int(mins) == elapsed, (anchor, start)
            elapsed += minutes


def test_lesson_plans_name_quizzes_handouts_and_activities(built_site):
    html = (built_site / "teach/facilitator-guide/index.html").read_text(encoding="utf-8")
    assert html.count('class="quiz"') >= 4   # the quiz blocks were placed (the build checks their ids)
    for target in ("handouts/card/", "handouts/goal-worksheet/", "handouts/action-plan/", "activities/#find-faults",
                   "activities/#goal-chain", "rubric/", "../quiz/practice/"):
        assert f'href="../{target}' in html or f'href="{target}' in html, target


def test_rubric_has_an_example_at_every_level_of_every_letter():
    rubric = read("teach/rubric.md")
    for letter, name in zip("SMART", ["S 具体", "M 可衡量", "A 可实现", "R 相关", "T 有时限"]):
        declared = set()
        for fence in find_fences(section(rubric, f"## {name}"), {"goal-example"}):
            expect, _, _ = parse_declaration(fence.options, "goal")
            declared |= set(expect.get(letter, ()))
        wanted = {"pass", "warn", "fail"} | ({"unknown"} if letter in "AR" else set())
        assert wanted <= declared, (letter, declared)


def test_course_overview_lists_the_modules_their_minutes_and_the_pass_mark():
    course = read("course.md")
    modules = section(course, "## 必修模块")
    rows = re.findall(r"^\| (\d+) \| .+ \| (\d+) \|$", modules, re.M)
    assert [int(n) for n, _ in rows] == list(range(1, len(rows) + 1)) and len(rows) >= 8
    total = int(re.search(r"\*\*合计\*\* \| \| \*\*(\d+)\*\*", modules).group(1))
    assert sum(int(m) for _, m in rows) == total
    assert "80%" in section(course, "## 怎样才算学完")
    # The last module is the final test, linked to its page (in the nav, under the quizzes).
    assert re.search(r"^\| \d+ \| 结业测验 \| \[结业测验\]\(quiz/final\.md\) \| \d+ \|$", modules, re.M)
    assert "quiz/final.md" in nav_files()


def test_course_overview_reaches_every_course_page():
    linked = set(re.findall(r"\]\(([^)#]+\.md)", read("course.md")))   # course.md sits in docs/: links are docs paths
    course_pages = [f for f in nav_files() if f.split("/")[0] in {"mbo.md", "smart", "cases", "action-plan.md",
                                                                   "pdca.md", "star.md", "practice"}]
    missing = [f for f in course_pages if f not in linked]
    assert len(course_pages) > 20 and missing == []


def test_sources_credit_the_ideas_taught():
    sources = read("teach/sources.md")
    for fact in ("Drucker", "1954", "The Practice of Management", "McGregor", "1960", "The Human Side of Enterprise",
                 "Doran", "1981", "Management Review", "There's a S.M.A.R.T. way to write management's goals and objectives",
                 "Shewhart", "Deming", "1939", "Taylor", "1911"):
        assert fact in sources, fact


def test_teachers_pages_and_course_overview_are_in_the_nav():
    in_nav = nav_files()
    assert [p for p in TEACH + ["course.md"] if p not in in_nav] == []


def test_only_the_handouts_load_the_handout_stylesheet(built_site):
    for url in HANDOUTS:
        styles = stylesheets(built_site, url.rstrip("/"))
        assert styles[-1] == HANDOUT_CSS, (url, styles)   # last, so its print rules win
        head, body = (built_site / url / "index.html").read_text(encoding="utf-8").split("</head>", 1)
        assert "handouts.css" not in head and "handouts.css" in body   # in the article: instant navigation swaps it in
    others = [p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")
              if "pyodide" not in p.parts and p.parent.relative_to(built_site).as_posix() + "/" not in HANDOUTS]
    assert len(others) > 30
    assert [u for u in others if HANDOUT_CSS in stylesheets(built_site, u)] == []
