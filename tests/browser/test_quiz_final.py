"""The final test (docs/quiz/final.md): a set drawn afresh from every bank, graded as the
site grades, 80% to pass; the result (score per bank, pass or fail, date) on the progress
page; the completion summary printed by Chromium to one A4 page and read back with pypdf;
the keyboard alone and axe-core as for the other quiz pages; a broken saved record."""
from __future__ import annotations

import io
import json
import re
from collections import Counter
from datetime import date

import pytest
from pypdf import PdfReader

from tests.browser.axe_support import describe, run_axe, serious
from tests.browser.final_support import FINAL, drawn, start, take, questions_data
from tests.browser.quiz_support import set_storage, store_key, tab_to

pytestmark = pytest.mark.browser
PER_BANK = 2   # docs/quiz/final.md: data-per-bank


@pytest.fixture(scope="module")
def data(built_site):
    return questions_data(built_site)


def open_final(page, site_url):
    page.goto(site_url + "quiz/final/")
    page.wait_for_selector(f"{FINAL}[data-ready]", timeout=20_000)


def test_the_set_is_drawn_from_every_bank_and_changes_per_attempt(page, site_url, data):
    open_final(page, site_url)
    banks = data["banks"]
    intro = page.locator(".quiz-final__intro").inner_text()
    assert f"共 {PER_BANK * len(banks)} 题" in intro and f"{len(banks)} 个题库" in intro
    draws = []
    for _ in range(3):
        start(page)
        ids = drawn(page)
        assert len(ids) == len(set(ids)) == PER_BANK * len(banks)
        assert all(i in data["questions"] for i in ids)   # every question is a real bank question
        assert Counter(data["questions"][i]["bank"] for i in ids) == {b["id"]: PER_BANK for b in banks}
        for section in page.locator(".quiz-final__part").all():   # grouped under their bank
            bank = section.get_attribute("data-bank")
            assert {data["questions"][q]["bank"] for q in section.locator(".quiz-q").evaluate_all(
                "els => els.map(e => e.dataset.qid)")} == {bank}
        draws.append(frozenset(ids))
        page.reload()
        page.wait_for_selector(f"{FINAL}[data-ready]")
    assert len(set(draws)) > 1, "three attempts drew the same set"


def test_passing_saves_the_result_and_prints_the_summary_on_one_a4_page(page, site_url, data, tmp_path):
    open_final(page, site_url)
    ids, right = take(page, data, right=10_000)   # every question right, rewrites graded by the checker
    box = page.locator(FINAL)
    assert box.get_attribute("data-passed") == "true" and box.get_attribute("data-percent") == "100"
    assert "100 分" in page.locator(".quiz-final__verdict").inner_text()
    rows = page.locator(".quiz-final__areas tbody tr")
    assert rows.count() == len(data["banks"])
    assert set(rows.evaluate_all("rs => rs.map(r => r.cells[1].textContent)")) == {f"{PER_BANK} / {PER_BANK}"}
    assert page.evaluate("document.activeElement.classList.contains('quiz-final__result')")
    assert page.locator(".quiz-q.is-wrong").count() == 0   # the site's own grading agrees with the answers

    # The summary: the name typed is shown, never stored.
    page.locator("#final-name").fill("Wang Xiaoming <b>x</b>")
    assert page.locator(".quiz-final__name-out").inner_text() == "Wang Xiaoming <b>x</b>"   # text, not HTML
    stored = page.evaluate(f"localStorage.getItem({json.dumps(store_key(page))})")
    assert "Wang" not in stored
    record = json.loads(stored)["final"]
    assert record["last"]["percent"] == 100 and record["last"]["passed"] is True
    assert record["last"]["date"] == date.today().isoformat()
    assert [a["id"] for a in record["last"]["areas"]] == [b["id"] for b in data["banks"]]

    page.emulate_media(media="print")
    page.screenshot(path=str(tmp_path / "final-summary-print.png"), full_page=True)
    visible = page.evaluate("""(sel) => [...document.querySelectorAll(sel)]
        .filter(e => getComputedStyle(e).display !== 'none').map(e => e.className || e.tagName)""",
        ".md-header, .md-sidebar, .quiz-final__part, .quiz-final__result, .quiz-final__name-row, .quiz-final__print, h1")
    assert visible == [], visible
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    width, height = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2   # A4
    text = re.sub(r"\s+", "", reader.pages[0].extract_text())
    assert "WangXiaoming<b>x</b>" in text and "100" in text and str(date.today().year) in text
    page.emulate_media(media="screen")

    # The progress page shows the final test: last and best, per bank, the way to the summary.
    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")
    final = page.locator(".quiz-progress__final")
    assert "100 分" in final.locator(".quiz-progress__final-last").inner_text()
    assert "通过" in final.locator(".quiz-progress__final-last").inner_text()
    assert final.locator("tbody tr").count() == len(data["banks"])
    assert final.locator("a").get_attribute("href").endswith("/quiz/final/#summary")
    assert page.locator('.quiz-progress tr[data-key="final"] .quiz-progress__best').inner_text() == f"{len(ids)} / {len(ids)}"
    # ...and the summary is there again when the learner comes back to print it.
    final.locator("a").click()
    page.wait_for_selector(".quiz-final[data-ready] .quiz-final__sheet")
    assert "100 分" in page.locator(".quiz-final__score-line").inner_text()


