"""`check` command: judge goals one at a time or in batch.

    python -m checker check "月底前把投诉率从4%降到2%" --today 2026-11-23 --role front-desk
    python -m checker check --jsonl goals.jsonl      # one JSON report per line
"""
from __future__ import annotations

from checker.cli import CliError, emit, run_batch, with_batch_keys
from checker.engine.kinds import kind, validate_payload
from checker.goal import check_goal
from checker.relevance import resolve_roles


def register(sub) -> None:
    check = sub.add_parser(kind("goal")["command"], help="check one goal (or a JSONL file of goals) against SMART",
                           description="Check a goal against S, M, A, R, T. Exit 0: nothing to revise; "
                                       "1: revise; 2: usage error or bad input.")
    check.add_argument("text", nargs="?", help="the goal text (or use --jsonl)")
    check.add_argument("--jsonl", metavar="FILE", help="read JSON lines {\"text\", \"today\"?, \"role\"?, \"lang\"?} from FILE ('-' = stdin)")
    check.add_argument("--today", metavar="YYYY-MM-DD", help="reference date for deadlines (default: today)")
    check.add_argument("--role", metavar="ID", help="role id for Relevant (see `python -m checker roles`)")
    check.add_argument("--roles", metavar="FILE", help="your own roles file (YAML or JSON)")
    check.add_argument("--lang", choices=("zh", "en"), help="language of the messages (default: the goal's)")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(handler=run_check)


def check_payload(payload: dict, roles=None) -> dict:
    """One goal from a batch line or the command line; `roles` from --roles."""
    validate_payload("goal", payload, batch=True)
    report = check_goal(payload["text"], today=payload.get("today"), role=payload.get("role"),
                        lang=payload.get("lang"), roles=payload.get("roles", roles))
    return with_batch_keys(payload, report)


def run_check(args) -> int:
    if args.jsonl and args.text is not None:
        raise CliError("give either TEXT or --jsonl FILE, not both")
    if not args.jsonl and args.text is None:
        raise CliError("no goal given: pass TEXT or --jsonl FILE")
    roles = resolve_roles(args.roles) if args.roles else None  # bad file: one clear error, once
    if args.jsonl:
        return run_batch(args.jsonl, lambda p: check_payload(p, roles),
                         defaults={"today": args.today, "role": args.role, "lang": args.lang})
    report = check_payload({"text": args.text, "today": args.today, "role": args.role, "lang": args.lang}, roles)
    return emit(report, args.json)
