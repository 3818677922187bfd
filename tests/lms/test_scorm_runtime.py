"""The SCORM 1.2 runtime (docs/assets/lms/, hooks/lms_runtime.py) against a real SCORM
API: scorm-again's Scorm12API (npm, pinned in package.json) as window.API of a test
LMS page (tests/lms/host/), which launches the unzipped package's entry page in a
frame, in Chromium. What the LMS received is read from scorm-again's own CMI data.

Covered: progress by pages visited (incomplete, then completed), the final test passed
(score 0-100, passed) and failed, the learner's place and progress on resume, data the
LMS holds that the course cannot read, lesson_location that is not a page, LMSFinish
only when the entry page goes, no LMS at all, and the suspend_data limit."""
from __future__ import annotations

import json
import re
import shutil
import time
import zipfile
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser.final_support import questions_data, take
from tools.static_server import SiteServer

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
HOST = Path(__file__).resolve().parent / "host"
SCORM_AGAIN = ROOT / "node_modules" / "scorm-again"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


@pytest.fixture(scope="module")
def lms_dir(package, tmp_path_factory) -> Path:
    """The unzipped package under pkg/, the test LMS under host/: one origin, as an LMS serves both."""
    root = tmp_path_factory.mktemp("lms")
    with zipfile.ZipFile(package) as archive:
        archive.extractall(root / "pkg")
    shutil.copytree(HOST, root / "host")
    shutil.copy(SCORM_AGAIN / "dist" / "scorm12.min.js", root / "host" / "scorm12.min.js")
    return root


@pytest.fixture(scope="module")
def lms_url(lms_dir):
    with SiteServer(lms_dir) as server:
        yield server.url


