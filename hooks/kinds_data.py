"""MkDocs hook: hand the checker's kinds data to the page scripts.

The checker names each kind of check (goal, plan, star), its criteria in
report order with zh/en names, its payload keys and its CLI command in
checker/rules/kinds.yml, compiled to checker/data/kinds.json. The page scripts
read criterion names from here instead of keeping copies
(docs/assets/trainer/kinds.js), and so does the widget HTML
(hooks/widget_html.py).

The page view leaves out what only Python needs (entry points, detector
modules, summary templates) and adds each criterion's display `label`
("具体 Specific"). It is written as assets/trainer/kinds.<hash>.json, a
static file rather than page meta: it is the same on every page, so a browser
fetches it once and, its name changing with its content, may cache it for
good (tools/static_server.py, the service worker); meta would repeat it in
every page's HTML. Its site path goes into the pages' goal-trainer meta
(hooks/trainer_assets.py) through config.extra["trainer_kinds"].
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
KINDS_JSON = ROOT / "checker" / "data" / "kinds.json"
ASSET = "assets/trainer/kinds.{hash}.json"
LATIN = re.compile(r"[A-Za-z]")

_state: dict = {}


def criterion_label(name: dict) -> str:
    """The Chinese name with its English term (具体 Specific), unless the Chinese
    name already carries one (检查（Check）)."""
    zh, en = name.get("zh", ""), name.get("en", "")
    if not en or LATIN.search(zh):
        return zh or en
    en = en[:1].upper() + en[1:]
    return f"{zh} {en}" if zh else en


def page_kinds() -> dict:
    """What the pages need of kinds.json: per kind its title, command, payload
    keys and criteria [{key, name, label}] in report order."""
    kinds = json.loads(KINDS_JSON.read_text(encoding="utf-8"))["kinds"]
    return {"kinds": {
        name: {"title": k["title"], "command": k["command"],
               "payload": {key: k["payload"].get(key, []) for key in ("required", "optional")},
               "criteria": [{"key": key, "name": c["name"], "label": criterion_label(c["name"])}
                            for key, c in k["criteria"].items()]}
        for name, k in kinds.items()}}


def criteria(kind: str) -> list[dict]:
    """[{key, name, label}] of one kind, for the widget HTML."""
    return page_kinds()["kinds"][kind]["criteria"]


def on_config(config):
    content = json.dumps(page_kinds(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    uri = ASSET.format(hash=hashlib.sha256(content.encode()).hexdigest()[:12])
    _state.update(content=content, uri=uri)
    config.extra["trainer_kinds"] = uri
    return config


def on_files(files, config):
    files.append(File.generated(config, _state["uri"], content=_state["content"]))
    return files
