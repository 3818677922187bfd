"""`python -m quiz check` and `python -m quiz export`; see quiz/README.md."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import DEFAULT_BANKS_DIR, DEFAULT_DOCS_DIR
from .banks import load_banks
from .export_common import ExportError, Selection
from .gift import export_gift
from .moodle_xml import export_moodle_xml
from .qti import export_qti
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


class _ListOption(argparse._ExtendAction):
    """`--tags`/`--bank`: remembers which list came last, since it may have swallowed OUT."""

    def __call__(self, parser, namespace, values, option_string=None):
        super().__call__(parser, namespace, values, option_string)
        namespace.last_list = self.dest


def _take_back_out(args, banks_known: set[str]) -> str | None:
    """`--tags S M out.gift`: the last list option swallowed OUT, so take it back (unless it is a tag or bank)."""
    if args.out is not None:
        return args.out
    values = getattr(args, args.last_list) if getattr(args, "last_list", None) else []
    if values and values[-1] not in TAGS and values[-1] not in banks_known:
        return values.pop()
    return None


def _write(out: str, data: bytes) -> str | None:
    """Write OUT whole or not at all (a temporary file renamed over it); the reason when it fails."""
    target = Path(out)
    temporary = target.with_name(f".{target.name}.part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        return exc.strerror or str(exc)
    return None


def cmd_export(args) -> int:
    if args.site_url and not args.site_url.startswith(("http://", "https://")):
        print(f"--site-url must be an address starting with http:// or https:// (got {args.site_url})", file=sys.stderr)
        return 2
    banks, problems = _load_valid(args.banks_dir, args.docs)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print("fix the banks before exporting (python -m quiz check)", file=sys.stderr)
        return 1
    args.out = _take_back_out(args, {b.id for b in banks})
    if args.out is None:
        print("give the output file (OUT), or - for stdout", file=sys.stderr)
        return 2
    args.tags, args.bank = _split(args.tags), _split(args.bank)
    unknown = [t for t in args.tags if t not in TAGS]
    if unknown:
        print(f"unknown tag(s): {', '.join(unknown)} (known: {', '.join(TAGS)})", file=sys.stderr)
        return 2
    missing = sorted(set(args.bank) - {b.id for b in banks})
    if missing:
        print(f"unknown bank(s): {', '.join(missing)} (known: {', '.join(b.id for b in banks)})", file=sys.stderr)
        return 2
    pairs = by_tags(by_bank_ids(banks, args.bank), args.tags)
    if not pairs:
        print("no question matches the given tags/banks", file=sys.stderr)
        return 1
    selection = Selection(tuple(args.bank), tuple(args.tags))
    try:
        if args.format == "gift":
            result = export_gift(pairs, site_url=args.site_url)
        elif args.format == "moodle-xml":
            result = export_moodle_xml(pairs, site_url=args.site_url)
        else:
            result = export_qti(pairs, selection, selection.title(banks), site_url=args.site_url,
                                package=args.out.lower().endswith(".zip"))
    except ExportError as exc:
        print(f"cannot export: {exc}", file=sys.stderr)
        return 2
    if args.out == "-":
        sys.stdout.buffer.write(result.data)
        report = sys.stderr
    else:
        failed = _write(args.out, result.data)
        if failed:
            print(f"cannot write {args.out}: {failed}", file=sys.stderr)
            return 2
        report = sys.stdout
    print(f"wrote {result.written} question(s) to {args.out} ({result.label})", file=report)
    if result.skipped:
        print(f"skipped {len(result.skipped)} question(s) that {result.label} cannot hold:", file=report)
        for s in result.skipped:
            print(f"  {s}", file=report)
    for note in result.notes:
        print(f"note: {note}", file=report)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m quiz", description="Quiz bank tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate the banks; print `file: question-id: reason` per problem")
    check.add_argument("paths", nargs="*", type=Path, help=f"bank files or folders (default: {DEFAULT_BANKS_DIR.name}/)")
    check.add_argument("--docs", type=Path, default=DEFAULT_DOCS_DIR, help="the docs folder page links must exist in")
    check.set_defaults(func=cmd_check)
    export = sub.add_parser("export", help="write the banks as Moodle XML, Moodle GIFT or QTI 1.2")
    export.add_argument("--format", choices=("moodle-xml", "gift", "qti"), required=True,
                        help="moodle-xml and gift for Moodle, qti for Canvas and Blackboard")
    export.add_argument("--tags", nargs="+", action=_ListOption, default=[], metavar="TAG",
                        help=f"only questions with any of these tags ({', '.join(TAGS)})")
    export.add_argument("--bank", nargs="+", action=_ListOption, default=[], metavar="BANK",
                        help="only these banks (by bank id)")
    export.add_argument("--banks-dir", action="append", type=Path, default=None, metavar="PATH",
                        help="a bank file or folder; repeat for more (default: quiz/banks/)")
    export.add_argument("--docs", type=Path, default=DEFAULT_DOCS_DIR)
    export.add_argument("--site-url", help="the site's address, so feedback links to its pages, e.g. https://intranet/smart/")
    export.add_argument("out", nargs="?", help="output file (qti: .zip for a content package), or - for stdout")
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
