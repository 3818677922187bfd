"""Export questions as Moodle GIFT.

GIFT holds single and multiple choice, true/false and matching; diagnose
questions become multiple-answer, tag questions become matching. Order and
rewrite questions have no GIFT form and are skipped with a reason.
"""
from __future__ import annotations

from .banks import Bank
from .export_common import Skipped, diagnose_choices, diagnose_prompt, feedback_text

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


def _weight(fraction: float) -> str:
    """Moodle's GIFT weights: percentages with at most 5 decimals (33.33333)."""
    text = f"{fraction:.5f}".rstrip("0").rstrip(".")
    return f"%{text}%"


def _choice_block(choices: list[tuple[str, str]], correct: set[str], multi: bool) -> list[str]:
    lines = []
    if not multi:
        for key, text in choices:
            lines.append(("=" if key in correct else "~") + escape(text))
        return lines
    right = 100 / len(correct)
    wrong_count = len(choices) - len(correct)
    wrong = -100 / wrong_count if wrong_count else 0
    for key, text in choices:
        lines.append("~" + _weight(right if key in correct else wrong) + escape(text))
    return lines


def question_to_gift(bank: Bank, q: dict, site_url: str | None = None) -> str | Skipped:
    qid, qtype = str(q["id"]), q["type"]
    title = f"::{escape(qid)}::"
    feedback = f"####{escape(feedback_text(q, site_url))}"
    if qtype in ("single", "multiple"):
        choices = [(str(k), str(v)) for k, v in q["choices"].items()]
        answer = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
        correct = {str(a) for a in answer}
        body = _choice_block(choices, correct, multi=(qtype == "multiple"))
        return "\n".join([f"{title}{escape(q['prompt'])} {{", *body, feedback, "}"])
    if qtype == "true-false":
        return f"{title}{escape(q['prompt'])} {{{'T' if q['answer'] else 'F'}{feedback}}}"
    if qtype == "diagnose":
        if not q["answer"]:
            return Skipped(qid, qtype, "the goal fails no criterion, and a GIFT multiple-answer question needs at least one correct choice")
        body = _choice_block(diagnose_choices(), {str(a) for a in q["answer"]}, multi=True)
        return "\n".join([f"{title}{escape(diagnose_prompt(q))} {{", *body, feedback, "}"])
    if qtype == "tag":
        if len(q["parts"]) < 3:
            return Skipped(qid, qtype, "Moodle matching needs at least three pairs")
        body = [f"={escape(p['text']).replace('->', '→')} -> {escape(p['answer'])}" for p in q["parts"]]
        return "\n".join([f"{title}{escape(q['prompt'])} {{", *body, feedback, "}"])
    if qtype == "order":
        return Skipped(qid, qtype, "GIFT has no ordering question type")
    if qtype == "rewrite":
        return Skipped(qid, qtype, "a free-text rewrite is graded by the in-page SMART checker, which an LMS cannot run")
    return Skipped(qid, qtype, "unknown question type")


def export_gift(pairs: list[tuple[Bank, dict]], site_url: str | None = None) -> tuple[str, int, list[Skipped]]:
    """GIFT text for the questions, how many were written, and the skipped ones."""
    chunks, skipped, current_bank = [], [], None
    written = 0
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
    return "\n\n".join(chunks) + "\n", written, skipped
