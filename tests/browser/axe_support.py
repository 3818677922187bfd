"""axe-core (npm, pinned in package.json) run inside the page under test.

The site's CSP allows no inline script, so axe is not injected as text: a
route answers a same-origin URL with node_modules/axe-core/axe.min.js, and a
<script src> to it is added to the page, as any site script would be.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "__axe__/axe.min.js"


def axe_version() -> str:
    return json.loads((AXE.parent / "package.json").read_text(encoding="utf-8"))["version"]


def run_axe(page, site_url: str) -> list[dict]:
    """The violations axe finds on the page as it is now (WCAG 2.x A/AA and best practices)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.route(f"**/{AXE_URL}", lambda route: route.fulfill(
            status=200, body=AXE.read_bytes(), content_type="text/javascript"))
        page.evaluate("""(src) => new Promise((resolve, reject) => {
            const s = document.createElement('script');
            s.src = src; s.onload = resolve; s.onerror = () => reject(new Error('axe did not load'));
            document.head.appendChild(s);
        })""", site_url + AXE_URL)
    result = page.evaluate("""() => axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
        resultTypes: ['violations'],
      }).then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map(n => ({target: n.target.join(' '), summary: n.failureSummary})),
        count: v.nodes.length})))""")
    return result


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['impact']}: {v['id']} ({v['count']}x) {v['help']}")
        for n in v["nodes"]:
            lines.append(f"    {n['target']}: {(n['summary'] or '').splitlines()[-1].strip()}")
    return "\n".join(lines)
