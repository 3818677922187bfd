"""MkDocs hook: every example a page teaches with agrees with the checker.

A page writes its rewrites and model answers as fences that declare what the
checker finds in them (criteria the example is about; see hooks/example_check.py):

    ```goal-example S=pass M=pass T=pass role=front-desk
    下个月起，来电在铃响三声之内接起……
    ```

- ```goal-example and ```star-example become the quote they stand for. In a
  STAR answer a paragraph may start with a bold label (**情境**：); the label
  is for the reader, the checker reads the rest.
- ```plan-example holds YAML, `goal:` and `actions:` (each `{how, who, what,
  when}`, or one line of text), and becomes a table of the actions (a quote
  when they are lines of text). The table carries the plan as data, so the
  plan builder's 载入示例 button loads the very plan the page shows.
- Examples a learner loads are read where they are: ```smart-checker widgets
  (declarations beside role= and today=) and the `examples:` of the
  ```checker-page and ```star-practice tools (hooks/widget_html.py), each with
  its `expect: S=fail M=fail`.
- The workshop's example (```workshop, `example:`): the goal above, each goal as
  the workshop checks it (with its baseline: widget_html.checked_goal_text)
  under the example's role, and each goal's plan, with their `expect:` and
  `plan_expect:`.
- In a tab group with a 修改前/修改后 tab, every tab but 为什么 shows its
  example as such a fence; a plain `>` quote there fails the build.

All problems of all pages are reported together once the pages are read
(on_env), one line each: `docs/page.md:LINE: example: criterion got X`.
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root, for hooks.* and checker
from hooks.example_check import DeclarationError, Example, check_examples, parse_declaration  # noqa: E402
from hooks.fences import find_fences, iter_fences, replace_fences  # noqa: E402
from hooks.widget_html import WidgetError, checked_goal_text, read_tool, read_workshop  # noqa: E402

FENCE_KINDS = {"goal-example": "goal", "star-example": "star", "plan-example": "plan"}
# A tool fence -> the kind of example its buttons load
TOOL_KINDS = {"checker-page": "goal", "star-practice": "star"}
PLAN_FIELDS = [("how", "怎样做（How）"), ("who", "谁负责（Who）"), ("what", "做什么（What）"), ("when", "何时完成（When）")]
TAB = re.compile(r'^(?P<indent>[ \t]*)===[+!]? +"(?P<label>[^"]*)"[ \t]*$')
LABEL = re.compile(r"^\*\*[^*\n]{1,8}\*\*[：:]\s*")
EMPHASIS = re.compile(r"\*\*|__|`")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.M)
# "参考：**…**", the old way of giving a model answer: it must be an example fence now.
BOLD_ANSWER = re.compile(r"^\s*参考(?:答案)?[：:]\s*\*\*")

_problems: list[str] = []


def plain_text(markdown: str) -> str:
    """The words a reader sees, as the checker should read them: no emphasis, list marks or labels."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()]
    text = "\n".join(LABEL.sub("", LIST_MARK.sub("", p)) for p in paragraphs)
    return EMPHASIS.sub("", text)


def _quote(markdown: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in markdown.strip().split("\n"))


def _plan_table(goal: str, today: str | None, actions: list[dict]) -> str:
    data = {"goal": goal, "today": today or "", "rows": actions}
    head = "".join(f"<th>{html.escape(name)}</th>" for _, name in PLAN_FIELDS)
    rows = "".join(
        f"<tr><td>{n}</td>" + "".join(f"<td>{html.escape(str(a.get(k, '')))}</td>" for k, _ in PLAN_FIELDS) + "</tr>"
        for n, a in enumerate(actions, 1))
    attr = html.escape(json.dumps(data, ensure_ascii=False), quote=True)
    return (f'<table data-plan-example="{attr}">'
            # The theme gives every header cell a minimum width; the number column needs none.
            f'<thead><tr><th style="min-width: 0">#</th>{head}</tr></thead><tbody>{rows}</tbody></table>')


