"""What a command's result means to the shell: exit codes, and the error
object a failed check becomes (in --json output and in a batch line)."""
from __future__ import annotations

from checker.errors import DataMissingError, InputError

EXIT_OK = 0        # nothing to revise (unknown is allowed)
EXIT_REVISE = 1    # some criterion is warn or fail
EXIT_USAGE = 2     # usage error or bad input


def exit_code_for(report) -> int:
    """0 when no criterion is warn/fail, 1 when one is, 2 for an error object."""
    if not isinstance(report, dict):
        return EXIT_OK
    if "error" in report:
        return EXIT_USAGE
    criteria = report.get("criteria")
    if isinstance(criteria, dict) and criteria:
        statuses = [c.get("status") for c in criteria.values() if isinstance(c, dict)]
        return EXIT_REVISE if any(s in ("warn", "fail") for s in statuses) else EXIT_OK
    return EXIT_REVISE if report.get("verdict") == "revise" else EXIT_OK


def error_object(exc: Exception) -> dict:
    if isinstance(exc, (InputError, DataMissingError)):
        return exc.to_dict()
    return {"error": {"code": "internal", "message": f"{type(exc).__name__}: {exc}"}}
