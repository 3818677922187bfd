"""Fast word-list matching for the lexicon (checker/rules/lexicon.yml).

A big regex alternation tries every word at every position, which is slow in
CPython, so lists are matched with dictionaries instead:
- words with Han characters match as substrings, found through an index of
  first characters (longest word first at each position);
- other words and phrases ("as soon as possible", "cet-4", "100%") match
  whole tokens, case-insensitively, so "more" never matches inside "moreover".
Matches are leftmost, longest, non-overlapping, like the alternation was.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from checker import data_loader
from checker.engine.registry import uses

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?|[^\sa-z\d\u3400-\u9fff\uf900-\ufaff，。、；：！？（）《》“”‘’]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
SUFFIXES = ("s", "es", "ing", "ed", "er", "ers")


def ascii_lower(text: str) -> str:
    """Lowercase that keeps every index of the text valid (str.lower can
    change the length of a few non-ASCII letters; then only ASCII is lowered)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


class Lexicon:
    """A set of words and phrases to find in text. `fold_suffixes` also lets
    a final Latin token carry a plural/verb ending (call -> calls, teaching)."""

    __slots__ = ("han", "han_max", "phrases", "phrase_max", "tags", "first_chars", "sizes", "starts")

    def __init__(self, words, fold_suffixes: bool = False, tags: dict | None = None):
        """`tags` (optional) maps a word to a label returned by find_tagged (first one wins)."""
        self.tags: dict = {}
        self.han: dict[str, set] = {}
        self.han_max: dict[str, list] = {}
        self.phrases: dict[str, set] = {}
        self.phrase_max = 1
        for w in words:
            tag = tags.get(w) if tags else None
            w = ascii_lower(w.strip())
            if not w:
                continue
            if _HAN.search(w):
                self.han.setdefault(w[0], set()).add(w)
                self.tags.setdefault(w, tag)
            else:
                toks = tuple(TOKEN.findall(w))
                if not toks:
                    continue
                variants = [toks]
                if fold_suffixes and toks[-1].isalpha():
                    # spell the endings out once here (call -> calls, calling, called)
                    # so matching stays plain set lookups
                    last = toks[-1]
                    stems = {last, last[:-1]} if last.endswith("e") and len(last) > 3 else {last}
                    variants += [toks[:-1] + (stem + suf,) for stem in stems for suf in SUFFIXES]
                for v in variants:
                    self.phrases.setdefault(v[0], set()).add(v)
                    self.phrase_max = max(self.phrase_max, len(v))
                    self.tags.setdefault(v, tag)
        for first, ws in self.han.items():
            self.han_max[first] = sorted({len(w) for w in ws}, reverse=True)
        self.starts = frozenset(self.phrases)  # (a set: intersecting it with a text's tokens is cheap)
        # phrase lengths (in tokens) that start with each first token, longest first
        self.sizes = {first: sorted({len(p) for p in ps}, reverse=True) for first, ps in self.phrases.items()}
        # one regex shaped like a trie: at each position the engine only follows
        # branches that match, and a greedy optional tail prefers the longest word
        self.first_chars = re.compile(_trie_pattern(sorted(w for ws in self.han.values() for w in ws))) if self.han else None

    def find(self, text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
        return [h[:3] for h in self.find_tagged(text, lowered)]

    def find_tagged(self, text: str, lowered: str | None = None) -> list[tuple[int, int, str, object]]:
        index = text_index(text)
        low = index[0]
        hits: list[tuple[int, int, str, object]] = []
        if self.first_chars is not None:
            tags = self.tags
            for m in self.first_chars.finditer(low):
                s, e = m.start(), m.end()
                hits.append((s, e, text[s:e], tags.get(m.group())))
        if self.phrases and index[1]:
            more = self._find_phrases(text, index)
            if more:
                hits += more
                hits.sort()
                hits = _drop_overlaps(hits)
        return hits

    def _find_phrases(self, text, index):
        starts = index[2] & self.starts
        if not starts:
            return []  # no token of the text can start a phrase of this list
        toks, words_of = index[1], index[3]
        phrases, sizes, tags = self.phrases, self.sizes, self.tags
        out = []
        n, covered = len(toks), 0  # covered: the first token after the last match
        # only the tokens that can start a phrase are tried, in text order
        for k in [k for k, w in enumerate(words_of) if w in starts]:
            if k < covered:
                continue
            first = words_of[k]
            for size in sizes[first]:
                if size == 1:  # a one-token phrase is among the candidates whenever 1 is among the sizes
                    key = (first,)
                elif size > n - k or (key := tuple(words_of[k:k + size])) not in phrases[first]:
                    continue
                s, e = toks[k][0], toks[k + size - 1][1]
                out.append((s, e, text[s:e], tags.get(key)))
                covered = k + size
                break
        return out


def _trie_pattern(words) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


def _drop_overlaps(hits):
    out = []
    end = -1
    for h in hits:
        if h[0] >= end:
            out.append(h)
            end = h[1]
        elif out and h[1] - h[0] > out[-1][1] - out[-1][0] and h[0] == out[-1][0]:
            out[-1] = h
            end = h[1]
    return out


@lru_cache(maxsize=16)
def text_index(text: str):
    """(lowered text, its Latin/digit/symbol tokens, the set of their strings,
    the list of their strings), shared by every lexicon."""
    low = ascii_lower(text)
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(low)]
    words_of = [t[2] for t in toks]
    return (low, toks, set(words_of), words_of)


