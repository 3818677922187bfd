"""Compiled matchers for the lexicon word lists (checker/rules/lexicon.yml).

Chinese words match as substrings; words with Latin letters match whole
words, case-insensitively (so "more" does not match inside "moreover").
Patterns are built once per process, on first use, longest word first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import data_loader


def _alternative(word: str) -> str:
    esc = re.escape(word)
    if re.search(r"[A-Za-z0-9]", word):
        head = r"(?<![A-Za-z])" if word[0].isalpha() else ""
        tail = r"(?![A-Za-z])" if word[-1].isalpha() else ""
        return head + esc + tail
    return esc


def build_pattern(words) -> re.Pattern | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(_alternative(w) for w in words), re.IGNORECASE)


@lru_cache(maxsize=None)
def pattern(*names: str) -> re.Pattern | None:
    words: list[str] = []
    for name in names:
        words += data_loader.lexicon(name)
    return build_pattern(words)


@lru_cache(maxsize=None)
def wordset(*names: str) -> frozenset:
    out = set()
    for name in names:
        out.update(w.lower() for w in data_loader.lexicon(name))
    return frozenset(out)


def find(text: str, *names: str) -> list[tuple[int, int, str]]:
    pat = pattern(*names)
    return [(m.start(), m.end(), m.group()) for m in pat.finditer(text)] if pat else []


def outside(hits, spans):
    """Hits that do not overlap any of the (start, end) spans."""
    return [h for h in hits if not any(s < h[1] and h[0] < e for s, e in spans)]
