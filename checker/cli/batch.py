"""The JSON Lines batch: `--jsonl FILE` (or `-` for stdin) on every command.

The contract: one output line per input line, always, in order. A line that
cannot be checked (not UTF-8, blank, not JSON, NaN or Infinity, nested too
deep, not an object, bad input) gets an error object with its line number
({"error": {...}, "line": N}) and the batch goes on. Lines are read as bytes
and decoded one by one, so a bad byte costs its own line only.
"""
from __future__ import annotations

import json
import math
import sys

from checker.clean import clean_text
from checker.cli.outcome import error_object, exit_code_for
from checker.errors import InputError

BOM = b"\xef\xbb\xbf"


class BatchSourceError(Exception):
    """The batch file cannot be opened at all."""


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a JSON value")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _clean(value):
    """Strings with lone surrogates ("\\ud800" is valid JSON) made writable, all the way down."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): _clean(v) for k, v in value.items()}
    return value


def parse_line(raw: bytes, lineno: int) -> dict:
    """One line of the batch as a JSON object, or InputError."""
    if lineno == 1 and raw.startswith(BOM):
        raw = raw[len(BOM):]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("bad-utf8", at=exc.start + 1) from None
    if not line.strip():
        raise InputError("empty-line")
    try:
        payload = json.loads(line, parse_constant=_reject_constant, parse_float=_finite_float)
    except RecursionError:
        raise InputError("bad-json", detail="nested too deep") from None
    except ValueError as exc:
        raise InputError("bad-json", detail=clean_text(str(exc))[:120]) from None
    if not isinstance(payload, dict):
        raise InputError("bad-payload", detail="each line must be a JSON object")
    return _clean(payload)


def _lines(source: str):
    if source == "-":
        yield from sys.stdin.buffer
        return
    try:
        stream = open(source, "rb")
    except OSError as exc:
        raise BatchSourceError(f"cannot read {source}: {exc.strerror or exc}") from None
    with stream:
        yield from stream


def _write(report: dict, lineno: int, out) -> None:
    try:
        text = json.dumps(report, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:  # a bug in a report must still cost one line only
        text = json.dumps({"error": {"code": "internal", "message": f"{type(exc).__name__}: {exc}"}, "line": lineno})
    out.write(text + "\n")


def iter_payloads(source: str, defaults: dict | None = None):
    """(line number, payload) for each line, the payload an exception when the
    line cannot be read; `defaults` fill keys a line leaves out (the command
    line's --today, --role …)."""
    fill = {k: v for k, v in (defaults or {}).items() if v is not None}
    for lineno, raw in enumerate(_lines(source), 1):
        try:
            yield lineno, {**fill, **parse_line(raw.rstrip(b"\r\n"), lineno)}
        except InputError as exc:
            yield lineno, exc


def run_batch(source: str, check, defaults: dict | None = None, out=None) -> int:
    """`check(payload) -> report` for each line, one JSON line out per line in.
    Returns the highest exit code over the lines."""
    out = out or sys.stdout
    worst = 0
    for lineno, payload in iter_payloads(source, defaults):
        try:
            if isinstance(payload, Exception):
                raise payload
            report = check(payload)
        except Exception as exc:  # any failure is this line's problem only
            report = error_object(exc)
            report["line"] = lineno
        _write(report, lineno, out)
        worst = max(worst, exit_code_for(report))
    return worst
