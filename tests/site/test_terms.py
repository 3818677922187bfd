"""One set of names for the SMART criteria and the PDCA steps everywhere a learner reads them.

The criterion names are the checker's own (checker/rules/kinds.yml: 具体, 可衡量, 可实现,
相关, 有时限); PDCA is 计划 Plan, 执行 Do, 检查 Check, 处理 Action. The glossary, the quiz
banks and their UI names, the plan builder and the pages use these, and none of the
variants that once drifted in (明确性, 衡量性, 时限性; 纠正 Act)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from quiz.banks import load_banks
from quiz.schema import SMART_NAMES

ROOT = Path(__file__).resolve().parents[2]
CRITERIA = {c: v["name"]["zh"] for c, v in
            yaml.safe_load((ROOT / "checker/rules/kinds.yml").read_text(encoding="utf-8"))["kinds"]["goal"]["criteria"].items()}
ENGLISH = {"S": "Specific", "M": "Measurable", "A": "Attainable", "R": "Relevant", "T": "Time-bound"}
PDCA = {"P": ("计划", "Plan"), "D": ("执行", "Do"), "C": ("检查", "Check"), "A": ("处理", "Action")}

# Variants, with why they are wrong.
DRIFT = {
    r"明确性|衡量性|时限性": "the criteria are 具体, 可衡量, 有时限",
    r"(?<![A-Za-z])[SMART]\s*[·:：]?\s*(?:明确|衡量|时限)(?![\u4e00-\u9fff])": "a criterion named by a variant",
    r"(?<![A-Za-z])A\s*可实现性|(?<![A-Za-z])R\s*相关性": "the criteria are A 可实现, R 相关",
    r"(?<![A-Za-z])Act(?![A-Za-z])": "PDCA's A is Action (处理)",
    r"纠正\s*[（(]?Act|A\s*纠正|实施\s*[（(]Action": "PDCA's A is 处理 (Action)",
}


def texts():
    """(file, text) for what learners read: pages, banks, glossary tooltips, trainer scripts, rule texts."""
    files = [*sorted((ROOT / "docs").rglob("*.md")), *sorted((ROOT / "quiz/banks").glob("*.yml")),
             ROOT / "includes/abbreviations.md", *sorted((ROOT / "docs/assets").rglob("*.js")),
             *sorted((ROOT / "checker/rules").glob("*.yml")), ROOT / "quiz/schema.py",
             *sorted((ROOT / "docs/assets/diagrams").glob("*.svg"))]
    for f in files:
        yield f.relative_to(ROOT).as_posix(), f.read_text(encoding="utf-8")


@pytest.mark.parametrize("pattern", DRIFT)
def test_no_variant_names(pattern):
    found = [f"{name}: {m.group(0)!r}" for name, text in texts() for m in re.finditer(pattern, text)]
    assert found == [], DRIFT[pattern]


def test_quiz_names_the_criteria_as_the_checker_does():
    assert {c: n.split(" ")[0] for c, n in SMART_NAMES.items()} == CRITERIA
    assert {c: n.split(" ")[1] for c, n in SMART_NAMES.items()} == ENGLISH
    banks, _ = load_banks()
    titles = {b.id: b.title for b in banks}
    for c in "SMART":
        assert titles[f"smart-{c.lower()}"] == f"SMART · {c} {CRITERIA[c]}"


def test_glossary_and_overview_define_the_same_names():
    glossary = (ROOT / "docs/glossary.md").read_text(encoding="utf-8")
    overview = (ROOT / "docs/smart/index.md").read_text(encoding="utf-8")
    for c, name in CRITERIA.items():
        assert f"{ENGLISH[c]}（{c}，{name}）" in glossary, c
        assert f"| {c} | {ENGLISH[c]} | {name} |" in overview, c
    for letter, (zh, en) in PDCA.items():
        assert f"{en}（{letter}，{zh}）" in glossary, letter


def test_pdca_names_on_the_pdca_page_the_plan_builder_and_the_tooltip():
    pdca = (ROOT / "docs/pdca.md").read_text(encoding="utf-8")
    from hooks.widget_html import PDCA as builder_pdca
    builder = {letter: name for _, letter, name, _ in builder_pdca}
    tooltip = (ROOT / "includes/abbreviations.md").read_text(encoding="utf-8")
    for letter, (zh, en) in PDCA.items():
        assert f"| {letter} {zh} | {en} |" in pdca, letter
        assert builder[letter] == f"{zh} {en}", letter   # the plan builder's PDCA view (hooks/widget_html.py)
        assert f"{en} {zh}" in tooltip, letter
