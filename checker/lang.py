"""Which language a goal is written in, for the messages: zh or en.

Mixed text (月底前把 NPS 提升到 40, 2h 读 10 页 Java Basic) counts as Chinese
when it has four Han characters or more, at least twice as many Han
characters as Latin words, or Latin words that are names, terms and units
(fewer than two English words: a function word such as "the", "to", or a
lower-case word); analysis itself always looks for both languages.
"""
from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# Words English sentences cannot do without; names and terms (Java, NPS, App) are not among them.
_FUNCTION_WORDS = frozenset("""a an the to of in on at by for from with and or but not no is are am be was were will
would can could should must i me my we our you your he she it they them this that these those do does did have has
want need get make take""".split())


def detect_lang(text: str) -> str:
    if _HAN.search(text) is None:
        return "en"
    han = len(_HAN.findall(text))
    if han >= 4:
        return "zh"
    latin = _LATIN_WORD.findall(text)
    if han >= 2 * len(latin):
        return "zh"
    # names, terms and units (Java Basic, NPS, 2h) leave a sentence Chinese; English words do not
    english = [w for w in latin if w.lower() in _FUNCTION_WORDS or (w.islower() and len(w) >= 3)]
    return "zh" if len(english) < 2 else "en"


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None
