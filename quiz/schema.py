"""The vocabulary of the bank schema: question types, tags, criteria, labels.

Kept in one place so the validator, the exporters, the site hook and the
README agree on the same names.
"""

TYPES = ("single", "multiple", "true-false", "diagnose", "rewrite", "order", "tag")

TAGS = ("S", "M", "A", "R", "T", "action-plan", "PDCA", "STAR", "MBO")

# Difficulty is a small integer so it sorts; names are for display.
DIFFICULTIES = {1: "易", 2: "中", 3: "难"}

# The criteria a rewrite question may require to pass, per checker kind.
# They are the criteria keys of the checker's report for that kind.
CRITERIA_BY_KIND = {
    "goal": ("S", "M", "A", "R", "T"),
    "star": ("S", "T", "A", "R"),
}

# A diagnose question asks which of these a goal fails.
SMART_CRITERIA = ("S", "M", "A", "R", "T")
SMART_NAMES = {"S": "具体 Specific", "M": "可衡量 Measurable", "A": "可实现 Attainable",
               "R": "相关 Relevant", "T": "有时限 Time-bound"}

# A tag question assigns each part to one of these labels (STAR by default).
DEFAULT_TAG_LABELS = ("S", "T", "A", "R")
STAR_NAMES = {"S": "情境 Situation", "T": "任务 Task", "A": "行动 Action", "R": "结果 Result"}

# The quiz and worksheet HTML, the JSON and the localStorage key share this version.
SCHEMA_VERSION = 1
