"""MkDocs hook: give the site's service worker (docs/sw.js) its manifest.

After the build, the list of files to keep offline is written into site/sw.js
in place of its `const MANIFEST = …;` line, as three caches:

    core:v314.0.7          pyodide/v<version>/ (absent when the core comes from a CDN)
    checker:<hash>         pyodide/checker-<hash>/: the wheel and its lock
    site:<hash>            every other page and asset, named by a hash of their content

Left out: the .br/.gz copies (the browser asks for the file, the server picks
the encoding), source maps, the theme's search language files other than the
ones this site's search uses, and sw.js itself. Runs after the other hooks'
on_post_build (they write pyodide/ and the quiz data) and before
hooks/precompress.py, which then compresses sw.js too.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

SW = "sw.js"
MANIFEST_LINE = re.compile(r"^const MANIFEST = .*;.*$", re.M)
SKIP = re.compile(
    r"\.(br|gz|map)$"
    r"|^assets/javascripts/lunr/(?!min/lunr\.(stemmer\.support|zh|multi)\.min\.js$)"
)


def site_files(site: Path) -> list[str]:
    files = []
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_file() and rel != SW and not SKIP.search(rel):
            files.append(rel)
    return files


def url_of(rel: str) -> str:
    """The URL a page is asked for: tools/checker/ rather than tools/checker/index.html."""
    if rel == "index.html":
        return "./"
    return rel[: -len("index.html")] if rel.endswith("/index.html") else rel


def manifest(site: Path) -> dict:
    groups: dict[str, dict] = {}
    digest = hashlib.sha256()
    for rel in site_files(site):
        m = re.match(r"pyodide/(v[^/]+|checker-[0-9a-f]+)/", rel)
        if m:
            kind, name = ("core", m.group(1)) if m.group(1).startswith("v") else ("checker", m.group(1)[8:])
            group = groups.setdefault(kind, {"name": f"{kind}:{name}", "immutable": True, "files": []})
        else:
            group = groups.setdefault("site", {"name": "site", "immutable": False, "files": []})
            digest.update(rel.encode() + b"\0" + hashlib.sha256((site / rel).read_bytes()).digest())
        group["files"].append(url_of(rel))
    if "site" in groups:
        groups["site"]["name"] = "site:" + digest.hexdigest()[:16]
    return {"caches": [groups[k] for k in ("core", "checker", "site") if k in groups]}


def on_post_build(config):
    site = Path(config.site_dir)
    sw = site / SW
    if not sw.is_file():
        raise PluginError(f"service_worker: {SW} is missing from the site (docs/{SW})")
    source = sw.read_text(encoding="utf-8")
    if not MANIFEST_LINE.search(source):
        raise PluginError(f"service_worker: docs/{SW} has no `const MANIFEST = …;` line to fill in")
    data = json.dumps(manifest(site), ensure_ascii=False, separators=(",", ":"))
    sw.write_text(MANIFEST_LINE.sub(lambda _: f"const MANIFEST = {data};", source, count=1), encoding="utf-8")
