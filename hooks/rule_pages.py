"""MkDocs hook: one reference page per checker rule, generated from the rule YAML.

Each rule (checker/rules/*.yml) gets `rules/<lowercased id>/` in the shape of
ruff's rule docs: 它检查什么 / 为什么重要 / 反例 / 更好的写法, with its id,
criterion and level, and the checker's own verdict on every example (so the
page cannot drift from what the checker does). `rules/index.md` lists them
grouped by kind (SMART goals, action plans, STAR answers) and criterion.

The pages are generated in on_files (mkdocs 1.6 `File.generated`); the nav
entry `rules/index.md` in mkdocs.yml becomes a section holding them all.
A finding's `doc` link (`rules/<lowercased id>/`) resolves to its page.
"""
from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.hooks.rule_pages")

ROOT = Path(__file__).resolve().parent.parent
INDEX = "rules/index.md"
LEVELS = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS = {"pass": "✓ 通过", "warn": "! 注意", "fail": "✗ 未通过", "unknown": "? 待确认"}

_rules: list[dict] = []
_kinds: dict = {}  # checker/rules/kinds.yml: each kind's title and criteria, in order


def load_rules() -> dict:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        from checker.compile import CompileError, compile_rules
    except ImportError as exc:
        raise PluginError(f"rule_pages: cannot import checker.compile ({exc}): run `make setup`") from exc
    try:
        return compile_rules()
    except CompileError as exc:
        raise PluginError(f"rule_pages: the rule YAML has problems:\n{exc}") from exc


def rule_path(rule_id: str) -> str:
    return f"rules/{rule_id.lower()}.md"


def kind_title(kind: str) -> str:
    return _kinds[kind]["title"]["zh"]


def label_of(kind: str, criterion: str) -> str:
    """"S 具体", "who 谁负责": the criterion's key and its Chinese name."""
    return f"{criterion} {_kinds[kind]['criteria'][criterion]['name']['zh']}"


def criterion_label(rule: dict) -> str:
    return label_of(rule["kind"], rule["criterion"])


def fill_placeholders(text: str) -> str:
    # Messages carry fields such as {word} filled in per finding; show them as an ellipsis.
    return re.sub(r"\{[a-z_]+\}", "…", text)


def md_escape(text: str) -> str:
    """Example texts are learner-style text: show them literally, never as Markdown/HTML."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("*", "&#42;").replace("_", "&#95;").replace("`", "&#96;")
            .replace("[", "&#91;").replace("|", "&#124;"))


def checker_verdict(rule: dict, example: dict) -> str:
    """What the checker says about an example, as one line; empty if it cannot run."""
    kind = rule["kind"]
    payload = {k: v for k, v in example.items() if k not in ("note",)}
    if kind == "plan":
        payload = {k: v for k, v in payload.items() if k in ("goal", "actions", "today")}
    try:
        from checker.bridge import run
        report = json.loads(run(kind, json.dumps(payload, ensure_ascii=False)))
    except Exception as exc:  # the page still builds; the log says why
        log.debug("rule_pages: could not run the checker on an example: %s", exc)
        return ""
    if not isinstance(report, dict) or "error" in report:
        return ""
    fired = any(f.get("rule") == rule["id"] for f in report.get("findings", []))
    criteria = report.get("criteria") or {}
    statuses = " · ".join(f"{k} {STATUS.get(v.get('status'), v.get('status'))}"
                          for k, v in criteria.items() if isinstance(v, dict))
    return f"检查器：{'触发本规则' if fired else '未触发本规则'}" + (f"；{statuses}" if statuses else "")


def example_list(rule: dict, key: str) -> str:
    lines = []
    for ex in (rule.get("examples") or {}).get(key, []):
        text = md_escape(ex.get("text", ""))
        extra = []
        if ex.get("role"):
            extra.append(f"岗位：{ex['role']}")
        if ex.get("today"):
            extra.append(f"参考日期：{ex['today']}")
        line = f"- **{text}**" + (f"（{'，'.join(extra)}）" if extra else "")
        if ex.get("note"):
            line += f"  \n  {md_escape(str(ex['note']))}"
        verdict = checker_verdict(rule, ex)
        if verdict:
            line += f"  \n  <small>{verdict}</small>"
        lines.append(line)
    return "\n".join(lines) or "（暂无）"


def rule_page(rule: dict) -> str:
    zh = lambda field: fill_placeholders(str((rule.get(field) or {}).get("zh", "")))  # noqa: E731
    en = lambda field: fill_placeholders(str((rule.get(field) or {}).get("en", "")))  # noqa: E731
    kind_name = kind_title(rule["kind"])
    level = LEVELS.get(rule.get("level"), rule.get("level"))
    return f"""---
