"""Export questions as IMS QTI 1.2 (the dialect Canvas, Blackboard and Moodle import).

Built with xml.etree so every text is escaped by the serializer. Single,
multiple, true/false and diagnose questions become choice items; tag
questions become Canvas-style matching items (one response per sentence).
Order and rewrite questions are skipped with a reason.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .banks import Bank
from .export_common import Skipped, diagnose_choices, diagnose_prompt, feedback_text

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"


def _material(parent: ET.Element, text: str) -> ET.Element:
    material = ET.SubElement(parent, "material")
    mattext = ET.SubElement(material, "mattext", texttype="text/plain")
    mattext.text = text
    return material


def _metadata(item: ET.Element, qtype: str, points: str = "1") -> None:
    meta = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", qtype), ("points_possible", points)):
        field = ET.SubElement(meta, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry


def _score_outcome(resprocessing: ET.Element) -> None:
    outcomes = ET.SubElement(resprocessing, "outcomes")
    ET.SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")


def _feedback(item: ET.Element, resprocessing: ET.Element, text: str) -> None:
    cond = ET.SubElement(resprocessing, "respcondition", {"continue": "Yes"})
    ET.SubElement(cond, "conditionvar").append(ET.Element("other"))
    ET.SubElement(cond, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    fb = ET.SubElement(item, "itemfeedback", ident="general_fb")
    _material(ET.SubElement(fb, "flow_mat"), text)


def _choice_item(item: ET.Element, prompt: str, choices: list[tuple[str, str]], correct: set[str],
                 multiple: bool, feedback: str) -> None:
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, prompt)
    lid = ET.SubElement(presentation, "response_lid", ident="response1",
                        rcardinality="Multiple" if multiple else "Single")
    render = ET.SubElement(lid, "render_choice")
    for key, text in choices:
        _material(ET.SubElement(render, "response_label", ident=key), text)
    resprocessing = ET.SubElement(item, "resprocessing")
    _score_outcome(resprocessing)
    _feedback(item, resprocessing, feedback)
    cond = ET.SubElement(resprocessing, "respcondition", {"continue": "No"})
    var = ET.SubElement(cond, "conditionvar")
    if multiple:
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


def _matching_item(item: ET.Element, q: dict, feedback: str) -> None:
    labels = [str(x) for x in (q.get("labels") or ("S", "T", "A", "R"))]
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, q["prompt"])
    ids = {label: f"label_{label}" for label in labels}
    for n, part in enumerate(q["parts"], 1):
        lid = ET.SubElement(presentation, "response_lid", ident=f"response_{n}")
        _material(lid, part["text"])
        render = ET.SubElement(lid, "render_choice")
        for label in labels:
            _material(ET.SubElement(render, "response_label", ident=ids[label]), label)
    resprocessing = ET.SubElement(item, "resprocessing")
    _score_outcome(resprocessing)
    _feedback(item, resprocessing, feedback)
    share = f"{100 / len(q['parts']):.2f}"
    for n, part in enumerate(q["parts"], 1):
        cond = ET.SubElement(resprocessing, "respcondition")
        ET.SubElement(ET.SubElement(cond, "conditionvar"), "varequal",
                      respident=f"response_{n}").text = ids[str(part["answer"])]
        ET.SubElement(cond, "setvar", action="Add", varname="SCORE").text = share


def question_to_item(q: dict, site_url: str | None = None) -> ET.Element | Skipped:
    qid, qtype = str(q["id"]), q["type"]
    if qtype == "order":
        return Skipped(qid, qtype, "QTI 1.2 as Canvas, Blackboard and Moodle import it has no ordering item")
    if qtype == "rewrite":
        return Skipped(qid, qtype, "a free-text rewrite is graded by the in-page SMART checker, which an LMS cannot run")
    if qtype == "diagnose" and not q["answer"]:
        return Skipped(qid, qtype, "the goal fails no criterion, and a multiple-answer item needs at least one correct choice")
    if qtype not in ("single", "multiple", "true-false", "diagnose", "tag"):
        return Skipped(qid, qtype, "unknown question type")
    item = ET.Element("item", ident=qid, title=qid)
    feedback = feedback_text(q, site_url)
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
    else:
        _metadata(item, "matching_question")
        _matching_item(item, q, feedback)
    return item


def export_qti(pairs: list[tuple[Bank, dict]], title: str = "SMART 目标训练营 测验",
               site_url: str | None = None) -> tuple[bytes, int, list[Skipped]]:
    """A QTI 1.2 document (UTF-8 bytes), how many items it holds, and the skipped questions."""
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = ET.SubElement(root, "assessment", ident="smart-trainer-quiz", title=title)
    sections: dict[str, ET.Element] = {}
    skipped, written = [], 0
    for bank, q in pairs:
        result = question_to_item(q, site_url)
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        if bank.id not in sections:
            sections[bank.id] = ET.SubElement(assessment, "section", ident=bank.id, title=bank.title)
        sections[bank.id].append(result)
        written += 1
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True), written, skipped


CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"


def content_package(qti_xml: bytes, name: str = "smart-trainer-quiz.xml") -> bytes:
    """A zip with imsmanifest.xml around the QTI document: the form Canvas and Blackboard import."""
    import io
    import zipfile

    manifest = ET.Element("manifest", identifier="smart-trainer-quiz", xmlns=CP_NS)
    meta = ET.SubElement(manifest, "metadata")
    ET.SubElement(meta, "schema").text = "IMS Content"
    ET.SubElement(meta, "schemaversion").text = "1.1.3"
    ET.SubElement(manifest, "organizations")
    resource = ET.SubElement(ET.SubElement(manifest, "resources"), "resource",
                             identifier="quiz", type="imsqti_xmlv1p2", href=name)
    ET.SubElement(resource, "file", href=name)
    ET.indent(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("imsmanifest.xml", ET.tostring(manifest, encoding="UTF-8", xml_declaration=True))
        zf.writestr(name, qti_xml)
    return buffer.getvalue()
