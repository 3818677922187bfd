"""Benchmarks of the in-page checker, in headless Chromium against the built site.

    python -m bench.page_checker [--site DIR] [--runs N]

1. Boot overhead: time from navigation to "checker ready" on the checker
   page, divided by the time a bare page takes to boot the same Pyodide core
   (same files, same server, same browser run). Cold = fresh browser context
   (empty cache), warm = reload in the same context. Target <= 1.15.
2. Keystroke -> rendered feedback latency over the case table once ready,
   p50 / p95 (target p95 < 50 ms). Measured in the page from the input
   event's timestamp to the DOM holding the new report, and to the next frame.
3. Bytes transferred for the checker page beyond the Pyodide core (cold,
   target < 300 KB), as served (the precompressed copies, as a browser
   accepting Brotli gets them) and what it would be uncompressed.
4. Warm across pages and visits:
   - next page: on a lesson with a mini-checker whose checker is ready, a
     click on the link to the checker page (the theme's instant navigation)
     -> that page's checker ready and its first report shown (target < 300 ms);
   - repeat visit: a new tab in the same browser profile after a first visit
     (the service worker installed) -> checker ready, as a ratio to the bare
     page's warm boot;
   - offline reload: the server stopped and the browser offline, reload ->
     checker ready.

The site is built for the address it is served from (SITE_URL: the theme's
instant navigation follows only the links its sitemap lists there) and
served by tools/static_server.py with the intranet CSP, compression and
cache headers.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.static_server import SiteServer  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]

BARE_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>bare</title>
<script type="module" src="bare.js"></script></head><body>bare Pyodide boot</body></html>
"""
# The same core, booted in a module worker like the checker's, with nothing else.
BARE_JS = """const core = new URL("../pyodide/%(version)s/", location.href).href;
const lock = new URL("../%(lock)s", location.href).href;
const w = new Worker(new URL("bare-worker.js", location.href).href, {type: "module"});
w.onmessage = (e) => {
  if (e.data === "imported") performance.mark("bare-core-imported");
  else { performance.mark("bare-python-ready"); window.__readyAt = performance.now(); }
};
w.postMessage({core, lock});
"""
BARE_WORKER = """self.onmessage = async (e) => {
  const { loadPyodide } = await import(e.data.core + "pyodide.mjs");
  self.postMessage("imported");
  await loadPyodide({indexURL: e.data.core, lockFileURL: e.data.lock});
  self.postMessage("ready");
};
"""
# The checker's own mark (client.js) says when it became ready.
READY_AT = """(() => { const m = performance.getEntriesByName('goal-trainer-ready')[0]; return m ? m.startTime : 0; })()"""
MEASURE_KEYSTROKE = """(text) => {
  const input = document.querySelector('#gt-goal');
  const result = document.querySelector('.gt-checker [data-role=result]');
  let t0 = null;
  const onInput = (e) => { t0 = e.timeStamp; };
  input.addEventListener('input', onInput, {capture: true, once: true});
  window.__measure = new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      if (result.getAttribute('data-checked-text') !== text) return;
      obs.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => setTimeout(() => resolve({dom, frame: performance.now() - t0}), 0));
    });
    obs.observe(result, {attributes: true, attributeFilter: ['data-checked-text']});
    input.focus();
    input.select();
  });
}"""


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    chromium = shutil.which("chromium") or "chromium"
    try:
        version = subprocess.run([chromium, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        version = "unknown Chromium"
    import os
    return f"{platform.node()} ({cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; {version})"


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_site(dest: Path, port: int) -> Path:
    import os
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(dest)],
                          cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "SITE_URL": f"http://127.0.0.1:{port}/"})
    if proc.returncode != 0:
        raise SystemExit(f"mkdocs build failed:\n{proc.stderr[-3000:]}")
    return dest


def add_bare_page(site: Path) -> None:
    meta = (site / "tools" / "checker" / "index.html").read_text(encoding="utf-8")
    lock = meta.split('data-lock="', 1)[1].split('"', 1)[0]
    version = next((site / "pyodide").glob("v*")).name
    bare = site / "bench-bare"
    bare.mkdir(exist_ok=True)
    (bare / "index.html").write_text(BARE_HTML, encoding="utf-8")
    (bare / "bare.js").write_text(BARE_JS % {"version": version, "lock": lock}, encoding="utf-8")
    (bare / "bare-worker.js").write_text(BARE_WORKER, encoding="utf-8")


def wait_for(page, expression: str, timeout_s: float = 120.0):
    waited = 0.0
    while waited < timeout_s:
        value = page.evaluate(expression)
        if value:
            return value
        page.wait_for_timeout(20)
        waited += 0.02
    raise RuntimeError(f"timed out waiting for {expression}")


