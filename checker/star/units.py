"""Split a STAR answer into units (sentences, or clauses of a long sentence)
with character spans into the original text.

Chinese answers are often one long sentence joined by commas that tells the
situation, the action and the result at once, so a sentence whose clauses
carry cues for different parts is cut at the commas where the part changes.
The cutting decision needs the labeller, so this module only finds
sentences and the clauses inside them; `labeler.py` decides how to merge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at Chinese/English terminators or a line break. An English
# full stop only ends a sentence when followed by space/end (so 1.5 and
# e.g. a URL stay whole). Closing quotes/brackets stay with their sentence.
_SENTENCE_END = re.compile(
    r"(?:[。！？!?；;…]+|\.(?=\s|$))[”’\"')）」』]*|\n+"
)
# Abbreviations whose full stop is not a sentence end.
_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|vs|approx)|\b[A-HJ-Z])\.$")
_CLAUSE_SEP = re.compile(r"[，,、：:]")
# A unit needs at least one letter, digit or Han character to count.
_CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
_LIST_MARK = re.compile(r"^\s*(?:[0-9]{1,2}[.)、]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[-*•·])\s*")


@dataclass
class Piece:
    start: int
    end: int
    text: str


def _trim(text: str, start: int, end: int) -> Piece | None:
    """Strip whitespace and list markers; None when nothing meaningful is left."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    start += lead
    chunk = text[start:end]
    m = _LIST_MARK.match(chunk)
    if m and m.end() < len(chunk):
        start += m.end()
    chunk = text[start:end].rstrip()
    end = start + len(chunk)
    if not _CONTENT.search(chunk):
        return None
    return Piece(start, end, chunk)


def split_sentences(text: str) -> list[Piece]:
    """Sentences with spans [start, end) in `text` (terminators included)."""
    pieces: list[Piece] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().startswith(".") and _ABBREV.search(text[max(0, m.start() - 8):m.start() + 1]):
            continue
        piece = _trim(text, start, m.end())
        if piece:
            pieces.append(piece)
        start = m.end()
    piece = _trim(text, start, len(text))
    if piece:
        pieces.append(piece)
    return pieces


def split_clauses(sentence: Piece) -> list[Piece]:
    """Comma-separated clauses of one sentence, spans still in the full text."""
    clauses: list[Piece] = []
    start = 0
    for m in _CLAUSE_SEP.finditer(sentence.text):
        # A comma inside a number (1,200) does not separate clauses.
        if m.group() == "," and 0 < m.start() < len(sentence.text) - 1 \
                and sentence.text[m.start() - 1].isdigit() and sentence.text[m.start() + 1].isdigit():
            continue
        piece = _trim(sentence.text, start, m.end())
        if piece:
            clauses.append(Piece(sentence.start + piece.start, sentence.start + piece.end, piece.text))
        start = m.end()
    piece = _trim(sentence.text, start, len(sentence.text))
    if piece:
        clauses.append(Piece(sentence.start + piece.start, sentence.start + piece.end, piece.text))
    return clauses or [sentence]
