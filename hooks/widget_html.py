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
    ```workshop                                  the workshop (docs/workshop.md): its
    example:                                     载入示例 fills every step with this
      role: front-desk
      above: {text: 今年……, expect: S=pass}
      goals:
        - {goal: 三个月内……, baseline: 达标率70%, expect: S=pass …,
           actions: [{how, who, what, when}, …], plan_expect: who=pass …,
           checks: [{after_days: 30, look: …, ifoff: …}]}
    ```

User-facing text is Chinese; every value is escaped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape

import yaml

from hooks.kinds_data import criteria

TOOLS = ("checker-page", "plan-builder", "star-practice", "workshop")
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
    if tool not in TOOLS or tool == "workshop":
        raise WidgetError(f"unknown tool {tool!r}" if tool not in TOOLS else "the workshop block is read by read_workshop")
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
    """The HTML of a tool fence (```checker-page, ```plan-builder, ```star-practice, ```workshop)."""
    if name == "workshop":
        return workshop(read_workshop(body))
    examples = read_tool(name, body)
    return {"checker-page": checker_page, "plan-builder": plan_builder, "star-practice": star_practice}[name](examples)


# ---- the workshop --------------------------------------------------------------

MAX_GOALS = 3            # the workshop's goals (docs/assets/workshop/state.js MAX_GOALS)
_NOW_WORDS = re.compile(r"^(?:目前|现在|当前)(?:是|为)?[：:，,]?\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def checked_goal_text(goal: str, baseline: str = "") -> str:
    """What the workshop sends the checker for a goal with a baseline: the baseline
    as a "today's level" clause before the goal, the way the checker reads a
    starting point (目前……，三个月内……提高到……). docs/assets/workshop/state.js
    checkedGoalText does the same; the build checks the example with this one."""
    goal, baseline = goal.strip(), _NOW_WORDS.sub("", baseline.strip())
    if not baseline:
        return goal
    return f"目前{baseline}，{goal}" if _HAN.search(goal + baseline) else f"Currently {baseline}, {goal}"


@dataclass
class WorkshopGoal:
    goal: str
    baseline: str
    expect: str
    actions: list
    plan_expect: str
    checks: list


@dataclass
class WorkshopExample:
    role: str
    above: str
    above_expect: str
    goals: list


def _text(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise WidgetError(f"workshop: {what} needs text")
    return value.strip()


def read_workshop(body: str) -> WorkshopExample | None:
    """The example the workshop's 载入示例 loads (None without one)."""
    try:
        data = yaml.safe_load(body) if body.strip() else {}
    except yaml.YAMLError as exc:
        raise WidgetError(f"workshop: the block is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or set(data) - {"example"}:
        raise WidgetError("workshop: the block holds `example:` and nothing else")
    ex = data.get("example")
    if ex is None:
        return None
    if not isinstance(ex, dict) or set(ex) - {"role", "above", "goals"}:
        raise WidgetError("workshop: `example:` has role, above and goals")
    role = ex.get("role") or ""
    if role and not re.match(r"^[a-z][a-z0-9-]*$", role):
        raise WidgetError(f"workshop: role {role!r} is not a role id such as front-desk")
    above = ex.get("above") or {}
    if above and (not isinstance(above, dict) or set(above) != {"text", "expect"}):
        raise WidgetError("workshop: `above:` is {text, expect}")
    goals = ex.get("goals")
    if not isinstance(goals, list) or not 1 <= len(goals) <= MAX_GOALS:
        raise WidgetError(f"workshop: `goals:` lists 1 to {MAX_GOALS} goals")
    out = []
    keys = {"goal", "baseline", "expect", "actions", "plan_expect", "checks"}
    for n, g in enumerate(goals, 1):
        if not isinstance(g, dict) or set(g) - keys:
            raise WidgetError(f"workshop: goal {n} has the keys {', '.join(sorted(keys))}")
        actions = g.get("actions") or []
        if not isinstance(actions, list) or not all(isinstance(a, dict) and set(a) <= set(PLAN_FIELDS) for a in actions):
            raise WidgetError(f"workshop: goal {n}: `actions:` is a list of {{how, who, what, when}}")
        checks = g.get("checks") or []
        if not isinstance(checks, list) or not all(
                isinstance(c, dict) and set(c) == {"after_days", "look", "ifoff"} and isinstance(c["after_days"], int)
                for c in checks):
            raise WidgetError(f"workshop: goal {n}: `checks:` is a list of {{after_days, look, ifoff}}")
        if actions and not isinstance(g.get("plan_expect"), str):
            raise WidgetError(f"workshop: goal {n}: a plan needs `plan_expect:` (what the plan checker finds)")
        out.append(WorkshopGoal(_text(g.get("goal"), f"goal {n}"), str(g.get("baseline") or ""),
                                _text(g.get("expect"), f"goal {n}'s expect"), actions,
                                str(g.get("plan_expect") or ""), checks))
    return WorkshopExample(role, str(above.get("text") or ""), str(above.get("expect") or ""), out)


def _workshop_example_json(ex: WorkshopExample | None) -> str:
    if ex is None:
        return ""
    data = {"role": ex.role, "above": ex.above, "goals": [
        {"text": g.goal, "baseline": g.baseline, "plan": g.actions, "checks": g.checks} for g in ex.goals]}
    return f' data-workshop-example="{_attr(json.dumps(data, ensure_ascii=False))}"'


def _check_template() -> str:
    return (
        '<template data-role="check"><li class="wk-check">'
        '<div class="wk-check__head"><span class="wk-check__num"></span>'
        '<button type="button" class="gt-plan__remove" data-action="remove-check">删除</button></div>'
        '<div class="wk-check__fields">'
        '<div class="gt-field"><label data-for="date">哪天回头看</label>'
        '<input class="gt-input" type="date" data-field="date"></div>'
        '<div class="gt-field"><label data-for="look">看什么、和什么比</label>'
        '<input class="gt-input" type="text" data-field="look" spellcheck="false" placeholder="例如：抽查达标率和95%的目标比"></div>'
        '<div class="gt-field"><label data-for="ifoff">没达到怎么办</label>'
        '<input class="gt-input" type="text" data-field="ifoff" spellcheck="false" placeholder="例如：请主管陪练一周"></div>'
        '</div><p class="wk-check__note" data-role="check-note"></p></li></template>'
    )


def _goal_template() -> str:
    return (
        '<template data-role="goal"><li class="wk-goal">'
        '<div class="wk-goal__head"><h3 class="wk-goal__title"></h3>'
        '<button type="button" class="gt-plan__remove" data-action="remove-goal">删除这个目标</button></div>'
        '<div class="gt-field"><label data-for="text"><span class="gt-sr" data-role="goal-n"></span>目标</label>'
        '<textarea class="gt-input" rows="2" data-field="text" spellcheck="false"'
        ' placeholder="例如：三个月内把前台接听电话的抽查达标率提高到95%以上"></textarea>'
        '<p class="gt-help"><span class="gt-counter" data-role="counter"></span></p></div>'
        '<div class="gt-field"><label data-for="baseline"><span class="gt-sr" data-role="goal-n"></span>'
        '现在的水平（可选，用来判断“可实现”）</label>'
        '<input class="gt-input" type="text" data-field="baseline" spellcheck="false" placeholder="例如：达标率70%">'
        '<p class="gt-help" data-role="baseline-help">写了现在的水平，检查器读的就是“目前……，”加上你的目标。</p></div>'
        '<section class="gt-result wk-goal__result" data-role="goal-result" aria-live="polite">'
        '<p class="gt-hint">写下这个目标，这里会逐条显示 SMART 检查的结果。</p></section>'
        '</li></template>'
    )


def _goal_plan_template() -> str:
    return (
        '<template data-role="goal-plan"><li class="wk-plan">'
        '<h3 class="wk-plan__title"></h3>'
        '<p class="wk-plan__goal" data-role="goal-text"></p>'
        '<p class="wk-plan__sub">行动：怎样做、谁负责、做什么、何时完成</p>'
        '<ol class="gt-plan__rows" data-role="rows"></ol>'
        '<button type="button" class="md-button" data-action="add-row">＋ 添加一条行动</button>'
        '<section class="gt-result wk-plan__result" data-role="plan-result" aria-live="polite">'
        '<p class="gt-hint">写下目标和至少一条行动，这里会显示计划的检查结果。</p></section>'
        '<p class="wk-plan__sub">检查日期：什么时候回头看，没达到怎么办</p>'
        '<ol class="wk-checks" data-role="checks"></ol>'
        '<button type="button" class="md-button" data-action="add-check">＋ 添加检查日期</button>'
        '</li></template>'
    )


def workshop(example: WorkshopExample | None) -> str:
    def step(n: int, title: str, body: str, extra: str = "") -> str:
        return (f'<section class="wk-step{extra}" aria-labelledby="wk-step-{n}">'
                f'<h2 id="wk-step-{n}">第 {n} 步：{escape(title)}</h2>{body}</section>')

    role = (
        '<div class="gt-field"><label for="wk-role">你的岗位</label>'
        '<select id="wk-role" class="gt-input" data-field="role" aria-describedby="wk-role-help">'
        '<option value="">暂不选择</option><option value="own">都不合适，我自己写职责</option></select>'
        '<p class="gt-help" id="wk-role-help">检查器按岗位的职责判断目标是否“相关”（R）。'
        '岗位列表在检查器准备好后出现。</p></div>'
        '<div class="wk-own" data-role="own" hidden>'
        '<div class="gt-field"><label for="wk-own-name">岗位名称</label>'
        '<input id="wk-own-name" class="gt-input" type="text" data-field="own-name" spellcheck="false" placeholder="例如：门店收银组长"></div>'
        '<div class="gt-field"><label for="wk-own-duties">你的职责（几个关键词，用顿号或逗号隔开）</label>'
        '<input id="wk-own-duties" class="gt-input" type="text" data-field="own-duties" spellcheck="false"'
        ' aria-describedby="wk-own-help" placeholder="例如：收银、排班、顾客投诉">'
        '<p class="gt-help" id="wk-own-help">目标里出现这些词，检查器就认为它和你的职责相关。写工作的对象，'
        '比如“收银”“投诉”，不要写“认真负责”这样的态度。</p></div></div>'
    )
    above = (
        '<div class="gt-field"><label for="wk-above">上一级的目标（可选）</label>'
        '<textarea id="wk-above" class="gt-input" rows="2" data-field="above" spellcheck="false"'
        ' aria-describedby="wk-above-help" placeholder="例如：今年把门店的顾客满意度提高到90%以上"></textarea>'
        '<p class="gt-help" id="wk-above-help">你的团队或公司今年要达成什么？写下来，目标单上会写明你的目标为它服务。</p></div>'
    )
    goals = (
        '<p class="gt-help">最多三个。每个目标边写边检查；点规则编号可以看这条规则的说明。</p>'
        '<ol class="wk-goals" data-role="goals"></ol>' + _goal_template()
        + '<button type="button" class="md-button" data-action="add-goal">＋ 再写一个目标</button>'
    )
    plans = (
        '<p class="gt-help">每个目标一份计划。计划里要有定期的检查（PDCA 的 C）和发现差距时的处理（A）；'
        '检查日期是你自己回头看的日子，会印在目标单上。</p>'
        '<ol class="wk-plans" data-role="plans"></ol>' + _goal_plan_template() + _plan_row_template() + _check_template()
    )
    sheet = (
        '<div class="wk-tools">'
        '<button type="button" class="md-button md-button--primary" data-action="print">打印目标单</button>'
        '<button type="button" class="md-button" data-action="export">导出（JSON 文件）</button>'
        '<label class="md-button wk-import" for="wk-import">导入 JSON 文件</label>'
        '<input id="wk-import" class="wk-import__file" type="file" accept=".json,application/json" data-field="import">'
        '<button type="button" class="md-button" data-action="restart">重新开始</button></div>'
        '<div class="wk-confirm" data-role="confirm" role="group" aria-labelledby="wk-confirm-text" hidden>'
        '<p id="wk-confirm-text" data-role="confirm-text"></p>'
        '<button type="button" class="md-button md-button--primary" data-action="confirm-yes"></button>'
        '<button type="button" class="md-button" data-action="confirm-no">取消</button></div>'
        '<p class="wk-message" data-role="message" role="status"></p>'
        '<div class="wk-sheet" data-role="sheet" aria-label="目标单"></div>'
    )
    return (
        f'<div class="wk" data-trainer="workshop"{_workshop_example_json(example)} markdown="0">'
        '<div class="wk-notices" data-role="notices"></div>'
        '<div class="wk-tools wk-start">'
        + ('<button type="button" class="md-button" data-action="example">载入示例：前台新员工的目标</button>' if example else "")
        + '<span class="wk-saved" data-role="saved" aria-live="off"></span></div>'
        + _status_line()
        + step(1, "你是谁", role)
        + step(2, "上一级的目标", above)
        + step(3, "写下目标", goals)
        + step(4, "行动计划和检查日期", plans)
        + step(5, "目标单", sheet, " wk-step--sheet")
        + _noscript("目标工作坊")
        + "</div>"
    )