@pytest.fixture(scope="module")
def pages(lms_dir) -> dict:
    return json.loads((lms_dir / "pkg" / "assets" / "lms" / "pages.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data(lms_dir) -> dict:
    return questions_data(lms_dir / "pkg")


def list_hash(pages: list[str]) -> str:
    """assets/lms/suspend.js listHash (FNV-1a 32-bit, base 36), to write data an LMS could hold."""
    h = 0x811C9DC5
    for ch in "\n".join(pages):
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    out, digits = "", "0123456789abcdefghijklmnopqrstuvwxyz"
    while True:
        h, r = divmod(h, 36)
        out = digits[r] + out
        if not h:
            return out


def visited_of(suspend: str, required: list[str]) -> list[str]:
    bits = suspend.split("|")[2]
    return [p for n, p in enumerate(required) if n // 6 < len(bits) and ALPHABET.index(bits[n // 6]) >> (n % 6) & 1]


def launch(page, lms_url: str, cmi: dict | None = None, sco: str | None = None):
    query = []
    if cmi is not None:
        query.append("cmi=" + quote(json.dumps(cmi)))
    if sco:
        query.append("sco=" + quote(sco))
    page.goto(lms_url + "host/" + ("?" + "&".join(query) if query else ""))


def course_frame(page, timeout: float = 20):
    """The frame inside the entry page that shows the course's pages, once it shows one.
    (Its address is read in the frame: Playwright's frame.url can stay at the about:blank
    a frame starts with when a script gives it its first page.)"""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            if frame.parent_frame and frame.parent_frame.url.endswith("/pkg/scorm.html"):
                try:
                    if "/pkg/" in frame.evaluate("location.pathname") and frame.evaluate("document.readyState") != "loading":
                        return frame
                except Exception:   # between two pages
                    pass
        time.sleep(0.1)
    raise AssertionError(f"the course frame never loaded: {[f.url for f in page.frames]}")


def frame_url(frame) -> str:
    return frame.evaluate("location.href")


def course(page):
    return page.frame_locator("#sco").frame_locator("#course")


def cmi(page) -> dict:
    return page.evaluate("window.lms.cmi()")


def calls(page) -> list[str]:
    return page.evaluate("window.lms.calls")


def wait_cmi(page, test, what: str, timeout: float = 20) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        value = cmi(page)
        if test(value):
            return value
        assert time.monotonic() < deadline, f"the LMS never received {what}: {json.dumps(value['core'])}"
        time.sleep(0.1)


def visit(page, lms_url: str, path: str):
    """Go to a page of the course inside the frame, as a link there would, and wait until the LMS heard of it."""
    course_frame(page).goto(lms_url + "pkg/" + path)
    wait_cmi(page, lambda c: c["core"]["lesson_location"] == path, f"lesson_location {path}")


def leave(page):
    """The LMS closes the course: its frame goes, the entry page's pagehide ends the session."""
    page.evaluate("document.getElementById('sco').remove()")
    deadline = time.monotonic() + 10
    while "LMSFinish" not in calls(page):
        assert time.monotonic() < deadline, f"no LMSFinish: {calls(page)}"
        time.sleep(0.1)


def test_scorm_again_is_the_pinned_version():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d+\.\d+\.\d+", package["devDependencies"]["scorm-again"])
    installed = json.loads((SCORM_AGAIN / "package.json").read_text(encoding="utf-8"))["version"]
    assert installed == package["devDependencies"]["scorm-again"]


def test_progress_then_completed_before_the_test(page, page_guard, lms_url, pages):
    launch(page, lms_url)
    c = wait_cmi(page, lambda c: c["core"]["lesson_location"] == "course.html", "the first page")
    assert c["core"]["lesson_status"] == "incomplete"
    assert calls(page).count("LMSInitialize") == 1
    assert course(page).locator("article h1").inner_text().startswith("课程概览")
    required = pages["required"]
    for path in required[:-1]:
        visit(page, lms_url, path)
    c = cmi(page)
    assert c["core"]["lesson_status"] == "incomplete"   # one required page still unseen
    assert visited_of(c["suspend_data"], required) == required[:-1]
    assert page.frame_locator("#sco").locator(".lms-bar__pages").inner_text() == \
        f"已学 {len(required) - 1} / {len(required)} 个必修页面"
    visit(page, lms_url, required[-1])
    c = wait_cmi(page, lambda c: c["core"]["lesson_status"] == "completed", "completed")
    assert c["core"]["score"]["raw"] == ""   # no score before the final test
    assert calls(page).count("LMSInitialize") == 1 and "LMSFinish" not in calls(page)   # one session for all pages
    leave(page)
    assert calls(page).count("LMSFinish") == 1
    c = cmi(page)
    assert c["core"]["exit"] == "suspend"
    assert re.fullmatch(r"\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?", c["core"]["session_time"])
    assert page_guard.console_errors == []


def test_passing_the_final_test(page, page_guard, lms_url, data):
    launch(page, lms_url)
    course_frame(page)
    visit(page, lms_url, "quiz/final.html")
    ids, right = take(course(page), data, right=10_000)
    c = wait_cmi(page, lambda c: c["core"]["score"]["raw"] != "", "a score")
    assert c["core"]["score"]["raw"] == "100"
    assert c["core"]["score"]["min"] == "0" and c["core"]["score"]["max"] == "100"
    assert c["core"]["lesson_status"] == "passed"
    assert c["core"]["lesson_location"] == "quiz/final.html"
    suspend = c["suspend_data"]
    assert 0 < len(suspend) <= 4096
    final = suspend.split("|")[3]
    assert final.startswith(f"{len(ids)}/{len(ids)},P,{date.today().strftime('%Y%m%d')},")
    assert len(final.split(",")[3].split(";")) == len(data["banks"])   # the score of every bank
    assert "最好 100 分，已通过" in page.frame_locator("#sco").locator(".lms-bar__final").inner_text()
    assert calls(page).count("LMSCommit") >= 2
    leave(page)
    assert page_guard.console_errors == []


def test_failing_the_final_test(page, lms_url, data):
    launch(page, lms_url)
    course_frame(page)
    visit(page, lms_url, "quiz/final.html")
    total = 2 * len(data["banks"])
    right = (total * 8 + 9) // 10 - 1   # one short of 80%
    take(course(page), data, right=right, rewrites=False)
    c = wait_cmi(page, lambda c: c["core"]["score"]["raw"] != "", "a score")
    assert c["core"]["score"]["raw"] == str(round(100 * right / total))
    assert c["core"]["lesson_status"] == "failed"
    assert ",F," in c["suspend_data"]


def test_a_resumed_attempt_comes_back_to_its_place_and_progress(page, page_guard, lms_url, pages):
    required = pages["required"]
    # The first session: three pages, then the learner leaves.
    launch(page, lms_url)
    course_frame(page)
    for path in required[:3]:
        visit(page, lms_url, path)
    leave(page)
    before = cmi(page)
    # The LMS launches the SCO again with what it kept.
    kept = {"core": {"lesson_location": before["core"]["lesson_location"], "lesson_status": before["core"]["lesson_status"],
                     "entry": "resume"}, "suspend_data": before["suspend_data"]}
    launch(page, lms_url, kept)
    frame = course_frame(page)
    assert frame_url(frame).endswith("/pkg/" + required[2])   # the learner's place
    bar = page.frame_locator("#sco").locator(".lms-bar__pages")
    assert bar.inner_text() == f"已学 3 / {len(required)} 个必修页面"   # and progress
    visit(page, lms_url, required[5])
    assert visited_of(cmi(page)["suspend_data"], required) == required[:3] + [required[5]]
    assert page_guard.console_errors == []


def test_a_resumed_pass_stays_passed(page, lms_url, pages):
    required = pages["required"]
    suspend = f"1|{list_hash(required)}|B|18/20,P,20261120,mbo:2/2;smart-s:1/2"
    launch(page, lms_url, {"core": {"lesson_location": "pdca.html", "lesson_status": "passed", "entry": "resume"},
                           "suspend_data": suspend})
    assert frame_url(course_frame(page)).endswith("/pkg/pdca.html")
    visit(page, lms_url, "star.html")
    c = cmi(page)
    assert c["core"]["lesson_status"] == "passed" and c["core"]["score"]["raw"] == "90"
    assert c["suspend_data"].split("|")[3] == "18/20,P,20261120,mbo:2/2;smart-s:1/2"
    assert visited_of(c["suspend_data"], required) == [required[0], "pdca.html", "star.html"]   # restored, the landing page, the next
    assert "最好 90 分，已通过" in page.frame_locator("#sco").locator(".lms-bar__final").inner_text()


@pytest.mark.parametrize("suspend,problem", [
    ("v9 something else", "不是本课程能读的格式"),
    ("1|zzzz|B|", "课程内容更新过"),
    ("1|{hash}|B|20/18,P,2026,x", "结业测验成绩无法读取"),
])
def test_data_the_course_cannot_read_gives_a_notice_and_a_fresh_record(page, page_guard, lms_url, pages, suspend, problem):
    suspend = suspend.replace("{hash}", list_hash(pages["required"]))
    launch(page, lms_url, {"core": {"lesson_location": "../../../etc/passwd", "lesson_status": "incomplete"},
                           "suspend_data": suspend})
    assert frame_url(course_frame(page)).endswith("/pkg/course.html")   # a place that is no page of the course: the start
    assert problem in page.frame_locator("#sco").locator(".lms-bar__notice").inner_text()
    visit(page, lms_url, "mbo.html")
    fresh = cmi(page)["suspend_data"]
    assert fresh.startswith(f"1|{list_hash(pages['required'])}|") and visited_of(fresh, pages["required"]) == ["mbo.html"]
    assert page_guard.page_errors == []


def test_without_an_lms_the_course_works_and_says_nothing(page, page_guard, lms_url, data):
    page.goto(lms_url + "pkg/scorm.html")
    frame = page.frame_locator("#course")
    assert frame.locator("article h1").inner_text(timeout=20_000).startswith("课程概览")
    assert page.locator(".lms-bar").is_hidden()
    page.goto(lms_url + "pkg/quiz/final.html")   # a page on its own: the final test works, posts nothing
    take(page, data, right=10, rewrites=False)
    assert page.locator(".quiz-final").get_attribute("data-finished") == "true"
    assert page_guard.console_errors == [] and page_guard.page_errors == []


def test_the_site_as_served_has_no_lms_runtime(built_site):
    assert not (built_site / "assets" / "lms").exists()
    assert not (built_site / "scorm.html").exists()
    pages = list(built_site.rglob("*.html"))
    assert pages and not [p for p in pages if "assets/lms/" in p.read_text(encoding="utf-8")]


def test_suspend_data_stays_within_4096_characters(page, lms_url):
    page.goto(lms_url + "pkg/course.html")
    result = page.evaluate("""async () => {
      const m = await import(new URL('assets/lms/suspend.js', location.href).href);
      const attempt = {right: 18, total: 20, percent: 90, passed: true, date: '2026-12-02',
        areas: Array.from({length: 10}, (_, i) => ({id: 'bank-' + i, right: 2, total: 2}))};
      const few = Array.from({length: 17}, (_, i) => 'p' + i + '.html');
      const many = Array.from({length: 30000}, (_, i) => 'p' + i + '.html');
      const manyAreas = {...attempt, areas: Array.from({length: 400}, (_, i) => ({id: 'a-very-long-bank-name-' + i, right: 1, total: 2}))};
      const out = {};
      const small = m.encode({visited: new Set(few), final: attempt}, few);
      out.small = [small.length, small, m.decode(small, few)];
      out.small[2] = {visited: [...out.small[2].visited], final: out.small[2].final, problem: out.small[2].problem};
      const big = m.encode({visited: new Set(many), final: attempt}, many);     // 30,000 pages: 5,000 characters of bits
      out.big = [big.length, m.decode(big, many).final, m.decode(big, many).visited.size];
      const areas = m.encode({visited: new Set(few), final: manyAreas}, few);   // areas too long: left out
      out.areas = [areas.length, m.decode(areas, few).final, m.decode(areas, few).visited.size];
      out.garbage = ['', '|||', '1|x|%%%|', 'x'.repeat(100000)].map(t => m.decode(t, few).problem);
      return out;
    }""")
    length, text, back = result["small"]
    assert length == len(text) < 200 and back["visited"] == [f"p{i}.html" for i in range(17)]
    assert back["final"]["percent"] == 90 and back["final"]["passed"] and len(back["final"]["areas"]) == 10
    assert back["problem"] is None
    length, final, visited = result["big"]
    assert length <= 4096 and final["percent"] == 90 and visited == 0   # the score kept, the bits left out
    length, final, visited = result["areas"]
    assert length <= 4096 and final["areas"] == [] and final["passed"] and visited == 17
    assert result["garbage"] == [None, "unknown", "pages", "unknown"]
