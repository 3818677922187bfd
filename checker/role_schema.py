"""Validation of role profiles (checker/roles/*.yml, or a user's own roles
file given with --roles), at build time and at run time, so a bad file gets
the same clear message both ways. validate_roles returns a list of problems
("where: what"), empty when fine.
"""
from __future__ import annotations

import re

ROLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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
