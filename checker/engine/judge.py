"""Run the detectors of one kind over one parsed input, and make each
finding from its rule's data (id, criterion, level, texts, doc link).

For each criterion, in the order of checker/rules/kinds.yml, its rules run
in the order of their `precedence` (then id). A criterion whose `pick` is
`first` stops at its first rule that fires: which T finding wins is data
(the rules' precedence), not the order of `if` branches.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from checker import data_loader
from checker.engine import kinds
from checker.engine.registry import DETECTORS, Hit

SEVERITY = {"error": 3, "warning": 2, "info": 1}


class _Params(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(template: str, params: dict) -> str:
    """A message template with its {fields} filled; unknown fields stay as written."""
    if "{" not in template:
        return template
    try:
        return template.format_map(_Params(params))
    except (ValueError, IndexError):
        return template


def rule_order(rule: dict) -> tuple:
    return (rule.get("precedence", 1000), rule["id"])


class Check:
    """One rule of a kind as the judge runs it: its detector, and what every
    finding of it carries (texts by language, the criteria it counts for,
    its place in the report's order)."""
    __slots__ = ("rule_id", "detect", "criterion", "level", "severity", "rank", "doc", "texts", "counts_for")

    def __init__(self, rule: dict, detect, rank: int):
        self.rule_id, self.detect = rule["id"], detect
        self.criterion, self.level, self.severity = rule["criterion"], rule["level"], SEVERITY[rule["level"]]
        self.rank = rank  # the criterion's place in the kind's order
        self.doc = f"rules/{rule['id'].lower()}/"
        self.texts = {lang: (rule["title"][lang], rule["message"][lang], rule["suggestion"][lang]) for lang in ("zh", "en")}
        self.counts_for = (rule["criterion"], *rule.get("also", ()))

    def finding(self, lang: str, found: Hit, to_text=None) -> dict:
        """`to_text` maps a span of the subject's reading to the report's text (ParsedGoal.original_span)."""
        title, message, suggestion = self.texts[lang]
        span, params, extra = found
        if span is not None and to_text is not None:
            span = to_text(span)
        finding = {
            "rule": self.rule_id,
            "criterion": self.criterion,
            "level": self.level,
            "title": title,
            "message": fill(message, params),
            "span": [int(span[0]), int(span[1])] if span is not None else None,
            "suggestion": fill(suggestion, params),
            "doc": self.doc,
        }
        if extra:
            finding.update(extra)
        return finding


@lru_cache(maxsize=8)
def plan_of(kind_name: str) -> tuple:
    """((criterion, pick first?, ((detector, Check), ...)), ...) for one kind, built once."""
    spec = kinds.kind(kind_name)
    rules = [r for r in data_loader.rule_data()["rules"] if r["kind"] == kind_name]
    plan = []
    for rank, (criterion, crit) in enumerate(spec["criteria"].items()):
        importlib.import_module(crit["module"])  # its detectors register themselves on import
        own = sorted((r for r in rules if r["criterion"] == criterion), key=rule_order)
        checks = tuple(Check(r, DETECTORS[f"{crit['module']}:{r['detector']}"], rank) for r in own)
        plan.append((criterion, crit.get("pick", "all") == "first", tuple((c.detect, c) for c in checks)))
    return tuple(plan)


class Judgement:
    """The findings of one input in judge order; for each criterion the ones
    that count for it (its own and those whose rule lists it in `also`), and
    the first of the most severe of them, which decides its status; and the
    report's order of the findings (position, criterion, most severe first)."""
    __slots__ = ("findings", "by_criterion", "worst", "order")

    def __init__(self):
        self.findings: list[dict] = []
        self.by_criterion: dict[str, list[dict]] = {}
        self.worst: dict[str, dict] = {}
        self.order: list[tuple] = []

    def add(self, check: Check, found: list, lang: str, to_text=None) -> None:
        made = [check.finding(lang, h, to_text) for h in found]
        for f in made:
            span = f["span"]
            self.order.append((span is None, span[0] if span else 0, check.rank, -check.severity, len(self.findings)))
            self.findings.append(f)
        for criterion in check.counts_for:
            self.by_criterion.setdefault(criterion, []).extend(made)
            worst = self.worst.get(criterion)
            if worst is None or check.severity > SEVERITY[worst["level"]]:
                self.worst[criterion] = made[0]

    def in_report_order(self) -> list[dict]:
        return [self.findings[key[-1]] for key in sorted(self.order)]


def judge(kind_name: str, subject) -> Judgement:
    """Every finding of `subject` (a parsed input with .lang)."""
    judgement = Judgement()
    lang = subject.lang
    to_text = getattr(subject, "original_span", None)  # a subject that reads another form of its text
    for _, first_only, checks in plan_of(kind_name):
        for detect, check in checks:
            found = detect(subject)
            if found:
                judgement.add(check, found, lang, to_text)
                if first_only:
                    break
    return judgement
