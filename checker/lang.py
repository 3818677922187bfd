"""Which language a goal is written in, for the messages: zh or en.

Mixed text (月底前把 NPS 提升到 40) counts as Chinese when it has at least as
many Han characters as Latin words, or a few Han characters and a short
Latin part; analysis itself always looks for both languages.
"""
from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def detect_lang(text: str) -> str:
    if _HAN.search(text) is None:
        return "en"
    han = len(_HAN.findall(text))
    if han >= 4:
        return "zh"
    latin = len(_LATIN_WORD.findall(text))
    return "zh" if han >= 2 * latin else "en"


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None
