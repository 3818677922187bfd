"""Export questions as Moodle GIFT.

Every text is written in GIFT's `[html]` format: HTML-escaped first (so `<b>`
and `&` show as typed, not as markup), line breaks as `<br>`, then GIFT's own
escapes. A text that starts with `%` or `[` starts with an entity instead,
because GIFT would read `%50%` as a weight and `[html]` as a format.

- single, multiple and true/false as themselves; diagnose as multiple-answer
  over S/M/A/R/T; multiple answers use the weights of export_common.moodle_weights;
- tag as matching. Moodle shuffles the rows of a matching question imported
  from GIFT, and GIFT cannot turn that off, so the question text also shows
  the passage in order and every row carries its sentence number; labels no
  sentence uses are offered as extra choices;
- rewrite as an essay. GIFT has no grader information, so the rubric and the
  model answer are the general feedback, which learners see after the attempt;
- order is skipped: GIFT has no ordering question that GIFT readers accept.
"""
from __future__ import annotations

from .banks import Bank
from .export_common import (Export, ExportError, Skipped, diagnose_choices, diagnose_prompt, feedback_html, html_text,
                            moodle_matching_problem, moodle_weights, rewrite_prompt, rewrite_rubric_html, tag_labels,
                            unused_labels)

GIFT_SPECIAL = "\\~=#{}:"  # backslash first so escapes are not escaped twice


def escape(text: str) -> str:
    """Escape GIFT's control characters; newlines become GIFT's \\n."""
    out = []
    for ch in str(text).strip():
        if ch in GIFT_SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            continue
        else:
            out.append(ch)
    return "".join(out)


def gift_html(text_html: str) -> str:
    """An HTML text ready for GIFT: a leading % or [ as an entity, then GIFT-escaped."""
    text_html = text_html.strip()
    if text_html[:1] == "%":
        text_html = "&#37;" + text_html[1:]
    elif text_html[:1] == "[":
        text_html = "&#91;" + text_html[1:]
    return escape(text_html)


def _text(plain: str) -> str:
    return gift_html(html_text(plain))


def numbered(n: int, text: str) -> str:
    return f"（{n}）{text.strip()}"


def question_to_gift(bank: Bank, q: dict, site_url: str | None = None) -> str | Skipped:
    qid, qtype = str(q["id"]), q["type"]
    head = f"::{escape(qid)}::[html]"
    feedback = f"####{gift_html(feedback_html(q, site_url))}"
    if qtype in ("single", "multiple", "diagnose"):
        if qtype == "diagnose":
            if not q["answer"]:
                return Skipped(qid, qtype, "the goal fails no criterion, and a multiple-answer question needs "
                                           "at least one right choice")
            prompt, choices = diagnose_prompt(q), diagnose_choices()
        else:
            prompt, choices = q["prompt"], [(str(k), str(v)) for k, v in q["choices"].items()]
        answer = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
        correct = {str(a) for a in answer}
        if qtype == "single":
            body = [("=" if key in correct else "~") + _text(text) for key, text in choices]
        else:
            weights = moodle_weights([k for k, _ in choices], correct)
            if weights is None:
                return Skipped(qid, qtype, f"Moodle has no grade of 100/{len(correct)} % for each right choice")
            body = [f"~%{weights[key]}%" + _text(text) for key, text in choices]
        return "\n".join([f"{head}{_text(prompt)} {{", *body, feedback, "}"])
    if qtype == "true-false":
        return f"{head}{_text(q['prompt'])} {{{'T' if q['answer'] else 'F'}{feedback}}}"
    if qtype == "tag":
        problem = moodle_matching_problem(q)
        if problem:
            return Skipped(qid, qtype, problem)
        shown = dict(tag_labels(q))
        passage = "\n".join(numbered(n, p["text"]) for n, p in enumerate(q["parts"], 1))
        rows = [f"={_text(numbered(n, p['text']))} -> {escape(shown[str(p['answer'])])}"
                for n, p in enumerate(q["parts"], 1)]
        rows += [f"= -> {escape(label)}" for _, label in unused_labels(q)]
        return "\n".join([f"{head}{_text(q['prompt'] + chr(10) + passage)} {{", *rows, feedback, "}"])
    if qtype == "rewrite":
        return f"{head}{_text(rewrite_prompt(q))} {{####{gift_html(rewrite_rubric_html(q, site_url))}}}"
    if qtype == "order":
        return Skipped(qid, qtype, "GIFT has no ordering question that GIFT readers accept; "
                                   "--format moodle-xml writes it as a Moodle ordering question")
    return Skipped(qid, qtype, "unknown question type")


def export_gift(pairs: list[tuple[Bank, dict]], site_url: str | None = None) -> Export:
    """GIFT text for the questions, with what was skipped and notes for the teacher."""
    chunks, skipped, current_bank = [], [], None
    written = 0
    kinds: dict[str, int] = {}
    for bank, q in pairs:
        result = question_to_gift(bank, q, site_url)
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        if bank.id != current_bank:
            chunks.append(f"// {bank.id}: {bank.title}\n$CATEGORY: $course$/SMART/{bank.id}")
            current_bank = bank.id
        chunks.append(result)
        written += 1
        kinds[q["type"]] = kinds.get(q["type"], 0) + 1
    notes = []
    if kinds.get("tag"):
        notes.append(f"Moodle shuffles the rows of the {kinds['tag']} tagging question(s) (matching, imported from GIFT); "
                     "their question text shows the passage in order and each row its sentence number. "
                     "--format moodle-xml keeps the rows in order.")
    if kinds.get("rewrite"):
        notes.append(f"the {kinds['rewrite']} rewrite question(s) are essays for the teacher to grade; GIFT cannot "
                     "carry grader information, so the rubric and model answer are the general feedback, which "
                     "learners see after the attempt. --format moodle-xml puts them in the grader information.")
    try:
        data = ("\n\n".join(chunks) + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:   # a lone surrogate: the validator refuses these, so this is a bug
        raise ExportError(f"the GIFT text cannot be written as UTF-8 ({exc}); nothing was written") from None
    return Export(data, "Moodle GIFT", written, skipped, notes)
