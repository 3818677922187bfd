"""The kinds data (checker/rules/kinds.yml, compiled to kinds.json): what
each kind of check is called, its criteria in report order, and the keys its
payload may hold. Payloads from the bridge, the JSON Lines batches and the
command line are validated here and nowhere else.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from checker import data_loader
from checker.errors import InputError


def all_kinds() -> dict:
    return data_loader.kinds()


def kind(name: str) -> dict:
    kinds = all_kinds()
    if name not in kinds:
        raise InputError("unknown-kind", value=str(name)[:40])
    return kinds[name]


def criteria(kind_name: str) -> list[str]:
    return list(kind(kind_name)["criteria"])


@lru_cache(maxsize=64)
def criterion_name(kind_name: str, criterion: str, lang: str) -> str:
    return kind(kind_name)["criteria"][criterion]["name"][lang]


def criterion_names(kind_name: str, lang: str) -> dict[str, str]:
    return {c: criterion_name(kind_name, c, lang) for c in criteria(kind_name)}


def entry(kind_name: str):
    """The function that runs this kind of check (kinds.yml `entry`)."""
    module, _, func = kind(kind_name)["entry"].partition(":")
    return getattr(importlib.import_module(module), func)


def payload_keys(kind_name: str, batch: bool = False) -> tuple[list[str], list[str]]:
    """(required keys, every allowed key) of a payload; a batch line may add the `batch` keys."""
    spec = kind(kind_name)["payload"]
    allowed = spec["required"] + spec.get("optional", []) + (spec.get("batch", []) if batch else [])
    return spec["required"], allowed


def validate_payload(kind_name: str, payload, lang: str = "en", batch: bool = False) -> dict:
    """The payload as a dict of the keys the check takes, or an InputError
    (code bad-payload) that names the unknown or missing key."""
    if not isinstance(payload, dict):
        raise InputError("bad-payload", lang, message="not-an-object")
    required, allowed = payload_keys(kind_name, batch)
    extra = sorted(str(k) for k in payload if k not in allowed)
    if extra:
        raise InputError("bad-payload", lang, message="unknown-keys", keys=", ".join(extra)[:120],
                         allowed=", ".join(allowed))
    missing = [k for k in required if k not in payload]
    if missing:
        raise InputError("bad-payload", lang, message="missing-key", key=missing[0])
    return payload
