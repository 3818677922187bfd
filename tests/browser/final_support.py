"""Taking the final test (docs/quiz/final.md) in a browser test: the questions drawn are
read from the page and answered from the site's own question data (right or wrong on
purpose), so a test knows the score the page must give. `scope` is a Page or a
FrameLocator (the SCORM tests run the site inside LMS frames)."""
from __future__ import annotations

import json
import time
from pathlib import Path

from tests.browser.quiz_support import arrange

FINAL = ".quiz-final"


def questions_data(site_dir: Path) -> dict:
    return json.loads((site_dir / "assets" / "quiz" / "questions.json").read_text(encoding="utf-8"))


def start(scope):
    scope.locator(f"{FINAL}[data-ready] .quiz-final__start").click(timeout=30_000)
    scope.locator(f"{FINAL} .quiz-q").first.wait_for(timeout=20_000)


def drawn(scope) -> list[str]:
    return scope.locator(f"{FINAL} .quiz-q").evaluate_all("els => els.map(e => e.dataset.qid)")


def answer(scope, q: dict, right: bool = True):
    """Answer one question: with its answer, or (right=False) with a wrong one."""
    box = scope.locator(f'{FINAL} .quiz-q[data-qid="{q["id"]}"]')
    kind = q["type"]
    if kind == "single":
        keys = [k for k, _ in q["choices"]]
        pick = q["answer"] if right else next(k for k in keys if k != q["answer"])
        box.locator(f'input[value="{pick}"]').check()
    elif kind == "multiple":
        keys = q["answer"] if right else [k for k, _ in q["choices"] if k not in q["answer"]][:1] or q["answer"][:-1]
        for k in keys:
            box.locator(f'input[value="{k}"]').check()
    elif kind == "true-false":
        box.locator(f'input[value="{str(q["answer"] == right).lower()}"]').check()
    elif kind == "diagnose":
        keys = q["answer"] if right else [c for c, _ in q["criteria"] if c not in q["answer"]][:1]
        for k in keys:
            box.locator(f'input[value="{k}"]').check()
    elif kind == "order":
        arrange(box, q["answer"] if right else q["answer"][1:] + q["answer"][:1])
    elif kind == "tag":
        labels = [label for label, _ in q["labels"]]
        for n, want in enumerate(q["answer"]):
            pick = want if right or n else next(label for label in labels if label != want)
            box.locator("select").nth(n).select_option(pick)
    elif kind == "rewrite":
        box.locator("textarea").fill(q["sample"] if right else "把工作做得更好")
    else:
        raise AssertionError(f"unknown question type {kind}")


def hand_in(scope, timeout: float = 120):
    """Click 交卷 (twice if the page asks to confirm unanswered questions) and wait for the grade."""
    box = scope.locator(FINAL)
    box.locator(".quiz-final__submit").click()
    deadline = time.monotonic() + timeout
    while box.get_attribute("data-finished") != "true":
        msg = box.locator(".quiz-final__msg").inner_text()
        if "再点一次" in msg:
            box.locator(".quiz-final__submit").click()
        elif "没能给" in msg:   # the checker could not grade a rewrite yet: the page asks to retry
            box.locator(".quiz-final__submit").click()
        assert time.monotonic() < deadline, f"the final test was never graded: {msg}"
        time.sleep(0.2)


def take(scope, data: dict, right: int, rewrites: bool = True) -> tuple[list[str], int]:
    """Start the test and answer `right` questions correctly, the rest wrongly (or, for rewrites
    when rewrites=False, not at all: no checker needed). Returns the drawn ids and the count right."""
    start(scope)
    ids = drawn(scope)
    order = sorted(ids, key=lambda i: data["questions"][i]["type"] == "rewrite")   # rewrites last
    if not rewrites:   # a test that needs this many right answers must allow rewrites
        assert right <= sum(1 for i in ids if data["questions"][i]["type"] != "rewrite"), "too many rewrites drawn"
    got = 0
    for qid in order:
        q = data["questions"][qid]
        if q["type"] == "rewrite" and not rewrites:
            continue
        ok = got < right
        answer(scope, q, ok)
        got += ok
    hand_in(scope)
    return ids, got
