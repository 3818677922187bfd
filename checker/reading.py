"""How the checker reads a text, so that the same goal reads the same however
it is written: with spaces between numbers and Han (9 月 30 日前, 从 4% 降到 2%,
as many style guides ask), full-width digits (３个月内), traditional characters
(三個月內, as in Taiwan, Hong Kong and Macau), or around markup.

    r = Reading("三個月內把體重從 80 公斤減到 75 公斤")
    r.norm                  # "三个月内把体重从80公斤减到75公斤": what every pattern reads
    r.span(s, e)            # a span of norm as a span of the text as written
    r.words(s, e)           # the words as written, for a message

Steps, in order: full-width signs to ASCII, traditional to simplified
characters (OpenCC's character table, compiled into data/hant.json), markup
blanked (markup.py): each keeps every index. Then whitespace that touches a
Han character (or stands between a digit and %) is dropped: the only step
that moves indices, so the map back to the written text is kept.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from checker import data_loader
from checker.markup import mask_code
from checker.numbers import normalise

# whitespace with a Han character (or CJK punctuation) on one side, or between a digit and %;
# each run is tried from its start only and never backtracked, so a long run stays linear
_LOOSE_SPACE = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])\s++"
                          r"|(?<!\s)\s++(?=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])|(?<=\d)\s++(?=%)")
_HANT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _simplified() -> dict:
    table = json.loads(data_loader.read_bytes("hant.json").decode("utf-8"))
    return str.maketrans(table["traditional"], table["simplified"])


def simplify(text: str) -> str:
    """Traditional characters as simplified ones, one for one (個 -> 个, 內 -> 内)."""
    return text.translate(_simplified()) if _HANT.search(text) else text


class Reading:
    __slots__ = ("text", "norm", "_index")

    def __init__(self, text: str, need_words: bool = True):
        """need_words=False: a text with no letter or Han character (2026-11-15) is still read."""
        self.text = text
        flat = mask_code(simplify(normalise(text)), need_words)
        self._index = None  # norm position -> text position; None while they are the same
        if _LOOSE_SPACE.search(flat) is None:
            self.norm = flat
            return
        parts, index, last = [], [], 0
        for m in _LOOSE_SPACE.finditer(flat):
            parts.append(flat[last:m.start()])
            index.extend(range(last, m.start()))
            last = m.end()
        parts.append(flat[last:])
        index.extend(range(last, len(flat)))
        index.append(len(flat))
        self.norm = "".join(parts)
        self._index = index

    def position(self, i: int) -> int:
        return i if self._index is None else self._index[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of norm as the span of the same words in the text."""
        if self._index is None:
            return start, end
        if end <= start:
            return self._index[start], self._index[start]
        return self._index[start], self._index[end - 1] + 1

    def words(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.text[s:e]
