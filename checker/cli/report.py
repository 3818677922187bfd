"""`report` command: a class's goals (or plans, or STAR answers) checked in
one go, written as a CSV table and a self-contained HTML page.

    python -m checker report --jsonl class.jsonl --html report.html --csv report.csv
    python -m checker report --plan --jsonl plans.jsonl --html plans.html
    python -m checker report --star --jsonl answers.jsonl --csv answers.csv

Each line is what `check --jsonl` (or `plan`/`star --jsonl`) reads, plus
`"name"?`: one `{"id"?, "name"?, "text", "today"?, "role"?}` per goal. Bad
lines are listed in the report, never dropped.
"""
from __future__ import annotations

from collections import Counter

from checker.cli import CliError, batch, error_object
from checker.cli import goal as goal_command
from checker.cli import plan as plan_command
from checker.cli import star as star_command
from checker.cli.class_report import Row, render_html, write_csv
from checker.relevance import resolve_roles


def register(sub) -> None:
    p = sub.add_parser("report", help="check a whole class (JSONL) and write a CSV table and an HTML report",
                       description="Check every line of a JSONL file and write a class report. Exit 0 when the "
                                   "report was written (whatever the goals' verdicts); 2: usage error.")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--plan", action="store_true", help="the lines are action plans ({\"goal\", \"actions\"})")
    which.add_argument("--star", action="store_true", help="the lines are STAR answers ({\"text\"})")
    p.add_argument("--jsonl", metavar="FILE", required=True, help="one JSON object per line ('-' = stdin)")
    p.add_argument("--html", metavar="FILE", help="write the HTML report here")
    p.add_argument("--csv", metavar="FILE", help="write the CSV table here (UTF-8, opens in Excel)")
    p.add_argument("--title", help="the report's heading (default: 班级报告 and the kind of check)")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="reference date for lines that give none")
    p.add_argument("--role", metavar="ID", help="role for goal lines that give none")
    p.add_argument("--roles", metavar="FILE", help="your own roles file (YAML or JSON)")
    p.add_argument("--lang", choices=("zh", "en"), help="language of the report (default: most of the lines')")
    p.set_defaults(handler=run_report)


def _checker(args):
    if args.plan:
        return "plan", plan_command.check_payload, {"today": args.today}
    if args.star:
        return "star", star_command.check_payload, {}
    roles = resolve_roles(args.roles) if args.roles else None
    return "goal", (lambda payload: goal_command.check_payload(payload, roles)), {"today": args.today, "role": args.role}


def read_class(source: str, check, defaults: dict) -> list[Row]:
    """One Row per input line, in order: its report, or the error it got."""
    rows = []
    for lineno, payload in batch.iter_payloads(source, defaults):
        own = payload if isinstance(payload, dict) else {}
        row = Row(lineno, id=str(own.get("id", "") or ""), name=str(own.get("name", "") or ""))
        try:
            if isinstance(payload, Exception):
                raise payload
            row.report = check(payload)
        except Exception as exc:  # the line's problem, shown in the report
            row.error = error_object(exc)["error"]
        rows.append(row)
    return rows


def run_report(args) -> int:
    if not args.html and not args.csv:
        raise CliError("say where to write the report: --html FILE and/or --csv FILE")
    kind_name, check, defaults = _checker(args)
    try:
        rows = read_class(args.jsonl, check, defaults)
    except batch.BatchSourceError as exc:
        raise CliError(str(exc)) from None
    langs = Counter(row.report.get("lang") for row in rows if row.report)
    lang = args.lang or (langs.most_common(1)[0][0] if langs else "zh")
    try:
        if args.csv:
            write_csv(rows, kind_name, args.csv)
        if args.html:
            with open(args.html, "w", encoding="utf-8") as out:
                out.write(render_html(rows, kind_name, lang, args.title or ""))
    except OSError as exc:
        raise CliError(f"cannot write the report: {exc.strerror or exc}") from None
    bad = sum(row.report is None for row in rows)
    written = " and ".join(p for p in (args.html, args.csv) if p)
    print(f"{len(rows)} lines, {len(rows) - bad} checked, {bad} could not be checked -> {written}")
    return 0
