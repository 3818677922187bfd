"""Describe the machine a benchmark ran on, so every printed figure names it."""
from __future__ import annotations

import os
import platform
import time
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def machine() -> str:
    return (f"{platform.node()} ({cpu_model()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}); "
            f"{platform.python_implementation()} {platform.python_version()}")


def load_average() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def reference_loop() -> float:
    """CPU seconds for sum(range(10**7)): a yardstick to compare machines
    (about 0.1-0.15 s on an idle current desktop with CPython 3.12)."""
    start = time.process_time()
    sum(range(10 ** 7))
    return round(time.process_time() - start, 3)
