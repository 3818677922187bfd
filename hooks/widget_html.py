"""The one place that makes the trainer widgets' HTML.

Not a hook itself: hooks/trainer_assets.py calls these for the fences that
place a widget on a page, and hooks/course_examples.py reads the same fences'
examples through read_tool(). The page modules under docs/assets/trainer/
find their parts by data-field / data-role / data-action and add only what
depends on a report; rows the plan builder adds are copies of the row
<template> made here. Criterion names come from the checker's kinds data
(hooks/kinds_data.py).

    ```smart-checker S=fail M=fail T=fail role=front-desk today=2026-11-23
    增强客户意识                                  a mini-checker in a lesson
    ```
    ```checker-page                              the full checker (docs/tools/checker.md)
    examples:
      - {goal: 增强客户意识, expect: S=fail M=fail T=fail}
      - {goal: 前台接听电话要三声起接, role: front-desk, expect: …}
    ```
    ```plan-builder                              the plan builder; it loads the page's
    ```                                          ```plan-example table
    ```star-practice                             the STAR practice
    examples:
      - {id: front-desk, label: 前台接待（完整）, expect: S=pass …, answer: 去年我……}
    ```

User-facing text is Chinese; every value is escaped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

import yaml

from hooks.kinds_data import criteria

TOOLS = ("checker-page", "plan-builder", "star-practice")
OPTION = re.compile(r"^(role|today)=([A-Za-z0-9\-]+)$")
# What an example declares the checker finds (S=fail …): read by hooks/course_examples.py.
DECLARATION = re.compile(r"^[SMART]=[a-z|]+$")
PLAN_HINTS = {
    "how": "方法或手段，例如：现场示范",
    "who": "一个人或岗位，例如：店长王丽",
    "what": "看得见的产出，例如：新的排班表",
    "when": "日期或频率，例如：11月15日前",
}
PLAN_FIELDS = ("how", "who", "what", "when")   # the order of a row's inputs
# PDCA is the plan report's facts.pdca, not a criterion: its names live here.
PDCA = (
    ("plan", "P", "计划 Plan", "目标符合 SMART，并有行动"),
    ("do", "D", "执行 Do", "每条行动写全怎样、谁、什么、何时"),
    ("check", "C", "检查 Check", "定期对照目标检查，写明频率和对比什么"),
    ("act", "A", "处理 Action", "检查发现差距时怎样纠正"),
)
STAR_HELP = {"S": "当时的背景和问题", "T": "你要负责、要达到什么", "A": "你具体做了什么", "R": "变化有多大"}


class WidgetError(ValueError):
    """A widget fence that cannot be placed; the message says why."""


@dataclass
class ToolExample:
    text: str             # what the button loads: a goal, or a STAR answer
    label: str            # the button's words
    expect: str           # the declaration, as in a fence: "S=fail M=fail"
    role: str | None = None
    id: str | None = None


def _attr(value) -> str:
    return escape(str(value), quote=True).replace("\n", "&#10;")


def _status_line() -> str:
    return '<div class="gt-status" data-role="status" role="status"></div>'


def _noscript(what: str) -> str:
    return f"<noscript><p>{what}需要启用 JavaScript 和 WebAssembly。</p></noscript>"


# ---- the mini-checker --------------------------------------------------------

def mini_checker(text: str, options: str, number: int) -> str:
    """A lesson's mini-checker, prefilled with `text`; options: role=, today= and declarations."""
    attrs = {}
    for token in options.split():
        if DECLARATION.match(token):
            continue
        m = OPTION.match(token)
        if not m:
            raise WidgetError(f"smart-checker option {token!r} is not role=ID or today=YYYY-MM-DD")
        attrs[m.group(1)] = m.group(2)
    text = text.strip()
    if not text:
        raise WidgetError("the smart-checker block needs an example goal inside it")
    data = "".join(f' data-{k}="{_attr(v)}"' for k, v in sorted(attrs.items()))
    wid = f"gt-mini-{number}"
    return (
        f'<div class="gt-mini" data-trainer="mini"{data} markdown="0">'
        f'<label class="gt-mini__label" for="{wid}">试着改写这个目标，反馈会随输入更新：</label>'
        f'<textarea id="{wid}" class="gt-input gt-mini__input" rows="2" spellcheck="false">{_attr(text)}</textarea>'
        f'{_status_line()}'
        f'<div class="gt-result" data-role="result" aria-live="polite"></div>'
        f'<noscript><p>这个小检查器需要启用 JavaScript。</p></noscript>'
        f"</div>"
    )


# ---- the tools ---------------------------------------------------------------

