"""Export questions as Moodle XML, the format of Moodle's own question export.

Elements come in the order Moodle's exporter writes them
(question/format/xml/format.php), texts are `format="html"` with line breaks
kept (export_common.html_text). Moodle XML can say what GIFT cannot:

- single and multiple choice, true/false; diagnose as multiple-answer over
  S/M/A/R/T, with the weights of export_common.moodle_weights; choices stay in
  the bank's order;
- tag as matching with `<shuffleanswers>0</shuffleanswers>`, so the sentences
  stay in the passage's order; labels no sentence uses are extra choices;
- rewrite as an essay, the rubric and model answer in the grader information
  (shown to teachers only), the explanation as general feedback;
- order as Moodle's ordering question (core since Moodle 4.4, a plugin before),
  graded all or nothing like the site.

One category per bank, `$course$/SMART/<bank id>`, as in the GIFT export.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .banks import Bank
from .export_common import (Export, Skipped, diagnose_choices, diagnose_prompt, feedback_html, html_text,
                            moodle_matching_problem, moodle_weights, order_items, rewrite_prompt,
                            rewrite_rubric_html, tag_labels, unused_labels, xml_bytes)


def _text(parent: ET.Element, tag: str, text_html: str, **attrs) -> ET.Element:
    """<tag format="html"><text>…</text></tag> (format only where Moodle writes one)."""
    element = ET.SubElement(parent, tag, attrs)
    ET.SubElement(element, "text").text = text_html
    return element


def _value(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, tag).text = value


def _head(qtype: str, q: dict, question_html: str, feedback: str, penalty: str = "0.3333333") -> ET.Element:
    question = ET.Element("question", type=qtype)
    _text(question, "name", str(q["id"]))
    _text(question, "questiontext", question_html, format="html")
    _text(question, "generalfeedback", feedback, format="html")
    _value(question, "defaultgrade", "1")
    _value(question, "penalty", penalty)
    _value(question, "hidden", "0")
    _value(question, "idnumber", str(q["id"]))
    return question


def _combined_feedback(question: ET.Element, shownumcorrect: str = "") -> None:
    """Moodle's three combined feedbacks, left empty, and shownumcorrect (a flag, or a value for ordering)."""
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(question, tag, "", format="html")
    ET.SubElement(question, "shownumcorrect").text = shownumcorrect


def _answer(question: ET.Element, fraction: str, text_html: str, text_format: str | None = "html") -> None:
    attrs = {"fraction": fraction, **({"format": text_format} if text_format else {})}
    answer = ET.SubElement(question, "answer", attrs)
    ET.SubElement(answer, "text").text = text_html
    _text(answer, "feedback", "", format="html")


def _tags(question: ET.Element, q: dict) -> None:
    tags = ET.SubElement(question, "tags")
    for tag in q["tags"]:
        _text(tags, "tag", html_text(str(tag)))


def _multichoice(q: dict, prompt: str, choices: list[tuple[str, str]], correct: set[str], single: bool,
                 feedback: str) -> ET.Element | Skipped:
    weights = ({k: "100" if k in correct else "0" for k, _ in choices} if single
               else moodle_weights([k for k, _ in choices], correct))
    if weights is None:
        return Skipped(str(q["id"]), q["type"], f"Moodle has no grade of 100/{len(correct)} % for each right choice")
    question = _head("multichoice", q, html_text(prompt), feedback)
    _value(question, "single", "true" if single else "false")
    _value(question, "shuffleanswers", "0")
    _value(question, "answernumbering", "abc")
    _value(question, "showstandardinstruction", "1")
    _combined_feedback(question)
    for key, text in choices:
        _answer(question, weights[key], html_text(text))
    return question


def question_to_xml(q: dict, site_url: str | None = None) -> ET.Element | Skipped:
    qid, qtype = str(q["id"]), q["type"]
    feedback = feedback_html(q, site_url)
    if qtype in ("single", "multiple"):
        answer = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
        question = _multichoice(q, q["prompt"], [(str(k), str(v)) for k, v in q["choices"].items()],
                                {str(a) for a in answer}, qtype == "single", feedback)
    elif qtype == "diagnose":
        if not q["answer"]:
            return Skipped(qid, qtype, "the goal fails no criterion, and a multiple-answer question needs "
                                       "at least one right choice")
        question = _multichoice(q, diagnose_prompt(q), diagnose_choices(), {str(a) for a in q["answer"]},
                                False, feedback)
    elif qtype == "true-false":
        question = _head("truefalse", q, html_text(q["prompt"]), feedback, penalty="1")
        _answer(question, "100" if q["answer"] else "0", "true", text_format="moodle_auto_format")
        _answer(question, "0" if q["answer"] else "100", "false", text_format="moodle_auto_format")
    elif qtype == "tag":
        problem = moodle_matching_problem(q)
        if problem:
            return Skipped(qid, qtype, problem)
        shown = dict(tag_labels(q))
        question = _head("matching", q, html_text(q["prompt"]), feedback)
        _value(question, "shuffleanswers", "0")
        _combined_feedback(question)
        rows = [(html_text(p["text"]), shown[str(p["answer"])]) for p in q["parts"]]
        rows += [("", label) for _, label in unused_labels(q)]   # a row without text is an extra choice
        for text_html, label in rows:
            sub = _text(question, "subquestion", text_html, format="html")
            _text(sub, "answer", label)
    elif qtype == "rewrite":
        question = _head("essay", q, html_text(rewrite_prompt(q)), feedback, penalty="0")
        for tag, value in (("responseformat", "plain"), ("responserequired", "1"), ("responsefieldlines", "5"),
                           ("attachments", "0"), ("attachmentsrequired", "0")):
            _value(question, tag, value)
        _text(question, "graderinfo", rewrite_rubric_html(q, site_url), format="html")
        _text(question, "responsetemplate", "", format="html")
    elif qtype == "order":
        question = _head("ordering", q, html_text(q["prompt"]), feedback)
        for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                           ("gradingtype", "ALL_OR_NOTHING"), ("showgrading", "SHOW"), ("numberingstyle", "none")):
            _value(question, tag, value)
        _combined_feedback(question, shownumcorrect="1")
        for n, (_, text) in enumerate(order_items(q), 1):   # in the right order; Moodle shuffles them
            answer = ET.SubElement(question, "answer", fraction=str(n), format="html")
            ET.SubElement(answer, "text").text = html_text(text)
    else:
        return Skipped(qid, qtype, "unknown question type")
    if isinstance(question, Skipped):
        return question
    _tags(question, q)
    return question


def _category(bank: Bank) -> ET.Element:
    question = ET.Element("question", type="category")
    _text(question, "category", f"$course$/SMART/{bank.id}")
    _text(question, "info", html_text(f"{bank.title}：{bank.description}" if bank.description else bank.title),
          format="html")
    _value(question, "idnumber", "")
    return question


def export_moodle_xml(pairs: list[tuple[Bank, dict]], site_url: str | None = None) -> Export:
    quiz = ET.Element("quiz")
    skipped, written, current_bank, orders = [], 0, None, 0
    for bank, q in pairs:
        result = question_to_xml(q, site_url)
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        if bank.id != current_bank:
            quiz.append(_category(bank))
            current_bank = bank.id
        quiz.append(result)
        written += 1
        orders += q["type"] == "order"
    notes = []
    if orders:
        notes.append(f"the {orders} order question(s) use Moodle's ordering question type, part of Moodle since 4.4 "
                     "(older sites need the qtype_ordering plugin).")
    data = xml_bytes(quiz, "Moodle XML", short_empty_elements=False)
    return Export(data, "Moodle XML", written, skipped, notes)
