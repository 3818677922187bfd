"""`python -m checker report`: a class with bad lines, through the real CLI.
The CSV is read back with the csv module, the HTML with lxml and in
Chromium (offline, no request but the file itself)."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from checker import check_goal
from checker.plan import check_plan
from checker.star import check_star

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-23"
CLASS = [
    {"id": "s01", "name": "王小明", "text": "本学期末前把英语四级成绩从420分提高到500分", "role": "student"},
    {"id": "s02", "name": "李华", "text": "我要减肥"},
    {"id": "s03", "name": "<script>alert(1)</script>", "text": "Pass the CET-4 exam by June 30 <img src=x>", "role": "student"},
    "not json",
    "",
    {"id": "s06", "name": "陈静", "text": "尽快提高服务质量"},
    {"id": "s07", "name": "=HYPERLINK(\"http://x\")", "text": "每天背30个英语单词，三个月内背完四级词汇", "role": "student"},
    {"id": "s08", "text": ""},
]


def _write_jsonl(path: Path, lines) -> Path:
    path.write_text("\n".join(l if isinstance(l, str) else json.dumps(l, ensure_ascii=False) for l in lines) + "\n",
                    encoding="utf-8")
    return path


def report(tmp_path, lines, *flags):
    src = _write_jsonl(tmp_path / "class.jsonl", lines)
    out_html, out_csv = tmp_path / "report.html", tmp_path / "report.csv"
    proc = subprocess.run([sys.executable, "-m", "checker", "report", *flags, "--jsonl", str(src), "--html", str(out_html),
                           "--csv", str(out_csv), "--today", TODAY], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    with open(out_csv, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows, out_html.read_text(encoding="utf-8"), out_html


def test_every_line_is_a_csv_row_with_the_checkers_own_statuses(tmp_path):
    rows, _, _ = report(tmp_path, CLASS)
    assert [int(r["line"]) for r in rows] == list(range(1, len(CLASS) + 1))
    for line, row in zip(CLASS, rows):
        if isinstance(line, str) or not line["text"]:
            assert row["error"] and not row["S"], row
            continue
        expected = check_goal(line["text"], today=TODAY, role=line.get("role"))
        assert [row[k] for k in "SMART"] == [expected["criteria"][k]["status"] for k in "SMART"]
        assert row["score"] == str(expected["score"])
        assert row["rules"].split() == [f["rule"] for f in expected["findings"]]
    assert [r["error"].split(":")[0] for r in rows if r["error"]] == ["bad-json", "empty-line", "empty-text"]
    assert rows[6]["name"].startswith("'=")  # a formula in a name stays text in a spreadsheet


def test_the_html_holds_the_class_and_every_bad_line(tmp_path):
    _, page, _ = report(tmp_path, CLASS)
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//script") and not doc.xpath("//img") and not doc.xpath("//link")
    assert not [a for a in doc.xpath("//@src | //@href") if a.startswith(("http", "//"))]
    students = doc.xpath("//details")
    assert len(students) == 5
    assert "<script>alert(1)</script>" in students[2].text_content()  # shown as text, escaped
    bad = [li.text_content() for li in doc.xpath("//ul[@class='bad']/li")]
    assert [b.split("：")[0].split(":")[0] for b in bad] == ["第 4 行", "第 5 行", "第 8 行 · s08"]
    heat = doc.xpath("//svg[@aria-labelledby='heatmap-title']//rect")
    assert len(heat) == 5 * 5
    fails = [g.xpath("string(title)") for g in doc.xpath("//svg[@aria-labelledby='heatmap-title']/g")
             if g.xpath("string(text)") == "✗"]
    assert "李华 · S 具体: 不通过" in fails
    bars = doc.xpath("//svg[@aria-labelledby='findings-title']/text")
    assert "(A-no-baseline)" in bars[0].text and bars[1].text == "4"  # the most common first, with its count


@pytest.mark.parametrize("flag, lines, check", [
    ("--plan", [{"id": "p1", "goal": "月底前把投诉率从4%降到2%", "actions": ["店长王丽11月27日前现场示范培训收银员"]}, "[1]"],
     lambda l: check_plan(l["goal"], l["actions"], today=TODAY)),
    ("--star", [{"id": "a1", "text": "去年门店排队很长。店长让我负责收银。我重新排了班。结果等待从8分钟降到3分钟。"}, "{}"],
     lambda l: check_star(l["text"])),
])
def test_plans_and_star_answers_make_the_same_report(tmp_path, flag, lines, check):
    rows, page, _ = report(tmp_path, lines, flag)
    expected = check(lines[0])
    keys = list(expected["criteria"])
    assert list(rows[0])[3:3 + len(keys)] == keys
    assert [rows[0][k] for k in keys] == [expected["criteria"][k]["status"] for k in keys]
    assert rows[1]["error"].startswith("bad-payload")
    assert len(lxml_html.fromstring(page).xpath("//details")) == 1


def test_the_report_opens_offline_in_a_browser(tmp_path, browser):
    _, _, path = report(tmp_path, CLASS)
    context = browser.new_context(offline=True)
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    assert page.locator("h1").inner_text().startswith("班级报告")
    page.locator("details summary").first.click()
    assert page.locator("details[open] li").count() == 5
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    context.close()
    assert requests == [path.as_uri()]
