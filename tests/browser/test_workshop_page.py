"""The workshop (目标工作坊, docs/workshop.md) end to end in real Chromium with the
real Pyodide, under the intranet CSP: a role, the goal above, three goals checked
live and their plans and check dates, the sheet and its print layout, export and
import (and broken files), reload, storage that is corrupt or disabled, bad text,
the keyboard alone, and the theme's instant navigation to and from the page."""
from __future__ import annotations

import io
import json
import re
import unicodedata

import pytest
from pypdf import PdfReader

from checker.bridge import run as cpython_run
from hooks.widget_html import checked_goal_text
from tests.browser.checker_support import cpython_report, rendered, wait_ready, wait_until

pytestmark = pytest.mark.browser

KEY_PREFIX = "smart-trainer:workshop:v1:"
DISABLE_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
});
"""
GOALS = [   # (goal, baseline, plan rows, check date offset in days)
    ("三个月内把来电抽查达标率提高到95%以上", "抽查达标率70%",
     [("现场示范", "前台主管王丽", "每位前台学会三声起接", "两周内"),
      ("抽查十通来电录音", "前台主管王丽", "对比本周达标率与95%的目标", "每周五"),
      ("一对一陪练", "前台主管王丽", "达标率低于90%时次日复训", "发现后次日")], 30),
    ("两个月内把访客登记的平均等候时间从5分钟缩短到3分钟", "",
     [("用秒表记录20位访客", "我", "一张登记用时的基线表", "一周内")], 20),
    ("提高服务质量", "", [("开会", "大家", "讨论", "尽快")], 10),
]


def goal_sel(n: int, inner: str = "") -> str:
    return f".wk-goals > li:nth-child({n}) {inner}".strip()


def plan_sel(n: int, inner: str = "") -> str:
    return f".wk-plans > li:nth-child({n}) {inner}".strip()


def open_workshop(page, site_url):
    page.goto(site_url + "workshop/")
    page.wait_for_selector(".wk[data-ready]")
    wait_ready(page, ".wk")


def wait_goal(page, n: int, text: str):
    wait_until(page, f"(() => {{ const r = document.querySelector({json.dumps(goal_sel(n, '[data-role=goal-result]'))});"
                     f" return r && r.getAttribute('data-checked-text') === {json.dumps(text)}; }})()",
               30, f"goal {n} checked as {text!r}")


def plan_checks(page, n: int) -> int:
    return int(page.evaluate(f"+(document.querySelector({json.dumps(plan_sel(n, '[data-role=plan-result]'))})"
                             ".getAttribute('data-checked') || 0)"))


def wait_plan_settled(page, n: int):
    """Wait until the plan checker has answered and no new answer follows for a moment."""
    last = -1
    for _ in range(100):
        now = plan_checks(page, n)
        if now == last and now > 0:
            return
        last = now
        page.wait_for_timeout(700)
    raise AssertionError(f"the plan of goal {n} never settled")


def cards(page, selector: str) -> dict:
    return page.evaluate("""(sel) => Object.fromEntries(Array.from(document.querySelectorAll(sel + ' .gt-card'))
        .map(c => [c.dataset.criterion, c.dataset.status]))""", selector)


def saved_state(page) -> dict:
    raw = page.evaluate(f"""(() => {{ for (let i = 0; i < localStorage.length; i++) {{
        const k = localStorage.key(i); if (k.startsWith({json.dumps(KEY_PREFIX)})) return localStorage.getItem(k); }}
        return null; }})()""")
    return json.loads(raw) if raw else None


def wait_saved(page, check=lambda state: True) -> dict:
    """The saved record, once it passes `check` (saving follows typing after a short pause)."""
    for _ in range(100):
        state = saved_state(page)
        if state and check(state):
            return state
        page.wait_for_timeout(100)
    raise AssertionError(f"the workshop was not saved as expected: {state}")


def fill_goal(page, n: int, goal: str, baseline: str, rows, check_in_days: int):
    if page.locator(".wk-goals > li").count() < n:
        page.click("[data-action=add-goal]")
    page.fill(goal_sel(n, "[data-field=text]"), goal)
    page.fill(goal_sel(n, "[data-field=baseline]"), baseline)
    for i, row in enumerate(rows, 1):
        if page.locator(plan_sel(n, ".gt-plan__row")).count() < i:
            page.click(plan_sel(n, "[data-action=add-row]"))
        for key, value in zip(("how", "who", "what", "when"), row):
            page.fill(plan_sel(n, f".gt-plan__row:nth-child({i}) [data-field={key}]"), value)
    check = plan_sel(n, ".wk-check:nth-child(1)")
    date = page.evaluate(f"(() => {{ const d = new Date(); d.setDate(d.getDate() + {check_in_days});"
                         " return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-'"
                         " + String(d.getDate()).padStart(2, '0'); })()")
    page.fill(f"{check} [data-field=date]", date)
    page.fill(f"{check} [data-field=look]", "和目标比一比")
    page.fill(f"{check} [data-field=ifoff]", "找主管一起想办法")
    return date


def plan_payload(goal: str, baseline: str, rows) -> dict:
    actions = [dict(zip(("how", "who", "what", "when"), r)) for r in rows]
    actions += [{"how": "", "who": "", "what": "", "when": ""}] * max(0, 3 - len(rows))   # the blank rows a new plan has
    return {"goal": checked_goal_text(goal, baseline), "actions": actions}


def test_three_goals_with_plans_make_the_sheet_and_print_on_a4(page, site_url, tmp_path):
    open_workshop(page, site_url)
    wait_until(page, "document.querySelector('#wk-role option[value=front-desk]')", 20, "the role list")
    page.select_option("#wk-role", "front-desk")
    page.fill("#wk-above", "今年把公司的客户满意度提高到90%以上")
    dates = [fill_goal(page, n, *g) for n, g in enumerate(GOALS, 1)]
    assert page.locator("[data-action=add-goal]").is_disabled()   # three at most

    for n, (goal, baseline, rows, _) in enumerate(GOALS, 1):
        sent = checked_goal_text(goal, baseline)
        wait_goal(page, n, sent)
        want = cpython_report(sent, role="front-desk")
        got = rendered(page, goal_sel(n, "[data-role=goal-result]"))
        assert {k: v["status"] for k, v in got["cards"].items()} == {k: v["status"] for k, v in want["criteria"].items()}
        assert got["rules"] == [f["rule"] for f in want["findings"]]
        assert all(href.endswith("/") and "/rules/" in href for href in got["links"])   # rule links as on the checker page
        wait_plan_settled(page, n)
        want_plan = json.loads(cpython_run("plan", json.dumps(plan_payload(goal, baseline, rows), ensure_ascii=False)))
        assert cards(page, plan_sel(n, "[data-role=plan-result]")) == {
            k: v["status"] for k, v in want_plan["criteria"].items()}, n
    # The baseline is what lets A be judged; the third goal fails as a slogan does.
    assert cards(page, goal_sel(1, "[data-role=goal-result]"))["A"] == "pass"
    assert cards(page, goal_sel(3, "[data-role=goal-result]"))["S"] == "fail"

    sheet = page.locator(".wk-sheet")
    text = sheet.inner_text()
    assert "前台" in text and "今年把公司的客户满意度提高到90%以上" in text
    for (goal, baseline, rows, _), date in zip(GOALS, dates):
        assert goal in text and date in text and rows[0][2] in text
        if baseline:
            assert "现在的水平：" + baseline in text
    letters = page.evaluate("""() => Array.from(document.querySelectorAll('.wk-sheet__goal')).map(g =>
        Object.fromEntries(Array.from(g.querySelectorAll('.wk-sheet__letters:not(.wk-sheet__letters--plan) li'))
          .map(li => [li.dataset.criterion, li.dataset.status])))""")
    for n, got in enumerate(letters, 1):
        assert got == cards(page, goal_sel(n, "[data-role=goal-result]")), n

    # Print: only the sheet, on A4, in a CJK font.
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '#wk-step-1',
        '.wk-goals', '.wk-tools', 'article > h1'].map(s => Array.from(document.querySelectorAll(s))
        .every(e => !e.offsetParent && getComputedStyle(e).position !== 'fixed' || getComputedStyle(e).display === 'none'))""")
    assert all(hidden), hidden
    assert page.locator(".wk-sheet").is_visible()
    page.screenshot(path=str(tmp_path / "workshop-print.png"), full_page=True)
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)   # A4 in points
    # Chromium writes some characters into the PDF's text as their Kangxi radical twins (目 as U+2F6C).
    printed = unicodedata.normalize("NFKC", re.sub(r"\s+", "", "".join(p.extract_text() for p in pdf.pages)))
    printed = printed.replace("戶", "户")
    assert "我的目标单" in printed and "第1步" not in printed and "搜索" not in printed
    for goal, *_ in GOALS:
        assert goal in printed, goal
    assert len(pdf.pages) <= 3
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": ".wk-sheet__text"})["nodeId"]
    fonts = [f["familyName"] for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]
    assert any("CJK" in f for f in fonts), fonts


