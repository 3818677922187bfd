"""MkDocs hook: put the in-page checker on the pages.

- Replaces the fences that place a trainer widget with its HTML
  (hooks/widget_html.py): ```smart-checker (a lesson's mini-checker),
  ```checker-page, ```plan-builder, ```star-practice and ```workshop. Runs after
  hooks/course_examples.py, which holds their examples to what the checker finds.
- Gives every page a <meta name="goal-trainer"> with the site paths of the
  Pyodide core, the checker's lock file (hooks/checker_bundle.py) and the
  kinds data (hooks/kinds_data.py). It is the same on every page, so it stays
  right when the theme's instant navigation keeps the first page's <head>.
  docs/assets/main.js (mkdocs.yml extra_javascript, a module) mounts the
  widgets a page holds and starts the checker on pages that have one.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root, for hooks.*
from hooks import widget_html  # noqa: E402
from hooks.fences import replace_fences  # noqa: E402


def replace_widget_fences(markdown: str, where: str) -> str:
    """Swap widget fences for their HTML; leave other fences alone."""
    count = 0

    def mini(body: str, options: str, line: int) -> str:
        nonlocal count
        count += 1
        try:
            return widget_html.mini_checker(body, options, count)
        except widget_html.WidgetError as exc:
            raise PluginError(f"{where}:{line}: {exc}") from None

    def tool(name: str):
        def one(body: str, options: str, line: int) -> str:
            if options.strip():
                raise PluginError(f"{where}:{line}: the {name} block takes no options")
            try:
                return widget_html.tool(name, body)
            except widget_html.WidgetError as exc:
                raise PluginError(f"{where}:{line}: {exc}") from None
        return one

    return replace_fences(markdown, {"smart-checker": mini, **{name: tool(name) for name in widget_html.TOOLS}})


def on_page_markdown(markdown, page, config, files):
    if not any(name in markdown for name in ("smart-checker", *widget_html.TOOLS)):
        return markdown
    return replace_widget_fences(markdown, page.file.src_uri)


def on_post_page(output, page, config):
    runtime = config.extra.get("trainer_runtime")
    if not runtime or "</head>" not in output:
        return output
    meta = (f'<meta name="goal-trainer" data-core="{html.escape(runtime["core"])}"'
            f' data-lock="{html.escape(runtime["lock"])}" data-package="{html.escape(runtime["package"])}"'
            f' data-kinds="{html.escape(config.extra["trainer_kinds"])}">')
    return output.replace("</head>", meta + "\n</head>", 1)
