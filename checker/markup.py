"""Markup and code are not goal text: blank them out before the goal is read.

`<img src=x onerror=alert(1)>` names no concrete thing and its 1 is no
measure. Each masked character becomes a space, so spans found in the
masked text still point at the same characters of the original.
"""
from __future__ import annotations

import re

_CODE = re.compile(
    r"""<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)          # a script or style element, content and all
      | <!--.*?(?:-->|$)                                     # an HTML comment
      | </?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>            # a tag
      | </?[A-Za-z][A-Za-z0-9:-]*\s[^<>]*=[^<>]*$            # an unclosed tag with attributes
      | &(?:[A-Za-z]+|\#\d+|\#x[0-9A-Fa-f]+);                # an entity
      | (?<![\w.])(?:javascript|vbscript|data):\S*           # a script URL
      | \$\{[^}\n]*\}|\{\{[^}\n]*\}\}|\{%[^%\n]*%\}          # template placeholders
      | (?<![\w.-])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\((?:[\x20-\x27\x2a-\x7e]|\([\x20-\x27\x2a-\x7e]*\))*\)\s*;?  # a call: alert(1), console.log('x')
      | \b(?:SELECT\s+.+?\s+FROM|DROP\s+(?:TABLE|DATABASE)|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\S+\s+SET|UNION\s+SELECT)\b[^;\n]*;?  # SQL (upper case)
    """,
    re.VERBOSE | re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff]")
_MAYBE_CODE = re.compile(r"[<>&($;{]")  # a character every pattern of _CODE needs


def mask_code(text: str, need_words: bool = True) -> str:
    """`text` with markup and code replaced by spaces (same length).

    Text that is mostly markup or code is no goal at all: all blank; so is
    text with no letter or Han character left (1234567), unless `need_words`
    is False (a plan's when field may be just 2026-11-15).
    """
    if _MAYBE_CODE.search(text):
        masked = _CODE.sub(lambda m: " " * (m.end() - m.start()), text)
        if masked != text:
            kept = sum(not c.isspace() for c in masked)
            if kept * 2 < sum(not c.isspace() for c in text):
                return " " * len(text)  # mostly markup: a snippet of code, not a goal in a tag
            text = masked
    if need_words and not _WORD.search(text):
        return " " * len(text)
    return text
