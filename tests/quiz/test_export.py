"""The exports read back by the reader each format has, question by question against the banks:
Moodle XML and QTI by the standard library's XML parser (QTI and its package also against the
IMS QTI 1.2 and Content Packaging schemas, with lxml), GIFT by gift-pegjs from npm.

Every question is exported or listed as skipped with a reason, and what comes back (prompt,
choices, right answers, rows and labels, order) is what the bank says."""
from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from quiz.banks import Bank, load_banks
from quiz.export_common import MOODLE_GRADES, ExportError, Selection
from quiz.gift import escape, export_gift
from quiz.moodle_xml import export_moodle_xml
from quiz.qti import export_qti
from quiz.select import all_questions

from .export_readers import QTI, comparable, expected, gift_weights, read_gift, read_moodle_xml, read_qti

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = Path(__file__).resolve().parent / "schemas"
BANKS, _ = load_banks()
PAIRS = all_questions(BANKS)
BY_ID = {str(q["id"]): q for _, q in PAIRS}

# Texts that break naive exporters: GIFT's specials, HTML, a leading weight or format, line breaks.
SPECIAL = Bank(path=ROOT / "quiz" / "banks" / "special.yml", id="special", title="特殊字符 <b>&", questions=[
    {"id": "sp-1", "type": "single", "prompt": "a~b = c#d {e} f:g \\ h 中文？\n第二行 <b>粗体</b> & 符号",
     "explanation": "解释：~={}# <i>x</i>", "link": "smart/specific.md", "cite": "S & M", "tags": ["S"],
     "difficulty": 1, "choices": {"a": "%50% 的人", "b": "[html]不是格式", "c": "选项 ~ 二 {x} -> y"}, "answer": "a"},
    {"id": "sp-2", "type": "multiple", "prompt": "多选：哪些对", "explanation": "见课程", "link": "smart/index.md",
     "tags": ["S"], "difficulty": 1, "choices": {"a": "一", "b": "二", "c": "三"}, "answer": ["a", "c"]},
    {"id": "sp-3", "type": "tag", "prompt": "标注 & 排好", "explanation": "只用了两个标签", "link": "star.md",
     "tags": ["STAR"], "difficulty": 1,
     "parts": [{"text": "情境 <x> -> 一句", "answer": "S"}, {"text": "结果：一句", "answer": "R"}]},
    {"id": "sp-4", "type": "rewrite", "prompt": "改写 <目标>", "goal": "提高服务质量 & 效率", "criteria": ["S", "R"],
     "sample": "本月底前把前台接听等待降到三声以内", "role": "front-desk", "today": "2026-11-23",
     "explanation": "解释", "link": "smart/relevant.md", "tags": ["R"], "difficulty": 2},
])
SPECIAL_PAIRS = all_questions([SPECIAL])


