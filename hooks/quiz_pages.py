"""MkDocs hook: put the quiz banks (quiz/banks/*.yml) into the site.

- on_config: validates every bank (same messages as `python -m quiz check`)
  and runs each rewrite's model answer and each diagnose goal through the
  checker (hooks/example_check.py): a model answer must pass the criteria its
  question names, a diagnose answer must be what the checker finds. Any
  problem fails the build.
- on_files: adds the question data as assets/quiz/questions.json, and per
  bank an online quiz page (quiz/banks/) and a printable worksheet
  (quiz/worksheets/).
- on_page_markdown: replaces ```quiz blocks (a bank, chosen ids, or a random
  draw by tags) with a container that docs/assets/quiz/quiz.js fills.
- The quiz scripts (docs/assets/quiz/, ES modules) are imported by
  docs/assets/main.js on the pages whose content holds a quiz container.
- on_post_build: writes assets/quiz/quizzes.json, every quiz placed on the
  site, for the "my progress" page.

Set QUIZ_BANKS (files or folders, separated by os.pathsep) to build with
other banks, e.g. the deliberately broken ones under tests/quiz/broken/.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project's quiz package, hooks.*

from hooks.example_check import Example, check_examples  # noqa: E402
from quiz.banks import load_banks  # noqa: E402
from quiz.site import (QuizBlockError, SiteQuizzes, render_bank_page, render_worksheet,  # noqa: E402
                       render_worksheet_index, replace_quiz_fences)
from quiz.validate import validate_banks  # noqa: E402

log = logging.getLogger("mkdocs.hooks.quiz_pages")
DATA_URI = "assets/quiz/questions.json"
PLACEMENTS_URI = "assets/quiz/quizzes.json"
WORKSHEET_DIR = "quiz/worksheets"
BANK_PAGE_DIR = "quiz/banks"
_state: dict = {}


def _bank_paths() -> list[Path] | None:
    override = os.environ.get("QUIZ_BANKS")
    return [Path(p) for p in override.split(os.pathsep) if p] if override else None


def bank_examples(banks) -> list[Example]:
    """The model answers and diagnosed goals of the banks, as examples for the checker."""
    out = []
    for bank in banks:
        for q in bank.questions:
            if not isinstance(q, dict):
                continue
            where = f"{bank.display_path}: {q.get('id')}"
            today, role = q.get("today"), q.get("role")
            today = str(today) if today else None   # YAML reads 2026-11-23 as a date
            if q.get("type") == "rewrite" and q.get("sample") and isinstance(q.get("criteria"), list):
                expect = {str(c): ("pass",) for c in q["criteria"]}
                out.append(Example(q.get("kind", "goal"), f"{where}: sample", str(q["sample"]), expect, today, role))
            elif q.get("type") == "diagnose" and q.get("goal") and isinstance(q.get("answer"), list):
                fails = {str(c) for c in q["answer"]}
                expect = {c: ("fail", "warn") if c in fails else ("pass", "unknown") for c in "SMART"}
                out.append(Example("goal", f"{where}: goal", str(q["goal"]), expect, today, role))
    return out


def on_config(config):
    banks, problems = load_banks(_bank_paths())
    problems += validate_banks(banks, docs_dir=Path(config.docs_dir))
    if not problems:
        problems += check_examples(bank_examples(banks))
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise PluginError("quiz banks have problems (python -m quiz check):\n" + "\n".join(map(str, problems)))
    _state["quizzes"] = SiteQuizzes(banks)
    _state["placements"] = {}
    return config


def on_files(files, config):
    quizzes: SiteQuizzes = _state["quizzes"]
    quizzes.resolve_links(files)
    files.append(File.generated(config, DATA_URI, content=json.dumps(quizzes.site_data(), ensure_ascii=False)))
    for bank in quizzes.banks:
        sheet = File.generated(config, f"{WORKSHEET_DIR}/{bank.id}.md", content="")
        sheet.content_string = render_worksheet(quizzes, bank, sheet.url)
        files.append(sheet)
        quizzes.worksheet_urls[bank.id] = sheet.url
        online = File.generated(config, f"{BANK_PAGE_DIR}/{bank.id}.md", content=render_bank_page(quizzes, bank))
        files.append(online)
        quizzes.bank_urls[bank.id] = online.url
    files.append(File.generated(config, f"{WORKSHEET_DIR}/index.md", content=render_worksheet_index(quizzes)))
    return files


def on_nav(nav, config, files):
    # The progress page lists quizzes in the order a learner meets them in the course.
    _state["nav_order"] = {page.url: n for n, page in enumerate(nav.pages)}
    return nav


def on_page_markdown(markdown, page, config, files):
    if "quiz" not in markdown:
        return markdown
    try:
        new, placed = replace_quiz_fences(markdown, _state["quizzes"], page)
    except QuizBlockError as exc:
        raise PluginError(f"{page.file.src_uri}: {exc}") from None
    for spec in placed:
        known = _state["placements"].get(spec["key"])
        if known and not known[1].url.startswith("quiz/"):
            continue  # the same quiz on a course page and on its bank page: link the course page
        _state["placements"][spec["key"]] = ({k: spec[k] for k in ("key", "title", "draw")}, page)
    return new


def on_serve(server, config, builder):
    # `mkdocs serve` rebuilds when a bank changes, not only when docs/ does.
    for path in _bank_paths() or [Path(__file__).resolve().parent.parent / "quiz" / "banks"]:
        server.watch(str(path))
    return server


def on_post_build(config):
    quizzes: SiteQuizzes = _state["quizzes"]
    out = Path(config.site_dir) / PLACEMENTS_URI
    out.parent.mkdir(parents=True, exist_ok=True)
    placed = [{**spec, "url": page.url, "page": page.title or ""} for spec, page in _state["placements"].values()]
    order = _state.get("nav_order", {})
    placed.sort(key=lambda p: (order.get(p["url"], len(order)), p["url"], p["key"]))
    data = {"schema": quizzes.schema, "quizzes": placed,
            "banks": [{"id": b.id, "title": b.title} for b in quizzes.banks]}
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
