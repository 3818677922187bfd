"""Quizzes in the page: immediate feedback with explanation and score, retry, a tag
question, an order question, and the practice test scored at the end."""
from __future__ import annotations

import pytest

from quiz.banks import load_banks
from tests.browser.quiz_support import WARMUP, arrange, open_quiz, order_keys, question, submit

pytestmark = pytest.mark.browser
TAGS = {str(q["id"]): set(q["tags"]) for b in load_banks()[0] for q in b.questions}


def test_right_and_wrong_answers_show_score_and_explanation(page, site_url):
    open_quiz(page, site_url + "quiz/")
    box = page.locator(WARMUP)
    assert box.locator(".quiz-score").inner_text() == "得分：0 / 3（已答 0 题）"

    right = question(page, "s-001", WARMUP)
    right.locator('input[value="c"]').check()
    assert submit(right) == "✓ 回答正确"
    assert "抽象动词加抽象名词" in right.locator(".quiz-explanation").inner_text()
    assert right.locator(".quiz-source a").get_attribute("href").endswith("/smart/specific/")
    assert box.locator(".quiz-score").inner_text() == "得分：1 / 3（已答 1 题）"

    wrong = question(page, "m-001", WARMUP)
    wrong.locator('input[value="a"]').check()
    assert submit(wrong) == "✗ 回答错误"
    assert "三声起接" in wrong.locator(".quiz-correct").inner_text()
    assert "三声起接" in wrong.locator(".quiz-explanation").inner_text()
    assert wrong.locator("input").first.is_disabled()   # an answer counts once

    tf = question(page, "t-002", WARMUP)
    tf.locator('input[value="false"]').check()
    assert submit(tf) == "✓ 回答正确"
    assert box.locator(".quiz-score").inner_text() == "完成！本次得分：2 / 3"
    assert "最好成绩：2 / 3" in box.locator(".quiz-best").inner_text()

    box.locator(".quiz-retry").click()
    assert box.locator(".quiz-score").inner_text() == "得分：0 / 3（已答 0 题）"
    assert question(page, "s-001", WARMUP).locator(".quiz-verdict").count() == 0


def test_submitting_without_an_answer_asks_for_one(page, site_url):
    open_quiz(page, site_url + "quiz/")
    q = question(page, "s-001", WARMUP)
    q.locator(".quiz-submit").click()
    assert q.locator(".quiz-submit__hint").inner_text() == "请先作答。"
    assert q.locator(".quiz-verdict").count() == 0


def test_tag_question_marks_each_sentence(page, site_url):
    open_quiz(page, site_url + "quiz/banks/star/")
    q = question(page, "star-002")
    selects = q.locator("select")
    assert selects.count() == 4
    for n, label in enumerate(["S", "T", "A", "A"]):   # the last one is wrong: it is the Result
        selects.nth(n).select_option(label)
    assert submit(q) == "✗ 回答错误"
    assert "第 4 句标错了" in q.locator(".quiz-correct").inner_text()
    assert q.locator(".quiz-tag__row.is-wrong").count() == 1

    page.locator(".quiz .quiz-retry").click()
    q = question(page, "star-002")
    for n, label in enumerate(["S", "T", "A", "R"]):
        q.locator("select").nth(n).select_option(label)
    assert submit(q) == "✓ 回答正确"
    assert "行动是你具体怎么做" in q.locator(".quiz-explanation").inner_text()


def test_order_question_is_solved_with_the_move_buttons(page, site_url):
    open_quiz(page, site_url + "quiz/banks/pdca/")
    q = question(page, "pdca-001")
    assert order_keys(q) != ["plan", "do", "check", "act"]   # never shown already solved
    arrange(q, ["plan", "do", "check", "act"])
    assert submit(q) == "✓ 回答正确"

    page.locator(".quiz .quiz-retry").click()
    q = question(page, "pdca-001")
    arrange(q, ["plan", "check", "do", "act"])
    assert submit(q) == "✗ 回答错误"
    assert "正确顺序：Plan 计划" in q.locator(".quiz-correct").inner_text()


def test_diagnose_question(page, site_url):
    open_quiz(page, site_url + "smart/specific/")
    q = question(page, "s-004")
    for c in ["S", "M", "T"]:
        q.locator(f'input[value="{c}"]').check()
    assert submit(q) == "✓ 回答正确"


def test_shuffle_keeps_every_question(page, site_url):
    open_quiz(page, site_url + "quiz/banks/mbo/")
    before = page.locator(".quiz .quiz-q").evaluate_all("els => els.map(e => e.dataset.qid)")
    page.locator(".quiz .quiz-shuffle input").check()
    page.wait_for_selector(".quiz .quiz-q")
    after = page.locator(".quiz .quiz-q").evaluate_all("els => els.map(e => e.dataset.qid)")
    assert sorted(after) == sorted(before)


def test_practice_test_draws_by_tag_and_scores_at_the_end(page, site_url):
    page.goto(site_url + "quiz/practice/")
    page.wait_for_selector(".quiz-practice__start")
    page.locator('.quiz-practice input[value="PDCA"]').check()
    page.locator('.quiz-practice input[name="count"]').fill("3")
    page.locator(".quiz-practice__start").click()
    qs = page.locator(".quiz-practice .quiz-q")
    assert qs.count() == 3
    ids = qs.evaluate_all("els => els.map(e => e.dataset.qid)")
    assert all("PDCA" in TAGS[i] for i in ids), ids
    assert page.locator(".quiz-practice .quiz-verdict").count() == 0   # no feedback before handing in
    page.locator(".quiz-practice__submit").click()
    page.wait_for_selector(".quiz-practice[data-finished]")
    assert page.locator(".quiz-practice .quiz-verdict").count() == 3
    assert page.locator(".quiz-practice .quiz-explanation").count() == 3
    assert page.locator(".quiz-practice__result .quiz-score").inner_text().startswith("成绩：")
    page.locator(".quiz-practice__again").click()
    page.wait_for_selector(".quiz-practice__start")


def test_practice_test_rejects_a_bad_count(page, site_url):
    page.goto(site_url + "quiz/practice/")
    page.wait_for_selector(".quiz-practice__start")
    page.locator('.quiz-practice input[name="count"]').fill("0")
    page.locator(".quiz-practice__start").click()
    assert page.locator(".quiz-practice__msg").inner_text() == "题目数量要是一个正整数。"


def test_random_draw_by_tags_draws_again_on_retry(page, site_url):
    open_quiz(page, site_url + "quiz/")
    box = page.locator('.quiz[data-quiz*="SMART 随机五题"]')
    assert box.locator(".quiz-title").inner_text() == "SMART 随机五题"
    seen = set()
    for _ in range(4):
        ids = box.locator(".quiz-q").evaluate_all("els => els.map(e => e.dataset.qid)")
        assert len(ids) == 5 and len(set(ids)) == 5
        assert all(TAGS[i] & {"S", "M", "A", "R", "T"} for i in ids), ids
        seen.update(ids)
        box.locator(".quiz-retry").click()
    assert len(seen) > 5   # four draws of five from over forty questions are not all the same
