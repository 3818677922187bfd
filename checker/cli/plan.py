"""`plan` command: check an action plan (how / who / what / when, PDCA).

    python -m checker plan --goal "月底前把前台收银速度提升至每位顾客两分钟" \\
        --action "店长王丽11月25日前通过现场示范培训收银员使用扫码枪" --today 2026-11-10
    python -m checker plan --file plan.yml       # {goal, actions, today?} in YAML or JSON
    python -m checker plan --jsonl plans.jsonl   # one {"goal", "actions", "today"?} per line
"""
from __future__ import annotations

from pathlib import Path

from checker.cli import STATUS_MARKS, CliError, dump_json, exit_code_for, run_batch, with_batch_keys
from checker.engine.kinds import kind, validate_payload
from checker.plan import check_plan


def register(sub) -> None:
    p = sub.add_parser(kind("plan")["command"], help="check an action plan: how/who/what/when per action, PDCA check and act",
                       description="Check an action plan. Exit 0: nothing to revise; 1: revise; "
                                   "2: usage error or bad input.")
    p.add_argument("--goal", help="the goal the plan serves")
    p.add_argument("--action", action="append", metavar="TEXT", help="one action (repeat for each)")
    p.add_argument("--file", metavar="FILE", help="a plan file (YAML or JSON): {goal, actions, today?}")
    p.add_argument("--jsonl", metavar="FILE", help="read JSON lines {\"goal\", \"actions\", \"today\"?} from FILE ('-' = stdin)")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="reference date for dates (default: today)")
    p.add_argument("--lang", choices=("zh", "en"), help="language of the messages (default: the plan's)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_plan)


def check_payload(payload: dict) -> dict:
    validate_payload("plan", payload, batch=True)
    report = check_plan(payload["goal"], payload.get("actions"), today=payload.get("today"), lang=payload.get("lang"))
    return with_batch_keys(payload, report)


MAX_PLAN_FILE_BYTES = 256 * 1024  # a plan is a goal and at most 40 short actions


def _read_plan_file(path: str) -> dict:
    try:
        from checker.yaml_data import DataFileError, read_data_file
    except ImportError:
        raise CliError("reading a plan file needs pyyaml (pip install pyyaml)") from None
    name = Path(path).name
    try:
        data = read_data_file(path, MAX_PLAN_FILE_BYTES, "a plan file")
    except DataFileError as exc:
        raise CliError(f"{name}: {exc}") from None
    if not isinstance(data, dict):
        raise CliError(f"{name}: expected a mapping with 'goal' and 'actions'")
    return data


def run_plan(args) -> int:
    sources = sum(bool(x) for x in (args.jsonl, args.file, args.goal is not None or args.action))
    if sources > 1:
        raise CliError("give one of --goal/--action, --file FILE or --jsonl FILE")
    if args.jsonl:
        return run_batch(args.jsonl, check_payload, defaults={"today": args.today, "lang": args.lang})
    if args.file:
        payload = _read_plan_file(args.file)
        for key in ("today", "lang"):
            if getattr(args, key):
                payload[key] = getattr(args, key)
    else:
        if args.goal is None:
            raise CliError("no plan given: pass --goal TEXT with --action TEXT (repeatable), --file or --jsonl")
        payload = {"goal": args.goal, "actions": args.action or [], "today": args.today, "lang": args.lang}
    report = check_payload(payload)
    if args.json:
        dump_json(report)
    else:
        print_plan(report)
    return exit_code_for(report)


def print_plan(report: dict) -> None:
    zh = report["lang"] == "zh"
    facts = report["facts"]
    goal = facts["goal"]
    print(("目标：" if zh else "Goal: ") + goal["text"])
    dl = goal.get("deadline")
    if dl:
        shown = f"{dl['date']}（{dl['text']}）" if zh else f"{dl['date']} (\"{dl['text']}\")"
    else:
        shown = "无" if zh else "none"
    print(("  截止日期：" if zh else "  deadline: ") + shown)
    verdict = {"pass": "通过", "revise": "需要修改"}.get(report["verdict"]) if zh else report["verdict"]
    print(("结论：" if zh else "Verdict: ") + f"{verdict}  ({report['score']}/100)\n")
    for key, c in report["criteria"].items():
        print(f"  {STATUS_MARKS.get(c['status'], '·')} {c['name']:<10} {c['status']:<5} {c['summary']}")
    print("\n" + ("行动：" if zh else "Actions:"))
    for a in facts["actions"]:
        step = {"check": " [Check]", "act": " [Act]"}.get(a["step"] or "", "")
        print(f"  {a['index'] + 1}. {a['text']}{step}")
        parts = []
        for key in ("who", "what", "when", "how"):
            part = a[key]
            shown = part.get("date") or part.get("text") or ""
            parts.append(f"{key} {STATUS_MARKS.get(part['status'], '·')}" + (f" {shown}" if shown else ""))
        print("     " + " · ".join(parts))
    pdca = facts["pdca"]
    print("\nPDCA: " + "  ".join(f"{k.upper()[0]} {STATUS_MARKS.get(v, '·')}" for k, v in pdca.items()))
    if report["findings"]:
        print("\n" + ("发现：" if zh else "Findings:"))
        for f in report["findings"]:
            where = f"#{f['action'] + 1} " if f.get("action") is not None else ""
            print(f"  [{f['level']}] {where}{f['rule']}: {f['message']}")
            print(("      建议：" if zh else "      Try: ") + f["suggestion"])
