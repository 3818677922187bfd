"""The printable worksheet: in the print view no answer shows beside the questions,
the key starts on a page of its own and can be left out; the site chrome is hidden."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

STYLE = """(sel) => Array.from(document.querySelectorAll(sel)).map(e => {
  const s = getComputedStyle(e);
  return {display: s.display, visible: e.offsetParent !== null || s.display !== 'none' && e.getClientRects().length > 0,
          breakBefore: s.breakBefore, pageBreakBefore: s.pageBreakBefore};
})"""


def styles(page, selector):
    return page.evaluate(STYLE, selector)


def test_print_view_hides_answers_and_puts_the_key_on_its_own_page(page, site_url):
    page.goto(site_url + "quiz/worksheets/smart-s/")
    page.wait_for_selector(".quiz-worksheet")
    assert page.locator(".ws-q").count() == 7
    # On screen a teacher can reveal the answers...
    page.locator(".ws-show-answers").check()
    assert all(s["display"] != "none" for s in styles(page, ".ws-answer-inline"))
    assert page.locator(".ws-answer-inline").first.inner_text() == "答案：C"

    # ...but the print view never shows them beside the questions.
    page.emulate_media(media="print")
    inline = styles(page, ".ws-answer-inline")
    assert inline and all(s["display"] == "none" for s in inline)
    key = styles(page, ".ws-key")[0]
    assert key["display"] != "none"
    assert key["breakBefore"] == "page" or key["pageBreakBefore"] == "always"
    for chrome in [".md-header", ".md-sidebar--primary", ".ws-toolbar", ".md-footer"]:
        assert all(s["display"] == "none" for s in styles(page, chrome)), chrome
    printed = page.locator(".ws-questions").inner_text()
    assert "答案" not in printed and "月底前把前台收银的平均用时" in printed

    # The students' copy: print without the key.
    page.emulate_media(media="screen")
    page.locator(".ws-include-key").uncheck()
    page.emulate_media(media="print")
    assert styles(page, ".ws-key")[0]["display"] == "none"


def test_worksheet_key_matches_the_bank(page, site_url):
    page.goto(site_url + "quiz/worksheets/pdca/")
    page.wait_for_selector(".quiz-worksheet")
    page.locator(".ws-show-answers").check()
    answers = page.locator(".ws-key-answer strong").all_inner_texts()
    assert answers[1] == "C"          # pdca-002: Check
    assert answers[2] == "错"          # pdca-003
    assert answers[4] == "C、D"        # pdca-005
    # the order question's key uses the letters printed beside its items
    items = page.locator("#ws-pdca-001 .ws-items li").all_inner_texts()
    letters = "ABCD"
    expected = " → ".join(letters[items.index(t)] for t in [
        "Plan 计划：制订目标和行动计划", "Do 执行：按计划实施",
        "Check 检查：定期检讨，看实际情况是否偏离方向", "Action 处理：根据检讨情形实行纠正措施"])
    assert answers[0] == expected