MARKS = """() => Object.fromEntries(performance.getEntriesByType('mark').map(m => [m.name, m.startTime])
  .concat([['load', performance.getEntriesByType('navigation')[0].loadEventEnd]]))"""


def time_to_ready(page, url: str, checker: bool, marks: list | None = None) -> float:
    page.goto(url, wait_until="commit")
    ready = float(wait_for(page, READY_AT if checker else "window.__readyAt || 0"))
    if marks is not None:
        marks.append(page.evaluate(MARKS))
    return ready


def boot_ratio(browser, base: str, runs: int, block_search: bool = False) -> dict:
    """Median boot times; block_search drops the site's search index (to split theme from checker cost)."""
    out = {}
    for mode in ("cold", "warm"):
        checker_ms, bare_ms, marks, bare_marks = [], [], [], []
        for run in range(runs):
            pair = [("checker", base + "tools/checker/", True, checker_ms), ("bare", base + "bench-bare/", False, bare_ms)]
            for name, url, is_checker, sink in (pair if run % 2 == 0 else pair[::-1]):   # no order bias
                context = browser.new_context(service_workers="block")   # the HTTP cache alone; repeat visits below
                if block_search:
                    context.route("**/search/search_index.json", lambda route: route.abort())
                page = context.new_page()
                if mode == "warm":
                    time_to_ready(page, url, is_checker)   # fill the cache, then measure a reload
                sink.append(time_to_ready(page, url, is_checker, marks if is_checker else bare_marks))
                context.close()
        c, b = statistics.median(checker_ms), statistics.median(bare_ms)
        # Each checker boot runs right before a bare one, so a pair shares the
        # machine's state; the median of the pairs' ratios is the figure that
        # drifts least on a busy machine.
        pairs = sorted(x / y for x, y in zip(checker_ms, bare_ms))
        out[mode] = {"checker_ms": round(c), "bare_ms": round(b), "ratio": round(statistics.median(pairs), 3),
                     "pair_ratios": [round(r, 3) for r in pairs],
                     "checker_runs": [round(x) for x in checker_ms], "bare_runs": [round(x) for x in bare_ms],
                     "checker_phases_ms": {name: round(statistics.median(m.get(name, 0) for m in marks))
                                           for name in ("load", "goal-trainer-start", "goal-trainer-core-imported",
                                                        "goal-trainer-python-ready", "goal-trainer-package-ready",
                                                        "goal-trainer-ready")},
                     # Python's own boot (pyodide.mjs imported -> loadPyodide done) on each page:
                     # equal when the page around the checker costs the worker nothing.
                     "python_boot_ms": {
                         "checker": round(statistics.median(m["goal-trainer-python-ready"] - m["goal-trainer-core-imported"]
                                                            for m in marks)),
                         "bare": round(statistics.median(m["bare-python-ready"] - m["bare-core-imported"]
                                                         for m in bare_marks))}}
    return out


def keystroke_latency(browser, base: str) -> dict:
    from tests.cases.table import load_table
    cases, _ = load_table()
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(base + "tools/checker/")
    wait_for(page, "document.querySelector('.gt-checker [data-role=status]').dataset.state === 'ready'")
    page.fill("#gt-today", "2026-11-23")
    dom, frame = [], []
    for case in cases:
        text = case["text"]
        if page.input_value("#gt-goal") == text:
            continue
        page.evaluate(MEASURE_KEYSTROKE, text)
        page.keyboard.insert_text(text)   # the textarea is focused and selected: one input event
        result = page.evaluate("window.__measure")
        dom.append(result["dom"])
        frame.append(result["frame"])
    context.close()

    def pct(values, p):
        values = sorted(values)
        return round(values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))], 1)
    return {"n": len(dom), "dom_p50_ms": pct(dom, 50), "dom_p95_ms": pct(dom, 95),
            "frame_p50_ms": pct(frame, 50), "frame_p95_ms": pct(frame, 95), "max_frame_ms": round(max(frame), 1)}


def file_size(site: Path, base: str, url: str) -> int:
    """The size of the file behind this URL as stored, uncompressed."""
    from urllib.parse import urlparse
    path = site / urlparse(url).path.lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    try:
        return path.stat().st_size
    except OSError:
        return 0


def checker_own(url: str, base: str) -> bool:
    """Requests a plain course page would not make: the page itself, the trainer, the wheel."""
    return url == base + "tools/checker/" or "/assets/trainer/" in url or "/pyodide/checker-" in url