def test_a_score_under_80_fails_and_gives_no_summary(page, site_url, data):
    open_final(page, site_url)
    total = PER_BANK * len(data["banks"])
    right = (total * 8 + 9) // 10 - 1   # one short of 80%
    ids, got = take(page, data, right=right, rewrites=False)   # unanswered rewrites count as wrong
    assert got == right
    box = page.locator(FINAL)
    assert box.get_attribute("data-passed") == "false"
    assert box.get_attribute("data-percent") == str(round(100 * right / total))
    assert "未通过" in page.locator(".quiz-final__verdict").inner_text()
    assert page.locator(".quiz-final__summary").count() == 0
    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")
    assert "未通过" in page.locator(".quiz-progress__final-best").inner_text()


def test_handing_in_with_open_questions_asks_first(page, site_url):
    open_final(page, site_url)
    start(page)
    page.locator(".quiz-final__submit").click()
    msg = page.locator(".quiz-final__msg").inner_text()
    assert "没有作答" in msg and "再点一次" in msg
    assert page.locator(FINAL).get_attribute("data-finished") is None
    assert page.locator(".quiz-q.is-locked").count() == 0


def test_a_broken_saved_record_is_ignored_and_the_rest_kept(page, site_url):
    open_final(page, site_url)
    key = store_key(page)
    saved = {"schema": 1, "site": "/", "quizzes": {"x": {"best": 1, "total": 2, "attempts": 1}}, "questions": {},
             "final": {"best": {"percent": "lots"}, "last": None}}
    set_storage(page, key, json.dumps(saved))
    page.reload()
    page.wait_for_selector(f"{FINAL}[data-ready]")
    assert page.locator(".quiz-final__last").count() == 0
    assert page.locator(".quiz-final__start").inner_text() == "开始结业测验"
    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")
    assert page.locator(".quiz-progress__final-none").count() == 1
    assert page.locator('.quiz-progress tr[data-key="x"] .quiz-progress__best').inner_text() == "1 / 2"


def test_keyboard_alone(page, site_url, data):
    open_final(page, site_url)
    tab_to(page, "quiz-final__start", 60, "the start button")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"{FINAL} .quiz-q")
    first = page.locator(f"{FINAL} .quiz-q").first
    first.locator("input, select, button, textarea").first.focus()
    tab_to(page, "quiz-final__submit", 400, "交卷")
    page.keyboard.press("Enter")
    assert "再点一次" in page.locator(".quiz-final__msg").inner_text()
    page.keyboard.press("Enter")
    page.wait_for_selector(f"{FINAL}[data-finished]", timeout=120_000)
    assert page.evaluate("document.activeElement.classList.contains('quiz-final__result')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('quiz-final__again')")


@pytest.mark.parametrize("state", ["intro", "running", "passed"])
def test_no_serious_axe_violations(page, site_url, data, state):
    open_final(page, site_url)
    if state == "running":
        start(page)
    elif state == "passed":
        take(page, data, right=10_000)
        assert page.locator(".quiz-final__sheet").count() == 1
    page.wait_for_timeout(300)
    found = serious(run_axe(page, site_url))
    assert found == [], f"{state}:\n{describe(found)}"
