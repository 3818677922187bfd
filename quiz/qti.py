"""Export questions as IMS QTI 1.2, the dialect Canvas and Blackboard import.

Built with xml.etree, so every text is escaped by the serializer; texts are
`text/html` with line breaks kept (export_common.html_text). One assessment
with one section (the Common Cartridge profile allows one), its id and title
from the selection (export_common.Selection), Canvas question types in the
item metadata:

- single, multiple, true/false and diagnose as choice items; a multiple-answer
  item scores only the exact set of right choices (the site's rule);
- tag as a Canvas matching item, one response per sentence, scored per sentence
  (the form Canvas reads matching answers from);
- rewrite as an essay item, its rubric and model answer in the feedback;
- order is skipped: neither Canvas nor Blackboard imports a QTI ordering item.

`export_qti(..., package=True)` wraps the document the way Canvas exports a
quiz (and text2qti writes one): imsmanifest.xml, the QTI file and Canvas's
assessment_meta.xml (the quiz settings) in a folder named by the quiz id.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from .banks import Bank
from .export_common import (PRODUCT, Export, Selection, Skipped, diagnose_choices, diagnose_prompt, feedback_html,
                            html_text, rewrite_prompt, rewrite_rubric_html, tag_labels, xml_bytes)

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
META_TYPE = "associatedcontent/imscc_xmlv1p1/learning-application-resource"


def _material(parent: ET.Element, text_html: str) -> ET.Element:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", texttype="text/html").text = text_html
    return material


def _metadata(item: ET.Element, qtype: str, points: str = "1") -> None:
    meta = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", qtype), ("points_possible", points)):
        field = ET.SubElement(meta, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry


def _resprocessing(item: ET.Element) -> ET.Element:
    """<resprocessing> with the SCORE variable and the general feedback shown for any response."""
    resprocessing = ET.SubElement(item, "resprocessing")
    outcomes = ET.SubElement(resprocessing, "outcomes")
    ET.SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    cond = ET.SubElement(resprocessing, "respcondition", {"continue": "Yes"})
    ET.SubElement(cond, "conditionvar").append(ET.Element("other"))
    ET.SubElement(cond, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    return resprocessing


def _feedback(item: ET.Element, feedback: str) -> None:
    fb = ET.SubElement(item, "itemfeedback", ident="general_fb")
    _material(ET.SubElement(fb, "flow_mat"), feedback)


def _choice_item(item: ET.Element, prompt: str, choices: list[tuple[str, str]], correct: set[str],
                 multiple: bool, feedback: str) -> None:
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, html_text(prompt))
    lid = ET.SubElement(presentation, "response_lid", ident="response1",
                        rcardinality="Multiple" if multiple else "Single")
    render = ET.SubElement(lid, "render_choice")
    for key, text in choices:
        _material(ET.SubElement(render, "response_label", ident=key), html_text(text))
    resprocessing = _resprocessing(item)
    cond = ET.SubElement(resprocessing, "respcondition", {"continue": "No"})
    var = ET.SubElement(cond, "conditionvar")
    if multiple:   # full score only for exactly the right set
        both = ET.SubElement(var, "and")
        for key, _ in choices:
            if key in correct:
                ET.SubElement(both, "varequal", respident="response1").text = key
            else:
                ET.SubElement(ET.SubElement(both, "not"), "varequal", respident="response1").text = key
    else:
        (only,) = correct
        ET.SubElement(var, "varequal", respident="response1").text = only
    ET.SubElement(cond, "setvar", action="Set", varname="SCORE").text = "100"
    _feedback(item, feedback)


def _matching_item(item: ET.Element, q: dict, feedback: str) -> None:
    labels = tag_labels(q)
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, html_text(q["prompt"]))
    ids = {label: f"label_{label}" for label, _ in labels}
    for n, part in enumerate(q["parts"], 1):
        lid = ET.SubElement(presentation, "response_lid", ident=f"response_{n}")
        _material(lid, html_text(part["text"]))
        render = ET.SubElement(lid, "render_choice")
        for label, shown in labels:
            _material(ET.SubElement(render, "response_label", ident=ids[label]), html_text(shown))
    resprocessing = _resprocessing(item)
    share = f"{100 / len(q['parts']):.2f}"
    for n, part in enumerate(q["parts"], 1):
        cond = ET.SubElement(resprocessing, "respcondition")
        ET.SubElement(ET.SubElement(cond, "conditionvar"), "varequal",
                      respident=f"response_{n}").text = ids[str(part["answer"])]
        ET.SubElement(cond, "setvar", action="Add", varname="SCORE").text = share
    _feedback(item, feedback)


def _essay_item(item: ET.Element, q: dict, site_url: str | None) -> None:
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, html_text(rewrite_prompt(q)))
    response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
    ET.SubElement(ET.SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    rubric = rewrite_rubric_html(q, site_url)
    resprocessing = _resprocessing(item)
    cond = ET.SubElement(resprocessing, "respcondition", {"continue": "No"})
    ET.SubElement(cond, "conditionvar").append(ET.Element("other"))
    _feedback(item, rubric)


def question_to_item(q: dict, site_url: str | None = None) -> ET.Element | Skipped:
    qid, qtype = str(q["id"]), q["type"]
    if qtype == "order":
        return Skipped(qid, qtype, "QTI 1.2 as Canvas and Blackboard import it has no ordering item; "
                                   "--format moodle-xml writes it as a Moodle ordering question")
    if qtype == "diagnose" and not q["answer"]:
        return Skipped(qid, qtype, "the goal fails no criterion, and a multiple-answer item needs at least one "
                                   "right choice")
    if qtype not in ("single", "multiple", "true-false", "diagnose", "tag", "rewrite"):
        return Skipped(qid, qtype, "unknown question type")
    item = ET.Element("item", ident=qid, title=qid)
    feedback = feedback_html(q, site_url)
    if qtype in ("single", "multiple"):
        answer = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
        _metadata(item, "multiple_choice_question" if qtype == "single" else "multiple_answers_question")
        _choice_item(item, q["prompt"], [(str(k), str(v)) for k, v in q["choices"].items()],
                     {str(a) for a in answer}, qtype == "multiple", feedback)
    elif qtype == "true-false":
        _metadata(item, "true_false_question")
        _choice_item(item, q["prompt"], [("true", "正确"), ("false", "错误")],
                     {"true" if q["answer"] else "false"}, False, feedback)
    elif qtype == "diagnose":
        _metadata(item, "multiple_answers_question")
        _choice_item(item, diagnose_prompt(q), diagnose_choices(), {str(a) for a in q["answer"]}, True, feedback)
    elif qtype == "tag":
        _metadata(item, "matching_question")
        _matching_item(item, q, feedback)
    else:
        _metadata(item, "essay_question")
        _essay_item(item, q, site_url)
    return item


def assessment_xml(pairs: list[tuple[Bank, dict]], ident: str, title: str,
                   site_url: str | None = None) -> tuple[bytes, int, list[Skipped]]:
    """The QTI document (UTF-8 bytes), how many items it holds, and the skipped questions."""
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = ET.SubElement(root, "assessment", ident=ident, title=title)
    meta = ET.SubElement(ET.SubElement(assessment, "qtimetadata"), "qtimetadatafield")
    ET.SubElement(meta, "fieldlabel").text = "cc_maxattempts"
    ET.SubElement(meta, "fieldentry").text = "1"
    section = ET.SubElement(assessment, "section", ident="root_section")
    skipped, written = [], 0
    for _, q in pairs:
        result = question_to_item(q, site_url)
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            section.append(result)
            written += 1
    return xml_bytes(root, "QTI"), written, skipped


# The quiz settings Canvas reads from assessment_meta.xml, in the order Canvas and
# text2qti write them; the id, title and points are filled in per export.
_QUIZ_SETTINGS = (
    ("shuffle_answers", "false"), ("scoring_policy", "keep_highest"), ("hide_results", ""),
    ("quiz_type", "assignment"), ("points_possible", None), ("require_lockdown_browser", "false"),
    ("require_lockdown_browser_for_results", "false"), ("require_lockdown_browser_monitor", "false"),
    ("lockdown_browser_monitor_data", ""), ("show_correct_answers", "true"), ("anonymous_submissions", "false"),
    ("could_be_locked", "false"), ("allowed_attempts", "1"), ("one_question_at_a_time", "false"),
    ("cant_go_back", "false"), ("available", "false"), ("one_time_results", "false"),
    ("show_correct_answers_last_attempt", "false"), ("only_visible_to_overrides", "false"),
    ("module_locked", "false"),
)
_ASSIGNMENT_SETTINGS = (
    ("due_at", ""), ("lock_at", ""), ("unlock_at", ""), ("module_locked", "false"), ("workflow_state", "unpublished"),
    ("assignment_overrides", ""), ("quiz_identifierref", None), ("allowed_extensions", ""),
    ("has_group_category", "false"), ("points_possible", None), ("grading_type", "points"), ("all_day", "false"),
    ("submission_types", "online_quiz"), ("position", "1"), ("turnitin_enabled", "false"),
    ("vericite_enabled", "false"), ("peer_review_count", "0"), ("peer_reviews", "false"),
    ("automatic_peer_reviews", "false"), ("anonymous_peer_reviews", "false"),
    ("grade_group_students_individually", "false"), ("freeze_on_copy", "false"),
    ("omit_from_final_grade", "false"), ("intra_group_peer_reviews", "false"),
    ("only_visible_to_overrides", "false"), ("post_to_sis", "false"), ("moderated_grading", "false"),
    ("grader_count", "0"), ("grader_comments_visible_to_graders", "true"), ("anonymous_grading", "false"),
    ("graders_anonymous_to_graders", "false"), ("grader_names_visible_to_final_grader", "true"),
    ("anonymous_instructor_annotations", "false"),
)


def assessment_meta_xml(ident: str, title: str, description: str, points: int) -> bytes:
    """Canvas's quiz settings for the package: its title, points and a quiz that is not yet published."""
    quiz = ET.Element("quiz", identifier=ident, xmlns=CANVAS_NS)
    ET.SubElement(quiz, "title").text = title
    ET.SubElement(quiz, "description").text = description
    for tag, value in _QUIZ_SETTINGS:
        ET.SubElement(quiz, tag).text = f"{points:.1f}" if value is None else value
    assignment = ET.SubElement(quiz, "assignment", identifier=f"{ident}-assignment")
    ET.SubElement(assignment, "title").text = title
    for tag, value in _ASSIGNMENT_SETTINGS:
        if tag == "quiz_identifierref":
            value = ident
        ET.SubElement(assignment, tag).text = f"{points:.1f}" if value is None else value
    ET.SubElement(ET.SubElement(assignment, "post_policy"), "post_manually").text = "false"
    ET.SubElement(quiz, "assignment_group_identifierref").text = f"{ident}-group"
    ET.SubElement(quiz, "assignment_overrides").text = ""
    return xml_bytes(quiz, "assessment_meta.xml")


