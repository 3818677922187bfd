"""Rewrite reports.jsonl from the current checker.

    .venv/bin/python -m tests.snapshots.update

Run it only when a change of behaviour is meant; the commit that does so
says which reports changed and why (`git diff tests/snapshots/` shows them).
"""
from __future__ import annotations

import json
from pathlib import Path

from tests.snapshots.inputs import all_inputs, run

SNAPSHOT = Path(__file__).resolve().parent / "reports.jsonl"


def main() -> int:
    lines = []
    for key, kind, payload in all_inputs():
        lines.append(json.dumps({"key": key, "kind": kind, "report": run(kind, payload)},
                                ensure_ascii=False, sort_keys=True))
    SNAPSHOT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"tests.snapshots.update: {len(lines)} reports -> {SNAPSHOT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
