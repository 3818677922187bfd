"""What the four per-action criteria (who, what, when, how) share: the hit
of one action's part, and the summary that names the actions to revise."""
from __future__ import annotations

from checker.engine import kinds
from checker.engine.registry import hit

_EN_PHRASE = {"who": "who owns it", "what": "what it delivers", "when": "when it is done", "how": "how it is done"}


def part_hit(action, part: str, **params):
    """A finding about one action's part: underlined where the part is, else the whole action."""
    return hit(action.span_of(part), extra={"action": action.index, "field": part}, **params)


def part_word(action, part: str) -> str:
    return action.part(part)["word"]


def actions_reading(plan, part: str, kinds, word: bool = False) -> list:
    """A hit for every action whose `part` was read as one of `kinds`
    (with the words read as the message's {word} when `word`)."""
    return [part_hit(a, part, **({"word": part_word(a, part)} if word else {}))
            for a in plan.actions if a.part(part)["kind"] in kinds]


def actions_summary(plan, part: str, status: str, findings: list) -> str:
    """每条行动都写明了谁负责（3 条） / 第 1、3 条行动的“谁负责”需要修改。"""
    zh = plan.lang == "zh"
    if not plan.actions:
        return "还没有行动。" if zh else "No actions yet."
    name = kinds.criterion_name("plan", part, plan.lang)
    if status == "pass":
        n = len(plan.actions)
        return f"每条行动都写明了{name}（{n} 条）。" if zh else f"Every action ({n}) says {_EN_PHRASE[part]}."
    bad = sorted({f["action"] + 1 for f in findings if f.get("action") is not None})
    if zh:
        return f"第 {'、'.join(map(str, bad))} 条行动的“{name}”需要修改。"
    many = len(bad) > 1
    return f"{name}: action{'s' if many else ''} {', '.join(map(str, bad))} need{'' if many else 's'} work."
