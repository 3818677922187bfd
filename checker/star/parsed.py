"""ParsedAnswer: a STAR answer read once: its sentence units with their
labels (labeler.py), the units of each part, which parts are told, the
action units and the measures of the result. The criteria's detectors
(situation.py, task.py, action.py, result.py) read this object."""
from __future__ import annotations

from checker.engine.kinds import criterion_name
from checker.star.labeler import label_units
from checker.reading import Reading
from checker.star.measure import find_measure

PARTS = "STAR"


class ParsedAnswer:
    def __init__(self, text: str, lang: str):
        self.text = text
        self.lang = lang
        self.units = label_units(text, lang)
        self.by_part = {p: [u for u in self.units if u.label == p] for p in PARTS}
        # A second part told inside a sentence counts, except a result: a target
        # ("要求我把投诉率降到2%") or a past figure in the situation is not one.
        self.present = {p for p in PARTS if self.by_part[p] or (p != "R" and any(p in u.also for u in self.units))}
        self.actions = self.by_part["A"] or [u for u in self.units if "A" in u.also]
        # read as the checker reads (checker/reading.py): 从 6 起降到 1 起 is measured like 从6起降到1起
        self.measures = [m for m in (find_measure(Reading(u.text).norm) for u in self.by_part["R"]) if m]

    def told_summary(self, part: str, status: str) -> str | None:
        """有情境（2 句）: the summary of a part told with no finding against it."""
        if status != "pass":
            return None
        name, units = criterion_name("star", part, self.lang), self.by_part[part]
        if not units:
            return (f"{name}与其他部分写在同一句里。" if self.lang == "zh"
                    else f"The {name} is told within another sentence.")
        n = len(units)
        return f"有{name}（{n} 句）。" if self.lang == "zh" else f"The {name} is there ({n} sentence{'s' if n > 1 else ''})."
