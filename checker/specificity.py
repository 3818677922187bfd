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

from checker import data_loader
from checker.words import Lexicon, Spans

CATEGORY_LISTS = (  # earlier wins when a word is in two lists
    ("concrete", ("concrete_zh", "concrete_en")),
    ("vague", ("vague_modifiers_zh", "vague_modifiers_en")),
    ("head", ("abstract_nouns_zh", "abstract_nouns_en")),
    ("verb", ("abstract_verbs_zh", "abstract_verbs_en", "direction_verbs_zh", "direction_verbs_en")),
    ("filler", ("filler_zh", "filler_en", "vague_time_zh", "vague_time_en", "cadence_zh", "cadence_en",
                "rough_amount_zh", "rough_amount_en")),
)
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
        if index is not None and index.overlaps(s, e):
            continue
        tokens.append((s, e, cat or "filler"))
        blanks.append((s, e))
    if blanks:
        # blank out known words and masked spans (same length), then read the rest with one regex
        blanks.sort()
        parts, last = [], 0
        for s, e in blanks:
            if e <= last:
                continue
            s = max(s, last)
            parts.append(text[last:s])
            parts.append("\x00" * (e - s))
            last = e
        parts.append(text[last:])
        rest = "".join(parts)
    else:
        rest = text
    for m in _RESIDUE.finditer(rest):
        s, e = m.start(), m.end()
        if rest[s].isascii() and ((s > 0 and text[s - 1].isascii() and text[s - 1].isalpha())
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
    return frozenset(w.lower() for name in ("empty_heads_zh", "empty_heads_en") for w in data_loader.lexicon(name))


_TITLE = re.compile(r"《[^》\n]{1,60}》|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\"")


@lru_cache(maxsize=1)
def _more_verbs() -> tuple:
    return tuple(data_loader.lexicon("more_verbs_zh"))


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


def judge_specific(text: str, masked: list[tuple[int, int]], quantities=()):
    """-> (status, details) where details has content, vague and abstract spans.

    `quantities` are spans of measures (2分钟, $5,000): a measured thing is concrete.
    Titles in 《》 or quotes name a concrete thing too.
    """
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    tokens = segment(text, list(masked) + titles)
    content, vague, abstract = [], [], []
    content += [(s, e, text[s:e]) for s, e in titles]
    content += [(s, e, text[s:e]) for s, e in quantities]
    for k, (s, e, cat) in enumerate(tokens):
        word = text[s:e]
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
            content.append((s, e, word))
        elif cat == "vague":
            if word.lower() == "more" and _THAN.match(text[e:e + 6]):
                continue
            vague.append((s, e, word))
        elif cat in ("head", "verb"):
            abstract.append((s, e, word))
    if not content:
        return "fail", {"content": content, "vague": vague, "abstract": abstract}
    if vague:
        return "warn", {"content": content, "vague": vague, "abstract": abstract}
    return "pass", {"content": content, "vague": vague, "abstract": abstract}
