"""Read each export back the way its importer does, into one plain shape per question,
and say what that shape must be for a bank question. The export tests compare the two.

Shapes (texts are plain: HTML entities decoded, <br> back to a line break):
  choice  {"kind", "prompt", "choices": [text], "right": {text}, "multi"}
  tf      {"kind", "prompt", "answer": bool}
  match   {"kind", "prompt", "rows": [(text, label)], "offered": {label}}
  essay   {"kind", "prompt", "info": text}        (info: the rubric, checked separately)
  order   {"kind", "prompt", "items": [text]}     (items in the right order)

Readers: gift-pegjs (npm, pinned) for GIFT; for the XML formats the standard
library's parser, walking the elements the way Moodle's qformat_xml and
Canvas's QTI import read them.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from quiz.schema import SMART_CRITERIA, SMART_NAMES, STAR_NAMES

ROOT = Path(__file__).resolve().parents[2]
GIFT_READER = Path(__file__).resolve().parent / "readers" / "read_gift.js"
QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"


def plain(text_html: str | None) -> str:
    """HTML as the learner reads it: <br> is a line break, entities decoded."""
    return html.unescape(re.sub(r"<br\s*/?>", "\n", text_html or "")).strip()


# ---- what a bank question must come back as ------------------------------

def _labels(q: dict) -> list[str]:
    labels = [str(x) for x in q.get("labels") or ("S", "T", "A", "R")]
    return [f"{x} {STAR_NAMES[x]}" if x in STAR_NAMES else x for x in labels]


def expected(q: dict, fmt: str) -> dict:
    qtype = q["type"]
    prompt = q["prompt"].strip()
    if qtype in ("single", "multiple"):
        choices = {str(k): str(v).strip() for k, v in q["choices"].items()}
        answer = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
        return {"kind": "choice", "prompt": prompt, "choices": list(choices.values()),
                "right": {choices[str(a)] for a in answer}, "multi": qtype == "multiple"}
    if qtype == "diagnose":
        choices = {c: f"{c}（{SMART_NAMES[c]}）" for c in SMART_CRITERIA}
        return {"kind": "choice", "prompt": f"{prompt}\n目标：{q['goal'].strip()}", "choices": list(choices.values()),
                "right": {choices[str(a)] for a in q["answer"]}, "multi": True}
    if qtype == "true-false":
        return {"kind": "tf", "prompt": prompt, "answer": bool(q["answer"])}
    if qtype == "tag":
        labels = dict(zip([str(x) for x in q.get("labels") or ("S", "T", "A", "R")], _labels(q)))
        rows = [(p["text"].strip(), labels[str(p["answer"])]) for p in q["parts"]]
        if fmt == "gift":   # GIFT: the passage in order in the text, each row numbered (Moodle shuffles rows)
            rows = [(f"（{n}）{text}", label) for n, (text, label) in enumerate(rows, 1)]
            prompt = "\n".join([prompt, *(text for text, _ in rows)])
        return {"kind": "match", "prompt": prompt, "rows": rows, "offered": set(labels.values())}
    if qtype == "rewrite":
        return {"kind": "essay", "prompt": f"{prompt}\n原目标：{q['goal'].strip()}"}
    if qtype == "order":
        items = {str(k): str(v).strip() for k, v in q["items"].items()}
        return {"kind": "order", "prompt": prompt, "items": [items[str(a)] for a in q["answer"]]}
    raise AssertionError(qtype)


def comparable(shape: dict) -> dict:
    """A read-back shape without the parts the bank cannot predict (the rubric text)."""
    return {k: v for k, v in shape.items() if k != "info"}


# ---- GIFT, read by gift-pegjs ------------------------------------------

def gift_parse(text: str) -> list[dict]:
    node = shutil.which("node")
    assert node, "node is needed to run gift-pegjs"
    proc = subprocess.run([node, str(GIFT_READER)], input=text, capture_output=True, text=True, cwd=ROOT)
    parsed = json.loads(proc.stdout)
    assert proc.returncode == 0, parsed
    return parsed


def read_gift(text: str) -> dict[str, dict]:
    out = {}
    for q in gift_parse(text):
        if q["type"] == "Category":
            continue
        assert q["stem"]["format"] == "html", q["title"]
        shape = {"prompt": plain(q["stem"]["text"])}
        if q["type"] == "MC":
            choices = q["choices"]
            multi = any(c["weight"] is not None for c in choices)
            right = {plain(c["text"]["text"]) for c in choices
                     if (c["weight"] or 0) > 0 or (not multi and c["isCorrect"])}
            shape.update(kind="choice", choices=[plain(c["text"]["text"]) for c in choices], right=right, multi=multi)
        elif q["type"] == "TF":
            shape.update(kind="tf", answer=q["isTrue"])
        elif q["type"] == "Matching":
            pairs = q["matchPairs"]
            shape.update(kind="match", rows=[(plain(p["subquestion"]["text"]), p["subanswer"]) for p in pairs
                                             if p["subquestion"]["text"]],
                         offered={p["subanswer"] for p in pairs})
        elif q["type"] == "Essay":
            shape.update(kind="essay", info=plain(q["globalFeedback"]["text"]))
        else:
            raise AssertionError(f"unexpected GIFT question type {q['type']}")
        out[q["title"]] = shape
    return out


def gift_weights(text: str) -> dict[str, list[float]]:
    """Each multiple-answer question's weights, as gift-pegjs reads them."""
    return {q["title"]: [c["weight"] for c in q["choices"]] for q in gift_parse(text)
            if q["type"] == "MC" and any(c["weight"] is not None for c in q["choices"])}


