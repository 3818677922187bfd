"""Agreement with goals people outside this project wrote: the dev half of the
external set (../shared/data/external_goals_dev.tsv, beside the project).

    .venv/bin/python -m tests.cases.external               # per criterion and language, with the floors
    .venv/bin/python -m tests.cases.external --mismatches  # plus each disagreement
    .venv/bin/python -m tests.cases.external --file OTHER.tsv

Each row: lang, S, M, T (1 = the goal meets it, 0 = it does not, ? = no
label), date (the deadline it names, ISO, or -), source, text; judged with
today = 2026-11-23. The checker meets S or M when its status is pass; it
meets T when it found a time limit: T pass, or T warn (a deadline already
past, which is right to flag, or a real deadline the goal does not date,
such as 下次月考); "date exact" counts the rows with a date whose deadline
the checker resolved to that day. The floor is a checker that
passes everything (and finds no date).

A progress tool: it never fails on disagreement (exit 0); 2 when the file is
missing or unreadable.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT.parent / "shared" / "data" / "external_goals_dev.tsv"
TODAY = "2026-11-23"
LETTERS = ("S", "M", "T")


def load(path: Path = DEV_SET) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["date"] = None if row["date"] in ("-", "") else row["date"]
    return rows


def observe(row: dict) -> dict:
    """1/0 per letter as the checker judges the row, and the deadline date it read."""
    from checker import check_goal
    report = check_goal(row["text"], today=TODAY)
    deadline = report["facts"]["deadline"]
    return {"S": int(report["criteria"]["S"]["status"] == "pass"),
            "M": int(report["criteria"]["M"]["status"] == "pass"),
            "T": int(report["criteria"]["T"]["status"] in ("pass", "warn")),
            "date": deadline["date"] if deadline else None,
            "report": report}


def agreement(rows: list[dict]) -> dict:
    """{(lang, column): (agreeing, labelled, floor agreeing)}; lang "all" for both."""
    out: dict = {}

    def count(lang, column, agree, floor):
        a, n, f = out.get((lang, column), (0, 0, 0))
        out[(lang, column)] = (a + agree, n + 1, f + floor)

    for row in rows:
        seen = row.setdefault("observed", observe(row))
        for lang in (row["lang"], "all"):
            for letter in LETTERS:
                if row[letter] in ("0", "1"):
                    count(lang, letter, seen[letter] == int(row[letter]), row[letter] == "1")
            if row["date"]:
                count(lang, "date", seen["date"] == row["date"], False)
    return out


def table(result: dict) -> str:
    lines = [f"{'':6}" + "".join(f"{c:>22}" for c in (*LETTERS, "date exact"))]
    for lang in ("zh", "en", "all"):
        cells = []
        for column in (*LETTERS, "date"):
            a, n, f = result.get((lang, column), (0, 0, 0))
            cells.append(f"{a / n:.2f} ({f / n:.2f}) n={n}" if n else "-")
        lines.append(f"{lang:6}" + "".join(f"{c:>22}" for c in cells))
    lines.append("each cell: checker agreement (pass-everything floor) and the number of labelled rows")
    return "\n".join(lines)


def mismatches(rows: list[dict]) -> list[str]:
    out = []
    for row in rows:
        seen = row["observed"]
        wrong = [f"{letter} {row[letter]}->{seen[letter]}" for letter in LETTERS
                 if row[letter] in ("0", "1") and seen[letter] != int(row[letter])]
        if row["date"] and seen["date"] != row["date"]:
            wrong.append(f"date {row['date']}->{seen['date']}")
        if wrong:
            out.append(f"[{row['lang']}] {', '.join(wrong)}: {row['text']}")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.cases.external", description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=DEV_SET, help="a TSV of the same shape (default: the dev set)")
    parser.add_argument("--mismatches", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    try:
        rows = load(args.file)
    except (OSError, csv.Error, KeyError) as exc:
        print(f"tests.cases.external: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    result = agreement(rows)
    print(f"{len(rows)} goals from {args.file.name}, today {TODAY}")
    print(table(result))
    if args.mismatches:
        print("\n".join(["", *mismatches(rows)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