def test_the_work_survives_a_reload(page, site_url):
    open_workshop(page, site_url)
    page.select_option("#wk-role", "own")
    page.fill("#wk-own-name", "门店收银组长")
    page.fill("#wk-own-duties", "收银、排班、顾客投诉")
    page.fill(goal_sel(1, "[data-field=text]"), "月底前把收银差错从每周5笔降到2笔")
    page.fill(plan_sel(1, ".gt-plan__row:nth-child(1) [data-field=who]"), "我")
    state = wait_saved(page, lambda s: s["goals"][0]["plan"][0]["who"] == "我")
    assert state["role"] == {"id": "own", "ownName": "门店收银组长", "ownDuties": "收银、排班、顾客投诉"}
    page.reload()
    page.wait_for_selector(".wk[data-ready]")
    assert page.input_value("#wk-own-duties") == "收银、排班、顾客投诉"
    assert page.input_value(goal_sel(1, "[data-field=text]")) == "月底前把收银差错从每周5笔降到2笔"
    assert page.input_value(plan_sel(1, ".gt-plan__row:nth-child(1) [data-field=who]")) == "我"
    assert page.is_visible("#wk-own-name")
    # Own duties are a role the checker matches, like a custom role: R is judged against them.
    wait_ready(page, ".wk")
    wait_goal(page, 1, "月底前把收银差错从每周5笔降到2笔")
    assert cards(page, goal_sel(1, "[data-role=goal-result]"))["R"] == "pass"
    assert "门店收银组长" in page.locator(".wk-sheet").inner_text()


