"""check_plan and check_star throughput in CPython, and their worst case at the input limits.

    python -m bench.plan_star [--rounds N]

Runs the plan and STAR case tables (tests/plan_star/*_cases.yml) several
rounds after a warm-up, then the largest inputs the checkers accept: a STAR
answer at its length limit and a plan with the most actions of the longest
allowed length.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._machine import load_average, machine, reference_loop  # noqa: E402
from checker.plan import MAX_ACTION_CHARS, MAX_ACTIONS, check_plan  # noqa: E402
from checker.star import MAX_ANSWER_CHARS, check_star  # noqa: E402
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


def worst_case(run) -> float:
    cpu = time.process_time()
    run()
    return round(time.process_time() - cpu, 3)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.plan_star", description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    plans = [plan_payload(c) for c in plan_cases()]
    answers = [c["text"] for c in star_cases()]
    plan_wall, plan_cpu = per_cpu_second(lambda p: check_plan(p["goal"], p["actions"], today=p["today"]), plans, args.rounds)
    star_wall, star_cpu = per_cpu_second(check_star, answers, args.rounds)

    long_answer = ("当时门店高峰期排队很长，店长让我负责收银。我先统计了每单用时，然后重新安排了班次。结果平均等待从8分钟降到3分钟。"
                   * 200)[:MAX_ANSWER_CHARS]
    long_action = ("我负责在每周一上午对照目标检查收银用时，用计时表记录并把结果发给店长，" * 40)[:MAX_ACTION_CHARS]
    star_worst = worst_case(lambda: check_star(long_answer))
    plan_worst = worst_case(lambda: check_plan("月底前把收银速度提升至每位顾客两分钟", [long_action] * MAX_ACTIONS,
                                               today="2026-11-23"))

    print(f"machine: {machine()}; load average {load_average()}; "
          f"yardstick sum(range(10**7)) = {reference_loop()} CPU s")
    print(f"check_plan: {plan_wall:,} plans/s wall, {plan_cpu:,} per CPU second over {len(plans)} table plans "
          f"(best of {args.rounds})")
    print(f"check_star: {star_wall:,} answers/s wall, {star_cpu:,} per CPU second over {len(answers)} table answers "
          f"(best of {args.rounds})")
    print(f"largest STAR answer ({len(long_answer):,} chars): {star_worst:.3f} CPU s; "
          f"largest plan ({MAX_ACTIONS} actions x {len(long_action)} chars): {plan_worst:.3f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
