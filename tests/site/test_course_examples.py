"""Every example the course teaches with agrees with the checker (hooks/course_examples.py,
hooks/example_check.py): declarations are held to the checker's statuses, on every date
when an example carries none, and a rewrite cannot slip onto a page undeclared."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from html import unescape
from pathlib import Path

import pytest
import yaml

from hooks.course_examples import page_examples, plain_text
from hooks.example_check import SWEEP, Example, check_example, check_examples, parse_declaration
from hooks.quiz_pages import bank_examples
from hooks.trainer_assets import replace_widget_fences
from quiz.banks import load_banks

ROOT = Path(__file__).resolve().parents[2]


def problems(markdown: str) -> list[str]:
    _, examples, found = page_examples(textwrap.dedent(markdown), "docs/x.md")
    return found + check_examples(examples)


def test_an_example_the_checker_disagrees_with_is_named_with_its_page_line_and_criterion():
    md = """\
    # 页面

    ```goal-example S=pass T=pass
    尽快提高服务质量
    ```
    """
    assert problems(md) == [
        "docs/x.md:3: 尽快提高服务质量: S got fail (declared pass, today 2026-01-01)",
        "docs/x.md:3: 尽快提高服务质量: T got fail (declared pass, today 2026-01-01)",
    ]


def test_an_example_that_holds_gives_no_problem_and_renders_as_its_quote():
    md = "```goal-example S=fail M=fail T=fail\n增强客户意识。\n```\n"
    rendered, examples, found = page_examples(md, "docs/x.md")
    assert found == [] and check_examples(examples) == []
    assert "> 增强客户意识。" in rendered and "goal-example" not in rendered


def test_without_a_reference_date_an_example_must_hold_on_every_date():
    # Halving complaints "by the end of the month" is fine on the 1st, not on the 30th.
    ex = Example("goal", "docs/x.md:1", "月底前把客户投诉率从4%降到2%", {"A": ("pass",)})
    [problem] = check_example(ex)
    assert problem.startswith("docs/x.md:1: 月底前把客户投诉率从4%降到2%: A got warn (declared pass, today 2026-")
    assert len(SWEEP) >= 36 and "2028-02-29" in SWEEP
    # A relative deadline that always leaves a year holds everywhere.
    assert check_example(Example("goal", "x", "一年内把客户投诉率从4%降到2%", {"A": ("pass",), "T": ("pass",)})) == []


def test_a_fixed_year_needs_the_date_it_was_written_on():
    ex = Example("goal", "docs/x.md:1", "2027年6月30日前通过英语四级考试", {"T": ("pass",)})
    assert "must carry today=" in check_example(ex)[0]
    ex.today = "2026-03-02"
    assert check_example(ex) == []
    # The same sentence read after its date: the deadline has passed.
    assert check_example(Example("goal", "x", "2012年6月25日之前完成手册修订", {"T": ("warn",)}, "2026-03-02")) == []


def test_a_rewrite_tab_that_quotes_its_example_fails():
    md = """\
    === "修改前"

        > 增强客户意识。

    === "修改后"

        ```goal-example S=pass
        前台接听电话做到三声起接
        ```

    === "为什么"

        > 为什么这一栏可以引用。
    """
    [problem] = problems(md)
    assert problem.startswith("docs/x.md:3: tab “修改前” quotes its example")


def test_tabs_without_a_rewrite_may_quote():
    md = '=== "控制式的做法"\n\n    > 经理年初把指标分给每个人。\n\n=== "参与式的做法"\n\n    > 员工先写草稿。\n'
    assert problems(md) == []


def test_a_model_answer_in_bold_must_become_a_fence():
    md = '??? question "“提高服务质量。”"\n\n    参考：**本月底前把投诉率降到2%。**\n'
    assert problems(md) == ["docs/x.md:3: a model answer in bold: write it as a goal-example fence that declares "
                            "what the checker finds"]


@pytest.mark.parametrize("md, message", [
    ("```goal-example\n增强客户意识\n```\n", "declare what the checker finds"),
    ("```goal-example X=pass\n增强客户意识\n```\n", "'X' is not a criterion of a goal example"),
    ("```goal-example S=great\n增强客户意识\n```\n", "a status is one of pass, warn, fail, unknown"),
    ("```star-example M=pass\n我负责……\n```\n", "'M' is not a criterion of a star example"),
    ("```plan-example who=pass\ngoal: x\n```\n", "needs `goal:` (text) and `actions:`"),
    ("```smart-checker\n增强客户意识\n```\n", "smart-checker: declare what the checker finds"),
])
def test_bad_declarations_say_what_is_wrong(md, message):
    [problem] = problems(md)
    assert problem.startswith("docs/x.md:1: ") and message in problem


def test_examples_a_tool_loads_declare_them_and_are_checked():
    md = """\
    ```checker-page
    examples:
      - {goal: 增强客户意识, expect: S=fail M=fail}
      - {goal: 尽快提高服务质量, expect: T=pass}
      - {goal: 前台三声起接, expect: ""}
    ```
    ```star-practice
    examples:
      - {text: 我负责……, expect: A=pass}
    ```
    """
    assert problems(textwrap.dedent(md)) == [
        "docs/x.md:1: example 3: expect: declare what the checker finds, e.g. S=pass",
        "docs/x.md:7: star-practice: example 1 needs `answer:` (text)",
        "docs/x.md:1: example 2: 尽快提高服务质量: T got fail (declared pass, today 2026-01-01)",
    ]


def test_a_star_answer_is_read_without_its_labels():
    assert plain_text("**情境**：去年门店排队很长。\n\n**任务**：我负责收银组。") == "去年门店排队很长。\n我负责收银组。"
    md = "```star-example T=fail A=fail\n我在门店工作期间，顾客投诉大幅减少，多次受到领导表扬。\n```\n"
    assert problems(md) == ["docs/x.md:1: 我在门店工作期间，顾客投诉大幅减少，多次受到领导…: "
                            "T got warn (declared fail)"]


def test_a_plan_example_is_a_table_that_carries_the_plan():
    md = textwrap.dedent("""\
        ```plan-example who=pass when=pass today=2026-11-10
        goal: 月底前把前台收银的平均用时降到每位顾客两分钟以内
        actions:
          - {how: 现场示范, who: 店长王丽, what: 每位收银员学会使用扫码枪, when: 11月15日前}
        ```
        """)
    rendered, examples, found = page_examples(md, "docs/x.md")
    assert found == [] and check_examples(examples) == []
    data = json.loads(unescape(re.search(r'data-plan-example="([^"]*)"', rendered).group(1)))
    assert data == {"goal": "月底前把前台收银的平均用时降到每位顾客两分钟以内", "today": "2026-11-10",
                    "rows": [{"how": "现场示范", "who": "店长王丽", "what": "每位收银员学会使用扫码枪",
                              "when": "11月15日前"}]}
    assert "<td>店长王丽</td>" in rendered
    # Actions as lines of text: a quote, checked all the same.
    md = "```plan-example who=pass\ngoal: 月底前把投诉率降到2%\nactions: [尽快培训收银员]\n```\n"
    rendered, examples, _ = page_examples(md, "docs/x.md")
    assert "> 行动：尽快培训收银员" in rendered
    assert check_examples(examples) == ["docs/x.md:1: 月底前把投诉率降到2%: who got fail (declared pass, today 2026-01-01)"]


def test_the_widget_ignores_declarations_but_not_unknown_options():
    out = replace_widget_fences("```smart-checker S=fail M=fail role=front-desk\n增强客户意识\n```\n", "x.md")
    assert 'data-role="front-desk"' in out and "S=fail" not in out


def test_every_page_declares_its_examples_and_they_hold():
    """What the build does for the real pages, counted: no problems, and the examples are there."""
    counts = {}
    found = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        where = page.relative_to(ROOT).as_posix()
        _, examples, problems_ = page_examples(page.read_text(encoding="utf-8"), where)
        found += problems_ + check_examples(examples)
        counts[where] = len(examples)
    assert found == []
    assert sum(counts.values()) >= 90, counts
    for page in ("docs/index.md", "docs/action-plan.md", "docs/tools/checker.md", "docs/tools/plan.md",
                 "docs/tools/star.md", "docs/star.md", "docs/pdca.md", "docs/workshop.md"):
        assert counts[page] > 0, page


def test_quiz_model_answers_and_diagnosed_goals_are_checked_too(tmp_path):
    banks, _ = load_banks()
    examples = bank_examples(banks)
    assert check_examples(examples) == []
    assert len([e for e in examples if e.where.endswith(": sample")]) >= 6
    bank = {"bank": "b", "title": "b", "questions": [
        {"id": "b-001", "type": "rewrite", "prompt": "改写", "goal": "增强客户意识", "criteria": ["S", "T"],
         "sample": "尽快把投诉率降到2%", "explanation": "…", "link": "index.md", "tags": ["S"], "difficulty": 1}]}
    (tmp_path / "b.yml").write_text(yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8")
    banks, _ = load_banks([tmp_path])
    [problem] = check_examples(bank_examples(banks))
    assert problem.endswith("b.yml: b-001: sample: 尽快把投诉率降到2%: T got fail (declared pass, today 2026-01-01)")


def test_rule_suggestions_propose_goals_that_pass():
    # The S-abstract-goal suggestion is shown on every abstract goal: its model must itself be a good goal.
    rules = yaml.safe_load((ROOT / "checker/rules/specific.yml").read_text(encoding="utf-8"))["rules"]
    suggestion = next(r for r in rules if r["id"] == "S-abstract-goal")["suggestion"]
    zh = re.search(r"改成“([^”]+)”", suggestion["zh"]).group(1)
    en = re.search(r': "([^"]+)"', suggestion["en"]).group(1)
    expect = {c: ("pass",) for c in "SMAT"}
    assert check_examples([Example("goal", "zh", zh, expect), Example("goal", "en", en, expect)]) == []


def test_the_real_build_fails_on_a_disagreeing_example(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(
        "# 首页\n\n=== \"修改后\"\n\n    ```goal-example T=pass\n    尽快提高服务质量\n    ```\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(textwrap.dedent(f"""\
        site_name: t
        markdown_extensions: [pymdownx.superfences, {{pymdownx.tabbed: {{alternate_style: true}}}}]
        hooks: [{ROOT / 'hooks' / 'course_examples.py'}]
        """), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode != 0
    assert "docs/index.md:5: 尽快提高服务质量: T got fail (declared pass, today 2026-01-01)" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


WORKSHOP = """\
# 工作坊

