"""A class's reports as a CSV table and as one self-contained HTML page.

Input: Row objects, one per input line, in order (a report, or the error
that line got). Nothing is dropped: a bad line is a row too, listed with
its reason. The HTML has no script and no outside reference (styles inline,
charts as inline SVG), so it opens offline from a file or an e-mail; every
text from the input is escaped.
"""
from __future__ import annotations

import csv
import html
from collections import Counter
from dataclasses import dataclass

from checker.engine.kinds import criteria, criterion_names, kind

STATUSES = ("pass", "warn", "fail", "unknown")
MARKS = {"pass": "✓", "warn": "!", "fail": "✗", "unknown": "?"}
COLOURS = {"pass": "#1b7f3b", "warn": "#a15c00", "fail": "#b3261e", "unknown": "#5f6368"}  # 4.5:1 on white
TOP_FINDINGS = 10

LABELS = {
    "zh": {"lang": "zh", "heading": "班级报告：{kind}", "counts": "共 {n} 行：检查了 {checked} 份，{bad} 行无法检查。",
           "bad": "无法检查的行", "summary": "各项概况", "heatmap": "每人每项的结果", "findings": "最常见的问题",
           "each": "每个人的报告", "criterion": "项目", "pass": "通过", "warn": "待改进", "fail": "不通过",
           "unknown": "无法判断", "score": "得分", "line": "第 {n} 行", "no_findings": "没有发现问题。",
           "none_bad": "每一行都检查了。"},
    "en": {"lang": "en", "heading": "Class report: {kind}", "counts": "{n} lines: {checked} checked, {bad} could not be checked.",
           "bad": "Lines that could not be checked", "summary": "Summary by criterion",
           "heatmap": "Each student by criterion", "findings": "Most common findings", "each": "Each student's report",
           "criterion": "Criterion", "pass": "pass", "warn": "warn", "fail": "fail", "unknown": "unknown",
           "score": "score", "line": "line {n}", "no_findings": "No findings.", "none_bad": "Every line was checked."},
}


@dataclass
class Row:
    line: int
    report: dict | None = None   # the report, or None when the line got an error
    error: dict | None = None    # {"code", "message"} of the line's error
    id: str = ""
    name: str = ""

    @property
    def who(self) -> str:
        return self.name or self.id or ""


def _text(value) -> str:
    return "" if value is None else str(value)


# --- CSV ---------------------------------------------------------------------
def write_csv(rows: list[Row], kind_name: str, path) -> None:
    """One row per input line: line, id, name, each criterion's status,
    score, verdict, the rule ids found, and the error of a bad line."""
    keys = criteria(kind_name)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:  # the BOM lets Excel read UTF-8
        out = csv.writer(handle)
        out.writerow(["line", "id", "name", *keys, "score", "verdict", "rules", "error"])
        for row in rows:
            r = row.report or {}
            statuses = [(r.get("criteria", {}).get(k) or {}).get("status", "") for k in keys]
            rules = " ".join(f["rule"] for f in r.get("findings", []))
            error = f"{row.error['code']}: {row.error['message']}" if row.error else ""
            out.writerow([row.line, _safe_cell(row.id), _safe_cell(row.name), *statuses, r.get("score", ""),
                          r.get("verdict", ""), rules, _safe_cell(error)])


