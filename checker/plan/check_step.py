"""CHECK of PDCA: some action reviews progress, on a concrete cadence,
against something it compares (pdca.review_of reads each line)."""
from __future__ import annotations

from checker.engine.registry import detector, hit, summary


@detector
def check_missing(plan):
    return [hit()] if plan.best_review() is None else None


def _best_lacks(plan, key: str):
    best = plan.best_review()
    if best is None or best[0][key]:
        return None
    return [hit(best[1].span, extra={"action": best[1].index})]


@detector
def check_no_cadence(plan):
    """The review says 定期 or nothing: not when it happens."""
    return _best_lacks(plan, "cadence")


@detector
def check_no_comparison(plan):
    """The review does not say what it compares progress with."""
    return _best_lacks(plan, "compare")


@summary
def check_summary(plan, status, findings):
    if status != "pass":
        return None
    review, action = plan.best_review()
    n = action.index + 1
    return (f"第 {n} 条行动是检查：{review['cadence']}，{review['compare']}。" if plan.lang == "zh"
            else f"Action {n} is the review: {review['cadence']}, {review['compare']}.")
