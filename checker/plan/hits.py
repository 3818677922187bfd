"""Plan word lists (checker/rules/plan.yml `lexicon:`) found in text, through
the shared matcher checker.words, as match-like objects."""
from __future__ import annotations

from checker import words


def find_all(text: str, *names: str) -> list:
    """Lexicon hits as match-like objects (start(), end(), group())."""
    return [_Hit(s, e, w) for s, e, w in words.find(text, *names)]


class _Hit:
    __slots__ = ("_s", "_e", "_w")

    def __init__(self, s, e, w):
        self._s, self._e, self._w = s, e, w

    def start(self):
        return self._s

    def end(self):
        return self._e

    def group(self):
        return self._w
