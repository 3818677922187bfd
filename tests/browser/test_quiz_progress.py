"""Progress in localStorage: it survives a reload, the "my progress" page shows it with
what to review, exports JSON and CSV, resets; storage that is corrupt, old, full or
disabled gives a notice and the quiz still works."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tests.browser.quiz_support import WARMUP, open_quiz, question, set_storage, store_key, submit

pytestmark = pytest.mark.browser

DISABLE_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
});
"""
FULL_STORAGE = """
Storage.prototype.setItem = function () {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
"""


def finish_warmup(page, site_url):
    """Answer the three warm-up questions on the quiz index: two right, one wrong."""
    open_quiz(page, site_url + "quiz/")
    q = question(page, "s-001", WARMUP)
    q.locator('input[value="c"]').check()
    submit(q)
    q = question(page, "m-001", WARMUP)
    q.locator('input[value="a"]').check()
    submit(q)
    q = question(page, "t-002", WARMUP)
    q.locator('input[value="false"]').check()
    submit(q)


def test_progress_survives_a_reload_and_shows_on_the_progress_page(page, site_url):
    finish_warmup(page, site_url)
    key = store_key(page)
    assert key.startswith("smart-trainer:quiz:v1:/")
    page.reload()
    page.wait_for_selector(".quiz[data-ready] .quiz-q")
    assert page.locator(f"{WARMUP} .quiz-best").inner_text() == "最好成绩：2 / 3（共做了 1 次）"

    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")
    row = page.locator('.quiz-progress tr[data-key="ids:s-001,m-001,t-002"]')
    assert row.locator(".quiz-progress__best").inner_text() == "2 / 3"
    # Every quiz on the site is listed, done or not.
    assert page.locator('.quiz-progress tr[data-key="bank:smart-s"] .quiz-progress__best').inner_text() == "未做"
    review = page.locator(".quiz-progress__review li")
    assert review.count() == 1
    assert review.first.get_attribute("data-qid") == "m-001"
    assert review.first.locator("a").get_attribute("href").endswith("/cases/front-desk/#three-rings")


def test_export_json_and_csv_then_reset(page, site_url, tmp_path):
    finish_warmup(page, site_url)
    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")

    with page.expect_download() as info:
        page.locator(".quiz-export-json").click()
    data = json.loads(open(info.value.path(), encoding="utf-8").read())
    assert data["quizzes"]["ids:s-001,m-001,t-002"]["best"] == 2
    assert data["questions"]["m-001"]["ok"] is False

    with page.expect_download() as info:
        page.locator(".quiz-export-csv").click()
    assert info.value.suggested_filename.endswith(".csv")
    text = open(info.value.path(), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["kind", "id", "title", "best", "total", "last", "attempts", "updated"]
    assert ["quiz", "ids:s-001,m-001,t-002", "热身三题", "2", "3", "2", "1"] == rows[1][:7]
    assert any(r[:2] == ["question", "m-001"] and "前台要接听好电话" in r[2] for r in rows)

    page.locator(".quiz-reset").click()
    page.locator(".quiz-reset__yes").click()
    page.wait_for_selector(".quiz-progress[data-ready]")
    assert page.locator('tr[data-key="ids:s-001,m-001,t-002"] .quiz-progress__best').inner_text() == "未做"
    assert page.evaluate(f"localStorage.getItem({json.dumps(store_key(page))})") is None


def test_corrupt_storage_gives_a_notice_and_the_quiz_still_works(page, site_url):
    open_quiz(page, site_url + "quiz/")
    set_storage(page, store_key(page), "{this is not json")
    page.reload()
    page.wait_for_selector(".quiz[data-ready] .quiz-q")
    notice = page.locator(f'{WARMUP} .quiz-notice[data-code="corrupt"]')
    assert "已损坏" in notice.inner_text()
    q = question(page, "s-001", WARMUP)
    q.locator('input[value="c"]').check()
    assert submit(q) == "✓ 回答正确"
    # The unreadable record was replaced, so the next visit is clean.
    page.reload()
    page.wait_for_selector(".quiz[data-ready] .quiz-q")
    assert page.locator(f"{WARMUP} .quiz-notice").count() == 0


def test_wrong_shape_counts_as_corrupt_too(page, site_url):
    open_quiz(page, site_url + "quiz/")
    set_storage(page, store_key(page), json.dumps({"schema": 1, "quizzes": {"x": {"best": "lots"}}, "questions": {}}))
    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")
    assert page.locator('.quiz-progress .quiz-notice[data-code="corrupt"]').count() == 1


def test_ids_named_like_object_members_make_no_fake_entries(page, site_url):
    """A stored record holding ids such as __proto__ or toString: only real questions are listed."""
    open_quiz(page, site_url + "quiz/")
    wrong = {"ok": False, "right": 0, "wrong": 1}
    stored = {"schema": 1, "quizzes": {}, "questions": {k: wrong for k in ("__proto__", "constructor", "toString", "m-001")}}
    set_storage(page, store_key(page), json.dumps(stored))
    page.goto(site_url + "quiz/progress/")
    page.wait_for_selector(".quiz-progress[data-ready]")
    review = page.locator(".quiz-progress__review li")
    assert [review.nth(i).get_attribute("data-qid") for i in range(review.count())] == ["m-001"]
    assert page.locator('.quiz-progress a[href$="/undefined"]').count() == 0
    assert page.locator(".quiz-progress .quiz-notice").count() == 0   # a valid record, not corrupt


def test_old_schema_data_gives_a_notice_and_is_cleared(page, site_url):
    open_quiz(page, site_url + "quiz/")
    old = store_key(page).replace(":v1:", ":v0:")
    set_storage(page, old, json.dumps({"whatever": 1}))
    page.reload()
    page.wait_for_selector(".quiz[data-ready] .quiz-q")
    assert "旧版本" in page.locator(f'{WARMUP} .quiz-notice[data-code="old"]').inner_text()
    assert page.evaluate(f"localStorage.getItem({json.dumps(old)})") is None


def test_disabled_storage_gives_a_notice_and_the_quiz_still_works(page, site_url, page_guard):
    page.add_init_script(DISABLE_STORAGE)
    open_quiz(page, site_url + "quiz/")
    assert "禁用了本地存储" in page.locator(f'{WARMUP} .quiz-notice[data-code="disabled"]').inner_text()
    q = question(page, "t-002", WARMUP)
    q.locator('input[value="false"]').check()
    assert submit(q) == "✓ 回答正确"
    assert page.locator(f"{WARMUP} .quiz-score").inner_text() == "得分：1 / 3（已答 1 题）"
    # The `page` fixture fails the test on any uncaught error: Material's storage helpers
    # (overrides/assets/javascripts/csp/md-scope.js) must not throw either.


def test_full_storage_gives_a_notice_when_saving(page, site_url):
    page.add_init_script(FULL_STORAGE)
    open_quiz(page, site_url + "quiz/")
    q = question(page, "t-002", WARMUP)
    q.locator('input[value="false"]').check()
    assert submit(q) == "✓ 回答正确"
    assert "存储已满" in page.locator(f'{WARMUP} .quiz-notice[data-code="full"]').inner_text()
