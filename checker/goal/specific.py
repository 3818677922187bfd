"""Specific (S): does the goal name a concrete object or behaviour?

The goal is cut into known words (abstract verbs and nouns, fillers, vague
modifiers, time words; see lexicon.yml) and what is left. Whatever is left
is content the goal names (收银, 投诉率, 四级考试, "phone"), unless it only
qualifies an abstract head noun (代码 in 代码质量, "audit" in "audit work"):
Chinese and English noun phrases put the head last. No content left means
an abstract goal (增强客户意识, "improve communication") -> fail; content
plus words nobody can check (进一步, 较好, "better") -> warn.
"""
from __future__ import annotations

import re
from functools import lru_cache

from typing import NamedTuple

from checker import data_loader
from checker.engine.registry import detector, hit, summary, uses
from checker.words import Lexicon, Spans

CATEGORY_LISTS = (  # earlier wins when a word is in two lists
    ("concrete", uses("concrete")),
    ("generic", uses("generic_objects")),
    ("vague", uses("vague_modifiers")),
    ("head", uses("abstract_nouns")),
    ("direction", uses("direction_verbs")),
    ("verb", uses("abstract_verbs")),
    ("filler", uses("filler", "vague_time", "cadence", "rough_amount")),
)
EMPTY_HEADS = uses("empty_heads")
MORE_VERBS = uses("more_verbs_zh")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_RESIDUE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z][A-Za-z']*")
_THAN = re.compile(r"\s+than\b", re.I)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|our\s+|my\s+|their\s+|his\s+|her\s+|your\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    category: dict[str, str] = {}
    for cat, names in CATEGORY_LISTS:
        for name in names:
            for w in data_loader.lexicon(name):
                category.setdefault(w, cat)
    return Lexicon(list(category), tags=category)


def segment(text: str, masked: list[tuple[int, int]]):
    """-> list of tokens (start, end, category) covering the text's words.

    Known words become tokens of their category; what is left (runs of Han
    characters, whole Latin words) becomes "content"."""
    n = len(text)
    masked = [(max(0, s), min(n, e)) for s, e in masked if e > s]
    index = Spans(masked) if masked else None
    tokens = []
    blanks = list(masked)
    for s, e, _, cat in _lexicon().find_tagged(text):
        blanks.append((s, e))  # a known word half under a mask (every | Monday) is no content either
        if index is None or not index.overlaps(s, e):
            tokens.append((s, e, cat or "filler"))
    # what is left between the known words and masked spans is read with one regex, gap by gap
    blanks.sort()
    gaps, last = [], 0
    for s, e in blanks:
        if s > last:
            gaps.append((last, s))
        if e > last:
            last = e
    gaps.append((last, n))
    for gap_start, gap_end in gaps:
        for m in _RESIDUE.finditer(text, gap_start, gap_end):
            s, e = m.start(), m.end()
            if text[s].isascii() and ((s > 0 and text[s - 1].isascii() and text[s - 1].isalpha())
                                      or (e < n and text[e].isascii() and text[e].isalpha())):
                continue  # the rest of a Latin word that is partly a known word
            tokens.append((s, e, "content"))
    tokens.sort()
    return tokens


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# every run of 3+ keys along a keyboard row, both directions: asdf, qwer, lkj
_KEYBOARD_RUNS = frozenset(row[i:j] for r in _KEYBOARD_ROWS for row in (r, r[::-1])
                           for i in range(len(row)) for j in range(i + 3, len(row) + 1))
_VOWEL = re.compile(r"[aeiouy]")


def _is_gibberish(word: str) -> bool:
    """A word no reader could take for a thing: one character repeated (哈哈哈,
    xxxx), keyboard mash (asdf, qwer) or no vowel at all (zxcv). Acronyms and
    product names (AWS, PMP, iOS) keep capitals, so only lower-case Latin
    words are judged by their shape."""
    if word.count(word[0]) == len(word):
        return True
    if not (word.isascii() and word.islower()):
        return False
    return word in _KEYBOARD_RUNS or _VOWEL.search(word) is None


@lru_cache(maxsize=1)
def _empty_heads() -> frozenset:
    return frozenset(w.lower() for name in EMPTY_HEADS for w in data_loader.lexicon(name))


_TITLE = re.compile(r"《[^》\n]{1,60}》|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\"")


@lru_cache(maxsize=1)
def _more_verbs() -> tuple:
    return tuple(w for name in MORE_VERBS for w in data_loader.lexicon(name))


def _more_then_verb(word: str) -> bool:
    """多签 / 多拜访: "more" + an action, a concrete act with no amount."""
    return len(word) >= 2 and word[0] == "多" and word[1:].startswith(_more_verbs())


def _is_modifier(text, tokens, k) -> bool:
    """A content token right before an abstract head (代码质量, 'audit work') only qualifies it."""
    s, e, _ = tokens[k]
    nxt = k + 1
    while nxt < len(tokens):  # 销售团队的战斗力, 风清气正的良好氛围: skip abstract nouns, vague words and 的
        ns, ne, ncat = tokens[nxt]
        gap = text[e:ns]
        if len(gap.strip(" 的'")) != 0 or ns - e > 2:
            break
        word = text[ns:ne]
        if word.lower() in _empty_heads():
            return True
        if word not in ("的", "'s") and ncat not in ("head", "vague"):
            break
        e = ne
        nxt += 1
    # English "the credibility of audit": a noun after "<head> of"
    if k > 0 and text[s].isascii() and text[tokens[k - 1][0]:tokens[k - 1][1]].lower() in _empty_heads():
        return _OF_BEFORE.search(text[max(0, s - 30):s]) is not None
    return False


# Why the goal is wanted is not the goal: 因为这对我很有帮助, "because it really helps",
# "To get healthy, I will …". Words nobody can check there do not make the goal vague.
_REASON = re.compile(r"(?:因为|由于|为了|以便|好让)[^，。；;！？!?\n]*|\b(?:because|since|so that|in order to)\b[^.;!?\n]*"
                     r"|^\s*to\s[^,.;\n]{0,80},", re.I)
# "the patient will walk": an adjective of the list used as a noun, after a determiner and before a verb
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|each|every|this|that|my|our|your|their|his|her)\s+$", re.I)
_VERB_AFTER = re.compile(r"\s*(?:will|shall|should|can|could|must|may|would|is|was|has|had|does|did|to|and|or|with|in|at|on|for"
                         r"|who|that|'s)\b|\s*(?:[,.;:!?]|$)", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:daily|weekly|monthly)\s+$", re.I)
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few))\s*$", re.I)