def _read_plan(body: str) -> tuple[str, list]:
    try:
        data = yaml.safe_load(body)
    except yaml.YAMLError as exc:
        raise DeclarationError(f"plan-example is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("goal"), str) or not isinstance(data.get("actions"), list):
        raise DeclarationError("plan-example needs `goal:` (text) and `actions:` (a list)")
    actions = data["actions"]
    for a in actions:
        if isinstance(a, dict):
            unknown = set(a) - {k for k, _ in PLAN_FIELDS}
            if unknown:
                raise DeclarationError(f"plan-example action has unknown fields: {', '.join(sorted(unknown))}")
        elif not isinstance(a, str):
            raise DeclarationError("a plan-example action is {how, who, what, when} or a line of text")
    return data["goal"], actions


def _tab_problems(markdown: str, where: str) -> list[str]:
    """Rewrite tabs that quote their example instead of declaring it in a fence."""
    lines = markdown.split("\n")
    hidden = set()   # lines inside fences that are not examples (code, widgets) or inside examples
    for fence in iter_fences(lines):
        hidden.update(range(fence.start, fence.end + 1))
    tabs = []   # (indent, label, first line, content line numbers)
    i = 0
    while i < len(lines):
        m = TAB.match(lines[i]) if i not in hidden else None
        if not m:
            i += 1
            continue
        indent, j = len(m.group("indent")), i + 1
        while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
            j += 1
        tabs.append((indent, m.group("label"), i, range(i + 1, j)))
        i = j
    groups: list[list] = []
    for tab in tabs:
        prev = groups[-1][-1] if groups else None
        if prev and prev[0] == tab[0] and prev[3].stop == tab[2]:
            groups[-1].append(tab)
        else:
            groups.append([tab])
    out = []
    for group in groups:
        if not any(label.startswith("修改") for _, label, _, _ in group):
            continue
        for _, label, start, content in group:
            if label.startswith("为什么"):
                continue
            fences = [f for f in iter_fences(lines[content.start:content.stop]) if f.lang in FENCE_KINDS]
            quoted = [n for n in content if n not in hidden and lines[n].lstrip().startswith(">")]
            if quoted:
                out.append(f"{where}:{quoted[0] + 1}: tab “{label}” quotes its example: write it as a "
                           f"goal-example (or star-/plan-example) fence that declares what the checker finds")
            elif not fences:
                out.append(f"{where}:{start + 1}: tab “{label}” has no example fence")
    return out


def page_examples(markdown: str, where: str) -> tuple[str, list[Example], list[str]]:
    """The page with its example fences rendered, the examples it holds, and declaration problems."""
    examples: list[Example] = []
    problems = _tab_problems(markdown, where)
    problems += [f"{where}:{n}: a model answer in bold: write it as a goal-example fence that declares "
                 f"what the checker finds" for n, line in enumerate(markdown.split("\n"), 1) if BOLD_ANSWER.match(line)]

    def render(lang: str):
        kind = FENCE_KINDS[lang]

        def one(body: str, options: str, line: int) -> str:
            at = f"{where}:{line}"
            try:
                expect, today, role = parse_declaration(options, kind)
                if kind == "plan":
                    goal, actions = _read_plan(body)
                    examples.append(Example(kind, at, goal, expect, today, role, actions))
                    if all(isinstance(a, dict) for a in actions):
                        return _plan_table(goal, today, actions)
                    return _quote("\n\n".join([f"目标：{goal}", *(f"行动：{a}" for a in actions)]))
                if not body.strip():
                    raise DeclarationError(f"the {lang} block is empty")
                examples.append(Example(kind, at, plain_text(body), expect, today, role))
                return _quote(body)
            except DeclarationError as exc:
                problems.append(f"{at}: {lang}: {exc}")
                return _quote(body)
        return one

    for fence in find_fences(markdown, {"smart-checker"}):
        at = f"{where}:{fence.line}"
        try:
            expect, today, role = parse_declaration(fence.options, "goal")
            examples.append(Example("goal", at, fence.body.strip(), expect, today, role))
        except DeclarationError as exc:
            problems.append(f"{at}: smart-checker: {exc}")

    for fence in find_fences(markdown, set(TOOL_KINDS)):
        kind = TOOL_KINDS[fence.lang]
        try:
            tool_examples = read_tool(fence.lang, fence.body)
        except WidgetError as exc:
            problems.append(f"{where}:{fence.line}: {exc}")
            continue
        for n, ex in enumerate(tool_examples, 1):
            at = f"{where}:{fence.line}: example {n}"
            try:
                expect, today, role = parse_declaration(ex.expect, kind)
            except DeclarationError as exc:
                problems.append(f"{at}: expect: {exc}")
                continue
            examples.append(Example(kind, at, ex.text, expect, None, ex.role or role))   # a button sets no date

    for fence in find_fences(markdown, {"workshop"}):
        try:
            example = read_workshop(fence.body)
        except WidgetError as exc:
            problems.append(f"{where}:{fence.line}: {exc}")
            continue
        examples.extend(_workshop_examples(example, f"{where}:{fence.line}", problems))

    rendered = replace_fences(markdown, {lang: render(lang) for lang in FENCE_KINDS})
    return rendered, examples, problems


def _workshop_examples(example, at: str, problems: list[str]) -> list[Example]:
    """The texts the workshop's 载入示例 loads, as the workshop sends them to the checker."""
    if example is None:
        return []
    declared = []   # (kind, where, text, expect, role, actions)
    if example.above:
        declared.append(("goal", f"{at}: above", example.above, example.above_expect, None, []))
    for n, g in enumerate(example.goals, 1):
        text = checked_goal_text(g.goal, g.baseline)
        declared.append(("goal", f"{at}: goal {n}", text, g.expect, example.role or None, []))
        if g.actions:
            declared.append(("plan", f"{at}: goal {n}'s plan", text, g.plan_expect, None, g.actions))
    out = []
    for kind, where, text, expect, role, actions in declared:
        try:
            parsed, today, declared_role = parse_declaration(expect, kind)
        except DeclarationError as exc:
            problems.append(f"{where}: expect: {exc}")
            continue
        out.append(Example(kind, where, text, parsed, today, role or declared_role, actions))
    return out


def on_config(config):
    _problems.clear()
    return config


def _where(page, config, markdown: str) -> tuple[str, int]:
    """The page's path from the project root, and how many lines of front matter precede `markdown`."""
    if not page.file.abs_src_path:   # a generated page (rule pages, quiz banks)
        return page.file.src_uri, 0
    src = Path(page.file.abs_src_path)
    root = Path(config.config_file_path).parent
    where = src.relative_to(root).as_posix() if src.is_relative_to(root) else page.file.src_uri
    source = src.read_text(encoding="utf-8")
    start = source.find(markdown[:200]) if markdown.strip() else -1
    return where, source[:start].count("\n") if start > 0 else 0


def on_page_markdown(markdown, page, config, files):
    where, offset = _where(page, config, markdown)
    new, examples, problems = page_examples("\n" * offset + markdown, where)
    _problems.extend(problems + check_examples(examples))
    return new[offset:] if offset and new.startswith("\n" * offset) else new


def on_env(env, config, files):
    if _problems:
        found = list(_problems)
        _problems.clear()
        raise PluginError("examples disagree with the checker (hooks/course_examples.py):\n" + "\n".join(found))
    return env
