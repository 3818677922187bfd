"""`python -m checker report` on a class of 1,000 goals: seconds and file sizes.

    python -m bench.class_report [--goals N]

The goals are the SMART case table's (tests/cases/goals_*.yml), repeated
with ids and names, plus one bad line in a hundred; the report is built the
way the command builds it (read, check, CSV, HTML) into a temporary folder.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._machine import load_average, machine  # noqa: E402
from bench.goal_checker import table_goals  # noqa: E402
from checker.cli import goal as goal_command  # noqa: E402
from checker.cli.class_report import render_html, write_csv  # noqa: E402
from checker.cli.report import read_class  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.class_report", description=__doc__.split("\n")[0])
    parser.add_argument("--goals", type=int, default=1000)
    args = parser.parse_args(argv)
    table = table_goals()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "class.jsonl"
        lines = []
        for i in range(args.goals):
            g = table[i % len(table)]
            lines.append("{not json" if i % 100 == 99 else json.dumps(
                {"id": f"s{i:04d}", "name": f"学员{i}", **{k: v for k, v in g.items() if v is not None}}, ensure_ascii=False))
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        start, cpu = time.perf_counter(), time.process_time()
        rows = read_class(str(src), goal_command.check_payload, {})
        checked = time.perf_counter()
        write_csv(rows, "goal", Path(tmp) / "report.csv")
        page = render_html(rows, "goal", "zh")
        (Path(tmp) / "report.html").write_text(page, encoding="utf-8")
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        csv_size = (Path(tmp) / "report.csv").stat().st_size
    print(f"machine: {machine()}; load average {load_average()}")
    print(f"class report for {len(rows):,} lines ({sum(r.report is None for r in rows)} bad): {wall:.2f} s wall "
          f"({checked - start:.2f} s checking, {wall - (checked - start):.2f} s writing), {cpu:.2f} CPU s; "
          f"HTML {len(page.encode('utf-8')) / 1024:,.0f} KB, CSV {csv_size / 1024:,.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
