"""MkDocs hook: put the in-page checker on the pages.

- Replaces a fenced block in Markdown with an embeddable mini-checker:

      ```smart-checker S=fail M=fail T=fail role=front-desk today=2026-11-23
      增强客户意识
      ```

  (role and today are optional; S=fail … declare what the checker finds, and
  hooks/course_examples.py holds the build to it) becomes a widget with `data-trainer="mini"`,
  prefilled with the block's text, wired up by docs/assets/trainer/widgets.js.
- Adds to every page the GoalTrainer client (render.js, client.js) and a
  <meta name="goal-trainer"> telling it where the Pyodide core and the
  checker lock file are (from hooks/checker_bundle.py). Pages that contain a
  `data-trainer` element also get the stylesheet and the widgets script; the
  worker itself only starts on those pages. On them, the theme's search index
  waits for the checker (hooks/search_gate.py).
- Adds the plan builder's and the STAR practice's scripts (plan.js, star.js,
  through hooks/page_assets.py) and stylesheets (plan.css, star.css, in the
  head after trainer.css) only to the pages that hold them: trainer.css stays
  small for the checker page.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root, for hooks.*
from hooks.fences import replace_fences  # noqa: E402
from hooks.page_assets import add_scripts  # noqa: E402
from hooks.search_gate import gate_search_worker  # noqa: E402

OPTION = re.compile(r"^(role|today)=([A-Za-z0-9\-]+)$")
# What the example declares the checker finds (S=fail …): read by hooks/course_examples.py.
DECLARATION = re.compile(r"^[SMART]=[a-z|]+$")
ASSET_DIR = "assets/trainer/"
# Tools with a page of their own (docs/tools/): their data-trainer value, and the
# name of their script and stylesheet in ASSET_DIR (plan.js and plan.css), which
# is also the kind of check they run (the worker warms it up: data-warm).
TOOLS = {"plan-builder": "plan", "star-practice": "star"}


def _widget(body: str, options: str, number: int, where: str) -> str:
    attrs = {}
    for token in options.split():
        if DECLARATION.match(token):
            continue
        m = OPTION.match(token)
        if not m:
            raise PluginError(f"{where}: smart-checker option {token!r} is not role=ID or today=YYYY-MM-DD")
        attrs[m.group(1)] = m.group(2)
    text = body.strip()
    if not text:
        raise PluginError(f"{where}: the smart-checker block needs an example goal inside it")
    data = "".join(f' data-{k}="{html.escape(v)}"' for k, v in sorted(attrs.items()))
    wid = f"gt-mini-{number}"
    prefill = html.escape(text).replace("\n", "&#10;")
    return (
        f'<div class="gt-mini" data-trainer="mini"{data} markdown="0">'
        f'<label class="gt-mini__label" for="{wid}">试着改写这个目标，反馈会随输入更新：</label>'
        f'<textarea id="{wid}" class="gt-input gt-mini__input" rows="2" spellcheck="false">{prefill}</textarea>'
        f'<div class="gt-status" data-role="status" role="status"></div>'
        f'<div class="gt-result" data-role="result" aria-live="polite"></div>'
        f'<noscript><p>这个小检查器需要启用 JavaScript。</p></noscript>'
        f"</div>"
    )


def replace_checker_fences(markdown: str, where: str) -> str:
    """Swap top-level ```smart-checker blocks for the widget; leave other fences alone."""
    count = 0

    def widget(body: str, options: str, line: int) -> str:
        nonlocal count
        count += 1
        return _widget(body, options, count, where)

    return replace_fences(markdown, {"smart-checker": widget})


def on_page_markdown(markdown, page, config, files):
    if "smart-checker" not in markdown:
        return markdown
    return replace_checker_fences(markdown, page.file.src_uri)


def on_post_page(output, page, config):
    names = [name for value, name in TOOLS.items() if f'data-trainer="{value}"' in output]
    tools = [ASSET_DIR + name for name in names]
    output = add_scripts(output, page, [tool + ".js" for tool in tools])
    runtime = config.extra.get("trainer_runtime")
    if not runtime or "</head>" not in output:
        return output

    def url(path: str) -> str:
        return html.escape(get_relative_url(path, page.url))

    has_trainer = "data-trainer" in output
    # data-autostart: this page has a checker, so the client may start the
    # worker at the first idle moment without waiting for the whole document.
    # data-warm: the checks the worker warms up besides goals (the tools here,
    # whose names are also their check kinds: plan, star).
    warm = f' data-warm="{" ".join(names)}"' if names else ""
    head = [
        f'<meta name="goal-trainer" data-core="{html.escape(runtime["core"])}" '
        f'data-lock="{html.escape(runtime["lock"])}" data-package="{html.escape(runtime["package"])}"'
        f'{" data-autostart" if has_trainer else ""}{warm}>'
    ]
    if has_trainer:
        output = gate_search_worker(output, page.file.src_uri)
        head.append(f'<link rel="stylesheet" href="{url(ASSET_DIR + "trainer.css")}">')
        head += [f'<link rel="stylesheet" href="{url(tool + ".css")}">' for tool in tools]
    head.append(f'<script src="{url(ASSET_DIR + "render.js")}"></script>')
    head.append(f'<script src="{url(ASSET_DIR + "client.js")}"></script>')
    if has_trainer:
        head.append(f'<script src="{url(ASSET_DIR + "widgets.js")}" defer></script>')
    return output.replace("</head>", "\n".join(head) + "\n</head>", 1)
