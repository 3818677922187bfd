"""A: the answer says what the speaker did, as "I", and at some length."""
from __future__ import annotations

import re

from checker.engine.registry import detector, hit, summary
from checker.star.subject import who_acts

_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z0-9]+")
# The action should be at least this share of the situation's size.
THIN_RATIO = 0.5
# A one-line situation does not make a one-line action thin.
MIN_SITUATION_FOR_THIN = 24


def _size(text: str) -> int:
    """Comparable size for Chinese and English: Han characters + 2 per Latin word."""
    return len(_HAN.findall(text)) + 2 * len(_WORD.findall(text))


def _subjects(answer) -> list:
    return [(u, *who_acts(u.text)) for u in answer.actions]


@detector
def no_action(answer):
    return [hit()] if "A" not in answer.present else None


@detector
def we_only(answer):
    """Only "we" acted: which part was the speaker's own?"""
    subjects = _subjects(answer)
    if not subjects or any(who == "I" for _, who, _ in subjects):
        return None
    we = [(u, word) for u, who, word in subjects if who == "we"]
    if not we:
        return None
    unit, word = we[0]
    at = unit.start + unit.text.find(word)
    return [hit((at, at + len(word)), word=word)]


@detector
def subject_unclear(answer):
    """No subject at all (然后制定了排班表): who took these steps?"""
    subjects = _subjects(answer)
    if not subjects or any(who in ("I", "we") for _, who, _ in subjects):
        return None
    unit = answer.actions[0]
    return [hit((unit.start, unit.end))]


@detector
def action_thin(answer):
    """A long situation and a short action: the answer is about the problem, not the work."""
    if not answer.actions:
        return None
    a_size = sum(_size(u.text) for u in answer.actions)
    s_size = sum(_size(u.text) for u in answer.by_part["S"])
    if s_size >= MIN_SITUATION_FOR_THIN and a_size < THIN_RATIO * s_size:
        return [hit((answer.actions[0].start, answer.actions[-1].end))]
    return None


@summary
def action_summary(answer, status, findings):
    return answer.told_summary("A", status)