def run_quiz(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quiz", *args], cwd=ROOT, capture_output=True, text=True)


def assert_matches_banks(read: dict, skipped, pairs, fmt: str) -> None:
    """Every question came back or is listed as skipped with a reason, and what came back is the bank's."""
    skipped_ids = {s.qid for s in skipped}
    assert set(read) | skipped_ids == {str(q["id"]) for _, q in pairs}
    assert not set(read) & skipped_ids and len(read) + len(skipped) == len(pairs)
    assert all(s.reason for s in skipped)
    for qid, shape in read.items():
        assert comparable(shape) == expected(BY_ID.get(qid) or _special(qid), fmt), qid


def _special(qid: str) -> dict:
    return {str(q["id"]): q for q in SPECIAL.questions}[qid]


# ---- GIFT ---------------------------------------------------------------

def test_gift_escapes_every_special_character():
    assert escape("~=#{}:") == "\\~\\=\\#\\{\\}\\:"
    assert escape("a\\b") == "a\\\\b"
    assert escape("第一行\n第二行") == "第一行\\n第二行"


def test_gift_of_the_real_banks_reads_back_question_by_question():
    result = export_gift(PAIRS)
    read = read_gift(result.data.decode("utf-8"))
    assert_matches_banks(read, result.skipped, PAIRS, "gift")
    assert {s.qtype for s in result.skipped} == {"order"}
    assert all("--format moodle-xml" in s.reason for s in result.skipped)
    assert result.written == len(PAIRS) - 6
    for qid, shape in read.items():   # each essay's feedback carries the rubric and the model answer
        if shape["kind"] == "essay":
            assert BY_ID[qid]["sample"].strip() in shape["info"] and "评分标准" in shape["info"], qid


def test_gift_special_texts_come_back_as_typed():
    result = export_gift(SPECIAL_PAIRS)
    read = read_gift(result.data.decode("utf-8"))
    assert_matches_banks(read, result.skipped, SPECIAL_PAIRS, "gift")
    assert read["sp-1"]["choices"][0] == "%50% 的人"          # not a 50 % weight
    assert read["sp-1"]["choices"][1] == "[html]不是格式"      # not a format marker
    assert "<b>粗体</b> & 符号" in read["sp-1"]["prompt"]      # shown as typed, not as bold
    assert read["sp-3"]["offered"] == {"S 情境 Situation", "T 任务 Task", "A 行动 Action", "R 结果 Result"}
    assert "按岗位“前台”判断相关性" in read["sp-4"]["info"] and "2026-11-23" in read["sp-4"]["info"]


def test_gift_multiple_answers_follow_the_moodle_weights():
    weights = gift_weights(export_gift(PAIRS).data.decode("utf-8"))
    for qid, ws in weights.items():
        q = BY_ID[qid]
        right = len(q["answer"])
        assert sorted(w for w in ws if w > 0) == pytest.approx([100 / right] * right, abs=1e-4), qid
        assert all(w == -100 for w in ws if w <= 0), qid      # any wrong tick scores 0
        assert any(abs(100 / right - g) < 1e-4 for g in MOODLE_GRADES), qid


def test_gift_tagging_questions_say_moodle_shuffles_rows():
    result = export_gift([(b, q) for b, q in PAIRS if q["type"] == "tag"])
    assert result.written == 4
    assert any("Moodle shuffles the rows of the 4 tagging question(s)" in n and "--format moodle-xml" in n
               for n in result.notes)


# ---- Moodle XML ------------------------------------------------------------

# The children of each question, in the order Moodle's own export writes them
# (question/format/xml/format.php writequestion(); qtype_ordering export_to_xml()).
HEAD = ["name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden", "idnumber"]
COMBINED = ["correctfeedback", "partiallycorrectfeedback", "incorrectfeedback", "shownumcorrect"]
MOODLE_LAYOUT = {
    "multichoice": HEAD + ["single", "shuffleanswers", "answernumbering", "showstandardinstruction", *COMBINED,
                           "answer+", "tags"],
    "truefalse": HEAD + ["answer+", "tags"],
    "matching": HEAD + ["shuffleanswers", *COMBINED, "subquestion+", "tags"],
    "essay": HEAD + ["responseformat", "responserequired", "responsefieldlines", "attachments",
                     "attachmentsrequired", "graderinfo", "responsetemplate", "tags"],
    "ordering": HEAD + ["layouttype", "selecttype", "selectcount", "gradingtype", "showgrading", "numberingstyle",
                        *COMBINED, "answer+", "tags"],
    "category": ["category", "info", "idnumber"],
}
FORMATTED = {"questiontext", "generalfeedback", "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback",
             "subquestion", "graderinfo", "responsetemplate", "info"}


def _layout(question: ET.Element) -> list[str]:
    """The child tags in order, a run of the same tag as `tag+`."""
    tags = []
    for child in question:
        if tags and tags[-1] in (child.tag, child.tag + "+"):
            tags[-1] = child.tag + "+"
        else:
            tags.append(child.tag)
    return tags


def test_moodle_xml_has_the_structure_of_moodles_own_export():
    root = ET.fromstring(export_moodle_xml(PAIRS).data)
    types = set()
    for question in root.findall("question"):
        qtype = question.get("type")
        types.add(qtype)
        layout = _layout(question)
        want = MOODLE_LAYOUT[qtype]
        assert layout == want, (qtype, layout)
        if qtype == "truefalse":
            assert [a.findtext("text") for a in question.findall("answer")] == ["true", "false"]
        for child in question:
            if child.tag in FORMATTED:
                assert child.get("format") == "html", (qtype, child.tag)
        for answer in question.findall("answer"):
            fraction = float(answer.get("fraction"))
            if qtype == "multichoice":
                assert fraction in (0, -100) or any(abs(abs(fraction) - g) < 1e-4 for g in MOODLE_GRADES), fraction
    assert types == set(MOODLE_LAYOUT)


def test_moodle_xml_reads_back_question_by_question():
    result = export_moodle_xml(PAIRS)
    assert result.skipped == [] and result.written == len(PAIRS)   # every type has a Moodle form
    read = read_moodle_xml(result.data)
    assert_matches_banks(read, result.skipped, PAIRS, "moodle")
    root = ET.fromstring(result.data)
    for question in root.findall("question"):
        qtype = question.get("type")
        if qtype == "matching":
            assert question.findtext("shuffleanswers") == "0"      # the passage keeps its order
        if qtype == "ordering":
            assert question.findtext("gradingtype") == "ALL_OR_NOTHING"
        if qtype == "essay":
            qid = question.findtext("idnumber")
            info = read[qid]["info"]
            assert BY_ID[qid]["sample"].strip() in info and "评分标准" in info, qid
    categories = [q.findtext("category/text") for q in root.findall("question[@type='category']")]
    assert categories == [f"$course$/SMART/{b.id}" for b in BANKS]


def test_moodle_xml_special_texts_come_back_as_typed():
    result = export_moodle_xml(SPECIAL_PAIRS)
    read = read_moodle_xml(result.data)
    assert_matches_banks(read, result.skipped, SPECIAL_PAIRS, "moodle")
    root = ET.fromstring(result.data)
    tag_question = root.find("question[idnumber='sp-3']")
    extra = [s for s in tag_question.findall("subquestion") if not s.findtext("text")]
    assert sorted(s.findtext("answer/text") for s in extra) == ["A 行动 Action", "T 任务 Task"]   # unused labels
    assert "2026-11-23" in read["sp-4"]["info"]


# ---- QTI 1.2 -----------------------------------------------------------------

@pytest.fixture(scope="module")
def qti_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "qti" / "ims_qtiasiv1p2.xsd")))