# ---- Moodle XML, read as qformat_xml does ------------------------------

def _mtext(element: ET.Element | None) -> str:
    """Moodle's getpath(..., '#', 'text', 0, '#'): the <text> child's content."""
    if element is None:
        return ""
    text = element.find("text")
    return (text.text or "") if text is not None else ""


def read_moodle_question(question: ET.Element) -> dict:
    qtype = question.get("type")
    shape = {"prompt": plain(_mtext(question.find("questiontext")))}
    answers = question.findall("answer")
    if qtype == "multichoice":
        multi = question.findtext("single") == "false"
        shape.update(kind="choice", choices=[plain(_mtext(a)) for a in answers], multi=multi,
                     right={plain(_mtext(a)) for a in answers if float(a.get("fraction")) > 0})
    elif qtype == "truefalse":
        (true,) = [a for a in answers if _mtext(a) == "true"]
        shape.update(kind="tf", answer=float(true.get("fraction")) == 100)
    elif qtype == "matching":
        subs = question.findall("subquestion")
        shape.update(kind="match", rows=[(plain(_mtext(s)), _mtext(s.find("answer"))) for s in subs if _mtext(s)],
                     offered={_mtext(s.find("answer")) for s in subs})
    elif qtype == "essay":
        shape.update(kind="essay", info=plain(_mtext(question.find("graderinfo"))))
    elif qtype == "ordering":   # the ordering question keeps its answers in the right order
        shape.update(kind="order", items=[plain(_mtext(a)) for a in answers])
    else:
        raise AssertionError(f"unexpected Moodle question type {qtype}")
    return shape


def read_moodle_xml(data: bytes) -> dict[str, dict]:
    root = ET.fromstring(data)
    assert root.tag == "quiz"
    return {_mtext(q.find("name")): read_moodle_question(q) for q in root.findall("question")
            if q.get("type") != "category"}


# ---- QTI 1.2, read as Canvas's importer does ---------------------------

def _mattext(parent: ET.Element) -> str:
    mattext = parent.find(f"{QTI}material/{QTI}mattext")
    assert mattext.get("texttype") == "text/html"
    return plain(mattext.text)


def _full_score_labels(item: ET.Element) -> set[str]:
    """The response labels a condition that sets the full score requires (negated ones left out)."""
    found = set()
    for cond in item.iterfind(f"{QTI}resprocessing/{QTI}respcondition"):
        setvar = cond.find(f"{QTI}setvar")
        if setvar is None or setvar.get("action") != "Set":
            continue
        var = cond.find(f"{QTI}conditionvar")
        negated = {id(v) for n in var.iter(f"{QTI}not") for v in n.iter()}
        found |= {v.text for v in var.iter(f"{QTI}varequal") if id(v) not in negated}
    return found


def read_qti_item(item: ET.Element) -> dict:
    fields = {f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry")
              for f in item.iterfind(f"{QTI}itemmetadata/{QTI}qtimetadata/{QTI}qtimetadatafield")}
    qtype = fields["question_type"]
    presentation = item.find(f"{QTI}presentation")
    shape = {"prompt": _mattext(presentation)}
    if qtype in ("multiple_choice_question", "multiple_answers_question", "true_false_question"):
        labels = {r.get("ident"): _mattext(r) for r in presentation.iter(f"{QTI}response_label")}
        right = {labels[i] for i in _full_score_labels(item)}
        if qtype == "true_false_question":
            shape.update(kind="tf", answer=right == {"正确"})
        else:
            shape.update(kind="choice", choices=list(labels.values()), right=right,
                         multi=qtype == "multiple_answers_question")
    elif qtype == "matching_question":
        answers = {}
        for cond in item.iterfind(f"{QTI}resprocessing/{QTI}respcondition"):
            var = cond.find(f"{QTI}conditionvar/{QTI}varequal")
            if var is not None and cond.find(f"{QTI}setvar") is not None:
                answers[var.get("respident")] = var.text
        rows, offered = [], set()
        for lid in presentation.iterfind(f"{QTI}response_lid"):
            labels = {r.get("ident"): _mattext(r) for r in lid.iter(f"{QTI}response_label")}
            offered |= set(labels.values())
            rows.append((_mattext(lid), labels[answers[lid.get("ident")]]))
        shape.update(kind="match", rows=rows, offered=offered)
    elif qtype == "essay_question":
        assert presentation.find(f"{QTI}response_str/{QTI}render_fib") is not None
        feedback = item.find(f"{QTI}itemfeedback/{QTI}flow_mat")
        shape.update(kind="essay", info=_mattext(feedback))
    else:
        raise AssertionError(f"unexpected QTI question type {qtype}")
    return shape


def read_qti(data: bytes) -> dict[str, dict]:
    root = ET.fromstring(data)
    return {item.get("ident"): read_qti_item(item) for item in root.iter(f"{QTI}item")}