def _vague_here(text: str, s: int, e: int, word: str, reasons: Spans) -> bool:
    """A word of the vague list that, here, leaves the goal vague."""
    low = word.lower()
    if low == "more" and (_THAN.match(text[e:e + 6]) or _NUMBER_BEFORE.search(text[max(0, s - 12):s])):
        return False  # "more than 3", "one more sale": an amount
    if reasons.covers(s):
        return False
    if low == "active" and _PERIOD_BEFORE.search(text[max(0, s - 9):s]):
        return False  # daily / weekly / monthly active users: a metric's name
    if word.isascii() and _DETERMINER_BEFORE.search(text[max(0, s - 8):s]) and _VERB_AFTER.match(text, e):
        return False
    return True


class SpecificReading(NamedTuple):
    """(start, end, word) lists: what the goal names (quantities and titles
    among them), the words nobody can check, the abstract verbs and nouns,
    the aims everyone shares (generic_objects), and the verbs of direction;
    `measured`: the goal has a quantity or a title."""
    content: list
    vague: list
    abstract: list
    generic: list
    directions: list
    measured: bool
    more: list   # content that is 多 + a verb (多存, 多签): "more of" an aim, no thing of its own


def read_specific(text: str, masked: list[tuple[int, int]], quantities=()) -> SpecificReading:
    """`quantities` are spans of measures (2分钟, $5,000): a measured thing is concrete.
    Titles in 《》 or quotes name a concrete thing too."""
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    tokens = segment(text, list(masked) + titles)
    reasons = Spans((m.start(), m.end()) for m in _REASON.finditer(text))
    content, vague, abstract, generic, directions, more = [], [], [], [], [], []
    content += [(s, e, text[s:e]) for s, e in titles]
    content += [(s, e, text[s:e]) for s, e in quantities]
    for k, (s, e, cat) in enumerate(tokens):
        word = text[s:e]
        if reasons.covers(s):
            continue  # why the goal is wanted names nothing the goal reaches
        if cat == "concrete":
            content.append((s, e, word))
        elif cat == "content":
            is_han = bool(_HAN.match(word))
            if (is_han and e - s < 2) or (not is_han and len(word) < 3) or _is_gibberish(word):
                continue
            if _is_modifier(text, tokens, k):
                abstract.append((s, e, word))
                continue
            if is_han and _more_then_verb(word):
                vague.append((s, s + 1, "多"))
                more.append((s, e, word))
            content.append((s, e, word))
        elif cat == "vague":
            if not _vague_here(text, s, e, word, reasons):
                continue
            vague.append((s, e, word))
        elif cat == "generic":
            generic.append((s, e, word))
        elif cat in ("head", "verb", "direction"):
            abstract.append((s, e, word))
            if cat == "direction":
                directions.append((s, e, word))
    return SpecificReading(content, vague, abstract, generic, directions, bool(titles or quantities), more)


