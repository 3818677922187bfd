"""Find fenced blocks in page Markdown, read them, and swap chosen ones for rendered text.

The site's features are placed with fences (```smart-checker, ```quiz,
```quiz-banks, ```goal-example …). Each hook passes the languages it owns;
every other fence is copied verbatim and never looked inside, so an example of
the syntax inside a longer fence stays an example.

A fence may be indented (inside a content tab or an admonition): its body is
read without that indentation, and every line of what replaces it gets it back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")

# render(body, options, line_number) -> the Markdown/HTML that replaces the block
Renderer = Callable[[str, str, int], str]


@dataclass
class Fence:
    lang: str
    options: str
    body: str          # without the fence's own indentation
    line: int          # 1-based line of the opening fence
    indent: str
    start: int         # index of the opening line
    end: int           # index of the closing line


def _dedent(line: str, indent: str) -> str:
    return line[len(indent):] if line.startswith(indent) else line.lstrip(" \t")


def iter_fences(lines: list[str]) -> Iterator[Fence]:
    """Every outermost fenced block, in order; an unclosed fence ends the scan."""
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info, indent = m.group("fence"), m.group("info").strip(), m.group("indent")
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = next((j for j in range(i + 1, len(lines)) if closing.match(lines[j])), None)
        if end is None:
            return
        lang, _, options = info.partition(" ")
        body = "\n".join(_dedent(line, indent) for line in lines[i + 1:end])
        yield Fence(lang, options.strip(), body, i + 1, indent, i, end)
        i = end + 1


def find_fences(markdown: str, langs: set[str]) -> list[Fence]:
    """The outermost fences of the given languages, for hooks that read blocks without replacing them."""
    return [f for f in iter_fences(markdown.split("\n")) if f.lang in langs]


def replace_fences(markdown: str, renderers: dict[str, Renderer]) -> str:
    lines = markdown.split("\n")
    out: list[str] = []
    done = 0
    for fence in iter_fences(lines):
        render = renderers.get(fence.lang)
        if not render:
            continue
        out.extend(lines[done:fence.start])
        rendered = render(fence.body, fence.options, fence.line)
        out.append("")
        out.extend((fence.indent + line) if line else "" for line in rendered.split("\n"))
        out.append("")
        done = fence.end + 1
    out.extend(lines[done:])
    return "\n".join(out)
