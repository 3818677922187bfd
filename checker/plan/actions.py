"""Turn the learner's plan input into one text and a list of actions.

Input: `goal` (str) and `actions`, a list whose items are lines (str) or
rows (dicts with how / who / what / when, Chinese keys accepted too). A
single string is split into lines.

Span convention (documented in docs/tools/plan.md): the report's `text` is
the goal, then one line per action, joined by "\\n". A row is written as
"how | who | what | when" (empty fields stay empty). A line that is itself
a row (a pasted table row "a | b | c | d" in that order, or labelled parts
such as "负责人：王丽；完成时间：11月20日前" / "Owner: Anna; Due: …") is kept
as written and read field by field. Every span in the report is in
characters of that `text`, so the goal's own spans are unchanged and an
action's spans point into its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.clean import clean_text
from checker.errors import MAX_TEXT_CHARS, InputError

FIELDS = ("how", "who", "what", "when")
SEPARATOR = " | "
MAX_ACTIONS = 40
MAX_ACTION_CHARS = 500
_ALIASES = {
    "how": ("how", "method", "means", "方法", "怎样", "怎样做", "怎么做", "措施", "手段", "方式"),
    "who": ("who", "owner", "responsible", "谁", "谁负责", "负责人", "责任人", "牵头人"),
    "what": ("what", "deliverable", "output", "task", "做什么", "内容", "事项", "交付", "交付物", "产出", "任务"),
    "when": ("when", "date", "due", "deadline", "by when", "何时", "何时完成", "时间", "完成时间", "期限", "截止", "截止时间"),
}
# Bookkeeping columns a spreadsheet row may carry; they are not part of the check.
_IGNORED_KEYS = {"id", "no", "note", "notes", "step", "status", "序号", "编号", "备注"}
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
    return InputError("bad-payload", texts=(zh, en))


def _row(item: dict, i: int) -> dict:
    row: dict[str, str] = {}
    for key, value in item.items():
        name = _KEY_OF.get(str(key).strip().lower())
        if name is None and str(key).strip().lower() in _IGNORED_KEYS:
            continue
        if name is None:
            raise _bad(f"第 {i + 1} 条行动有未知的栏目“{key}”：只能是 how、who、what、when。",
                       f"Action {i + 1} has an unknown field '{key}': use how, who, what, when.")
        if value is None:
            value = ""
        if not isinstance(value, (str, int, float)):
            raise _bad(f"第 {i + 1} 条行动的“{key}”必须是文本。", f"Action {i + 1}: '{key}' must be text.")
        row[name] = " ".join(clean_text(str(value)).split())  # one line: no line breaks inside a field
    return row


_CELL_SPLIT = re.compile(r"[|｜]")
_LABELLED = re.compile(
    r"(?:^|(?<=[，,；;|｜\s]))(" + "|".join(sorted((re.escape(a) for a in _KEY_OF), key=len, reverse=True))
    + r")\s*[:：]\s*", re.IGNORECASE)


def _fields_in_line(line: str) -> dict | None:
    """A line that is really a row: "how | who | what | when" (a pasted table
    row, the order the report's text uses) or labelled parts (负责人：王丽；
    完成时间：11月25日前). -> {name: (value, offset in line)}, or None."""
    cells, start = [], 0
    for m in list(_CELL_SPLIT.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        cells.append((start, end))
        start = m.end() if m else start
    if cells and not line[cells[0][0]:cells[0][1]].strip():
        cells = cells[1:]  # | a | b | c | d |
    if cells and not line[cells[-1][0]:cells[-1][1]].strip():
        cells = cells[:-1]
    if len(cells) == len(FIELDS):
        out = {}
        for name, (s, e) in zip(FIELDS, cells):
            raw = line[s:e]
            lead = len(raw) - len(raw.lstrip())
            out[name] = (raw.strip(), s + lead)
        return out
    marks = list(_LABELLED.finditer(line))
    if len(marks) < 2:
        return None
    out = {}
    for k, m in enumerate(marks):
        name = _KEY_OF[m.group(1).lower()]
        end = marks[k + 1].start() if k + 1 < len(marks) else len(line)
        raw = line[m.end():end]
        value = raw.strip().rstrip("，,；;|｜").strip()
        if name not in out:
            out[name] = (value, m.end())
    before = line[:marks[0].start()].strip().rstrip("，,；;：:").strip()
    if before and "what" not in out:
        out["what"] = (before, line.index(before))
    for name in FIELDS:
        out.setdefault(name, ("", len(line)))
    return out


def _is_table_decoration(fields: dict) -> bool:
    """A Markdown separator (---|---) or a header row (怎样做 | 谁负责 | …)."""
    values = [v for v, _ in fields.values()]
    if all(not re.search(r"[0-9A-Za-z\u3400-\u9fff]", v) for v in values):
        return True
    return all(_KEY_OF.get(re.sub(r"[（(].*$|\s.*$", "", v).strip().lower()) for v in values if v)


def normalise(goal, actions) -> tuple[str, list[Action]]:
    if not isinstance(goal, str):
        raise _bad("目标必须是文本。", "The goal must be text.")
    goal = clean_text(goal).strip()
    if not goal:
        raise InputError("empty-text", texts=("目标为空：行动计划要从一个目标开始。",
                                             "The goal is empty: a plan starts from a goal."))
    if "\n" in goal:
        goal = " ".join(goal.split())
    if len(goal) > MAX_TEXT_CHARS:
        raise InputError("text-too-long", texts=(f"目标太长（{len(goal)} 个字符，上限 {MAX_TEXT_CHARS}）。",
                                                f"The goal is too long ({len(goal)} characters, limit {MAX_TEXT_CHARS})."))
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
            line = " ".join(clean_text(item).split())
            if not line:
                continue
            fields = _fields_in_line(line)
            if fields is not None:
                if _is_table_decoration(fields):
                    continue
                offset = len(text) + 1
                fields = {name: (value, offset + at) for name, (value, at) in fields.items()}
        else:
            raise _bad(f"第 {i + 1} 条行动必须是文本或表格行。", f"Action {i + 1} must be a line of text or a row.")
        if len(line) > MAX_ACTION_CHARS:
            raise _bad(f"第 {i + 1} 条行动太长（{len(line)} 个字符，上限 {MAX_ACTION_CHARS}）：一条行动写一件事。",
                       f"Action {i + 1} is too long ({len(line)} characters, limit {MAX_ACTION_CHARS}): one action per line.")
        out.append(Action(i, line, len(text) + 1, fields))
        text += "\n" + line
    return text, out