@pytest.fixture(scope="module")
def cp_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "imscp_v1p2.xsd")))


def _qti(pairs, selection=Selection(), package=False):
    return export_qti(pairs, selection, selection.title(BANKS), package=package)


def test_qti_is_valid_against_the_ims_schema_and_reads_back(qti_schema):
    result = _qti(PAIRS)
    assert qti_schema.validate(etree.fromstring(result.data)), qti_schema.error_log
    read = read_qti(result.data)
    assert_matches_banks(read, result.skipped, PAIRS, "qti")
    assert {s.qtype for s in result.skipped} == {"order"}
    root = ET.fromstring(result.data)
    assert len(root.findall(f"{QTI}assessment/{QTI}section")) == 1      # the cartridge profile's one section
    assert {m.get("texttype") for m in root.iter(f"{QTI}mattext")} == {"text/html"}
    diagnose = root.find(f".//{QTI}item[@ident='s-004']/{QTI}presentation/{QTI}material/{QTI}mattext")
    assert "<br>目标：" in diagnose.text                                   # the line break is kept, as HTML
    for qid, shape in read.items():
        if shape["kind"] == "essay":
            assert BY_ID[qid]["sample"].strip() in shape["info"], qid


def test_the_schema_check_is_real(qti_schema):
    root = etree.fromstring(_qti([(b, q) for b, q in PAIRS if q["type"] == "single"][:1]).data)
    assert qti_schema.validate(root)
    item = root.find(f".//{QTI}item")
    del item.attrib["ident"]                                               # an item needs its ident
    assert not qti_schema.validate(root)


def test_qti_special_texts_come_back_as_typed(qti_schema):
    result = _qti(SPECIAL_PAIRS)
    assert qti_schema.validate(etree.fromstring(result.data)), qti_schema.error_log
    assert_matches_banks(read_qti(result.data), result.skipped, SPECIAL_PAIRS, "qti")


def test_qti_id_and_title_follow_the_selection():
    def head(selection):
        root = ET.fromstring(_qti(PAIRS, selection).data)
        assessment = root.find(f"{QTI}assessment")
        return assessment.get("ident"), assessment.get("title")

    everything = head(Selection())
    star = head(Selection(banks=("star",)))
    s_and_m = head(Selection(tags=("S", "M")))
    assert len({everything, star, s_and_m}) == 3
    assert head(Selection(tags=("M", "S"))) == s_and_m                      # same selection, same id and title
    assert star[1] == "SMART 目标训练营 测验：STAR 面试法"
    assert s_and_m[1] == "SMART 目标训练营 测验：标签 S、M"
    assert everything[1] == "SMART 目标训练营 测验（全部题库）"


def test_qti_package_has_manifest_quiz_and_canvas_settings(cp_schema, qti_schema):
    selection = Selection(banks=("mbo",))
    result = _qti([(b, q) for b, q in PAIRS if b.id == "mbo"], selection, package=True)
    with zipfile.ZipFile(io.BytesIO(result.data)) as zf:
        manifest = etree.fromstring(zf.read("imsmanifest.xml"))
        assert cp_schema.validate(manifest), cp_schema.error_log
        ns = {"cp": "http://www.imsglobal.org/xsd/imscp_v1p1"}
        quiz_res = manifest.find("cp:resources/cp:resource[@type='imsqti_xmlv1p2']", ns)
        meta_res = manifest.find(f"cp:resources/cp:resource[@identifier='{quiz_res.find('cp:dependency', ns).get('identifierref')}']", ns)
        quiz = etree.fromstring(zf.read(quiz_res.find("cp:file", ns).get("href")))
        assert qti_schema.validate(quiz), qti_schema.error_log
        meta = ET.fromstring(zf.read(meta_res.get("href")))
        assert sorted(zf.namelist()) == sorted(["imsmanifest.xml", "non_cc_assessments/",
                                                f"{selection.ident}/{selection.ident}.xml",
                                                f"{selection.ident}/assessment_meta.xml"])
    canvas = "{http://canvas.instructure.com/xsd/cccv1p0}"
    assessment = quiz.find(f"{QTI}assessment")
    assert meta.tag == f"{canvas}quiz" and meta.get("identifier") == assessment.get("ident") == selection.ident
    assert meta.findtext(f"{canvas}title") == assessment.get("title") == "SMART 目标训练营 测验：目标管理（MBO）"
    items = quiz.findall(f".//{QTI}item")
    assert len(items) == result.written == 5                                 # mbo: 6 questions, the order one skipped
    assert float(meta.findtext(f"{canvas}points_possible")) == 5.0
    assert meta.findtext(f"{canvas}assignment/{canvas}quiz_identifierref") == selection.ident
    again = _qti([(b, q) for b, q in PAIRS if b.id == "mbo"], selection, package=True)
    assert again.data == result.data                                         # reproducible, byte for byte


