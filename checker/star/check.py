"""check_star: label a STAR answer sentence by sentence and say what is missing.

Report shape in checker/REPORT.md, kind "star", criteria S, T, A, R.
`facts.sentences` lists each unit with its label, span and reason;
`facts.questions` the follow-up questions an interviewer would ask.
"""
from __future__ import annotations

from checker.engine.judge import judge
from checker.engine.report import build_report
from checker.clean import clean_text
from checker.errors import InputError
from checker.lang import detect_lang
from checker.star.parsed import PARTS, ParsedAnswer
from checker.star.questions import follow_up_questions

MAX_ANSWER_CHARS = 6000  # a STAR answer is a few paragraphs; documented in docs/tools/star.md


def _validate(text, lang) -> str:
    if lang not in (None, "zh", "en"):
        raise InputError("bad-lang", value=str(lang)[:20])
    if not isinstance(text, str):
        raise InputError("bad-text", texts=("回答必须是文本。", "The answer must be text."))
    if not text.strip():
        raise InputError("empty-text", texts=("回答为空：请写下或粘贴一段 STAR 回答再检查。",
                                             "The answer is empty: write or paste a STAR answer first."))
    if len(text) > MAX_ANSWER_CHARS:
        raise InputError("text-too-long", detect_lang(text[:400]), texts=(
            f"回答太长（{len(text)} 个字符，上限 {MAX_ANSWER_CHARS}）：一次检查一个故事。",
            f"The answer is too long ({len(text)} characters, limit {MAX_ANSWER_CHARS}): check one story at a time."))
    return clean_text(text)


def _facts(answer: ParsedAnswer, findings: list) -> dict:
    return {
        "sentences": [{"text": u.text, "span": [u.start, u.end], "label": u.label,
                       "reason": u.reason, **({"also": u.also} if u.also else {})} for u in answer.units],
        "parts": {p: len(answer.by_part[p]) for p in PARTS},
        "measures": answer.measures,
        "questions": follow_up_questions([f["rule"] for f in findings], answer.present, answer.lang),
    }


def check_star(text, *, lang=None, today=None) -> dict:
    """Check one STAR answer. `today` is accepted (and ignored) so every
    checker can be called the same way by the bridge."""
    text = _validate(text, lang)
    answer = ParsedAnswer(text, lang or detect_lang(text))
    judgement = judge("star", answer)
    return build_report("star", answer, judgement, _facts(answer, judgement.findings))
