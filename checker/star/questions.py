"""Follow-up questions an interviewer would ask after hearing the answer.

One question per gap the checker found, then the standard probes of a
structured interview for the parts that are there (why this method, what
was hard, what was your share). The list is short: the first few matter.
"""
from __future__ import annotations

# In the order they are asked: the parts missing first, then what is thin.
_BY_GAP = {
    "STAR-no-situation": ("S", "当时是什么情况？你在什么岗位，遇到了什么问题？",
                          "What was the situation? What was your role and what was the problem?"),
    "STAR-no-task": ("T", "你在这件事里的任务是什么？要达到什么目标，谁交给你的？",
                     "What was your task? What did you have to achieve, and who gave it to you?"),
    "STAR-no-action": ("A", "你具体做了什么？第一步做了什么？",
                       "What exactly did you do? What was your first step?"),
    "STAR-no-result": ("R", "最后结果怎么样？", "What was the outcome?"),
    "STAR-action-we-only": ("A", "你说“我们”做了这些，其中哪一部分是你亲自做的？",
                            "You said \"we\" did this. Which part did you do yourself?"),
    "STAR-action-subject-unclear": ("A", "这些步骤是谁做的？哪些是你本人做的？",
                                    "Who took these steps? Which ones were yours?"),
    "STAR-action-thin": ("A", "能展开说说你是怎么做的吗？用了什么方法或工具？",
                         "Can you walk me through how you did it? What method or tool did you use?"),
    "STAR-result-no-measure": ("R", "结果怎么衡量？之前是多少，之后是多少？",
                               "How did you measure the result? What was it before and after?"),
}
_PROBES = [
    ("A", "为什么选择这个做法？有没有考虑过别的办法？",
     "Why did you choose this approach? Did you consider others?"),
    ("A", "过程中最大的困难是什么？你是怎么解决的？",
     "What was the hardest part, and how did you deal with it?"),
    ("R", "这个结果里有多少是你的贡献？怎么证明？",
     "How much of this result was your own contribution, and how can it be shown?"),
    ("R", "如果重来一次，你会怎么做得更好？", "If you did it again, what would you do better?"),
]
MAX_QUESTIONS = 4


def follow_up_questions(rule_ids: list[str], parts_present: set[str], lang: str) -> list[dict]:
    pick = 1 if lang == "zh" else 2
    out: list[dict] = []
    fired = set(rule_ids)
    for rid, (part, *texts) in _BY_GAP.items():
        if rid in fired:
            out.append({"part": part, "question": texts[pick - 1], "because": rid})
    for part, *texts in _PROBES:
        if len(out) >= MAX_QUESTIONS:
            break
        if part in parts_present and not any(q["question"] == texts[pick - 1] for q in out):
            out.append({"part": part, "question": texts[pick - 1], "because": None})
    return out[:MAX_QUESTIONS]
