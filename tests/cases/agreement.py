"""Agreement between check_goal and the reviewers' case table, per criterion.

    .venv/bin/python -m tests.cases.agreement              # summary table
    .venv/bin/python -m tests.cases.agreement --mismatches # plus each disagreement
    .venv/bin/python -m tests.cases.agreement --lang en --criterion T --mismatches
    .venv/bin/python -m tests.cases.agreement --expected   # the table's own status mix

A progress tool for the checker engineer: it never fails on disagreement
(exit 0); it exits 2 when there is no valid case or the checker cannot run.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from tests.cases.table import CRITERIA, STATUSES, load_table, reported_deadline, reported_status

COLUMNS = CRITERIA + ("deadline",)


def _parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m tests.cases.agreement", description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=("zh", "en"), help="only cases of this language")
    parser.add_argument("--criterion", choices=COLUMNS, help="with --mismatches: only this column")
    parser.add_argument("--mismatches", action="store_true", help="list every disagreement")
    parser.add_argument("--expected", action="store_true", help="print the table's status distribution and stop")
    return parser.parse_args(argv)


def expected_distribution(cases) -> str:
    """A small table: how many cases expect each status, per criterion."""
    lines = ["criterion  " + "  ".join(f"{s:>7}" for s in STATUSES)]
    for criterion in CRITERIA:
        counts = Counter(case["expect"][criterion] for case in cases)
        lines.append(f"{criterion:<9}  " + "  ".join(f"{counts[s]:>7}" for s in STATUSES))
    with_deadline = sum(case["deadline"] is not None for case in cases)
    lines.append(f"deadline   {with_deadline} with a date, {len(cases) - with_deadline} none")
    return "\n".join(lines)


def _observe(check_goal, case) -> dict:
    """What the checker said for one case: column -> value (or an error string)."""
    try:
        report = check_goal(case["text"], today=case["today"], role=case["role"])
    except Exception as exc:  # a crash counts as disagreement on every column
        error = f"raised {type(exc).__name__}: {exc}"
        return {column: error for column in COLUMNS}
    observed = {criterion: reported_status(report, criterion) for criterion in CRITERIA}
    observed["deadline"] = reported_deadline(report)
    return observed


def _expected(case, column):
    return case["deadline"] if column == "deadline" else case["expect"][column]


def main(argv=None) -> int:
    args = _parse_args(argv)
    cases, errors = load_table()
    if errors:  # report them, then measure over the valid cases
        print("warning: the case table has errors:\n  " + "\n  ".join(errors), file=sys.stderr)
    if not cases:
        print("no valid cases to measure", file=sys.stderr)
        return 2
    if args.lang:
        cases = [case for case in cases if case["lang"] == args.lang]
    if args.expected:
        print(f"{len(cases)} cases ({Counter(case['lang'] for case in cases)})")
        print(expected_distribution(cases))
        return 0
    try:
        from checker import check_goal
        check_goal("probe", today="2026-11-23")
    except Exception as exc:
        print(f"checker.check_goal is not usable yet: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2

    agree = Counter()
    mismatches = []
    for case in cases:
        observed = _observe(check_goal, case)
        for column in COLUMNS:
            if observed[column] == _expected(case, column):
                agree[column] += 1
            else:
                mismatches.append((case, column, observed[column]))

    total = len(cases)
    print(f"agreement over {total} cases" + (f" ({args.lang})" if args.lang else ""))
    for column in COLUMNS:
        share = agree[column] / total if total else 0.0
        print(f"  {column:<9} {agree[column]:>4}/{total:<4} {share:6.1%}")
    mismatched_ids = {case["id"] for case, _, _ in mismatches}
    exact = total - len(mismatched_ids)
    print(f"  all six   {exact:>4}/{total:<4} {exact / total if total else 0:6.1%}")

    if args.mismatches:
        print()
        for case, column, got in mismatches:
            if args.criterion and column != args.criterion:
                continue
            print(f"{case['id']} [{column}] expected {_expected(case, column)}, got {got}: {case['text']}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into `head`: stop quietly
        sys.stderr.close()
        sys.exit(0)
