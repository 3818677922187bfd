"""The slowest inputs within the public limits, for each entry point.

    python -m bench.worst_inputs [--top N]

Each piece below is repeated up to the limit of what the checker accepts (a
goal of MAX_TEXT_CHARS, a STAR answer of MAX_ANSWER_CHARS, a plan of
MAX_ACTIONS actions of MAX_ACTION_CHARS each), plus a realistic long answer
and plan. A piece repeated is how a pattern that backtracks shows itself
("9" * 6000 once took 12.9 s in check_star). Target: every analysis under
0.2 CPU s. Prints the slowest, with the machine.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._machine import load_average, machine, reference_loop  # noqa: E402
from checker import InputError, check_goal  # noqa: E402
from checker.errors import MAX_TEXT_CHARS  # noqa: E402
from checker.plan import MAX_ACTION_CHARS, MAX_ACTIONS, check_plan  # noqa: E402
from checker.star import MAX_ANSWER_CHARS, check_star  # noqa: E402

TARGET_S = 0.2
PIECES = ["9", "一", "万", "9 ", "9.", "9,", "9%", "9/", "9-", "$9", "从", "从9", "从9到", "by ", "from 9 to ", "每", "每周",
          "a", "a ", "I ", "我", "我负责", "《", "“", "(", "（", "\u0489", "\u3099", "年", "月", "1月", "第", "个", "的",
          "提高", "每天", "within 9 ", "9天", "9天内", "9 days ", "、", "，", ". ", "|", "：", " to ", "<b>", "`", "增长9%",
          "個", "９", " \u3000", "\u202e", "\ufffd", "明年", "下周五", "9999年", "within 99999 months "]
LONG_ANSWER = "当时门店高峰期排队很长，店长让我负责收银。我先统计了每单用时，然后重新安排了班次。结果平均等待从8分钟降到3分钟。"
LONG_ACTION = "我负责在每周一上午对照目标检查收银用时，用计时表记录并把结果发给店长，"
PLAN_GOAL = "月底前把收银速度提升至每位顾客两分钟"


def _fill(piece: str, limit: int) -> str:
    return (piece * (limit // len(piece) + 1))[:limit]


def _cases():
    for piece in PIECES + [LONG_ANSWER]:
        yield "goal", piece, lambda t=_fill(piece, MAX_TEXT_CHARS): check_goal(t, today="2026-11-23", role="front-desk")
        yield "star", piece, lambda t=_fill(piece, MAX_ANSWER_CHARS): check_star(t)
    for piece in PIECES + [LONG_ACTION]:
        actions = [_fill(piece, MAX_ACTION_CHARS)] * MAX_ACTIONS
        yield "plan", piece, lambda a=actions: check_plan(PLAN_GOAL, a, today="2026-11-23")


def _cpu(run, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        cpu = time.process_time()
        try:
            run()
        except InputError:  # a piece that is all blank is refused, which is fine
            pass
        best = min(best, time.process_time() - cpu)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.worst_inputs", description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args(argv)
    timings = sorted(((_cpu(run), kind, piece) for kind, piece, run in _cases()), reverse=True)
    print(f"machine: {machine()}; load average {load_average()}; "
          f"yardstick sum(range(10**7)) = {reference_loop()} CPU s")
    print(f"{len(timings)} inputs at the limits (goal {MAX_TEXT_CHARS:,} chars, STAR answer {MAX_ANSWER_CHARS:,}, "
          f"plan {MAX_ACTIONS} x {MAX_ACTION_CHARS}); slowest first (best of 2, CPU s):")
    for seconds, kind, piece in timings[:args.top]:
        shown = piece if len(piece) <= 12 else piece[:12] + "…"
        print(f"  {seconds:.3f}  {kind:<4}  {shown!r} repeated")
    for kind in ("goal", "plan", "star"):
        worst = max(t for t in timings if t[1] == kind)
        print(f"worst {kind}: {worst[0]:.3f} CPU s ({worst[2][:12]!r} repeated); target < {TARGET_S} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
