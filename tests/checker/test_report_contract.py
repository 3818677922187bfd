"""Every report the test tables produce (goals, plans, STAR answers, rule
examples) keeps the contract in checker/REPORT.md: it is valid against
checker/report.schema.json, its spans are inside its text, and each
criterion's status is the one its findings imply."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from checker import data_loader
from checker.engine import kinds
from tests.snapshots.inputs import all_inputs, run

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "checker" / "report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SEVERITY = {"error": 3, "warning": 2, "info": 1}
STATUS = {3: "fail", 2: "warn", 1: "unknown", 0: "pass"}
REPORTS = [(key, kind, run(kind, payload)) for key, kind, payload in all_inputs(rule_examples=True)]
REPORTS = [(key, kind, report) for key, kind, report in REPORTS if "error" not in report]


def test_the_schema_itself_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_kind_is_covered():
    assert {r["kind"] for _, _, r in REPORTS} == set(kinds.all_kinds()) == {"goal", "plan", "star"}
    assert len(REPORTS) > 700


def _spans(report):
    """Every (where, span) pair of a report: findings and facts."""
    for i, f in enumerate(report["findings"]):
        yield f"findings[{i}]", f["span"]
    facts = report["facts"]
    if report["kind"] == "goal":
        if facts["deadline"]:
            yield "facts.deadline", facts["deadline"]["span"]
        for name in ("metrics", "changes"):
            for i, item in enumerate(facts[name]):
                yield f"facts.{name}[{i}]", item["span"]
    elif report["kind"] == "plan":
        for i, action in enumerate(facts["actions"]):
            yield f"facts.actions[{i}]", action["span"]
            for part in ("who", "what", "when", "how"):
                yield f"facts.actions[{i}].{part}", action[part]["span"]
    else:
        for i, sentence in enumerate(facts["sentences"]):
            yield f"facts.sentences[{i}]", sentence["span"]


@pytest.mark.parametrize("key, kind, report", REPORTS, ids=[k for k, _, _ in REPORTS])
def test_report_keeps_the_contract(key, kind, report):
    errors = sorted(VALIDATOR.iter_errors(report), key=lambda e: list(e.path))
    assert not errors, f"{key}: {errors[0].message} at {list(errors[0].path)}"
    assert report["kind"] == kind
    text = report["text"]
    for where, span in _spans(report):
        if span is not None:
            assert 0 <= span[0] <= span[1] <= len(text), (where, span, len(text))
    assert list(report["criteria"]) == kinds.criteria(kind), "criteria in the order of kinds.yml"
    for f in report["findings"]:
        rule = data_loader.rule(f["rule"])
        assert (f["criterion"], f["level"], f["doc"]) == (rule["criterion"], rule["level"], f"rules/{f['rule'].lower()}/")
    for criterion, c in report["criteria"].items():
        counts = [f for f in report["findings"]
                  if criterion in (data_loader.rule(f["rule"])["criterion"], *data_loader.rule(f["rule"]).get("also", ()))]
        assert c["status"] == STATUS[max((SEVERITY[f["level"]] for f in counts), default=0)], criterion
        assert c["name"] == kinds.criterion_name(kind, criterion, report["lang"])
    statuses = [c["status"] for c in report["criteria"].values()]
    assert report["verdict"] == ("revise" if {"warn", "fail"} & set(statuses) else "pass")
    judged = [{"pass": 1, "warn": 0.5, "fail": 0}[s] for s in statuses if s != "unknown"]
    assert report["score"] == (round(100 * sum(judged) / len(judged)) if judged else 0)


@pytest.mark.parametrize("break_it", [
    lambda r: r["findings"][0].pop("doc"),
    lambda r: r.update(score=101),
    lambda r: r["criteria"].pop("T"),
    lambda r: r["criteria"]["S"].update(status="maybe"),
    lambda r: r["facts"].update(surprise=1),
    lambda r: r["facts"]["changes"][0].update(span=[1]),
])
def test_the_schema_refuses_a_broken_report(break_it):
    report = run("goal", {"text": "月底前把客户投诉率从4%降到2%", "today": "2026-11-23"})
    assert VALIDATOR.is_valid(report)
    break_it(report)
    assert not VALIDATOR.is_valid(report)
