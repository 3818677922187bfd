"""Validation of rule, lexicon and role data (stdlib only).

Used by `python -m checker.compile` on the YAML sources and at run time on a
user's own roles file, so a bad file gets the same clear message both ways.
Each validator returns a list of problems ("where: what"), empty when fine.
"""
from __future__ import annotations

import re

RULE_ID = re.compile(r"^[A-Z][A-Za-z]*-[a-z0-9]+(?:-[a-z0-9]+)*$")
ROLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = {"smart", "plan", "star"}
LEVELS = {"error", "warning", "info"}
SMART_CRITERIA = {"S", "M", "A", "R", "T"}
BILINGUAL_FIELDS = ("title", "message", "suggestion", "why")


def _bilingual(value, where: str, problems: list) -> None:
    if not isinstance(value, dict):
        problems.append(f"{where}: must be a mapping with 'zh' and 'en' texts")
        return
    for lang in ("zh", "en"):
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}.{lang}: missing or empty text")


def validate_rule(rule, where: str) -> list[str]:
    problems: list[str] = []
    if not isinstance(rule, dict):
        return [f"{where}: each rule must be a mapping"]
    rid = rule.get("id")
    if not isinstance(rid, str) or not RULE_ID.match(rid):
        problems.append(f"{where}: id {rid!r} must look like 'T-no-deadline'")
        rid = "?"
    where = f"{where} ({rid})"
    kind = rule.get("kind", "smart")
    if kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} must be one of {sorted(KINDS)}")
    crit = rule.get("criterion")
    if not isinstance(crit, str) or not crit:
        problems.append(f"{where}: criterion is missing")
    elif kind == "smart" and crit not in SMART_CRITERIA:
        problems.append(f"{where}: criterion {crit!r} must be one of S, M, A, R, T")
    if kind == "smart" and isinstance(rid, str) and rid[:1] != str(crit)[:1]:
        problems.append(f"{where}: id must start with its criterion letter {crit!r}")
    if rule.get("level") not in LEVELS:
        problems.append(f"{where}: level {rule.get('level')!r} must be one of {sorted(LEVELS)}")
    for field in BILINGUAL_FIELDS:
        _bilingual(rule.get(field), f"{where}.{field}", problems)
    examples = rule.get("examples")
    if not isinstance(examples, dict):
        problems.append(f"{where}.examples: must be a mapping with 'bad' and 'good' lists")
    else:
        for key in ("bad", "good"):
            items = examples.get(key)
            if not isinstance(items, list) or not items:
                problems.append(f"{where}.examples.{key}: needs at least one example")
                continue
            for i, ex in enumerate(items):
                if not isinstance(ex, dict) or not isinstance(ex.get("text"), str) or not ex["text"].strip():
                    problems.append(f"{where}.examples.{key}[{i}]: needs a non-empty 'text'")
                    continue
                unknown = set(ex) - {"text", "today", "role", "lang", "note", "goal", "actions"}
                if unknown:
                    problems.append(f"{where}.examples.{key}[{i}]: unknown keys {sorted(map(str, unknown))}")
                if "today" in ex and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(ex["today"])):
                    problems.append(f"{where}.examples.{key}[{i}].today: use YYYY-MM-DD (quote it in YAML)")
    return problems


def validate_lexicon(lexicon, where: str) -> list[str]:
    if not isinstance(lexicon, dict):
        return [f"{where}: lexicon must map a list name to a list of words"]
    problems = []
    for name, words in lexicon.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{where}.{name}: must be a list of non-empty strings")
    return problems


def validate_roles(data, where: str) -> list[str]:
    """A roles file is {"roles": [...]} (or the bare list)."""
    roles = data.get("roles") if isinstance(data, dict) else data
    if not isinstance(roles, list) or not roles:
        return [f"{where}: expected a list of roles under 'roles:'"]
    problems: list[str] = []
    seen = set()
    for i, role in enumerate(roles):
        at = f"{where}: roles[{i}]"
        if not isinstance(role, dict):
            problems.append(f"{at}: each role must be a mapping")
            continue
        rid = role.get("id")
        if not isinstance(rid, str) or not ROLE_ID.match(rid):
            problems.append(f"{at}: id {rid!r} must be lowercase words joined by '-', e.g. 'front-desk'")
        elif rid in seen:
            problems.append(f"{at}: duplicate id {rid!r}")
        seen.add(rid)
        name = role.get("name")
        if not isinstance(name, dict) or not any(isinstance(name.get(k), str) and name.get(k) for k in ("zh", "en")):
            problems.append(f"{at} ({rid}): name needs a 'zh' or 'en' text")
        for key in ("signals", "off_field", "field"):
            words = role.get(key, [])
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                problems.append(f"{at} ({rid}): {key} must be a list of words")
        if not role.get("signals"):
            problems.append(f"{at} ({rid}): signals needs at least one word (the words that show a goal fits this role)")
        duties = role.get("duties", {})
        if not isinstance(duties, dict):
            problems.append(f"{at} ({rid}): duties must map 'zh'/'en' to lists of duties")
    return problems


def normalise_role(role: dict) -> dict:
    """Fill optional fields so the checker can rely on them."""
    name = role.get("name") or {}
    duties = role.get("duties") or {}
    return {
        "id": role["id"],
        "name": {"zh": name.get("zh") or name.get("en"), "en": name.get("en") or name.get("zh")},
        "duties": {"zh": list(duties.get("zh") or []), "en": list(duties.get("en") or [])},
        "signals": [w.strip() for w in role.get("signals", [])],
        "off_field": [w.strip() for w in role.get("off_field", []) or []],
        "field": [w.strip() for w in role.get("field", []) or []],
    }