description: "检查规则 {rule['id']}：{zh('title')}"
---

# {rule['id']}：{zh('title')}

| 规则编号 | 适用于 | 原则 | 级别 |
|---|---|---|---|
| `{rule['id']}` | {kind_name} | {criterion_label(rule)} | {level} |

## 它检查什么

{zh('message')}

**怎么改：**{zh('suggestion')}

## 为什么重要

{zh('why')}

## 反例

{example_list(rule, 'bad')}

## 更好的写法

{example_list(rule, 'good')}

??? note "English"

    **{en('title')}.** {en('message')}

    *Why:* {en('why')}

    *Fix:* {en('suggestion')}

[← 全部规则](index.md) · [检查你的目标](../tools/checker.md)
"""


def index_page(rules: list[dict]) -> str:
    parts = ["""---
description: 目标检查器的全部规则：每条规则检查什么、为什么重要、反例和更好的写法。
---

# 规则说明

检查器的每一条反馈都来自下面的一条规则。每条规则有固定的编号（例如 `T-no-deadline`），
反馈里的编号可以点开，看到这条规则检查什么、为什么重要，以及反例和更好的写法。
规则本身写在项目的 `checker/rules/*.yml` 里，本页由它们自动生成。
"""]
    for kind, groups in by_kind_and_criterion(rules):
        parts.append(f"\n## {kind_title(kind)}\n")
        for crit, of_crit in groups:
            parts.append(f"\n### {label_of(kind, crit)}\n\n| 规则 | 说明 | 级别 |\n|---|---|---|")
            for r in of_crit:
                title = fill_placeholders(r["title"]["zh"])
                parts.append(f"| [`{r['id']}`]({r['id'].lower()}.md) | {title} | {LEVELS.get(r['level'], r['level'])} |")
    return "\n".join(parts) + "\n"


def by_kind_and_criterion(rules: list[dict]) -> list:
    """[(kind, [(criterion, its rules by id), …]), …] in the order of kinds.yml; empty ones left out."""
    out = []
    for kind, spec in _kinds.items():
        groups = [(crit, sorted((r for r in rules if r["kind"] == kind and r["criterion"] == crit), key=lambda r: r["id"]))
                  for crit in spec["criteria"]]
        groups = [(crit, of_crit) for crit, of_crit in groups if of_crit]
        if groups:
            out.append((kind, groups))
    return out


def nav_section(rules: list[dict]) -> list:
    """The rules section of the nav: the index, then one subsection per kind and criterion."""
    section: list = [INDEX]
    for kind, groups in by_kind_and_criterion(rules):
        section.append({kind_title(kind): [{label_of(kind, crit): [{r["id"]: rule_path(r["id"])} for r in of_crit]}
                                           for crit, of_crit in groups]})
    return section


def _expand_nav(items) -> bool:
    """Replace the nav entry for rules/index.md with the full rules section."""
    for i, item in enumerate(items or []):
        if isinstance(item, dict):
            for title, value in item.items():
                if value == INDEX:
                    item[title] = nav_section(_rules)
                    return True
                if isinstance(value, list) and _expand_nav(value):
                    return True
        elif item == INDEX:
            items[i] = {"规则说明": nav_section(_rules)}
            return True
    return False


def on_config(config):
    global _rules, _kinds
    compiled = load_rules()
    _rules, _kinds = compiled["rules"], compiled["kinds"]
    if config.nav and not _expand_nav(config.nav):
        log.warning("rule_pages: mkdocs.yml nav has no '%s' entry, so the rule pages are not in the nav", INDEX)
    return config


def on_files(files, config):
    for path in [INDEX] + [rule_path(r["id"]) for r in _rules]:
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"rule_pages: docs/{path} exists but is generated from the rule YAML: remove it")
    files.append(File.generated(config, INDEX, content=index_page(_rules)))
    for rule in _rules:
        files.append(File.generated(config, rule_path(rule["id"]), content=rule_page(rule)))
    return files