def page_bytes(browser, base: str, site: Path) -> dict:
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    sizes: dict[str, int] = {}

    def record(request):
        s = request.sizes()
        sizes[request.url] = s["responseBodySize"] + s["responseHeadersSize"]
    page.on("requestfinished", record)
    page.goto(base + "tools/checker/")
    wait_for(page, "document.querySelector('.gt-checker [data-role=status]').dataset.state === 'ready'")
    page.wait_for_timeout(500)
    context.close()
    core = {u: n for u, n in sizes.items() if "/pyodide/v" in u}
    rest = {u: n for u, n in sizes.items() if u not in core}
    own = {u: n for u, n in rest.items() if checker_own(u, base)}
    biggest = sorted(rest.items(), key=lambda kv: -kv[1])[:8]
    return {"core_bytes": sum(core.values()), "beyond_core_bytes": sum(rest.values()),
            "beyond_core_uncompressed_bytes": sum(file_size(site, base, u) for u in rest),
            "checker_own_bytes": sum(own.values()),
            "requests_beyond_core": len(rest),
            "search_index_fetched": any(u.endswith("search/search_index.json") for u in rest),
            "largest_beyond_core": [(u.replace(base, "/"), n) for u, n in biggest]}


# ---- warm across pages and visits ---------------------------------------------

NEXT_PAGE = """() => {
  window.__t0 = performance.now(); window.__tReady = 0;
  const check = () => {
    const s = document.querySelector('.gt-checker [data-role=status]');
    if (s && s.dataset.state === 'ready' && !window.__tReady) { window.__tReady = performance.now(); obs.disconnect(); }
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, {subtree: true, childList: true, attributes: true});
  document.querySelector('a[href$="tools/checker/"]').click();
}"""
MINI_READY = """(() => { const r = document.querySelector('.gt-mini [data-role=result]');
  return location.pathname.endsWith('/smart/specific/') && !!r && !!r.querySelector('.gt-card'); })()"""


