"""GIFT and QTI 1.2 exports: escaping, well-formed XML, correct answers match the bank,
Chinese text survives, and what is skipped is listed with a reason."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from quiz.banks import Bank, load_banks
from quiz.gift import escape, export_gift
from quiz.qti import export_qti
from quiz.select import all_questions

ROOT = Path(__file__).resolve().parents[2]
NS = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}

SPECIAL = Bank(path=ROOT / "quiz" / "banks" / "special.yml", id="special", title="特殊字符", questions=[
    {"id": "sp-1", "type": "single", "prompt": "a~b = c#d {e} f:g \\ h 中文？", "explanation": "解释：~={}#",
     "link": "smart/specific.md", "tags": ["S"], "difficulty": 1,
     "choices": {"a": "选项 = 一", "b": "选项 ~ 二 {x}"}, "answer": "b"},
    {"id": "sp-2", "type": "multiple", "prompt": "多选：哪些对", "explanation": "见课程", "link": "smart/index.md",
     "tags": ["S"], "difficulty": 1, "choices": {"a": "一", "b": "二", "c": "三"}, "answer": ["a", "c"]},
])


def test_gift_escapes_every_special_character():
    assert escape("~=#{}:") == "\\~\\=\\#\\{\\}\\:"
    assert escape("a\\b") == "a\\\\b"
    assert escape("第一行\n第二行") == "第一行\\n第二行"
    assert escape("增强客户意识") == "增强客户意识"


def test_gift_question_text_is_escaped_and_chinese_survives():
    text, written, skipped = export_gift(all_questions([SPECIAL]))
    assert written == 2 and skipped == []
    assert "::sp-1::a\\~b \\= c\\#d \\{e\\} f\\:g \\\\ h 中文？ {" in text
    assert "~选项 \\= 一" in text
    assert "=选项 \\~ 二 \\{x\\}" in text
    assert "####解释：\\~\\=\\{\\}\\#" in text
    # multiple answer: the two right choices share 100 %, the wrong one is negative
    assert "~%50%一" in text and "~%50%三" in text and "~%-100%二" in text


def test_gift_of_the_real_banks_skips_only_order_and_rewrite():
    banks, _ = load_banks()
    pairs = all_questions(banks)
    text, written, skipped = export_gift(pairs)
    assert {s.qtype for s in skipped} == {"order", "rewrite"}
    assert written + len(skipped) == len(pairs)
    assert all(s.reason for s in skipped)
    assert "三声起接" in text and "增强客户意识" in text
    # A true/false question keeps its answer.
    assert "::r-002::一名学生把“明年粮食要增产”定为自己的目标，这个目标离题了。 {T####" in text


def _item_answers(item: ET.Element) -> set[str]:
    """The response labels a full-score condition requires (not the negated ones)."""
    found = set()
    for cond in item.iterfind("q:resprocessing/q:respcondition", NS):
        setvar = cond.find("q:setvar", NS)
        if setvar is None:
            continue
        var = cond.find("q:conditionvar", NS)
        negated = {id(v) for n in var.iter(f"{{{NS['q']}}}not") for v in n.iter()}
        found |= {v.text for v in var.iter(f"{{{NS['q']}}}varequal") if id(v) not in negated}
    return found


def test_qti_is_well_formed_and_answers_match_the_bank():
    banks, _ = load_banks()
    pairs = all_questions(banks)
    data, written, skipped = export_qti(pairs)
    root = ET.fromstring(data)   # well-formed, or this raises
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    items = {i.get("ident"): i for i in root.iterfind(".//q:item", NS)}
    assert len(items) == written
    by_id = {str(q["id"]): q for _, q in pairs}
    for qid, item in items.items():
        q = by_id[qid]
        got = _item_answers(item)
        if q["type"] == "single":
            assert got == {q["answer"]}, qid
        elif q["type"] in ("multiple", "diagnose"):
            assert got == set(map(str, q["answer"])), qid
        elif q["type"] == "true-false":
            assert got == {"true" if q["answer"] else "false"}, qid
        elif q["type"] == "tag":
            assert got == {f"label_{p['answer']}" for p in q["parts"]}, qid
    assert {s.qtype for s in skipped} == {"order", "rewrite"}


def test_qti_keeps_chinese_and_special_characters():
    data, written, _ = export_qti(all_questions([SPECIAL]))
    root = ET.fromstring(data)
    texts = [t.text for t in root.iter(f"{{{NS['q']}}}mattext")]
    assert "a~b = c#d {e} f:g \\ h 中文？" in texts
    assert "选项 ~ 二 {x}" in texts
    assert any(t.startswith("解释：~={}#（出处：smart/specific/") for t in texts)


def test_cli_export_writes_files_and_lists_skipped(tmp_path):
    out = tmp_path / "star.gift"
    proc = subprocess.run([sys.executable, "-m", "quiz", "export", "--format", "gift", "--tags", "STAR", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").count("::star-") == 6
    assert "skipped 1 question(s) that Moodle GIFT cannot hold:" in proc.stdout
    assert "star-005 (order): GIFT has no ordering question type" in proc.stdout
    out = tmp_path / "s.xml"
    proc = subprocess.run([sys.executable, "-m", "quiz", "export", "--format", "qti", "--tags", "S", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    ET.parse(out)
    assert "s-006 (rewrite): a free-text rewrite is graded by the in-page SMART checker" in proc.stdout


def test_cli_export_rejects_unknown_tag_without_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "quiz", "export", "--format", "qti", "--tags", "SWOT", str(tmp_path / "x")],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.startswith("unknown tag(s): SWOT")
    assert "Traceback" not in proc.stderr


def test_qti_zip_is_a_content_package(tmp_path):
    import zipfile

    out = tmp_path / "quiz.zip"
    proc = subprocess.run([sys.executable, "-m", "quiz", "export", "--format", "qti", "--bank", "mbo", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(out) as zf:
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
        res = manifest.find(".//{http://www.imsglobal.org/xsd/imscp_v1p1}resource")
        assert res.get("type") == "imsqti_xmlv1p2"
        quiz = ET.fromstring(zf.read(res.get("href")))
    assert len(quiz.findall(".//q:item", NS)) == 5   # mbo: 6 questions, the order one skipped
    assert "目标管理" in ET.tostring(quiz, encoding="unicode")