# --- the rules ---------------------------------------------------------------
MAX_VAGUE_FINDINGS = 3
_EDGE_CHARS = "从到把将在的了和与及并对向给由至为是 "


@detector
def abstract_goal(goal):
    """No concrete thing at all: only abstract verbs and nouns (增强客户意识)."""
    reading = goal.specific
    if reading.content or reading.generic or _graded(goal):
        return None
    abstract = reading.abstract
    span = (abstract[0][0], abstract[-1][1]) if abstract else (0, len(goal.norm))
    return [hit(span, words=goal.words(*span))]


def _graded(goal) -> bool:
    """A letter grade or an ordinal is the standard (from a C to a B, by the third ring): concrete enough."""
    return isinstance(goal.measure.standard, tuple)


def _phrases(text: str, content: list) -> list:
    """Content words next to each other (onboarding flow) as one phrase each."""
    out = []
    for s, e, _ in sorted(content):
        if out and not text[out[-1][1]:s].strip(" -"):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


@detector
def generic_goal(goal):
    """A wish everyone shares, not a goal: only a generic aim (我要减肥, save money,
    提升客户满意度), or a verb of improvement with one thing and nothing said of
    how much or what about it (优化购物车功能, improve the product)."""
    reading = goal.specific
    if reading.measured or _graded(goal):
        return None
    if reading.generic and all(c in reading.more for c in reading.content):  # 我要减肥, 多存点钱
        found = reading.generic + reading.more
    elif reading.directions and not reading.generic and len(_phrases(goal.norm, reading.content)) == 1:
        found = reading.directions[:1] + reading.content
    else:
        return None
    span = (min(w[0] for w in found), max(w[1] for w in found))
    return [hit(span, word=goal.words(*span))]


@detector
def vague_modifier(goal):
    """Words nobody can check (进一步, 较好, "better"), each different one up to three."""
    found, seen = [], set()
    for s, e, w in goal.specific.vague:
        if w.lower() in seen or len(seen) >= MAX_VAGUE_FINDINGS:
            continue
        seen.add(w.lower())
        found.append(hit((s, e), word=goal.words(s, e)))
    return found


@summary
def specific_summary(goal, status, findings):
    """The concrete things a passed goal names (at most three; its quantities
    only when it names nothing else)."""
    if status != "pass":
        return None
    quantity_spans = set(goal.quantity_spans)
    numbers = {(n.start, n.end) for n in goal.metric_numbers}
    things, quantities = [], []
    for s, e, _ in sorted(goal.specific.content + goal.specific.generic):
        w = goal.words(s, e).strip(_EDGE_CHARS)  # 投诉率从 -> 投诉率 (for display only)
        # a piece of a number is no thing: 公斤 of 80公斤, "one" of "one more"; an English
        # unit is the thing counted and stays (books of "20 books")
        if not w or ((s, e) not in numbers and any(ns <= s and e <= ne and (s == ns or not w.isascii())
                                                   for ns, ne in numbers)):
            continue
        found = quantities if (s, e) in quantity_spans else things
        if w not in found:
            found.append(w)
    names = things or quantities or [goal.words(s, e) for s, e, _ in goal.specific.content]
    return {"content": ("、" if goal.lang == "zh" else ", ").join(names[:3])}
