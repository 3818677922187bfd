"""A long fuzz run over the three entry points, counting what happened.

    python -m bench.fuzz [--examples N] [--seed S]

The same generators and contract as tests/checker/test_fuzz.py (see
tests/fuzzing.py), 20,000 examples by default instead of the suite's few
hundred. Every call is counted, never stopped at: reports per kind, input
errors per code, crashes per cause (exception, file and line, with the
first input that caused it), and the slowest call. Exit 1 on any crash.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from bench._machine import load_average, machine  # noqa: E402
from tests import fuzzing  # noqa: E402


def run(examples: int, seed_value: int) -> dict:
    outcomes: collections.Counter = collections.Counter()
    crashes: collections.Counter = collections.Counter()
    first_input: dict = {}
    slowest = [0.0, None]

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(fuzzing.CALLS)
    def one(call):
        kind, args = call
        start = time.process_time()
        try:
            outcomes[(kind, fuzzing.outcome(kind, args))] += 1
        except Exception as exc:  # counted, not raised: the run goes on
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            cause = f"{kind}: {type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}: {str(exc)[:80]}"
            crashes[cause] += 1
            first_input.setdefault(cause, args)
        spent = time.process_time() - start
        if spent > slowest[0]:
            slowest[:] = [spent, (kind, {k: v if not isinstance(v, str) else v[:60] for k, v in args.items()})]

    one()
    return {"outcomes": outcomes, "crashes": crashes, "first_input": first_input, "slowest": slowest}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = run(args.examples, args.seed)
    total = sum(result["outcomes"].values()) + sum(result["crashes"].values())
    print(f"machine: {machine()}; load average {load_average()}")
    print(f"{total:,} calls (seed {args.seed}) in {time.perf_counter() - started:.0f} s; "
          f"slowest {result['slowest'][0]:.3f} CPU s ({result['slowest'][1][0] if result['slowest'][1] else '-'})")
    for (kind, what), n in sorted(result["outcomes"].items()):
        print(f"  {kind:<4} {what:<26} {n:>7,}")
    crashes = sum(result["crashes"].values())
    print(f"crashes: {crashes:,} ({len(result['crashes'])} distinct causes)")
    for cause, n in result["crashes"].most_common():
        print(f"  {n:>6,}  {cause}\n          first input: {result['first_input'][cause]!r:.300}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
