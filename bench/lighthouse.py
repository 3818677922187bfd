"""Lighthouse page audits: `python -m bench lighthouse`.

Runs the pinned Lighthouse (package.json, 12.2.3: 13.x needs Node 22) with
its default mobile settings (a throttled mid-range phone on a slow 4G link)
against the built site served by tools/static_server.py with the intranet
CSP, compression and cache headers, on the home page and the checker page.
Prints the performance and accessibility scores with the paint and blocking
figures behind them and the bytes transferred.

Lighthouse scores move by a few points from run to run; each page is
audited --runs times and the median run (by performance score) is printed.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench._machine import load_average, machine
from bench.page_checker import build_site, free_port, site_port
from tools.static_server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = {"home": "", "checker page": "tools/checker/"}
AUDITS = {   # audit id -> label, unit
    "first-contentful-paint": ("first paint", "ms"),
    "largest-contentful-paint": ("largest paint", "ms"),
    "total-blocking-time": ("blocking", "ms"),
    "cumulative-layout-shift": ("layout shift", ""),
    "total-byte-weight": ("bytes", "KB"),
}


def audit(url: str, chromium: str, out: Path) -> dict:
    proc = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         "--only-categories=performance,accessibility", f"--chrome-path={chromium}",
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
        capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not out.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    figures = {"performance": round(report["categories"]["performance"]["score"] * 100),
               "accessibility": round(report["categories"]["accessibility"]["score"] * 100)}
    for key in AUDITS:
        figures[key] = report["audits"][key].get("numericValue")
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Lighthouse mobile audits of the built site")
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--runs", type=int, default=3, help="audits per page (default 3; the median is printed)")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not LIGHTHOUSE.exists():
        raise SystemExit("node_modules/.bin/lighthouse not found: run `make setup` (npm ci installs the pinned one)")
    if not chromium:
        raise SystemExit("no chromium on PATH: Lighthouse needs a Chrome to drive")
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as tmp:
        site = Path(tmp) / "site"
        port = (site_port(args.site) if args.site else None) or free_port()
        shutil.copytree(args.site, site) if args.site else build_site(site, port)
        print(f"  machine: {machine()}; load average {load_average()}")
        print("  Lighthouse 12.2.3, default mobile settings (simulated slow 4G, 4x CPU slowdown);"
              f" median of {args.runs} runs")
        with SiteServer(site, port=port) as server:
            for name, path in PAGES.items():
                runs = [audit(server.url + path, chromium, Path(tmp) / f"{name}-{i}.json") for i in range(args.runs)]
                runs.sort(key=lambda r: r["performance"])
                median = runs[len(runs) // 2]
                spread = f"{runs[0]['performance']}-{runs[-1]['performance']}"
                parts = []
                for key, (label, unit) in AUDITS.items():
                    value = median[key]
                    if value is None:
                        continue
                    parts.append(f"{label} {value / 1024:.0f} KB" if unit == "KB" else
                                 f"{label} {value:.0f} ms" if unit == "ms" else f"{label} {value:.3f}")
                print(f"  {name}: performance {median['performance']} (runs {spread}),"
                      f" accessibility {median['accessibility']}; " + ", ".join(parts))
                print(f"    accessibility in every run: {statistics.median(r['accessibility'] for r in runs)} median,"
                      f" min {min(r['accessibility'] for r in runs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