def next_page(browser, base: str, runs: int) -> dict:
    """Lesson with a ready mini-checker -> click to the checker page -> its checker ready."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(base + "smart/specific/")
    wait_for(page, MINI_READY)
    times, reloads = [], 0
    page.evaluate("window.__benchSamePage = true")
    for _ in range(runs):
        page.evaluate(NEXT_PAGE)
        wait_for(page, "window.__tReady || 0", 30)
        times.append(page.evaluate("window.__tReady - window.__t0"))
        page.go_back()   # the theme's instant navigation handles history too
        wait_for(page, MINI_READY, 30)
        reloads += 0 if page.evaluate("window.__benchSamePage === true") else 1
    context.close()
    return {"next_page_ready_ms": round(statistics.median(times)), "runs_ms": [round(t) for t in times],
            "full_reloads": reloads}


def bare_warm(browser, base: str) -> float:
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    time_to_ready(page, base + "bench-bare/", False)
    ms = time_to_ready(page, base + "bench-bare/", False)
    context.close()
    return ms


def install_service_worker(page) -> None:
    wait_for(page, "!!navigator.serviceWorker.controller", 120)


def repeat_visit(browser, base: str, runs: int) -> dict:
    """After a first visit (service worker installed), a new tab -> checker ready."""
    repeat, bare = [], []
    for _ in range(runs):
        context = browser.new_context()
        first = context.new_page()
        time_to_ready(first, base + "tools/checker/", True)
        install_service_worker(first)
        first.close()
        again = context.new_page()
        repeat.append(time_to_ready(again, base + "tools/checker/", True))
        context.close()
        bare.append(bare_warm(browser, base))
    pairs = sorted(r / b for r, b in zip(repeat, bare))
    return {"repeat_visit_ms": round(statistics.median(repeat)), "bare_warm_ms": round(statistics.median(bare)),
            "ratio": round(statistics.median(pairs), 3), "runs_ms": [round(x) for x in repeat]}


def offline_reload(browser, site: Path, runs: int) -> dict:
    """After a first visit, the server stopped and the browser offline: reload -> checker ready."""
    times = []
    for _ in range(runs):
        server = SiteServer(site)
        server.__enter__()
        context = browser.new_context()
        page = context.new_page()
        try:
            time_to_ready(page, server.url + "tools/checker/", True)
            install_service_worker(page)
        finally:
            server.__exit__(None, None, None)
        context.set_offline(True)
        page.reload(wait_until="commit")
        times.append(float(wait_for(page, READY_AT)))
        context.close()
    return {"offline_reload_ready_ms": round(statistics.median(times)), "runs_ms": [round(t) for t in times]}


def site_port(site: Path) -> int | None:
    """The port a built site was built for (its sitemap's addresses)."""
    import re
    try:
        m = re.search(r"<loc>https?://[^/:]+:(\d+)/", (site / "sitemap.xml").read_text(encoding="utf-8"))
    except OSError:
        return None
    return int(m.group(1)) if m else None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="In-page checker benchmarks (headless Chromium)")
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--runs", type=int, default=7, help="boots per page and cache mode (default 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", choices=("boot", "keystroke", "bytes", "warm"), action="append",
                        help="run only this part (repeatable; default: all)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        site = Path(tmp) / "site"
        port = (site_port(args.site) if args.site else None) or free_port()
        shutil.copytree(args.site, site) if args.site else build_site(site, port)
        add_bare_page(site)
        with SiteServer(site, port=port) as server, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            parts = set(args.only or ("boot", "keystroke", "bytes", "warm"))
            figures = {"machine": machine()}
            if "boot" in parts:
                figures["boot"] = boot_ratio(browser, server.url, args.runs)
                figures["boot_without_search"] = boot_ratio(browser, server.url, args.runs, block_search=True)
            if "keystroke" in parts:
                figures["keystroke"] = keystroke_latency(browser, server.url)
            if "bytes" in parts:
                figures["bytes"] = page_bytes(browser, server.url, site)
            if "warm" in parts:
                figures["warm"] = {"next_page": next_page(browser, server.url, args.runs),
                                   "repeat_visit": repeat_visit(browser, server.url, args.runs),
                                   "offline": offline_reload(browser, site, max(1, args.runs // 2))}
            browser.close()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    print(f"In-page checker benchmarks on {figures['machine']}")
    if "boot" in figures:
        print_boot(figures, args.runs)
    if "keystroke" in figures:
        k = figures["keystroke"]
        print(f"  keystroke -> feedback over {k['n']} cases: DOM p50 {k['dom_p50_ms']} ms, p95 {k['dom_p95_ms']} ms;"
              f" next frame p50 {k['frame_p50_ms']} ms, p95 {k['frame_p95_ms']} ms (target p95 < 50 ms)")
    if "bytes" in figures:
        print_bytes(figures["bytes"])
    if "warm" in figures:
        print_warm(figures["warm"])
    return 0


def print_boot(figures: dict, runs: int) -> None:
    b = figures["boot"]
    for mode in ("cold", "warm"):
        pairs = b[mode]["pair_ratios"]
        print(f"  boot {mode}: checker page {b[mode]['checker_ms']} ms, bare core {b[mode]['bare_ms']} ms (medians of {runs});"
              f" ratio {b[mode]['ratio']} (target <= 1.15; median of the {len(pairs)} back-to-back pairs,"
              f" which range {pairs[0]}-{pairs[-1]})")
        print(f"    checker page phases (ms after navigation): {b[mode]['checker_phases_ms']}")
        boot = b[mode]["python_boot_ms"]
        print(f"    Python boot alone (pyodide.mjs imported -> loadPyodide done): checker page {boot['checker']} ms,"
              f" bare page {boot['bare']} ms")
    for mode in ("cold", "warm"):
        nb = figures["boot_without_search"][mode]
        print(f"  boot {mode} with the site's search index blocked (theme cost split off): {nb['checker_ms']} ms /"
              f" {nb['bare_ms']} ms, ratio {nb['ratio']}")


def print_bytes(y: dict) -> None:
    print(f"  bytes beyond the Pyodide core (target < 300 KB): {y['beyond_core_bytes'] / 1024:.1f} KB in"
          f" {y['requests_beyond_core']} requests as served (Brotli where the build wrote it),"
          f" {y['beyond_core_uncompressed_bytes'] / 1024:.1f} KB uncompressed; core {y['core_bytes'] / 1024 / 1024:.1f} MB"
          f" as served; search index fetched: {'yes' if y['search_index_fetched'] else 'no (only when search is opened)'}")
    print(f"    of which the checker's own (page HTML, assets/trainer/, wheel + lock): "
          f"{y['checker_own_bytes'] / 1024:.1f} KB as served; the rest is the site's theme and other widgets")
    for url, n in y["largest_beyond_core"]:
        print(f"    {n / 1024:7.1f} KB  {url}")


def print_warm(w: dict) -> None:
    n = w["next_page"]
    print(f"  next page (lesson -> checker page by instant navigation): checker ready {n['next_page_ready_ms']} ms"
          f" after the click (median; runs {n['runs_ms']}; full reloads {n['full_reloads']}; target < 300 ms)")
    r = w["repeat_visit"]
    print(f"  repeat visit (new tab, service worker installed): checker ready {r['repeat_visit_ms']} ms;"
          f" bare core warm boot {r['bare_warm_ms']} ms; ratio {r['ratio']} (runs {r['runs_ms']})")
    o = w["offline"]
    print(f"  offline reload (server stopped, browser offline): checker ready {o['offline_reload_ready_ms']} ms"
          f" (runs {o['runs_ms']})")


if __name__ == "__main__":
    sys.exit(main())
