"""check_goal: validate the input, parse the goal once, run the criteria's
detectors (checker.engine) and build the report."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from checker.clean import clean_text
from checker.engine.judge import judge
from checker.engine.report import build_report
from checker.errors import MAX_TEXT_CHARS, InputError
from checker.goal.parsed import ParsedGoal
from checker.lang import detect_lang
from checker.relevance import find_role, resolve_roles

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_today(today, lang: str = "en") -> dt.date:
    if today is None:
        return dt.date.today()
    if isinstance(today, dt.datetime):
        return today.date()
    if isinstance(today, dt.date):
        return today
    if isinstance(today, str):
        parsed = _parse_iso(today.strip())
        if parsed is not None:
            return parsed
    raise InputError("bad-date", lang=lang, value=str(today)[:40])


@lru_cache(maxsize=64)
def _parse_iso(value: str) -> dt.date | None:
    if not _ISO.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def validate_text(text, lang_hint=None) -> str:
    lang = lang_hint if lang_hint in ("zh", "en") else "en"
    if not isinstance(text, str):
        raise InputError("bad-text", lang=lang)
    text = clean_text(text)
    if not text.strip():
        raise InputError("empty-text", lang=lang)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError("text-too-long", lang=detect_lang(text[:200]), n=len(text), limit=MAX_TEXT_CHARS)
    return text


def parse_goal(text, *, today=None, role=None, lang=None, roles=None) -> ParsedGoal:
    """The checked input, parsed: raises InputError for anything a learner must fix first."""
    if lang is not None and lang not in ("zh", "en"):
        raise InputError("bad-lang", value=str(lang)[:20])
    text = validate_text(text, lang)
    out_lang = lang or detect_lang(text)
    today_date = parse_today(today, out_lang)
    if roles is not None and role is None:
        resolve_roles(roles)  # a bad roles file is an error even when no role is chosen
    matcher = find_role(role, roles, out_lang) if role is not None else None
    return ParsedGoal(text, today_date, out_lang, matcher)


def analyse(goal: ParsedGoal) -> dict:
    return build_report("goal", goal, judge("goal", goal), goal.facts())


def check_goal(text, *, today=None, role=None, lang=None, roles=None) -> dict:
    return analyse(parse_goal(text, today=today, role=role, lang=lang, roles=roles))
