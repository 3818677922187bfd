"""Turn the learner's plan input into one text and a list of actions.

Input: `goal` (str) and `actions`, a list whose items are lines (str) or
rows (dicts with how / who / what / when, Chinese keys accepted too). A
single string is split into lines.

Span convention (documented in docs/tools/plan.md): the report's `text` is
the goal, then one line per action, joined by "\\n". A row is written as
"how | who | what | when" (empty fields stay empty). Every span in the
report is in characters of that `text`, so the goal's own spans are
unchanged and an action's spans point into its line.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from checker.errors import MAX_TEXT_CHARS
from checker.star.report import input_error

FIELDS = ("how", "who", "what", "when")
SEPARATOR = " | "
MAX_ACTIONS = 40
MAX_ACTION_CHARS = 500
_ALIASES = {
    "how": ("how", "method", "方法", "怎样", "怎么做", "措施", "手段"),
    "who": ("who", "owner", "谁", "负责人", "责任人"),
    "what": ("what", "deliverable", "做什么", "内容", "事项", "交付"),
    "when": ("when", "date", "deadline", "何时", "时间", "完成时间", "期限"),
}
_KEY_OF = {alias.lower(): name for name, aliases in _ALIASES.items() for alias in aliases}


@dataclass
class Action:
    index: int                 # position in the learner's list (0-based)
    line: str                  # the action as one line of `text`
    start: int                 # where the line starts in `text`
    fields: dict | None = None  # row input: name -> (value, start in text)
    notes: dict = field(default_factory=dict)

    @property
    def end(self) -> int:
        return self.start + len(self.line)


def _bad(zh: str, en: str):
    return input_error("bad-payload", zh, en)


def _row(item: dict, i: int) -> dict:
    row: dict[str, str] = {}
    for key, value in item.items():
        name = _KEY_OF.get(str(key).strip().lower())
        if name is None:
            raise _bad(f"第 {i + 1} 条行动有未知的栏目“{key}”：只能是 how、who、what、when。",
                       f"Action {i + 1} has an unknown field '{key}': use how, who, what, when.")
        if value is None:
            value = ""
        if not isinstance(value, (str, int, float)):
            raise _bad(f"第 {i + 1} 条行动的“{key}”必须是文本。", f"Action {i + 1}: '{key}' must be text.")
        row[name] = " ".join(str(value).split())  # one line: no line breaks inside a field
    return row


def normalise(goal, actions) -> tuple[str, list[Action]]:
    if not isinstance(goal, str):
        raise _bad("目标必须是文本。", "The goal must be text.")
    goal = goal.strip()
    if not goal:
        raise input_error("empty-text", "目标为空：行动计划要从一个目标开始。",
                          "The goal is empty: a plan starts from a goal.")
    if "\n" in goal:
        goal = " ".join(goal.split())
    if len(goal) > MAX_TEXT_CHARS:
        raise input_error("text-too-long", f"目标太长（{len(goal)} 个字符，上限 {MAX_TEXT_CHARS}）。",
                          f"The goal is too long ({len(goal)} characters, limit {MAX_TEXT_CHARS}).")
    if actions is None:
        actions = []
    if isinstance(actions, str):
        actions = actions.splitlines()
    if not isinstance(actions, (list, tuple)):
        raise _bad("行动必须是一个列表（每条一行，或含 how/who/what/when 的表格行）。",
                   "Actions must be a list of lines or of rows with how/who/what/when.")
    if len(actions) > MAX_ACTIONS:
        raise _bad(f"行动太多（{len(actions)} 条，上限 {MAX_ACTIONS}）。",
                   f"Too many actions ({len(actions)}, limit {MAX_ACTIONS}).")
    text = goal
    out: list[Action] = []
    for i, item in enumerate(actions):
        if isinstance(item, dict):
            row = _row(item, i)
            if not any(row.values()):
                continue  # an empty row the learner has not filled yet
            parts, fields, offset = [], {}, len(text) + 1
            for name in FIELDS:
                value = row.get(name, "")
                fields[name] = (value, offset)
                parts.append(value)
                offset += len(value) + len(SEPARATOR)
            line = SEPARATOR.join(parts)
        elif isinstance(item, str):
            line, fields = " ".join(item.split()), None
            if not line:
                continue
        else:
            raise _bad(f"第 {i + 1} 条行动必须是文本或表格行。", f"Action {i + 1} must be a line of text or a row.")
        if len(line) > MAX_ACTION_CHARS:
            raise _bad(f"第 {i + 1} 条行动太长（{len(line)} 个字符，上限 {MAX_ACTION_CHARS}）：一条行动写一件事。",
                       f"Action {i + 1} is too long ({len(line)} characters, limit {MAX_ACTION_CHARS}): one action per line.")
        out.append(Action(i, line, len(text) + 1, fields))
        text += "\n" + line
    return text, out