# ---- every XML export stays well-formed ---------------------------------

def test_a_control_character_never_reaches_an_xml_file():
    bad = Bank(path=SPECIAL.path, id="bad", title="bad", questions=[{**SPECIAL.questions[1], "prompt": "多选\x0b哪些"}])
    with pytest.raises(ExportError, match="would not be well-formed XML"):
        export_moodle_xml(all_questions([bad]))
    with pytest.raises(ExportError, match="would not be well-formed XML"):
        export_qti(all_questions([bad]), Selection(), "t")


@pytest.mark.parametrize("fmt, out", [("qti", "q.xml"), ("qti", "q.zip"), ("moodle-xml", "q.xml"), ("gift", "q.gift")])
def test_cli_refuses_a_bank_with_a_control_character_and_writes_nothing(tmp_path, fmt, out):
    proc = run_quiz("export", "--format", fmt, "--banks-dir", "tests/quiz/broken/control-character.yml",
                    str(tmp_path / out))
    assert proc.returncode == 1
    assert "tests/quiz/broken/control-character.yml: bad-019: prompt holds the invisible control character U+000B" in proc.stderr
    assert not (tmp_path / out).exists()


# ---- the command line -------------------------------------------------------

def test_cli_export_writes_files_and_lists_skipped(tmp_path):
    out = tmp_path / "star.gift"
    proc = run_quiz("export", "--format", "gift", "--tags", "STAR", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").count("::star-") == 6
    assert "skipped 1 question(s) that Moodle GIFT cannot hold:" in proc.stdout
    assert "star-005 (order): GIFT has no ordering question" in proc.stdout
    out = tmp_path / "star.xml"
    proc = run_quiz("export", "--format", "moodle-xml", "--tags", "STAR", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("wrote 8 question(s) to ") and "skipped" not in proc.stdout
    assert len(read_moodle_xml(out.read_bytes())) == 8


def test_cli_banks_dir_does_not_swallow_out(tmp_path):
    out = tmp_path / "mbo.xml"
    proc = run_quiz("export", "--format", "moodle-xml", "--banks-dir", "quiz/banks/mbo.yml", str(out))
    assert proc.returncode == 0, proc.stderr
    assert len(read_moodle_xml(out.read_bytes())) == 6
    proc = run_quiz("export", "--format", "gift", "--banks-dir", "quiz/banks/mbo.yml", "--banks-dir",
                    "quiz/banks/star.yml", str(tmp_path / "two.gift"))
    assert proc.returncode == 0 and proc.stdout.startswith("wrote 11 question(s)"), proc.stdout + proc.stderr


def test_cli_takes_out_back_from_the_list_option_that_came_last(tmp_path):
    out = tmp_path / "x.xml"
    proc = run_quiz("export", "--format", "qti", "--bank", "star", "--tags", "STAR", str(out))
    assert proc.returncode == 0, proc.stderr
    assert len(read_qti(out.read_bytes())) == 6
    proc = run_quiz("export", "--format", "qti", "--tags", "S", "M")
    assert proc.returncode == 2 and proc.stderr.strip() == "give the output file (OUT), or - for stdout"


def test_cli_export_rejects_unknown_tag_without_traceback(tmp_path):
    proc = run_quiz("export", "--format", "qti", "--tags", "SWOT", str(tmp_path / "x"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("unknown tag(s): SWOT")
    assert "Traceback" not in proc.stderr


def test_cli_keeps_the_old_file_when_writing_fails(tmp_path):
    folder = tmp_path / "out.gift"
    folder.mkdir()                                            # OUT is a folder: the write must fail cleanly
    proc = run_quiz("export", "--format", "gift", str(folder))
    assert proc.returncode == 2 and proc.stderr.startswith(f"cannot write {folder}:"), proc.stderr
    assert folder.is_dir() and list(folder.iterdir()) == []
