"""The STAR practice page (STAR 回答练习) in real Chromium, under the intranet CSP."""
from __future__ import annotations

import json

import pytest

from checker.bridge import run as cpython_run
from tests.browser.checker_support import type_goal, wait_checked, wait_ready

pytestmark = pytest.mark.browser
ROOT = ".gt-star"
RESULT = ".gt-star [data-role=result]"
EXAMPLES = ["front-desk", "sales", "audit", "bank", "english"]


@pytest.fixture
def star_page(page, site_url):
    page.goto(site_url + "tools/star/")
    wait_ready(page, ROOT)
    return page


def shown(page) -> dict:
    return page.evaluate("""() => {
      const root = document.querySelector('.gt-star');
      return {
        sentences: Array.from(root.querySelectorAll('.gt-star__sentence')).map(s => ({
          part: s.dataset.part, tag: s.querySelector('.gt-star__tag').textContent,
          text: s.querySelector('.gt-star__text').textContent,
          reason: s.querySelector('.gt-star__reason').textContent})),
        legend: Array.from(root.querySelectorAll('.gt-star__legend li')).map(l => l.textContent),
        cards: Object.fromEntries(Array.from(root.querySelectorAll('[data-role=result] .gt-card')).map(
          c => [c.dataset.criterion, {status: c.dataset.status, name: c.querySelector('.gt-card__name').textContent,
                                      letter: c.querySelector('.gt-card__letter').textContent}])),
        rules: Array.from(root.querySelectorAll('[data-role=result] .gt-finding')).map(f => f.dataset.rule),
        questions: Array.from(root.querySelectorAll('.gt-star__q')).map(q => q.textContent),
        input: root.querySelector('#gt-star-text').value,
      };
    }""")


def cpython(text: str) -> dict:
    return json.loads(cpython_run("star", json.dumps({"text": text}, ensure_ascii=False)))


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_sentences_are_labelled_as_the_checker_says(star_page, example):
    star_page.click(f"[data-example-id={example}]")
    text = star_page.input_value("#gt-star-text")
    wait_checked(star_page, RESULT, text)
    view = shown(star_page)
    report = cpython(text)
    assert [(s["part"], s["text"]) for s in view["sentences"]] == \
        [(s["label"], s["text"]) for s in report["facts"]["sentences"]]
    assert view["rules"] == [f["rule"] for f in report["findings"]]
    assert {k: v["status"] for k, v in view["cards"].items()} == {k: v["status"] for k, v in report["criteria"].items()}
    assert len(view["questions"]) == len(report["facts"]["questions"]) > 0


def test_parts_never_rely_on_colour_alone(star_page):
    star_page.click("[data-example-id=front-desk]")
    wait_checked(star_page, RESULT, star_page.input_value("#gt-star-text"))
    view = shown(star_page)
    assert [item[:4] for item in view["legend"]] == ["S 情境", "T 任务", "A 行动", "R 结果"]
    assert [s["tag"] for s in view["sentences"]] == ["S 情境", "T 任务", "A 行动", "R 结果"]
    assert all(s["reason"] for s in view["sentences"])
    # star.css is on the page: the tags differ by border style and width too, not only by colour.
    assert star_page.evaluate("""() => Array.from(document.querySelectorAll('.gt-star__sentence .gt-star__tag'),
      t => getComputedStyle(t).borderTopStyle + ' ' + getComputedStyle(t).borderTopWidth)""") == \
        ["solid 2px", "dashed 2px", "solid 3px", "double 4px"]
    # Each sentence's left border has its part's colour (the base rule's shorthand once reset it).
    assert star_page.evaluate("""() => Array.from(document.querySelectorAll('li.gt-star__sentence'),
      li => getComputedStyle(li).borderLeftColor)""") == \
        ["rgb(21, 101, 192)", "rgb(106, 27, 154)", "rgb(46, 125, 50)", "rgb(138, 83, 0)"]   # R: the AA amber
    # Card titles: letter, then Chinese first with the English term (the report's own names are Chinese only).
    assert {k: (v["letter"], v["name"]) for k, v in view["cards"].items()} == {
        "S": ("S", "情境 Situation"), "T": ("T", "任务 Task"), "A": ("A", "行动 Action"), "R": ("R", "结果 Result")}


def test_seed_flaws_are_reported(star_page):
    expectations = {"sales": "STAR-action-we-only", "audit": "STAR-no-result", "bank": "STAR-result-no-measure"}
    for example, rule in expectations.items():
        star_page.click(f"[data-example-id={example}]")
        wait_checked(star_page, RESULT, star_page.input_value("#gt-star-text"))
        assert rule in shown(star_page)["rules"], example


def test_typed_answer_and_empty_and_too_long(star_page):
    answer = "我们团队重新安排了班次。"
    type_goal(star_page, "#gt-star-text", answer)
    wait_checked(star_page, RESULT, answer)
    assert shown(star_page)["rules"] == [f["rule"] for f in cpython(answer)["findings"]]
    star_page.fill("#gt-star-text", "")
    wait_checked(star_page, RESULT, "")
    assert "逐句标出" in star_page.inner_text(RESULT)
    long = "我负责。" * 1600
    star_page.fill("#gt-star-text", long)
    wait_checked(star_page, RESULT, long)
    assert "太长" in star_page.inner_text(RESULT)
    assert star_page.locator(".gt-star__sentence").count() == 0


def test_learner_text_is_shown_as_text(star_page):
    answer = '当时<img src=x onerror="window.__pwned=1">。我负责。'
    star_page.fill("#gt-star-text", answer)
    wait_checked(star_page, RESULT, answer)
    assert star_page.evaluate("window.__pwned") is None
    assert star_page.locator(".gt-star img").count() == 0
