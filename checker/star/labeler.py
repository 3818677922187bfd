"""Label each unit of a STAR answer as S, T, A or R, with the reason.

Score = sum of the weights of the cue words found (each cue counts once),
plus a measured change for R, plus a small prior from the position in the
answer (stories open with the situation and end with the result). A unit
with no cue at all continues the part of the unit before it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from checker.engine.kinds import criterion_names
from checker.star.cues import CHANGE, CUES, LABEL_WEIGHT, LABELS, PARTS, QUANTITY
from checker.star.units import Piece, split_clauses, split_sentences

# Below this total cue weight a clause is not trusted to start a new unit.
_MIN_CLAUSE_SCORE = 3
_MAX_WORDS_PER_CUE = 2
# A unit also tells a second part when that part scores at least this much.
_ALSO_SCORE = 4


@dataclass
class Unit:
    start: int
    end: int
    text: str
    scores: dict = field(default_factory=dict)
    hits: dict = field(default_factory=dict)   # part -> cue words found
    label: str = ""
    reason: str = ""
    also: list = field(default_factory=list)


def score(text: str) -> tuple[dict, dict]:
    scores = {p: 0.0 for p in PARTS}
    hits: dict[str, list[str]] = {p: [] for p in PARTS}
    for cue in CUES:
        # Up to two different words per cue count: "去年……一直下滑" is more
        # clearly a situation than "去年" alone.
        seen: list[str] = []
        for m in cue.pattern.finditer(text):
            word = m.group().strip().lower()
            if word and word not in seen:
                seen.append(word)
                scores[cue.part] += cue.weight
                if m.group().strip() not in hits[cue.part] and len(hits[cue.part]) < 4:
                    hits[cue.part].append(m.group().strip())
            if len(seen) >= _MAX_WORDS_PER_CUE:
                break
    for part, label in LABELS.items():
        m = label.match(text)
        if m:
            scores[part] += LABEL_WEIGHT
            hits[part].insert(0, m.group().strip())
    change = CHANGE.search(text)
    if change:
        scores["R"] += 3
        hits["R"].insert(0, change.group().strip())
    else:
        qty = QUANTITY.search(text)
        if qty:
            scores["R"] += 1
            hits["R"].append(qty.group().strip())
    return scores, hits


def _best(scores: dict) -> tuple[str, float]:
    part = max(PARTS, key=lambda p: (scores[p], -PARTS.index(p)))
    return part, scores[part]


def _units_of_sentence(sentence: Piece) -> list[Unit]:
    """Keep a sentence whole unless its clauses clearly tell different parts."""
    clauses = split_clauses(sentence)
    whole = Unit(sentence.start, sentence.end, sentence.text, *score(sentence.text))
    if len(clauses) < 2 or any(label.match(sentence.text) for label in LABELS.values()):
        return [whole]  # one clause, or labelled by the writer ("T：…"): keep it whole
    units: list[Unit] = []
    for clause in clauses:
        scores, hits = score(clause.text)
        part, top = _best(scores)
        strong = top >= _MIN_CLAUSE_SCORE
        if units and (not strong or _best(units[-1].scores)[0] == part):
            prev = units[-1]
            prev.end = clause.end
            for p in PARTS:
                prev.scores[p] += scores[p]
                prev.hits[p] += [h for h in hits[p] if h not in prev.hits[p]][: max(0, 4 - len(prev.hits[p]))]
            continue
        units.append(Unit(clause.start, clause.end, clause.text, scores, hits))
    # A weak opening clause ("项目结束时，") belongs to the clause after it.
    if len(units) >= 2 and _best(units[0].scores)[1] < _MIN_CLAUSE_SCORE:
        first, second = units[0], units[1]
        second.start, second.text = first.start, ""
        for p in PARTS:
            second.scores[p] += first.scores[p]
            second.hits[p] = first.hits[p] + [h for h in second.hits[p] if h not in first.hits[p]]
        units = units[1:]
    if len(units) < 2:
        return [whole]
    for unit in units:
        unit.text = sentence_text_slice(sentence, unit)
    return units


def sentence_text_slice(sentence: Piece, unit: Unit) -> str:
    return sentence.text[unit.start - sentence.start:unit.end - sentence.start]


def _reason(unit: Unit, lang: str, how: str) -> str:
    names = criterion_names("star", lang)
    words = unit.hits.get(unit.label) or []
    quoted = "、".join(f"“{w}”" for w in words[:3]) if lang == "zh" else ", ".join(f"'{w}'" for w in words[:3])
    if how == "cue":
        return (f"{names[unit.label]}：含{quoted}" if lang == "zh"
                else f"{names[unit.label]}: has {quoted}")
    if how == "continues":
        return (f"{names[unit.label]}：没有明显的提示词，接着上一句" if lang == "zh"
                else f"{names[unit.label]}: no clear cue words, continues the sentence before")
    return (f"{names[unit.label]}：没有明显的提示词，按开头位置归为情境" if lang == "zh"
            else f"{names[unit.label]}: no clear cue words; an opening sentence usually sets the scene")


def label_units(text: str, lang: str) -> list[Unit]:
    units: list[Unit] = []
    for sentence in split_sentences(text):
        units += _units_of_sentence(sentence)
    n = len(units)
    for i, unit in enumerate(units):
        pos = i / (n - 1) if n > 1 else 0.0
        prior = {"S": 0.6 * (1 - pos), "T": 0.3 * (1 - pos), "A": 0.2, "R": 0.6 * pos}
        if i == 0:
            prior["R"] = 0.0  # an answer does not open with its result
        if n > 1 and i == n - 1:
            prior["S"] = 0.0
        total = {p: unit.scores[p] + (prior[p] if unit.scores[p] > 0 else 0.0) for p in PARTS}
        part, top = _best(total)
        if top <= 0:
            if i == 0:
                unit.label, how = "S", "position"
            else:
                unit.label, how = units[i - 1].label, "continues"
        else:
            unit.label, how = part, "cue"
        unit.reason = _reason(unit, lang, how)
        unit.also = [p for p in PARTS if p != unit.label and unit.scores[p] >= _ALSO_SCORE]
    return units