```workshop
example:
  role: front-desk
  above: {text: 今年把客户满意度提高到90%以上, expect: S=pass T=pass}
  goals:
    - goal: 三个月内把投诉率降到2%
      baseline: 投诉率4%
      expect: A=pass T=pass
      actions:
        - {how: 整理投诉记录, who: 我, what: 一张投诉原因表, when: 两周内}
      plan_expect: who=pass check=pass
      checks:
        - {after_days: 30, look: 投诉率和3%比, ifoff: 请主管一起复盘}
```
"""


def test_the_workshop_example_is_checked_as_the_workshop_sends_it():
    from hooks.widget_html import checked_goal_text
    _, examples, found = page_examples(WORKSHOP, "docs/w.md")
    assert found == []
    assert [(e.kind, e.where) for e in examples] == [
        ("goal", "docs/w.md:3: above"), ("goal", "docs/w.md:3: goal 1"), ("plan", "docs/w.md:3: goal 1's plan")]
    # With its baseline the goal is checked as the page sends it, so A can be judged.
    assert examples[1].text == checked_goal_text("三个月内把投诉率降到2%", "投诉率4%") == "目前投诉率4%，三个月内把投诉率降到2%"
    assert examples[1].role == "front-desk"
    # The plan has no check step: its declaration is held to the plan checker.
    assert check_examples(examples) == [
        "docs/w.md:3: goal 1's plan: 目前投诉率4%，三个月内把投诉率降到2%: check got fail (declared pass, today 2026-01-01)"]


@pytest.mark.parametrize("body, message", [
    ("example:\n  goals: []\n", "`goals:` lists 1 to 3 goals"),
    ("example:\n  goals:\n    - {goal: 月底前交报告, expect: T=pass, actions: [{who: 我}]}\n", "needs `plan_expect:`"),
    ("example:\n  goals:\n    - {goal: 月底前交报告, expect: T=pass, checks: [{date: 2026-01-01}]}\n", "{after_days, look, ifoff}"),
    ("examples: []\n", "holds `example:` and nothing else"),
])
def test_a_broken_workshop_block_says_what_is_wrong(body, message):
    _, _, found = page_examples(f"```workshop\n{body}```\n", "docs/w.md")
    assert len(found) == 1 and message in found[0], found


def test_checked_goal_text_puts_the_baseline_where_the_checker_reads_it():
    from checker import check_goal
    from hooks.widget_html import checked_goal_text
    assert checked_goal_text("三个月内把投诉率降到2%", "") == "三个月内把投诉率降到2%"
    assert checked_goal_text("三个月内把投诉率降到2%", "现在：投诉率4%") == "目前投诉率4%，三个月内把投诉率降到2%"
    assert checked_goal_text("Cut complaints to 2% by June 30", "4%") == "Currently 4%, Cut complaints to 2% by June 30"
    for goal, baseline in (("三个月内把投诉率降到2%", "投诉率4%"), ("Cut complaints to 2% by June 30", "4%")):
        before = check_goal(goal, today="2026-01-05")["criteria"]["A"]["status"]
        after = check_goal(checked_goal_text(goal, baseline), today="2026-01-05")["criteria"]["A"]["status"]
        assert (before, after) == ("unknown", "pass"), goal
