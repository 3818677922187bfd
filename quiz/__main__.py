"""`python -m quiz check` and `python -m quiz export`; see quiz/README.md."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import DEFAULT_BANKS_DIR, DEFAULT_DOCS_DIR
from .banks import load_banks
from .gift import export_gift
from .qti import content_package, export_qti
from .schema import TAGS
from .select import by_bank_ids, by_tags
from .validate import validate_banks


def _load_valid(paths, docs_dir):
    banks, problems = load_banks(paths)
    problems += validate_banks(banks, docs_dir=docs_dir)
    return banks, problems


def cmd_check(args) -> int:
    banks, problems = _load_valid(args.paths, args.docs)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len(banks)} bank(s)", file=sys.stderr)
        return 1
    count = sum(len(b.questions) for b in banks)
    print(f"ok: {len(banks)} bank(s), {count} question(s)", file=sys.stderr)
    return 0


def _split(values):
    """`--tags S M`, `--tags S,M` and `--tags S --tags M` all mean [S, M]."""
    return [v for value in values or [] for v in value.split(",") if v]


def cmd_export(args) -> int:
    args.tags, args.bank = _split(args.tags), _split(args.bank)
    if args.out is None:
        # `--tags S M out.gift`: the list option swallowed OUT, so take it back.
        if args.bank and not args.tags:
            args.out = args.bank.pop()
        elif args.tags:
            args.out = args.tags.pop()
        if args.out is None or args.out in ("S", "M", "A", "R", "T"):
            print("give the output file (OUT), or - for stdout", file=sys.stderr)
            return 2
    unknown = [t for t in args.tags or [] if t not in TAGS]
    if unknown:
        print(f"unknown tag(s): {', '.join(unknown)} (known: {', '.join(TAGS)})", file=sys.stderr)
        return 2
    banks, problems = _load_valid(args.banks_dir, args.docs)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print("fix the banks before exporting (python -m quiz check)", file=sys.stderr)
        return 1
    chosen = by_bank_ids(banks, args.bank)
    missing = sorted(set(args.bank or []) - {b.id for b in banks})
    if missing:
        print(f"unknown bank(s): {', '.join(missing)} (known: {', '.join(b.id for b in banks)})", file=sys.stderr)
        return 2
    pairs = by_tags(chosen, args.tags)
    if not pairs:
        print("no question matches the given tags/banks", file=sys.stderr)
        return 1
    if args.format == "gift":
        text, written, skipped = export_gift(pairs, site_url=args.site_url)
        data, label = text.encode("utf-8"), "Moodle GIFT"
    else:
        data, written, skipped = export_qti(pairs, site_url=args.site_url)
        label = "QTI 1.2"
        if args.out.lower().endswith(".zip"):   # a content package for Canvas / Blackboard
            data, label = content_package(data), "QTI 1.2 content package"
    if args.out == "-":
        sys.stdout.buffer.write(data)
        report = sys.stderr
    else:
        try:
            Path(args.out).write_bytes(data)
        except OSError as exc:
            print(f"cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        report = sys.stdout
    print(f"wrote {written} question(s) to {args.out} ({label})", file=report)
    if skipped:
        print(f"skipped {len(skipped)} question(s) that {label} cannot hold:", file=report)
        for s in skipped:
            print(f"  {s}", file=report)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m quiz", description="Quiz bank tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate the banks; print `file: question-id: reason` per problem")
    check.add_argument("paths", nargs="*", type=Path, help=f"bank files or folders (default: {DEFAULT_BANKS_DIR.name}/)")
    check.add_argument("--docs", type=Path, default=DEFAULT_DOCS_DIR, help="the docs folder page links must exist in")
    check.set_defaults(func=cmd_check)
    export = sub.add_parser("export", help="write the banks as Moodle GIFT or QTI 1.2")
    export.add_argument("--format", choices=("gift", "qti"), required=True)
    export.add_argument("--tags", nargs="+", action="extend", metavar="TAG", help=f"only questions with any of these tags ({', '.join(TAGS)})")
    export.add_argument("--bank", nargs="+", action="extend", metavar="BANK", help="only these banks (by bank id)")
    export.add_argument("--banks-dir", nargs="*", type=Path, default=None, help="bank files or folders (default: quiz/banks/)")
    export.add_argument("--docs", type=Path, default=DEFAULT_DOCS_DIR)
    export.add_argument("--site-url", help="make the source links in feedback absolute, e.g. https://intranet/smart/")
    export.add_argument("out", nargs="?", help="output file (QTI: .zip for an IMS content package), or - for stdout")
    export.set_defaults(func=cmd_export)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:   # e.g. `python -m quiz check | head`: the reader left, nothing to report
        sys.stderr.close()
        return 1


if __name__ == "__main__":
    sys.exit(main())
