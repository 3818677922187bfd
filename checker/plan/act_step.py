"""ACT of PDCA: some action says what happens when the check shows a gap:
a trigger (如果/低于/未达标, if/below) and a correction (调整, retrain)."""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary


def _triggered(plan):
    return next((a for c, a in plan.corrections if c["kind"] == "triggered"), None)


@detector
def act_missing(plan):
    return [hit()] if not plan.corrections else None


@detector
def act_no_trigger(plan):
    """根据检查结果及时调整: a correction that does not say when it applies."""
    if not plan.corrections or _triggered(plan) is not None:
        return None
    c, a = plan.corrections[0]
    return [hit((a.start + c["span"][0], a.start + c["span"][1]), extra={"action": a.index}, word=c["word"])]


@summary
def act_summary(plan, status, findings):
    if status != "pass":
        return None
    n = _triggered(plan).index + 1
    return (f"第 {n} 条行动说明了发现差距时怎么办。" if plan.lang == "zh"
            else f"Action {n} says what happens when the check shows a gap.")
