"""Text as it comes in, made safe to read and to write back out.

A lone surrogate (half of a UTF-16 pair from a broken paste, or a byte that
was not UTF-8 read with surrogateescape) cannot be written as UTF-8, so a
report holding one could not be printed or sent. It becomes U+FFFD, one
character for one, so every span into the text stays where it was.
"""
from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    return _SURROGATE.sub(REPLACEMENT, text) if _SURROGATE.search(text) else text
