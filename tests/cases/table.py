"""Load and validate the SMART case table (goals_zh.yml, goals_en.yml).

The table is what reviewers expect the goal checker to say; both the pytest
suite (test_case_table.py) and the progress report (agreement.py) read it
through this module so they agree on the schema.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import yaml

CASES_DIR = Path(__file__).resolve().parent
TABLE_FILES = {"zh": CASES_DIR / "goals_zh.yml", "en": CASES_DIR / "goals_en.yml"}

CRITERIA = ("S", "M", "A", "R", "T")
STATUSES = ("pass", "warn", "fail", "unknown")
# The role ids checker/README.md promises; the table may use only these.
ROLES = ("front-desk", "sales", "customer-manager", "admin", "rnd", "auditor", "teacher", "student")
# README: S, M and T are always judged from the text, never `unknown`.
NEVER_UNKNOWN = ("S", "M", "T")

REQUIRED_KEYS = {"id", "text", "expect", "deadline"}
OPTIONAL_KEYS = {"today", "role", "note"}
ID_PATTERN = re.compile(r"^(zh|en)-[a-z0-9]+(-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class TableError(Exception):
    """The table file itself cannot be read (missing, not YAML, wrong shape)."""


def _iso(value):
    """Return an ISO date string, or None when `value` is not a valid YYYY-MM-DD date.

    YAML turns an unquoted 2026-11-23 into a date object; accept both forms.
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def load_file(path: Path) -> tuple[str, list[dict]]:
    """Read one table file; return (file default today, raw case dicts)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TableError(f"{path.name}: cannot read the case table: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise TableError(f"{path.name}: expected a mapping with `today` and a `cases` list")
    today = _iso(data.get("today"))
    if today is None:
        raise TableError(f"{path.name}: top-level `today` must be an ISO date, got {data.get('today')!r}")
    return today, data["cases"]


def case_errors(case, where: str) -> list[str]:
    """Everything wrong with one case, as readable messages (empty when valid)."""
    if not isinstance(case, dict):
        return [f"{where}: a case must be a mapping, got {type(case).__name__}"]
    errors = []
    cid = case.get("id")
    label = f"{where} ({cid!r})"
    missing = REQUIRED_KEYS - case.keys()
    if missing:
        errors.append(f"{label}: missing key(s) {sorted(missing)}")
    unknown_keys = case.keys() - REQUIRED_KEYS - OPTIONAL_KEYS
    if unknown_keys:
        errors.append(f"{label}: unknown key(s) {sorted(unknown_keys)}")
    if not isinstance(cid, str) or not ID_PATTERN.match(cid):
        errors.append(f"{label}: id must look like zh-front-desk-rings (lowercase, starts with zh- or en-)")
    text = case.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{label}: text must be a non-empty string")
    if "today" in case and _iso(case["today"]) is None:
        errors.append(f"{label}: bad date in today: {case['today']!r} (want YYYY-MM-DD)")
    role = case.get("role")
    if "role" in case and role not in ROLES:
        errors.append(f"{label}: unknown role {role!r} (known: {', '.join(ROLES)})")
    expect = case.get("expect")
    if not isinstance(expect, dict):
        errors.append(f"{label}: expect must map each of S, M, A, R, T to a status")
    else:
        if set(expect) != set(CRITERIA):
            errors.append(f"{label}: expect must have exactly the keys S, M, A, R, T, got {sorted(expect)}")
        for criterion, status in expect.items():
            if status not in STATUSES:
                errors.append(f"{label}: unknown status {status!r} for {criterion} (known: {', '.join(STATUSES)})")
        for criterion in NEVER_UNKNOWN:
            if expect.get(criterion) == "unknown":
                errors.append(f"{label}: {criterion} is never `unknown` (checker/README.md)")
        if role is None and expect.get("R") not in (None, "unknown"):
            errors.append(f"{label}: with no role, R must be `unknown`")
        if role is not None and expect.get("R") == "unknown":
            errors.append(f"{label}: with a role, R must be judged (pass, warn or fail)")
        has_deadline = case.get("deadline") is not None
        # T warn is a past date, or a deadline with no date (本轮迭代, this sprint): null
        if expect.get("T") == "pass" and not has_deadline:
            errors.append(f"{label}: T pass needs a deadline date")
        if expect.get("T") == "fail" and has_deadline:
            errors.append(f"{label}: T fail means no deadline, but deadline is set")
    deadline = case.get("deadline")
    if deadline is not None and _iso(deadline) is None:
        errors.append(f"{label}: bad date in deadline: {deadline!r} (want YYYY-MM-DD or null)")
    elif deadline is not None and isinstance(expect, dict):
        today = _iso(case.get("today")) if "today" in case else None
        if today and expect.get("T") == "pass" and _iso(deadline) < today:
            errors.append(f"{label}: T pass but the deadline {deadline} is before today {today}")
        if today and expect.get("T") == "warn" and _iso(deadline) >= today:
            errors.append(f"{label}: T warn but the deadline {deadline} is not in the past")
    if "note" in case and not isinstance(case["note"], str):
        errors.append(f"{label}: note must be a string")
    return errors


def load_table() -> tuple[list[dict], list[str]]:
    """All cases of both files, normalised, plus every schema error found.

    Each returned case has: id, lang, text, today (ISO), role (or None),
    expect, deadline (ISO or None), note (or None), source ("goals_zh.yml #3").
    """
    cases, errors = [], []
    for lang, path in TABLE_FILES.items():
        try:
            default_today, raw_cases = load_file(path)
        except TableError as exc:
            errors.append(str(exc))
            continue
        for index, raw in enumerate(raw_cases, start=1):
            where = f"{path.name} #{index}"
            problems = case_errors(raw, where)
            if isinstance(raw, dict) and problems == []:
                # Check the date direction against the file's default today too.
                problems = case_errors({**raw, "today": raw.get("today", default_today)}, where)
            errors.extend(problems)
            if problems or not isinstance(raw, dict):
                continue
            if not raw["id"].startswith(lang + "-"):
                errors.append(f"{where} ({raw['id']!r}): ids in {path.name} start with {lang}-")
            cases.append({
                "id": raw["id"],
                "lang": lang,
                "text": raw["text"],
                "today": _iso(raw.get("today", default_today)),
                "role": raw.get("role"),
                "expect": dict(raw["expect"]),
                "deadline": _iso(raw["deadline"]) if raw["deadline"] is not None else None,
                "note": raw.get("note"),
                "source": where,
            })
    errors.extend(duplicate_id_errors(case["id"] for case in cases))
    return cases, errors


def duplicate_id_errors(ids) -> list[str]:
    """One message per id used more than once (ids must be stable and unique)."""
    counts = Counter(ids)
    return [f"duplicate id {cid!r} ({n} cases)" for cid, n in sorted(counts.items()) if n > 1]


def reported_deadline(report: dict):
    """The ISO date of the deadline the checker understood, or None for no deadline."""
    deadline = (report.get("facts") or {}).get("deadline")
    if not deadline:
        return None
    return deadline.get("date")


def reported_status(report: dict, criterion: str):
    return ((report.get("criteria") or {}).get(criterion) or {}).get("status")
