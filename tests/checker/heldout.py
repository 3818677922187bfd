"""The held-out goal set (heldout_goals.yml): load it and measure agreement.

Written by hand before the checker was run on it, so it measures how the
checker does on goals it was not tuned on. Same schema as the case table,
plus an optional `known_miss` (why the checker still disagrees): such a
case is an expected failure in the tests, and still counts here.

    .venv/bin/python -m tests.checker.heldout              # per-criterion agreement
    .venv/bin/python -m tests.checker.heldout --mismatches # plus each disagreement
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from tests.cases.table import CRITERIA, _iso, case_errors, load_file, reported_deadline, reported_status

HELDOUT_FILE = Path(__file__).resolve().parent / "heldout_goals.yml"
COLUMNS = CRITERIA + ("deadline",)


def load_heldout() -> tuple[list[dict], list[str]]:
    """Normalised cases (id, text, today, role, expect, deadline) plus schema errors."""
    default_today, raw_cases = load_file(HELDOUT_FILE)
    cases, errors = [], []
    for index, raw in enumerate(raw_cases, start=1):
        known_miss = raw.pop("known_miss", None) if isinstance(raw, dict) else None
        problems = case_errors(raw, f"{HELDOUT_FILE.name} #{index}")
        if known_miss is not None and not (isinstance(known_miss, str) and known_miss.strip()):
            problems.append(f"{HELDOUT_FILE.name} #{index}: known_miss must say why the checker still disagrees")
        errors.extend(problems)
        if problems:
            continue
        cases.append({
            "id": raw["id"], "text": raw["text"], "role": raw.get("role"),
            "today": _iso(raw["today"]) if "today" in raw else default_today,
            "expect": raw["expect"], "deadline": _iso(raw["deadline"]) if raw["deadline"] else None,
            "known_miss": known_miss,
        })
    ids = Counter(case["id"] for case in cases)
    errors.extend(f"duplicate id {cid}" for cid, n in ids.items() if n > 1)
    return cases, errors


def observe(check_goal, case) -> dict:
    report = check_goal(case["text"], today=case["today"], role=case["role"])
    observed = {criterion: reported_status(report, criterion) for criterion in CRITERIA}
    observed["deadline"] = reported_deadline(report)
    return observed


def expected(case, column):
    return case["deadline"] if column == "deadline" else case["expect"][column]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from checker import check_goal
    cases, errors = load_heldout()
    if errors:
        print("schema errors:\n  " + "\n  ".join(errors), file=sys.stderr)
    agree, misses = Counter(), []
    for case in cases:
        seen = observe(check_goal, case)
        for column in COLUMNS:
            if seen[column] == expected(case, column):
                agree[column] += 1
            else:
                misses.append(f"{case['id']:<38} {column:<8} want {expected(case, column)!s:<10} got {seen[column]}  | {case['text']}")
    print(f"{len(cases)} held-out cases")
    for column in COLUMNS:
        print(f"{column:<9} {agree[column]:>3}/{len(cases)}  {100 * agree[column] / len(cases):5.1f} %")
    if "--mismatches" in argv:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