def test_export_then_import_gives_back_the_same_work_and_broken_files_change_nothing(page, site_url, tmp_path):
    open_workshop(page, site_url)
    page.click("[data-action=example]")
    wait_saved(page, lambda s: s["role"]["id"] == "front-desk")
    with page.expect_download() as info:
        page.click("[data-action=export]")
    exported = json.loads(open(info.value.path(), encoding="utf-8").read())
    assert exported["format"] == "smart-trainer-workshop" and exported["version"] == 1
    work = exported["workshop"]
    assert work["role"]["id"] == "front-desk" and len(work["goals"]) == 2
    assert work["goals"][0]["checks"][0]["look"].startswith("第一个月")

    # Start again asks first; cancelling keeps everything.
    page.click("[data-action=restart]")
    assert page.is_visible("[data-role=confirm]")
    page.click("[data-action=confirm-no]")
    assert page.input_value(goal_sel(1, "[data-field=text]")) == work["goals"][0]["text"]
    page.click("[data-action=restart]")
    page.click("[data-action=confirm-yes]")
    assert page.input_value(goal_sel(1, "[data-field=text]")) == ""
    assert page.locator(".wk-goals > li").count() == 1

    good = tmp_path / "good.json"
    good.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    page.set_input_files("#wk-import", str(good))
    wait_until(page, "document.querySelector('.wk [data-role=message]').textContent.startsWith('已导入')", 10, "the import")
    again = wait_saved(page, lambda s: s["role"]["id"] == "front-desk")
    assert {k: v for k, v in again.items() if k != "updated"} == {k: v for k, v in work.items() if k != "updated"}

    bad_files = {
        "not-json.json": ("{这不是 JSON", "不是一个 JSON 文件"),
        "empty.json": ("", "文件是空的"),
        "other.json": (json.dumps({"schema": 1, "quizzes": {}}), "不是从目标工作坊导出的文件"),
        "four-goals.json": (json.dumps({**exported, "workshop": {**work, "goals": work["goals"] * 2}}), "目标应有 1 到 3 个"),
        "newer.json": (json.dumps({**exported, "version": 9}), "只能读取版本 1"),
        "big.json": ("x" * (1024 * 1024 + 10), "超过 1 MB"),
    }
    for name, (body, words) in bad_files.items():
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        page.set_input_files("#wk-import", str(path))
        wait_until(page, f"document.querySelector('.wk [data-role=message]').textContent.includes({json.dumps(name)})",
                   10, f"the message on {name}")
        message = page.locator(".wk [data-role=message]")
        assert words in message.inner_text() and "你现在的内容没有变" in message.inner_text(), name
        assert message.get_attribute("role") == "alert"
        assert page.input_value(goal_sel(1, "[data-field=text]")) == work["goals"][0]["text"], name

    # A good file over work already there asks before replacing it.
    page.fill(goal_sel(1, "[data-field=text]"), "我自己改过的目标")
    page.set_input_files("#wk-import", str(good))
    page.wait_for_selector("[data-role=confirm]:not([hidden])")
    assert page.evaluate("document.activeElement.dataset.action") == "confirm-yes"
    page.keyboard.press("Escape")
    assert page.input_value(goal_sel(1, "[data-field=text]")) == "我自己改过的目标"


