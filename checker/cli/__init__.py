"""Command line: `python -m checker <command> ...`.

Each kind of check (checker/rules/kinds.yml) has its command in a module
next to this one named after the kind (goal.py: `check`), with a
`register(subparsers)` function; roles.py lists the role profiles.

Shared helpers for every command: exit codes, the JSONL batch loop,
one-line error printing and a readable report printer that works for any
report shape. Payload keys are checked by checker.engine.kinds.
"""
from __future__ import annotations

import argparse
import json
import sys

from checker.cli import batch
from checker.cli.outcome import EXIT_OK, EXIT_REVISE, EXIT_USAGE, error_object, exit_code_for  # noqa: F401 (used by the commands)
from checker.engine.report import STATUS_MARKS
from checker.errors import DataMissingError, InputError


class CliError(Exception):
    """A usage problem: printed on one line, exit 2."""


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, no usage dump
        raise CliError(f"{message} (see `{self.prog} --help`)")


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


def print_error(message: str) -> None:
    first = " ".join(str(message).split())
    print(f"checker: error: {first}", file=sys.stderr)


def dump_json(obj, out=None, pretty=False) -> None:
    out = out or sys.stdout
    out.write(json.dumps(obj, ensure_ascii=False, indent=1 if pretty else None) + "\n")


BATCH_KEYS = ("id", "name")  # a batch line's own keys, given back on its report


def with_batch_keys(payload: dict, report: dict) -> dict:
    """The report with the line's id and name in front (who wrote the goal)."""
    own = {k: payload[k] for k in BATCH_KEYS if k in payload}
    return {**own, **report} if own else report


def run_batch(source: str, check, defaults: dict | None = None, out=None) -> int:
    """`--jsonl`: one report or error object per input line (checker/cli/batch.py)."""
    try:
        return batch.run_batch(source, check, defaults, out)
    except batch.BatchSourceError as exc:
        raise CliError(str(exc)) from None


def print_report(report: dict, out=None) -> None:
    """Readable text for any report shape: criteria, findings, facts."""
    out = out or sys.stdout
    zh = report.get("lang") == "zh"
    w = out.write
    if report.get("text"):
        w(("目标：" if zh else "Goal: ") + report["text"] + "\n")
    if "verdict" in report:
        verdict = report["verdict"]
        label = {"pass": "通过", "revise": "需要修改"}.get(verdict, verdict) if zh else verdict
        w(("结论：" if zh else "Verdict: ") + f"{label}  ({report.get('score', '-')}/100)\n")
    criteria = report.get("criteria") or {}
    if criteria:
        w("\n")
        for key, c in criteria.items():
            if not isinstance(c, dict):
                continue
            mark = STATUS_MARKS.get(c.get("status"), "·")
            name = c.get("name") or ""
            w(f"  {mark} {key} {name:<6} {c.get('status', ''):<8} {c.get('summary', '')}\n")
    findings = report.get("findings") or []
    if findings:
        w("\n" + ("发现：" if zh else "Findings:") + "\n")
        text = report.get("text") or ""
        for f in findings:
            span = f.get("span")
            where = f" «{text[span[0]:span[1]]}»" if span and text else ""
            w(f"  [{f.get('level', '')}] {f.get('rule', '')}{where}: {f.get('message', '')}\n")
            if f.get("suggestion"):
                w(("      建议：" if zh else "      Try: ") + f["suggestion"] + "\n")
    facts = report.get("facts") or {}
    if facts:
        w("\n" + ("理解到的内容：" if zh else "What the checker understood:") + "\n")
        dl = facts.get("deadline")
        if "deadline" in facts:
            w(("  截止日期：" if zh else "  deadline: ") + (f"{dl['date']} («{dl['text']}»)" if dl else ("无" if zh else "none")) + "\n")
        for m in facts.get("metrics") or []:
            w(("  衡量：" if zh else "  measure: ") + f"{m.get('text')} = {m.get('value')} {m.get('unit', '')}".rstrip() + "\n")
        for c in facts.get("changes") or []:
            frm = c.get("from") if c.get("from") is not None else "?"
            to = c.get("to") if c.get("to") is not None else "?"
            w(("  变化：" if zh else "  change: ") + f"{c.get('text')} ({frm} → {to}{c.get('unit') or ''})\n")
        for key, value in facts.items():
            if key not in ("deadline", "metrics", "changes", "today", "role", "role_name") and value not in (None, [], {}):
                w(f"  {key}: {json.dumps(value, ensure_ascii=False)}\n")


def emit(report: dict, as_json: bool, out=None) -> int:
    if as_json:
        dump_json(report, out, pretty=False)
    else:
        print_report(report, out)
    return exit_code_for(report)


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="python -m checker",
                            description="SMART goal checker: rule-by-rule feedback on goals in Chinese or English.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    from checker.cli import goal, plan, report, roles, star
    for module in (goal, roles, plan, star, report):
        module.register(sub)
    return parser


def main(argv=None) -> int:
    _utf8_streams()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            raise CliError("a command is needed, e.g. `python -m checker check \"月底前把投诉率降到2%\"`"
                           " (see `python -m checker --help`)")
        return args.handler(args)
    except CliError as exc:
        print_error(str(exc))
        return EXIT_USAGE
    except (InputError, DataMissingError) as exc:
        print_error(exc.message)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: still one line, never a traceback
        print_error(f"internal error, please report it: {type(exc).__name__}: {exc}")
        return EXIT_USAGE
