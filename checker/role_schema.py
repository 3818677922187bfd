"""Validation of role profiles (checker/roles/*.yml, or a user's own roles
file given with --roles), at build time and at run time, so a bad file gets
the same clear message both ways. validate_roles returns a list of problems
("where: what"), empty when fine.
"""
from __future__ import annotations

import re

ROLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A roles file is a handful of hand-written profiles; past these it is a mistake or an attack.
MAX_ROLES = 100
MAX_WORDS = 500          # per list (signals, off_field, field, each language of duties)
MAX_WORD_CHARS = 80      # one signal word or one duty


def validate_roles(data, where: str) -> list[str]:
    """A roles file is {"roles": [...]} (or the bare list)."""
    roles = data.get("roles") if isinstance(data, dict) else data
    if not isinstance(roles, list) or not roles:
        return [f"{where}: expected a list of roles under 'roles:'"]
    if len(roles) > MAX_ROLES:
        return [f"{where}: {len(roles)} roles; a roles file may hold at most {MAX_ROLES}"]
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
        if isinstance(name, dict) and any(isinstance(v, str) and len(v) > MAX_WORD_CHARS for v in name.values()):
            problems.append(f"{at} ({rid}): name is longer than {MAX_WORD_CHARS} characters")
        for key in ("signals", "off_field", "field"):
            problem = _word_list_problem(role.get(key, []))
            if problem:
                problems.append(f"{at} ({rid}): {key} {problem}")
        if not role.get("signals"):
            problems.append(f"{at} ({rid}): signals needs at least one word (the words that show a goal fits this role)")
        duties = role.get("duties") or {}
        if not isinstance(duties, dict) or set(map(str, duties)) - {"zh", "en"}:
            problems.append(f"{at} ({rid}): duties must map 'zh'/'en' to lists of duties")
            continue
        for lang, items in duties.items():
            problem = _word_list_problem(items or [])
            if problem:
                problems.append(f"{at} ({rid}): duties.{lang} {problem}")
    return problems


def _word_list_problem(words) -> str | None:
    """Why `words` is not a usable list of words, or None."""
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        return "must be a list of words"
    if len(words) > MAX_WORDS:
        return f"has {len(words):,} words; a list may hold at most {MAX_WORDS}"
    long = next((w for w in words if len(w) > MAX_WORD_CHARS), None)
    if long is not None:
        return f"has a word longer than {MAX_WORD_CHARS} characters ({long[:20]}…)"
    return None


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
