"""check_star: label a STAR answer sentence by sentence and say what is missing.

Report shape as in DESIGN.md ("The report"), kind "star", criteria S, T, A,
R. `facts.sentences` lists each unit with its label, span and reason;
`facts.questions` the follow-up questions an interviewer would ask.
"""
from __future__ import annotations

import re

from checker.star.labeler import PART_NAMES, Unit, label_units
from checker.star.measure import find_measure
from checker.star.questions import follow_up_questions
from checker.star.report import build_report, detect_lang, finding, input_error
from checker.star.subject import who_acts

MAX_ANSWER_CHARS = 6000  # a STAR answer is a few paragraphs; documented in docs/tools/star.md
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z0-9]+")
# The action should be at least this share of the situation's size.
THIN_RATIO = 0.5
# A one-line situation does not make a one-line action thin.
MIN_SITUATION_FOR_THIN = 24


def _size(text: str) -> int:
    """Comparable size for Chinese and English: Han characters + 2 per Latin word."""
    return len(_HAN.findall(text)) + 2 * len(_WORD.findall(text))


def _validate(text, lang):
    if lang not in (None, "zh", "en"):
        raise input_error("bad-lang", "语言“{v}”无效：请用 zh 或 en。".format(v=lang),
                          f"Invalid language '{lang}': use zh or en.")
    if not isinstance(text, str):
        raise input_error("bad-text", "回答必须是文本。", "The answer must be text.")
    if not text.strip():
        raise input_error("empty-text", "回答为空：请写下或粘贴一段 STAR 回答再检查。",
                          "The answer is empty: write or paste a STAR answer first.")
    if len(text) > MAX_ANSWER_CHARS:
        raise input_error(
            "text-too-long",
            f"回答太长（{len(text)} 个字符，上限 {MAX_ANSWER_CHARS}）：一次检查一个故事。",
            f"The answer is too long ({len(text)} characters, limit {MAX_ANSWER_CHARS}): check one story at a time.",
            detect_lang(text[:400]))


def _action_findings(actions: list[Unit], situations: list[Unit], lang: str) -> list[dict]:
    found: list[dict] = []
    subjects = [(u, *who_acts(u.text)) for u in actions]
    if not any(who == "I" for _, who, _ in subjects):
        we = [(u, word) for u, who, word in subjects if who == "we"]
        if we:
            unit, word = we[0]
            at = unit.start + unit.text.find(word)
            found.append(finding("STAR-action-we-only", lang, [at, at + len(word)], word=word))
        else:
            unit = actions[0]
            found.append(finding("STAR-action-subject-unclear", lang, [unit.start, unit.end]))
    a_size = sum(_size(u.text) for u in actions)
    s_size = sum(_size(u.text) for u in situations)
    if s_size >= MIN_SITUATION_FOR_THIN and a_size < THIN_RATIO * s_size:
        found.append(finding("STAR-action-thin", lang, [actions[0].start, actions[-1].end]))
    return found


def check_star(text, *, lang=None, today=None) -> dict:
    """Check one STAR answer. `today` is accepted (and ignored) so every
    checker can be called the same way by the bridge."""
    _validate(text, lang)
    lang = lang or detect_lang(text)
    units = label_units(text, lang)
    by_part = {p: [u for u in units if u.label == p] for p in "STAR"}
    # A second part told inside a sentence counts, except a result: a target
    # ("要求我把投诉率降到2%") or a past figure in the situation is not one.
    present = {p for p in "STAR" if by_part[p] or (p != "R" and any(p in u.also for u in units))}

    findings: list[dict] = []
    for part, rid in (("S", "STAR-no-situation"), ("T", "STAR-no-task"),
                      ("A", "STAR-no-action"), ("R", "STAR-no-result")):
        if part not in present:
            findings.append(finding(rid, lang, None))
    actions = by_part["A"] or [u for u in units if "A" in u.also]
    if actions:
        findings += _action_findings(actions, by_part["S"], lang)
    results = by_part["R"]
    measures = [m for m in (find_measure(u.text) for u in results) if m]
    if results and not measures:
        last = results[-1]
        excerpt = last.text if len(last.text) <= 30 else last.text[:28] + "…"
        findings.append(finding("STAR-result-no-measure", lang, [last.start, last.end], excerpt=excerpt))

    criteria = {}
    for part in "STAR":
        levels = [f["level"] for f in findings if f["criterion"] == part]
        status = "fail" if "error" in levels else "warn" if "warning" in levels else "pass"
        if part in ("S", "T") and part not in present:
            status = "warn"
        criteria[part] = {"status": status, "name": PART_NAMES[lang][part],
                          "summary": _summary(part, status, by_part[part], findings, lang)}

    questions = follow_up_questions([f["rule"] for f in findings], present, lang)
    facts = {
        "sentences": [{"text": u.text, "span": [u.start, u.end], "label": u.label,
                       "reason": u.reason, **({"also": u.also} if u.also else {})} for u in units],
        "parts": {p: len(by_part[p]) for p in "STAR"},
        "measures": measures,
        "questions": questions,
    }
    return build_report("star", lang, text, criteria, findings, facts)


def _summary(part: str, status: str, units: list[Unit], findings: list[dict], lang: str) -> str:
    name = PART_NAMES[lang][part]
    own = [f for f in findings if f["criterion"] == part]
    if own:
        return own[0]["title"]
    if not units:
        return (f"{name}与其他部分写在同一句里。" if lang == "zh"
                else f"The {name} is told within another sentence.")
    n = len(units)
    return (f"有{name}（{n} 句）。" if lang == "zh" else f"The {name} is there ({n} sentence{'s' if n > 1 else ''}).")
