"""Validation of the rule sources (checker/rules/*.yml): kinds, rules and
word lists. Used by `python -m checker.compile` only (build time), so the
browser's wheel leaves it out. Each validator returns a list of problems
("file: rule-id: what"), empty when fine.
"""
from __future__ import annotations

import re

RULE_ID = re.compile(r"^[A-Z][A-Za-z]*-[a-z0-9]+(?:-[a-z0-9]+)*$")
LEVELS = {"error", "warning", "info"}
PICKS = {"first", "all"}
BILINGUAL_FIELDS = ("title", "message", "suggestion", "why")
DETECTOR_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
ENTRY = re.compile(r"^[a-z_][a-z0-9_.]*:[a-z_][a-z0-9_]*$")


def _bilingual(value, where: str, problems: list) -> None:
    if not isinstance(value, dict):
        problems.append(f"{where}: must be a mapping with 'zh' and 'en' texts")
        return
    for lang in ("zh", "en"):
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}.{lang}: missing or empty text")


def validate_kinds(kinds, where: str) -> list[str]:
    """kinds.yml: each kind's entry, command, payload keys and criteria."""
    if not isinstance(kinds, dict) or not kinds:
        return [f"{where}: kinds must map a kind name to its description"]
    problems: list[str] = []
    for name, spec in kinds.items():
        at = f"{where}: {name}"
        if not isinstance(spec, dict):
            problems.append(f"{at}: must be a mapping")
            continue
        _bilingual(spec.get("title"), f"{at}.title", problems)
        if not isinstance(spec.get("entry"), str) or not ENTRY.match(spec["entry"]):
            problems.append(f"{at}.entry: must be 'module:function'")
        if not isinstance(spec.get("command"), str):
            problems.append(f"{at}.command: the CLI command is missing")
        payload = spec.get("payload")
        if not isinstance(payload, dict) or not isinstance(payload.get("required"), list):
            problems.append(f"{at}.payload: needs a 'required' list of keys")
        if spec.get("summary", "message") not in ("message", "title"):
            problems.append(f"{at}.summary: must be 'message' or 'title'")
        criteria = spec.get("criteria")
        if not isinstance(criteria, dict) or not criteria:
            problems.append(f"{at}.criteria: needs at least one criterion")
            continue
        for key, crit in criteria.items():
            cat = f"{at}.criteria.{key}"
            if not isinstance(crit, dict):
                problems.append(f"{cat}: must be a mapping")
                continue
            _bilingual(crit.get("name"), f"{cat}.name", problems)
            if not isinstance(crit.get("module"), str) or not crit["module"].startswith("checker."):
                problems.append(f"{cat}.module: must name the checker module holding its detectors")
            if crit.get("pick", "all") not in PICKS:
                problems.append(f"{cat}.pick: must be one of {sorted(PICKS)}")
    return problems


def validate_rule(rule, where: str, kinds: dict) -> list[str]:
    """One rule of checker/rules/*.yml; `kinds` is the compiled kinds data."""
    problems: list[str] = []
    if not isinstance(rule, dict):
        return [f"{where}: each rule must be a mapping"]
    rid = rule.get("id")
    if not isinstance(rid, str) or not RULE_ID.match(rid):
        problems.append(f"{where}: id {rid!r} must look like 'T-no-deadline'")
        rid = "?"
    where = f"{where}: {rid}"
    kind = rule.get("kind", "goal")
    spec = kinds.get(kind) if isinstance(kinds, dict) else None
    if not isinstance(spec, dict) or not isinstance(spec.get("criteria"), dict):
        problems.append(f"{where}: kind {kind!r} must be one of {sorted(kinds or {})}")
        spec = {"criteria": {}}
    criteria = spec["criteria"]
    crit = rule.get("criterion")
    if crit not in criteria:
        problems.append(f"{where}: criterion {crit!r} must be one of {list(criteria)}")
    elif kind == "goal" and isinstance(rid, str) and rid[:1] != str(crit)[:1]:
        problems.append(f"{where}: id must start with its criterion letter {crit!r}")
    if rule.get("level") not in LEVELS:
        problems.append(f"{where}: level {rule.get('level')!r} must be one of {sorted(LEVELS)}")
    if not isinstance(rule.get("detector"), str) or not DETECTOR_NAME.match(rule["detector"]):
        problems.append(f"{where}: detector must name the function that finds it (e.g. 'no_deadline')")
    precedence = rule.get("precedence")
    if precedence is not None and (not isinstance(precedence, int) or isinstance(precedence, bool)):
        problems.append(f"{where}: precedence must be a whole number")
    if precedence is None and isinstance(criteria.get(crit), dict) and criteria[crit].get("pick") == "first":
        problems.append(f"{where}: criterion {crit!r} reports only its first rule, so the rule needs a precedence")
    also = rule.get("also", [])
    if not isinstance(also, list) or any(c not in criteria or c == crit for c in also):
        problems.append(f"{where}: also must list other criteria of kind {kind!r}")
    for field in BILINGUAL_FIELDS:
        _bilingual(rule.get(field), f"{where}.{field}", problems)
    problems += _validate_examples(rule.get("examples"), where)
    return problems


def _validate_examples(examples, where: str) -> list[str]:
    if not isinstance(examples, dict):
        return [f"{where}.examples: must be a mapping with 'bad' and 'good' lists"]
    problems = []
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