@lru_cache(maxsize=None)
def lexicon(*names: str) -> Lexicon:
    words: list[str] = []
    for name in names:
        words += data_loader.lexicon(name)
    return Lexicon(words)


# Lists the detectors ask for by name. They share one matcher (each word
# tagged with the lists it is in), so a goal is scanned once for all of them.
DETECTOR_LISTS = uses("vague_time", "cadence", "rough_amount", "absolute", "direction_verbs", "outcome_events",
                      "outcome_verbs", "outcome_objects", "beginner", "hard_targets")


@lru_cache(maxsize=1)
def _detector_lexicon() -> Lexicon:
    tags: dict[str, frozenset] = {}
    for name in DETECTOR_LISTS:
        for w in data_loader.lexicon(name):
            key = ascii_lower(w.strip())
            if key:
                tags[key] = tags.get(key, frozenset()) | {name}
    return Lexicon(list(tags), tags=tags)


@lru_cache(maxsize=16)
def _detector_hits(text: str):
    return _detector_lexicon().find_tagged(text)


def find(text: str, *names: str) -> list[tuple[int, int, str]]:
    """Words of the named lists in text (leftmost, longest)."""
    if _DETECTOR_SET.issuperset(names):
        return [h[:3] for h in _detector_hits(text) if h[3] and not h[3].isdisjoint(names)]
    return lexicon(*names).find(text)


_DETECTOR_SET = frozenset(DETECTOR_LISTS)


def alternation(*names: str) -> str:
    """The words of the named lists as one regex group for patterns that
    need them inside (the season topics of "summer camp"): longest first, a
    space matches any run of spaces, a final * any word ending (intern* =
    intern, interns, internship)."""
    found = []
    for name in names:
        for w in data_loader.lexicon(name):
            stem, star = (w[:-1], True) if w.endswith("*") else (w, False)
            body = r"\s+".join(re.escape(part) for part in stem.split())
            found.append((len(stem), body + (r"\w*" if star else "")))
    return "(?:" + "|".join(body for _, body in sorted(found, key=lambda f: (-f[0], f[1]))) + ")"


def outside(hits, spans):
    """Hits that share no character with any of the (start, end) spans."""
    if not spans or not hits:
        return list(hits)
    index = spans if isinstance(spans, Spans) else Spans(spans)
    return [h for h in hits if not index.overlaps(h[0], h[1])]


class Spans:
    """(start, end) spans with fast membership tests (bisect over sorted starts
    and a running maximum of ends), so checks stay linear on long inputs."""

    __slots__ = ("starts", "max_end")

    def __init__(self, spans):
        spans = sorted((int(s), int(e)) for s, e in spans)
        self.starts = [s for s, _ in spans]
        self.max_end = []
        best = -1
        for _, e in spans:
            if e > best:
                best = e
            self.max_end.append(best)

    def __bool__(self):
        return bool(self.starts)

    def covers(self, pos: int) -> bool:
        """Some span has start <= pos < end."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.max_end[k - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Some span meets [start, end) (a shared character)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.max_end[k - 1] > start
