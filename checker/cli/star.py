"""`star` command: check a STAR interview answer sentence by sentence.

    python -m checker star "去年门店高峰期排队很长。我负责……"
    python -m checker star --jsonl answers.jsonl   # one {"text"} per line
"""
from __future__ import annotations

from checker.cli import STATUS_MARKS, CliError, dump_json, exit_code_for, run_batch, with_batch_keys
from checker.engine.kinds import kind, validate_payload
from checker.star import check_star


def register(sub) -> None:
    p = sub.add_parser(kind("star")["command"], help="check a STAR answer: label each sentence S/T/A/R, find gaps",
                       description="Check a STAR answer. Exit 0: nothing to revise; 1: revise; "
                                   "2: usage error or bad input.")
    p.add_argument("text", nargs="?", help="the answer (or use --jsonl)")
    p.add_argument("--jsonl", metavar="FILE", help="read JSON lines {\"text\", \"lang\"?} from FILE ('-' = stdin)")
    p.add_argument("--lang", choices=("zh", "en"), help="language of the messages (default: the answer's)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_star)


def check_payload(payload: dict) -> dict:
    validate_payload("star", payload, batch=True)
    report = check_star(payload["text"], lang=payload.get("lang"))
    return with_batch_keys(payload, report)


def run_star(args) -> int:
    if args.jsonl and args.text is not None:
        raise CliError("give either TEXT or --jsonl FILE, not both")
    if args.jsonl:
        return run_batch(args.jsonl, check_payload, defaults={"lang": args.lang})
    if args.text is None:
        raise CliError("no answer given: pass TEXT or --jsonl FILE")
    report = check_payload({"text": args.text, "lang": args.lang})
    if args.json:
        dump_json(report)
    else:
        print_star(report)
    return exit_code_for(report)


def print_star(report: dict) -> None:
    zh = report["lang"] == "zh"
    verdict = {"pass": "通过", "revise": "需要修改"}.get(report["verdict"]) if zh else report["verdict"]
    print(("结论：" if zh else "Verdict: ") + f"{verdict}  ({report['score']}/100)\n")
    for key, c in report["criteria"].items():
        print(f"  {STATUS_MARKS.get(c['status'], '·')} {key} {c['status']:<5} {c['summary']}")
    print("\n" + ("逐句：" if zh else "Sentence by sentence:"))
    for s in report["facts"]["sentences"]:
        print(f"  [{s['label']}] {s['text']}")
        print(f"       {s['reason']}")
    if report["findings"]:
        print("\n" + ("发现：" if zh else "Findings:"))
        for f in report["findings"]:
            print(f"  [{f['level']}] {f['rule']}: {f['message']}")
            print(("      建议：" if zh else "      Try: ") + f["suggestion"])
    questions = report["facts"].get("questions") or []
    if questions:
        print("\n" + ("面试官可能追问：" if zh else "Follow-up questions:"))
        for q in questions:
            print(f"  - ({q['part']}) {q['question']}")