def manifest_xml(ident: str) -> bytes:
    manifest = ET.Element("manifest", identifier=f"{ident}-manifest", xmlns=CP_NS)
    meta = ET.SubElement(manifest, "metadata")
    ET.SubElement(meta, "schema").text = "IMS Content"
    ET.SubElement(meta, "schemaversion").text = "1.1.3"
    ET.SubElement(manifest, "organizations")
    resources = ET.SubElement(manifest, "resources")
    quiz = ET.SubElement(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    ET.SubElement(quiz, "file", href=f"{ident}/{ident}.xml")
    ET.SubElement(quiz, "dependency", identifierref=f"{ident}-meta")
    meta_res = ET.SubElement(resources, "resource", identifier=f"{ident}-meta", type=META_TYPE,
                             href=f"{ident}/assessment_meta.xml")
    ET.SubElement(meta_res, "file", href=f"{ident}/assessment_meta.xml")
    return xml_bytes(manifest, "imsmanifest.xml")


def export_qti(pairs: list[tuple[Bank, dict]], selection: Selection, title: str, site_url: str | None = None,
               package: bool = False) -> Export:
    """QTI 1.2: one document, or (package) a zip Canvas and Blackboard import."""
    ident = selection.ident
    document, written, skipped = assessment_xml(pairs, ident, title, site_url)
    notes = []
    if any(q["type"] == "rewrite" for _, q in pairs):
        notes.append("rewrite questions are essay items for the teacher to grade; their rubric and model answer "
                     "are the item feedback, which learners see after the attempt.")
    if not package:
        return Export(document, "QTI 1.2", written, skipped, notes)
    description = html_text(f"{PRODUCT}的题库导出，共 {written} 题。")
    files = [("imsmanifest.xml", manifest_xml(ident)), ("non_cc_assessments/", b""),
             (f"{ident}/assessment_meta.xml", assessment_meta_xml(ident, title, description, written)),
             (f"{ident}/{ident}.xml", document)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:   # a fixed date: the same banks and selection give the same bytes
            zf.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return Export(buffer.getvalue(), "QTI 1.2 content package", written, skipped, notes)