def read_tool(tool: str, body: str) -> list[ToolExample]:
    """The examples a tool fence lists (its YAML body); [] for an empty body."""
    if tool not in TOOLS:
        raise WidgetError(f"unknown tool {tool!r}")
    try:
        data = yaml.safe_load(body) if body.strip() else {}
    except yaml.YAMLError as exc:
        raise WidgetError(f"{tool}: the block is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or set(data) - {"examples"}:
        raise WidgetError(f"{tool}: the block holds `examples:` and nothing else")
    items = data.get("examples") or []
    if not isinstance(items, list):
        raise WidgetError(f"{tool}: `examples:` is a list")
    text_key = {"checker-page": "goal", "star-practice": "answer"}.get(tool)
    if items and not text_key:
        raise WidgetError(f"{tool}: this tool takes no examples (the plan builder loads the page's plan-example)")
    out = []
    for n, item in enumerate(items, 1):
        allowed = {text_key, "expect", "label", "role", "id"}
        if not isinstance(item, dict) or not isinstance(item.get(text_key), str) or not item[text_key].strip():
            raise WidgetError(f"{tool}: example {n} needs `{text_key}:` (text)")
        if set(item) - allowed:
            raise WidgetError(f"{tool}: example {n} has unknown keys: {', '.join(sorted(set(item) - allowed))}")
        if not isinstance(item.get("expect"), str):
            raise WidgetError(f"{tool}: example {n} needs `expect:` (what the checker finds, e.g. S=fail M=fail)")
        text = item[text_key].strip()
        out.append(ToolExample(text, str(item.get("label") or text), item["expect"],
                               item.get("role"), item.get("id")))
    return out


def _example_buttons(examples: list[ToolExample], title_id: str, title: str) -> str:
    if not examples:
        return ""
    items = []
    for ex in examples:
        extra = f' data-example-id="{_attr(ex.id)}"' if ex.id else ""
        extra += f' data-example-role="{_attr(ex.role)}"' if ex.role else ""
        items.append(f'<li><button type="button" class="gt-example"{extra} data-example="{_attr(ex.text)}"'
                     f' data-expect="{_attr(ex.expect)}">{escape(ex.label)}</button></li>')
    return (f'<div class="gt-examples"><p class="gt-examples__title" id="{title_id}">{title}</p>'
            f'<ul class="gt-examples__list" aria-labelledby="{title_id}">{"".join(items)}</ul></div>')


def checker_page(examples: list[ToolExample]) -> str:
    return (
        '<div class="gt-checker" data-trainer="checker-page" markdown="0">'
        '<div class="gt-field"><label for="gt-goal">你的目标</label>'
        '<textarea id="gt-goal" data-field="goal" class="gt-input" rows="3" spellcheck="false"'
        ' aria-describedby="gt-goal-help" placeholder="例如：三个月内把客户投诉率从4%降到2%"></textarea>'
        '<p id="gt-goal-help" class="gt-help">边写边检查，中文、英文或中英混写都可以。'
        '<span class="gt-counter" data-role="counter" aria-live="off"></span></p></div>'
        '<div class="gt-options">'
        '<div class="gt-field"><label for="gt-role">岗位（可选，用于判断“相关”）</label>'
        '<select id="gt-role" data-field="role" class="gt-input" disabled><option value="">不指定岗位</option></select></div>'
        '<div class="gt-field"><label for="gt-today">参考日期（可选，默认今天）</label>'
        '<input id="gt-today" data-field="today" class="gt-input" type="date"></div>'
        '</div>'
        + _example_buttons(examples, "gt-examples-title", "试试课程里的例子：")
        + _status_line()
        + '<section class="gt-result" data-role="result" aria-live="polite" aria-label="检查结果">'
        '<p class="gt-hint">在上面写下一个目标，这里会逐条显示检查结果。</p></section>'
        '<div class="gt-actions">'
        '<button type="button" id="gt-copy" data-action="copy" class="md-button">复制检查结果（纯文本）</button>'
        '<span class="gt-copy-note" data-role="copy-note" aria-live="polite"></span></div>'
        + _noscript("检查器")
        + "</div>"
    )


def _plan_row_template() -> str:
    names = {c["key"]: c["label"] for c in criteria("plan")}
    cells = "".join(
        f'<div class="gt-plan__cell"><label data-for="{key}">{escape(names[key])}</label>'
        f'<input class="gt-input" type="text" data-field="{key}" placeholder="{_attr(PLAN_HINTS[key])}" spellcheck="false">'
        f'<div class="gt-plan__read" data-read="{key}" aria-live="polite"></div></div>'
        for key in PLAN_FIELDS)
    return (
        '<template data-role="row"><li class="gt-plan__row">'
        '<div class="gt-plan__rowhead"><span class="gt-plan__num"></span>'
        '<span class="gt-plan__step" hidden></span>'
        '<button type="button" class="gt-plan__remove" data-action="remove">删除这一条</button></div>'
        f'<div class="gt-plan__fields">{cells}</div>'
        '<ul class="gt-plan__notes"></ul>'
        '</li></template>'
    )


def _pdca() -> str:
    steps = "".join(
        f'<li class="gt-pdca__step" data-step="{key}" data-status="unknown">'
        f'<span class="gt-pdca__letter" aria-hidden="true">{letter}</span>'
        f'<span class="gt-pdca__name">{escape(name)}</span>'
        f'<span class="gt-pdca__what">{escape(what)}</span><span data-role="badge"></span></li>'
        for key, letter, name, what in PDCA)
    return (
        '<section class="gt-plan__pdca" data-role="pdca" aria-labelledby="gt-plan-pdca-title" hidden>'
        '<p class="gt-plan__title" id="gt-plan-pdca-title">PDCA 循环：这份计划覆盖了哪几步</p>'
        f'<ol class="gt-pdca">{steps}</ol>'
        '<p class="gt-pdca__caption">四步依次相接：处理之后，按新的情况进入下一轮计划。</p></section>'
    )


def plan_builder(examples: list[ToolExample]) -> str:
    return (
        '<div class="gt-plan" data-trainer="plan-builder" markdown="0">'
        '<div class="gt-field"><label for="gt-plan-goal">目标</label>'
        '<textarea id="gt-plan-goal" data-field="goal" class="gt-input" rows="2" spellcheck="false"'
        ' placeholder="例如：月底前把前台收银的平均用时降到每位顾客两分钟以内"></textarea></div>'
        '<div class="gt-options"><div class="gt-field"><label for="gt-plan-today">参考日期（可选，默认今天）</label>'
        '<input id="gt-plan-today" data-field="today" class="gt-input" type="date"></div></div>'
        '<div class="gt-plan__tools">'
        '<button type="button" class="md-button" data-action="example">载入示例：前台收银提速</button>'
        '<button type="button" class="md-button" data-action="clear">从空白开始</button></div>'
        '<p class="gt-plan__title" id="gt-plan-rows-title">行动（每行一条，四项都要写）</p>'
        '<ol class="gt-plan__rows" data-role="rows" aria-labelledby="gt-plan-rows-title"></ol>'
        + _plan_row_template()
        + '<button type="button" class="md-button" data-action="add">＋ 添加一条行动</button>'
        + _status_line()
        + _pdca()
        + '<section class="gt-result" data-role="result" aria-live="polite" aria-label="整份计划的检查结果">'
        '<p class="gt-hint">写下目标和至少一条行动，这里会显示整份计划的检查结果。</p></section>'
        + _noscript("计划练习")
        + "</div>"
    )


def _star_legend() -> str:
    items = "".join(
        f'<li><span class="gt-star__tag" data-part="{c["key"]}">{c["key"]} {escape(c["name"]["zh"])}</span>'
        f'{escape(c["label"].split(" ", 1)[-1])}：{escape(STAR_HELP.get(c["key"], ""))}</li>'
        for c in criteria("star"))
    return f'<ul class="gt-star__legend" aria-label="图例">{items}</ul>'


def star_practice(examples: list[ToolExample]) -> str:
    return (
        '<div class="gt-star" data-trainer="star-practice" markdown="0">'
        '<div class="gt-field"><label for="gt-star-text">你的回答</label>'
        '<textarea id="gt-star-text" data-field="answer" class="gt-input" rows="6" spellcheck="false"'
        ' placeholder="例如：去年我在门店做收银组长时，高峰期顾客平均要排队8分钟。店长让我负责……"></textarea></div>'
        + _example_buttons(examples, "gt-star-examples-title", "试试这些例子：")
        + _status_line()
        + '<section class="gt-star__view" data-role="sentences" aria-labelledby="gt-star-sentences-title" hidden>'
        '<p class="gt-star__title" id="gt-star-sentences-title">逐句标注</p>'
        + _star_legend()
        + '<ol class="gt-star__sentences"></ol></section>'
        '<section class="gt-result" data-role="result" aria-live="polite" aria-label="检查结果">'
        '<p class="gt-hint">在上面写下或粘贴一段回答，这里会逐句标出 S、T、A、R。</p></section>'
        '<section class="gt-star__questions" data-role="questions" aria-labelledby="gt-star-questions-title" hidden>'
        '<p class="gt-star__title" id="gt-star-questions-title">面试官可能追问</p>'
        '<ol class="gt-star__qs"></ol></section>'
        + _noscript("STAR 练习")
        + "</div>"
    )


def tool(name: str, body: str) -> str:
    """The HTML of a tool fence (```checker-page, ```plan-builder, ```star-practice)."""
    examples = read_tool(name, body)
    return {"checker-page": checker_page, "plan-builder": plan_builder, "star-practice": star_practice}[name](examples)
