"""Run-time access to the compiled rule and role data (stdlib only).

The JSON is read once per process and cached: nothing is parsed per check.
When the files are missing, the error says how to make them.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from checker.engine.registry import LISTS_USED
from checker.errors import DataMissingError

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_bytes(name: str) -> bytes:
    """A file of checker/data. Read through the module's loader, so it also
    works when the browser imports the package straight from its wheel."""
    try:
        return __spec__.loader.get_data(str(DATA_DIR / name))
    except OSError:
        raise DataMissingError(f"checker/data/{name}") from None


def _read(name: str) -> dict:
    return json.loads(read_bytes(name).decode("utf-8"))


@lru_cache(maxsize=1)
def rule_data() -> dict:
    return _read("rules.json")


@lru_cache(maxsize=1)
def rules_by_id() -> dict:
    return {r["id"]: r for r in rule_data()["rules"]}


def rule(rule_id: str) -> dict:
    return rules_by_id()[rule_id]


def lexicon(name: str) -> list[str]:
    """A word list of the lexicon. Every module declares the lists it reads
    (checker.engine.registry.uses), so the compile step can tell a list
    nothing reads; reading an undeclared one is a bug."""
    if name not in LISTS_USED:
        raise KeyError(f"word list {name!r} is read but no module declares it with uses()")
    return rule_data()["lexicon"][name]


@lru_cache(maxsize=1)
def kinds() -> dict:
    return _read("kinds.json")["kinds"]


@lru_cache(maxsize=1)
def builtin_roles() -> list[dict]:
    return _read("roles.json")["roles"]
