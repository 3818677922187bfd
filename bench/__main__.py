"""Run the benchmarks: `python -m bench [NAME ...]` (default: all of them).

Each module in bench/ with a `main(argv) -> int` is one benchmark; this file
only finds them and runs them in turn, so adding a benchmark is adding a file.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    names = available()
    chosen = argv or names
    unknown = [n for n in chosen if n not in names]
    if unknown:
        print(f"bench: unknown benchmark(s) {unknown}; available: {', '.join(names)}", file=sys.stderr)
        return 2
    worst = 0
    for name in chosen:
        print(f"== bench.{name} ==", flush=True)
        module = importlib.import_module(f"bench.{name}")
        try:
            code = module.main([]) or 0
        except SystemExit as exc:  # a benchmark that cannot run says why and stops itself
            code = exc.code if isinstance(exc.code, int) else 1
            if not isinstance(exc.code, int) and exc.code:
                print(exc.code, file=sys.stderr)
        worst = max(worst, code)
        print(flush=True)
    return worst


if __name__ == "__main__":
    sys.exit(main())