def _safe_cell(value: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @ first) is kept as text."""
    value = _text(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# --- HTML --------------------------------------------------------------------
def render_html(rows: list[Row], kind_name: str, lang: str, title: str = "") -> str:
    t = LABELS[lang]
    keys = criteria(kind_name)
    names = criterion_names(kind_name, lang)
    checked = [row for row in rows if row.report is not None]
    bad = [row for row in rows if row.report is None]
    heading = title or t["heading"].format(kind=kind(kind_name)["title"][lang])
    counts = t["counts"].format(n=len(rows), checked=len(checked), bad=len(bad))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(heading)}</title><style>{_CSS}</style></head><body><main>",
        f"<h1>{_e(heading)}</h1><p>{_e(counts)}</p>",
        _summary_table(checked, keys, names, t),
        _heatmap(checked, keys, names, t),
        _findings_chart(checked, t),
        _bad_lines(bad, t),
        f"<h2>{_e(t['each'])}</h2>",
        *(_one_report(row, keys, names, t) for row in checked),
        "</main></body></html>",
    ]
    return "\n".join(parts)


def _e(value) -> str:
    return html.escape(_text(value), quote=True)


def _status(report: dict, key: str) -> str:
    status = (report.get("criteria", {}).get(key) or {}).get("status")
    return status if status in STATUSES else "unknown"


def _summary_table(checked, keys, names, t) -> str:
    head = "".join(f'<th scope="col">{MARKS[s]} {_e(t[s])}</th>' for s in STATUSES)
    body = []
    for key in keys:
        c = Counter(_status(row.report, key) for row in checked)
        cells = "".join(f"<td>{c[s]}</td>" for s in STATUSES)
        body.append(f'<tr><th scope="row">{_e(key)} {_e(names[key])}</th>{cells}</tr>')
    return (f"<h2>{_e(t['summary'])}</h2><table><thead><tr><th scope=\"col\">{_e(t['criterion'])}</th>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def _heatmap(checked, keys, names, t) -> str:
    """Students down, criteria across; each cell's colour and mark say its status."""
    if not checked:
        return ""
    cell, label_w, top = (28 if len(checked) <= 60 else 18), 190, 30  # a big class stays a page or two tall
    width, height = label_w + cell * len(keys) + 4, top + cell * len(checked) + 4
    out = [f'<h2>{_e(t["heatmap"])}</h2>',
           f'<svg role="img" aria-labelledby="heatmap-title" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
           f'<title id="heatmap-title">{_e(t["heatmap"])}</title>']
    for j, key in enumerate(keys):
        x = label_w + j * cell + cell / 2
        out.append(f'<text x="{x}" y="{top - 10}" text-anchor="middle" class="head">{_e(key)}</text>')
    for i, row in enumerate(checked):
        y = top + i * cell
        who = row.who or t["line"].format(n=row.line)
        out.append(f'<text x="{label_w - 8}" y="{y + cell * 0.65}" text-anchor="end">{_e(_short(who, 16))}</text>')
        for j, key in enumerate(keys):
            status = _status(row.report, key)
            x = label_w + j * cell
            out.append(f'<g><title>{_e(who)} · {_e(key)} {_e(names[key])}: {_e(t[status])}</title>'
                       f'<rect x="{x + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" fill="{COLOURS[status]}"/>'
                       f'<text x="{x + cell / 2}" y="{y + cell * 0.68}" text-anchor="middle" class="mark">{MARKS[status]}</text></g>')
    out.append("</svg>")
    return "".join(out)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _findings_chart(checked, t) -> str:
    """The most common findings as horizontal bars, with their counts."""
    counts: Counter = Counter()
    titles: dict[str, str] = {}
    for row in checked:
        for rule in {f["rule"]: f for f in row.report.get("findings", [])}.values():  # once per student
            counts[rule["rule"]] += 1
            titles.setdefault(rule["rule"], rule.get("title") or "")
    if not counts:
        return f"<h2>{_e(t['findings'])}</h2><p>{_e(t['no_findings'])}</p>"
    top = counts.most_common(TOP_FINDINGS)
    most = top[0][1]
    bar_x, bar_w, line_h = 330, 300, 26
    height = line_h * len(top) + 6
    out = [f"<h2>{_e(t['findings'])}</h2>",
           f'<svg role="img" aria-labelledby="findings-title" width="{bar_x + bar_w + 60}" height="{height}" '
           f'viewBox="0 0 {bar_x + bar_w + 60} {height}"><title id="findings-title">{_e(t["findings"])}</title>']
    for i, (rule, n) in enumerate(top):
        y = i * line_h + 4
        w = max(2, round(bar_w * n / most))
        out.append(f'<text x="{bar_x - 8}" y="{y + 16}" text-anchor="end">{_e(_short(titles[rule], 14))} ({_e(rule)})</text>'
                   f'<rect x="{bar_x}" y="{y + 3}" width="{w}" height="{line_h - 8}" fill="#3b5ba9"/>'
                   f'<text x="{bar_x + w + 6}" y="{y + 16}">{n}</text>')
    out.append("</svg>")
    return "".join(out)


def _bad_lines(bad, t) -> str:
    if not bad:
        return f"<h2>{_e(t['bad'])}</h2><p>{_e(t['none_bad'])}</p>"
    items = "".join(f"<li>{_e(t['line'].format(n=row.line))}{' · ' + _e(row.who) if row.who else ''}: "
                    f"<code>{_e(row.error['code'])}</code> {_e(_message(row.error, t['lang']))}</li>" for row in bad)
    return f'<h2>{_e(t["bad"])}</h2><ul class="bad">{items}</ul>'


def _message(error: dict, lang: str) -> str:
    return error.get(f"message_{lang}") or error.get("message", "")


def _one_report(row: Row, keys, names, t) -> str:
    r = row.report
    who = row.who or t["line"].format(n=row.line)
    marks = " ".join(f"{_e(k)}{MARKS[_status(r, k)]}" for k in keys)
    items = []
    for key in keys:
        c = r.get("criteria", {}).get(key) or {}
        status = _status(r, key)
        items.append(f'<li><span class="st st-{status}">{MARKS[status]} {_e(key)} {_e(names[key])}</span> '
                     f'{_e(c.get("summary"))}</li>')
    findings = "".join(f'<li><code>{_e(f["rule"])}</code> {_e(f.get("message"))}'
                       + (f'<br><span class="try">{_e(f.get("suggestion"))}</span>' if f.get("suggestion") else "")
                       + "</li>" for f in r.get("findings", []))
    score = f" · {_e(t['score'])} {_e(r.get('score'))}" if "score" in r else ""
    return (f'<details><summary><strong>{_e(who)}</strong> · {_e(t["line"].format(n=row.line))}{score} · {marks}</summary>'
            f'<blockquote>{_e(r.get("text"))}</blockquote><ul>{"".join(items)}</ul>'
            + (f'<ol class="findings">{findings}</ol>' if findings else "") + "</details>")


_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f;margin:0;line-height:1.5}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:center}
th[scope=row]{text-align:left}svg{max-width:100%;height:auto;font-size:13px}svg text{fill:#1f1f1f}
svg text.mark{fill:#fff;font-weight:bold}svg text.head{font-weight:bold}
details{border:1px solid #ddd;border-radius:4px;margin:.4rem 0;padding:.3rem .7rem}summary{cursor:pointer}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:4px solid #3b5ba9;background:#f5f7fb;white-space:pre-wrap}
.st{font-weight:bold}.st-pass{color:#1b7f3b}.st-warn{color:#a15c00}.st-fail{color:#b3261e}.st-unknown{color:#5f6368}
.try{color:#444}ul.bad li{margin:.2rem 0}code{background:#f1f1f1;padding:0 .2rem}
@media print{details{break-inside:avoid}details>*{display:block}}
"""

