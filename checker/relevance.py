"""Relevant (R): match a goal's words against a role profile.

Role profiles come from checker/roles/*.yml (compiled to JSON) or from a
user's own file (`--roles FILE`, YAML or JSON). A role's `signals` are words
that show the goal serves its duties; `off_field` words show it belongs to
another field (a front desk studying Six Sigma, a student raising grain output).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from checker import data_loader
from checker.errors import InputError
from checker.role_schema import normalise_role, validate_roles
from checker.words import Lexicon


class RoleMatcher:
    """Evidence for and against one role: its own signals (minus its own name,
    which says who, not what) and off-field words: its off_field list plus the
    field words of every other role that are not among its own signals.
    A role's signals should not contain its bare title (前台): "前台学六西格玛"
    names who, not a front-desk duty."""

    __slots__ = ("role", "words")

    def __init__(self, role: dict, other_field_words=()):
        self.role = role
        own = {w.lower() for w in role.get("signals", [])}
        off = list(role.get("off_field", [])) + [w for w in other_field_words if w.lower() not in own]
        # one matcher for both kinds; a word listed both ways counts as off-field
        tags = {w: "off" for w in off if w and w.strip()}
        for w in role.get("signals", []):
            if w and w.strip():
                tags.setdefault(w, "signal")
        self.words = Lexicon(list(tags), fold_suffixes=True, tags=tags) if tags else None

    def match(self, text: str) -> dict:
        found = self.words.find_tagged(text) if self.words else []
        hits = [h[:3] for h in found if h[3] == "signal"]
        off = [h[:3] for h in found if h[3] == "off"]
        return {"signals": hits, "off_field": off}


def build_matchers(roles: list[dict]) -> dict:
    matchers = {}
    for role in roles:
        others = [w for r in roles if r["id"] != role["id"] for w in r.get("field", [])]
        matchers[role["id"]] = RoleMatcher(role, others)
    return matchers


MAX_ROLES_FILE_BYTES = 256 * 1024  # the built-in profiles of 8 roles are 13 KB


def load_roles_file(path) -> list[dict]:
    """A user's roles file, YAML or JSON (the CLI reads it; the page is given role data)."""
    try:
        from checker.yaml_data import DataFileError, read_data_file
    except ImportError:
        raise InputError("bad-roles-file", detail="reading a roles file needs pyyaml (pip install pyyaml)") from None
    name = Path(path).name
    try:
        data = read_data_file(path, MAX_ROLES_FILE_BYTES, "a roles file")
    except DataFileError as exc:
        raise InputError("bad-roles-file", detail=f"{name}: {exc}") from None
    return roles_from_data(data, name)


def roles_from_data(data, where: str = "roles") -> list[dict]:
    problems = validate_roles(data, where)
    if problems:
        raise InputError("bad-roles-file", detail="; ".join(problems[:3]))
    items = data["roles"] if isinstance(data, dict) else data
    return [normalise_role(r) for r in items]


@lru_cache(maxsize=1)
def _builtin_matchers() -> dict:
    return build_matchers(data_loader.builtin_roles())


def resolve_roles(roles) -> dict:
    """roles: None (built-in), a path, or role data (list / {"roles": [...]})."""
    if roles is None:
        return _builtin_matchers()
    if isinstance(roles, (str, Path)):
        items = load_roles_file(roles)
    else:
        items = roles_from_data(roles)
    return build_matchers(items)


def find_role(role_id, roles=None, lang: str = "en") -> RoleMatcher:
    """roles: None, a path, role data, or matchers already built by resolve_roles."""
    if isinstance(roles, dict) and roles and all(isinstance(v, RoleMatcher) for v in roles.values()):
        matchers = roles
    else:
        matchers = resolve_roles(roles)
    if not isinstance(role_id, str) or role_id not in matchers:
        raise InputError("unknown-role", lang=lang, role=str(role_id)[:40], known=", ".join(matchers))
    return matchers[role_id]


def list_roles(roles=None) -> list[dict]:
    if isinstance(roles, dict) and roles and all(isinstance(v, RoleMatcher) for v in roles.values()):
        return [m.role for m in roles.values()]
    return [m.role for m in resolve_roles(roles).values()]