def test_corrupt_storage_gives_a_notice_and_a_fresh_start(page, site_url):
    page.goto(site_url + "workshop/")
    page.wait_for_selector(".wk[data-ready]")
    key = page.evaluate(f"{json.dumps(KEY_PREFIX)} + new URL('../', document.querySelector('script[src$=\"assets/main.js\"]').src).pathname")
    page.evaluate(f"localStorage.setItem({json.dumps(key)}, '{{not json')")
    page.reload()
    page.wait_for_selector(".wk[data-ready]")
    assert "已损坏" in page.locator('.wk-notice[data-code="corrupt"]').inner_text()
    page.fill(goal_sel(1, "[data-field=text]"), "月底前交报告")
    wait_saved(page, lambda s: s["goals"][0]["text"] == "月底前交报告")


def test_with_storage_disabled_the_workshop_still_works(page, site_url):
    page.add_init_script(DISABLE_STORAGE)
    open_workshop(page, site_url)
    assert "禁用了本地存储" in page.locator('.wk-notice[data-code="disabled"]').inner_text()
    page.fill(goal_sel(1, "[data-field=text]"), "尽快提高服务质量")
    wait_goal(page, 1, "尽快提高服务质量")
    assert cards(page, goal_sel(1, "[data-role=goal-result]"))["T"] == "fail"
    wait_until(page, "document.querySelector('.wk [data-role=saved]').textContent.startsWith('没有自动保存')", 10,
               "the note that nothing was saved")
    assert "尽快提高服务质量" in page.locator(".wk-sheet").inner_text()
    with page.expect_download() as info:   # export is the way to keep the work
        page.click("[data-action=export]")
    assert json.loads(open(info.value.path(), encoding="utf-8").read())["workshop"]["goals"][0]["text"] == "尽快提高服务质量"


def test_huge_and_hostile_text_get_a_message_and_stay_text(page, site_url):
    open_workshop(page, site_url)
    huge = "提高服务质量" * 17000   # about 100 KB
    page.evaluate("""([sel, text]) => { const t = document.querySelector(sel); t.value = text;
        t.dispatchEvent(new Event('input')); }""", [goal_sel(1, "[data-field=text]"), huge])
    wait_until(page, f"document.querySelector({json.dumps(goal_sel(1, '[data-role=goal-result]'))}).textContent.includes('内容太长')",
               20, "the too-long message")
    wait_until(page, f"document.querySelector({json.dumps(plan_sel(1, '[data-role=plan-result]'))}).textContent.includes('内容太长')",
               20, "the plan's too-long message")
    hostile = '<img src=x onerror="window.__xss=1">月底前交<script>window.__xss=2</script>报告'
    page.click("[data-action=add-goal]")
    page.fill(goal_sel(2, "[data-field=text]"), hostile)
    page.fill("#wk-above", "<b>加粗</b>")
    wait_goal(page, 2, hostile)   # the page still answers, and checks the second goal
    assert page.evaluate("window.__xss") is None
    assert page.locator(".wk-sheet img, .wk-sheet script, .wk-sheet b").count() == 0
    wait_until(page, "document.querySelector('.wk-sheet').textContent.includes('<b>加粗</b>')", 10, "the sheet")
    assert hostile in page.locator(".wk-sheet").inner_text()


def test_check_dates_are_held_to_the_goal(page, site_url):
    open_workshop(page, site_url)
    page.fill(goal_sel(1, "[data-field=text]"), "两周内把访客登记的平均等候时间从5分钟缩短到3分钟")
    wait_goal(page, 1, "两周内把访客登记的平均等候时间从5分钟缩短到3分钟")
    check = plan_sel(1, ".wk-check:nth-child(1)")
    note = page.locator(f"{check} [data-role=check-note]")
    page.fill(f"{check} [data-field=date]", "2020-01-01")
    assert "已经过去" in note.inner_text()
    page.fill(f"{check} [data-field=date]", "2099-01-01")
    assert "晚于目标的截止日期" in note.inner_text()
    page.click(plan_sel(1, "[data-action=add-check]"))
    assert page.evaluate("document.activeElement.id") == "wk-g1-check-2-date"


