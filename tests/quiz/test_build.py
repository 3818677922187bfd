"""The quiz hook in a real `mkdocs build`: a broken bank fails the build with the same
message as `python -m quiz check`; a good build holds the question data, a quiz
container per ```quiz block, and a worksheet and an online page per bank."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.banks import load_banks

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name, message", [
    ("answer-not-in-choices.yml", 'bad-002: answer "e" is not among the choices (a, b)'),
    # values of the wrong kind and a recursive alias used to stop the build with a traceback
    ("type-list.yml", "bad-013: unknown type a list [true-false]"),
    ("alias-recursive.yml", "-: invalid YAML at line 3: alias *q refers to the list or mapping it is inside"),
])
def test_broken_bank_fails_the_build_with_the_check_message(tmp_path, name, message):
    env = {**os.environ, "QUIZ_BANKS": f"tests/quiz/broken/{name}"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode != 0
    assert f"tests/quiz/broken/{name}: {message}" in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr


def test_site_holds_every_question(built_site):
    data = json.loads((built_site / "assets/quiz/questions.json").read_text(encoding="utf-8"))
    banks, _ = load_banks()
    assert data["schema"] == 1
    assert set(data["questions"]) == {str(q["id"]) for b in banks for q in b.questions}
    for q in data["questions"].values():   # every explanation links to a page (and heading) that was built
        page, _, anchor = q["url"].partition("#")
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        if anchor:
            assert f'id="{anchor}"' in html, q["url"]


def _quiz_boxes(page_html: str) -> list[dict]:
    import html as h
    return [json.loads(h.unescape(m)) for m in re.findall(r'<div class="quiz" data-quiz="([^"]+)"', page_html)]


def test_letter_and_case_pages_end_with_their_quiz(built_site):
    for page in ["smart/specific", "smart/measurable", "smart/attainable", "smart/relevant", "smart/time-bound",
                 "cases/front-desk", "cases/phone-maintenance", "cases/english-cet4", "cases/audit-bureau",
                 "cases/customer-awareness", "cases/management-training"]:
        text = (built_site / page / "index.html").read_text(encoding="utf-8")
        assert _quiz_boxes(text), page
        assert "小测验" in text, page


def test_rewrite_quizzes_start_the_checker(built_site):
    data = json.loads((built_site / "assets/quiz/questions.json").read_text(encoding="utf-8"))
    for page in built_site.rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r'<div class="quiz" data-quiz="([^"]+)"([^>]*)>', text):
            import html as h
            pool = json.loads(h.unescape(match.group(1)))["pool"]
            has_rewrite = any(data["questions"][i]["type"] == "rewrite" for i in pool)
            assert ('data-trainer="quiz"' in match.group(2)) == has_rewrite, page


def test_worksheet_and_online_page_per_bank(built_site):
    banks, _ = load_banks()
    for bank in banks:
        sheet = (built_site / "quiz/worksheets" / bank.id / "index.html").read_text(encoding="utf-8")
        assert sheet.count('class="ws-q"') == len(bank.questions)
        assert sheet.count('class="ws-key-answer"') == len(bank.questions)
        online = (built_site / "quiz/banks" / bank.id / "index.html").read_text(encoding="utf-8")
        assert _quiz_boxes(online)[0]["pool"] == [str(q["id"]) for q in bank.questions]


def test_quiz_pages_add_no_inline_script(built_site):
    pages = {"quiz": "quiz.js", "quiz/practice": "practice.js", "quiz/progress": "progress-page.js",
             "quiz/worksheets/smart-s": "worksheet.js"}
    for page, script in pages.items():
        text = (built_site / page / "index.html").read_text(encoding="utf-8")
        # The page loads main.js, which imports the quiz module its content needs; no inline script.
        assert f'src="{"../" * page.count("/")}../assets/main.js" type="module"' in text, page
        assert (built_site / "assets/quiz" / script).is_file(), script
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>\s*\S", text.split("</header>", 1)[-1].split("<footer", 1)[0])
