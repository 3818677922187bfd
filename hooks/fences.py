"""Find top-level fenced blocks in page Markdown and swap chosen ones for rendered HTML.

The site's widgets are placed with fences (```smart-checker, ```quiz,
```quiz-banks). Each hook passes the languages it owns with a render function;
every other fence is copied verbatim and never looked inside, so an example of
the syntax inside a longer fence stays an example.
"""
from __future__ import annotations

import re
from typing import Callable

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")

# render(body, options, line_number) -> the Markdown/HTML that replaces the block
Renderer = Callable[[str, str, int], str]


def replace_fences(markdown: str, renderers: dict[str, Renderer]) -> str:
    lines = markdown.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        fence, info = m.group("fence"), m.group("info").strip()
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = next((j for j in range(i + 1, len(lines)) if closing.match(lines[j])), None)
        if end is None:  # unclosed fence: leave the rest as it is
            out.extend(lines[i:])
            break
        lang, _, options = info.partition(" ")
        render = renderers.get(lang)
        if render:
            out.extend(["", m.group("indent") + render("\n".join(lines[i + 1:end]), options, i + 1), ""])
        else:
            out.extend(lines[i:end + 1])
        i = end + 1
    return "\n".join(out)