def test_keyboard_alone_reaches_every_step_and_confirms(page, site_url):
    open_workshop(page, site_url)
    page.focus("#wk-role")
    page.keyboard.press("ArrowDown")           # 都不合适，我自己写职责, or the first role once loaded
    page.focus("#wk-above")
    page.keyboard.type("今年把门店的顾客满意度提高到90%以上")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "wk-g1-text"
    page.keyboard.type("月底前交报告")
    # Tab on through the goal, the plan rows and check dates to the sheet's tools.
    reached = []
    for _ in range(80):
        page.keyboard.press("Tab")
        active = page.evaluate("document.activeElement.dataset.action || document.activeElement.id || ''")
        reached.append(active)
        if active == "restart":
            break
    for wanted in ("add-goal", "add-row", "add-check", "print", "export", "wk-import", "restart"):
        assert wanted in reached, (wanted, reached)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.dataset.action") == "confirm-yes"
    page.keyboard.press("Enter")
    assert page.input_value("#wk-above") == "" and page.input_value("#wk-g1-text") == ""
    assert page.evaluate("document.activeElement.id") == "wk-role"


def test_instant_navigation_to_and_from_the_workshop_keeps_one_python(page, site_url, page_guard):
    page.goto(site_url + "tools/checker/")
    wait_ready(page, ".gt-checker")
    page.evaluate("window.__samePage = true")
    boots = len([u for u in page_guard.requests if u.endswith("/worker.js")])
    page.locator('a[href$="workshop/"]:visible').first.click()
    wait_until(page, "location.pathname.endsWith('/workshop/')", 20, "the workshop")
    page.wait_for_selector(".wk[data-ready]")
    wait_ready(page, ".wk")
    page.fill(goal_sel(1, "[data-field=text]"), "尽快提高服务质量")
    wait_goal(page, 1, "尽快提高服务质量")
    assert page.evaluate("window.__samePage === true"), "the page was reloaded"
    assert len([u for u in page_guard.requests if u.endswith("/worker.js")]) == boots   # no second boot
    # Its stylesheet came with it, and leaves with it.
    assert page.locator('link[href$="workshop/workshop.css"]').count() == 1
    page.locator('a[href$="tools/plan/"]:visible').first.click()
    wait_until(page, "location.pathname.endsWith('/tools/plan/')", 20, "the plan page")
    wait_ready(page, ".gt-plan")
    assert page.locator('link[href$="workshop/workshop.css"]').count() == 0
    page.go_back()
    wait_until(page, "location.pathname.endsWith('/workshop/')", 20, "back on the workshop")
    page.wait_for_selector(".wk[data-ready]")
    # What was typed before leaving was saved on the way out and is back.
    assert page.input_value(goal_sel(1, "[data-field=text]")) == "尽快提高服务质量"
    wait_goal(page, 1, "尽快提高服务质量")
    assert page.evaluate("document.querySelectorAll('[data-trainer]').length") == 1
    assert page.evaluate("window.__samePage === true")


def test_removing_a_goal_asks_beside_it_and_takes_its_plan_along(page, site_url):
    open_workshop(page, site_url)
    page.click("[data-action=example]")
    second = page.input_value(goal_sel(2, "[data-field=text]"))
    page.click(goal_sel(1, "[data-action=remove-goal]"))
    assert page.locator(".wk-goals > li:nth-child(1) [data-role=confirm]:not([hidden])").count() == 1   # asked beside it
    page.click("[data-action=confirm-no]")
    assert page.evaluate("document.activeElement.dataset.action") == "remove-goal"
    assert page.locator(".wk-goals > li").count() == 2
    page.click(goal_sel(1, "[data-action=remove-goal]"))
    page.click("[data-action=confirm-yes]")
    assert page.locator(".wk-goals > li").count() == 1 and page.locator(".wk-plans > li").count() == 1
    assert page.inner_text(goal_sel(1, ".wk-goal__title")) == "目标 1"
    assert page.input_value("#wk-g1-text") == second
    assert page.evaluate("document.activeElement.id") == "wk-g1-text"
    assert page.is_hidden(goal_sel(1, "[data-action=remove-goal]"))   # the last goal stays
    wait_saved(page, lambda s: len(s["goals"]) == 1 and s["goals"][0]["text"] == second)
    # Start again still asks, from the sheet's tools.
    page.click("[data-action=restart]")
    assert page.locator(".wk-step--sheet [data-role=confirm]:not([hidden])").count() == 1
