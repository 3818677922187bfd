"""Input errors: one class with a stable code and a message in zh and en.

The CLI prints the message on one line and exits 2; the bridge turns it into
{"error": {...}}. Nothing else should ever escape to the user.
"""
from __future__ import annotations

from checker.clean import clean_text

MAX_TEXT_CHARS = 2000  # documented in checker/README.md

_MESSAGES = {
    "empty-text": ("目标为空：请写下一个目标再检查。",
                   "The goal is empty: write a goal first."),
    "text-too-long": ("目标太长（{n} 个字符，上限 {limit}）：一次只写一个目标。",
                      "The goal is too long ({n} characters, limit {limit}): write one goal at a time."),
    "bad-text": ("目标必须是文本。", "The goal must be text."),
    "unknown-role": ("未知岗位“{role}”。可用的岗位：{known}。",
                     "Unknown role '{role}'. Known roles: {known}."),
    "bad-date": ("日期“{value}”无效：请用 YYYY-MM-DD，例如 2026-11-23。",
                 "Invalid date '{value}': use YYYY-MM-DD, e.g. 2026-11-23."),
    "bad-lang": ("语言“{value}”无效：请用 zh 或 en。", "Invalid language '{value}': use zh or en."),
    "bad-utf8": ("这一行不是 UTF-8 文本（第 {at} 个字节有误）：请把文件另存为 UTF-8。",
                 "This line is not UTF-8 text (byte {at}): save the file as UTF-8."),
    "empty-line": ("这一行是空的。", "This line is blank."),
    "bad-json": ("输入不是有效的 JSON：{detail}", "The input is not valid JSON: {detail}"),
    "bad-payload": ("输入格式不对：{detail}", "Bad input: {detail}"),
    "bad-roles-file": ("岗位文件有误：{detail}", "Bad roles file: {detail}"),
    "unknown-kind": ("未知的检查类型“{value}”。", "Unknown check kind '{value}'."),
    "not-an-object": ("输入必须是一个 JSON 对象。", "The input must be a JSON object."),
    "unknown-keys": ("输入里有未知的字段 {keys}：只能是 {allowed}。", "Unknown keys {keys}: use {allowed}."),
    "missing-key": ("缺少“{key}”。", "'{key}' is required."),
    "missing-data": ("缺少编译后的规则数据（{path}）：请先运行 make setup 或 python -m checker.compile。",
                     "Compiled rule data is missing ({path}): run `make setup` or `python -m checker.compile` first."),
}


class InputError(ValueError):
    """Bad input from the user: has a stable `code` and zh/en messages.

    The message is the template of `message` (default: the code) in
    _MESSAGES filled with `params`, or `texts` = (zh, en) when a check words
    its own (a STAR answer is "回答", not "目标")."""

    def __init__(self, code: str, lang: str = "en", message: str | None = None,
                 texts: tuple[str, str] | None = None, **params):
        self.code = code
        # the learner's own words may come back in the message: keep them writable as UTF-8
        params = {k: clean_text(v) if isinstance(v, str) else v for k, v in params.items()}
        texts = tuple(clean_text(t) for t in texts) if texts else None
        self.params = params
        zh, en = texts or _MESSAGES.get(message or code, ("输入有误。", "Bad input."))
        self.message_zh = zh.format(**params) if params and not texts else zh
        self.message_en = en.format(**params) if params and not texts else en
        self.lang = lang if lang in ("zh", "en") else "en"
        super().__init__(self.message)

    def in_lang(self, lang: str) -> "InputError":
        """The same error, worded for `lang` (a plan answers in its goal's language)."""
        self.lang = lang if lang in ("zh", "en") else "en"
        self.args = (self.message,)
        return self

    @property
    def message(self) -> str:
        return self.message_zh if self.lang == "zh" else self.message_en

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message,
                          "message_zh": self.message_zh, "message_en": self.message_en}}


class DataMissingError(RuntimeError):
    """The compiled JSON under checker/data/ is missing: setup was not run."""

    def __init__(self, path):
        self.code = "missing-data"
        zh, en = _MESSAGES["missing-data"]
        self.message = en.format(path=path)
        self.message_zh = zh.format(path=path)
        super().__init__(self.message)

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message,
                          "message_zh": self.message_zh, "message_en": self.message}}
