"""```quiz blocks: what a placement selects, the errors a bad block gives, and that
blocks shown as examples inside a longer fence are left alone."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quiz.banks import load_banks
from quiz.site import QuizBlockError, SiteQuizzes, replace_quiz_fences

banks, _ = load_banks()
QUIZZES = SiteQuizzes(banks)
PAGE = SimpleNamespace(url="smart/specific/", file=SimpleNamespace(src_uri="smart/specific.md"))


def place(body: str) -> dict:
    return QUIZZES.placement(body)


def test_bank_ids_and_tag_draw():
    assert place("bank: smart-s")["pool"] == [f"s-00{i}" for i in range(1, 8)]
    assert place("ids: [s-001, m-004]")["pool"] == ["s-001", "m-004"]
    drawn = place("tags: [PDCA]\ndraw: 2")
    assert drawn["draw"] == 2 and drawn["key"] == "tags:PDCA|draw:2"
    assert all("PDCA" in QUIZZES.questions[i][1]["tags"] for i in drawn["pool"])
    assert place("bank: smart-t\ntags: [PDCA]")["pool"] == ["t-007"]


@pytest.mark.parametrize("body, message", [
    ("bank: nope", 'quiz block: unknown bank "nope"'),
    ("ids: [s-001, zz-9]", "quiz block: unknown question id(s) zz-9"),
    ("tags: [SWOT]", "quiz block: unknown tag(s) SWOT"),
    ("tags: [S]\ndraw: 0", "quiz block: draw must be a positive whole number (got 0)"),
    ("bank: mbo\ndraw: 99", "quiz block: draw 99 but only 6 question(s) match"),
    ("bank: mbo\ncolour: red", "quiz block: unknown key(s) colour"),
    ("", "quiz block needs `bank: ID`, `ids: [..]` or `tags: [..]`"),
    ("bank: [unclosed", "quiz block is not valid YAML"),
])
def test_bad_blocks_say_what_is_wrong(body, message):
    with pytest.raises(QuizBlockError) as err:
        place(body)
    assert str(err.value).startswith(message)


def test_fences_are_replaced_but_examples_in_longer_fences_are_not():
    md = "# T\n\n```quiz\nbank: smart-s\n```\n\n````markdown\n```quiz\nbank: nope\n```\n````\n"
    out, placed = replace_quiz_fences(md, QUIZZES, PAGE)
    assert [p["key"] for p in placed] == ["bank:smart-s"]
    assert out.count('<div class="quiz"') == 1
    assert "```quiz\nbank: nope\n```" in out
    assert 'data-trainer="quiz"' in out    # smart-s has a rewrite question


def test_a_bad_block_names_its_line():
    with pytest.raises(QuizBlockError) as err:
        replace_quiz_fences("text\n\n```quiz\nbank: nope\n```\n", QUIZZES, PAGE)
    assert str(err.value).startswith('line 3: quiz block: unknown bank "nope"')


def test_bank_text_is_escaped_in_the_container():
    html = QUIZZES.container({"key": "k", "title": '<img src=x onerror="alert(1)">', "pool": ["s-001"],
                              "draw": None, "shuffle": False})
    assert "<img" not in html and "&lt;img" in html


def test_bank_table_links_each_bank_from_the_page():
    out, _ = replace_quiz_fences("```quiz-banks\n```\n", QUIZZES, PAGE)
    assert "| [SMART · S 具体](../quiz/banks/smart-s.md) | 7 |" in out
    assert "[练习卷](../quiz/worksheets/smart-s.md)" in out and "[课程页](specific.md)" in out
