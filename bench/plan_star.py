"""check_plan and check_star throughput in CPython.

    python -m bench.plan_star [--rounds N]

Runs the plan and STAR case tables (tests/plan_star/*_cases.yml) several
rounds after a warm-up. The largest inputs the checkers accept are timed by
bench/worst_inputs.py.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._machine import load_average, machine, reference_loop  # noqa: E402
from checker.plan import check_plan  # noqa: E402
from checker.star import check_star  # noqa: E402
from tests.plan_star.cases import plan_cases, plan_payload, star_cases  # noqa: E402


def per_cpu_second(run, items: list, rounds: int) -> tuple[int, int]:
    """Best round as items per wall second and per CPU second."""
    for item in items:
        run(item)
    best_wall = best_cpu = 0.0
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        for item in items:
            run(item)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall = max(best_wall, len(items) / wall)
        best_cpu = max(best_cpu, len(items) / max(cpu, 1e-9))
    return round(best_wall), round(best_cpu)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.plan_star", description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    plans = [plan_payload(c) for c in plan_cases()]
    answers = [c["text"] for c in star_cases()]
    plan_wall, plan_cpu = per_cpu_second(lambda p: check_plan(p["goal"], p["actions"], today=p["today"]), plans, args.rounds)
    star_wall, star_cpu = per_cpu_second(check_star, answers, args.rounds)
    print(f"machine: {machine()}; load average {load_average()}; "
          f"yardstick sum(range(10**7)) = {reference_loop()} CPU s")
    print(f"check_plan: {plan_wall:,} plans/s wall, {plan_cpu:,} per CPU second over {len(plans)} table plans "
          f"(best of {args.rounds})")
    print(f"check_star: {star_wall:,} answers/s wall, {star_cpu:,} per CPU second over {len(answers)} table answers "
          f"(best of {args.rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
