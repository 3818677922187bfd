"""MkDocs hook: the SCORM 1.2 runtime, in the SCORM package only (make scorm, lms/scorm.py).

extra.lms (LMS_PACKAGE) is "" for the site as served, "scorm12" for the package.

- "" : the runtime's files (docs/assets/lms/) are left out of the site; nothing else changes.
- "scorm12": every page loads assets/lms/page.js (extra_javascript, a module); the
  SCO's entry page scorm.html (from lms/launch.html) holds the LMS session with the
  course in a frame (docs/assets/lms/launcher.js says why); assets/lms/pages.json
  lists the site's pages (a resumed lesson_location must be one of them), the
  required ones (the pages the course overview's 必修模块 table links, in order:
  the progress reported to the LMS) and the entry page the course opens on.
"""
from __future__ import annotations

import html
import json
import posixpath
import re
from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
LAUNCH_TEMPLATE = ROOT / "lms" / "launch.html"
ASSETS = "assets/lms/"
LAUNCHER = "scorm.html"
PAGE_LIST = "assets/lms/pages.json"
COURSE = "course.md"
REQUIRED_HEADING = "## 必修模块"
KINDS = ("", "scorm12")
LINK = re.compile(r"\]\(([^)\s#]+\.md)(?:#[^)]*)?\)")
_state: dict = {}


def lms_kind(config) -> str:
    kind = str(config.extra.get("lms") or "")
    if kind not in KINDS:
        raise PluginError(f'extra.lms (LMS_PACKAGE) is "{kind}"; it must be one of: "" (the site), "scorm12" (make scorm)')
    return kind


def required_links(markdown: str) -> list[str]:
    """The docs paths the course overview's required-modules section links, in order, once each."""
    start = markdown.find(REQUIRED_HEADING)
    if start < 0:
        return []
    end = markdown.find("\n## ", start + len(REQUIRED_HEADING))
    section = markdown[start:end if end >= 0 else None]
    out: list[str] = []
    for link in LINK.findall(section):
        path = posixpath.normpath(link)   # course.md sits at the docs root
        if path not in out:
            out.append(path)
    return out


def on_config(config):
    _state.update(kind=lms_kind(config), pages=[], required=[])
    if _state["kind"] == "scorm12":
        config.extra_javascript.append(ExtraScriptValue(ASSETS + "page.js"))
        config.extra_javascript[-1].type = "module"
    return config


def on_files(files, config):
    _state["files"] = files
    if _state["kind"] != "scorm12":
        for file in [f for f in files if f.src_uri.startswith(ASSETS)]:
            files.remove(file)
        return files
    entry = "course.html" if files.get_file_from_path(COURSE) else "index.html"
    _state["entry"] = entry
    title = html.escape(config.site_name or "")
    page = LAUNCH_TEMPLATE.read_text(encoding="utf-8").format(title=title, entry=entry)
    files.append(File.generated(config, LAUNCHER, content=page))
    return files


def on_page_markdown(markdown, page, config, files):
    if _state["kind"] == "scorm12" and page.file.src_uri == COURSE:
        _state["required"] = required_links(markdown)
    return markdown


def on_post_page(output, page, config):
    if _state["kind"] == "scorm12":
        _state["pages"].append(page.url or "index.html")
    return output


def on_post_build(config):
    if _state["kind"] != "scorm12":
        return
    files = _state["files"]
    required = []
    for src in _state["required"]:
        file = files.get_file_from_path(src)
        if file is None:
            raise PluginError(f"{COURSE}: the required modules link {src}, which is not a page of the site")
        required.append(file.url)
    out = Path(config.site_dir) / PAGE_LIST
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {"entry": _state["entry"], "pages": sorted(set(_state["pages"])), "required": required}
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
