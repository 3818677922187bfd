"""Read the data files users give the tools (quiz banks, plan files, roles
files) safely: bounded in size, in depth and in what aliases expand to.

They are small hand-written data, so anything that looks like an attack or
an accident is refused with a reason instead of raising deep inside PyYAML
or later in a validator:

- a file larger than its limit (each caller sets one: a bank, a plan and a
  roles file are a few KB);
- nesting deeper than MAX_DEPTH, an alias that refers to the list or mapping
  it is inside (`questions: &q [*q]`), or aliases that expand the data past
  MAX_NODES values (a "billion laughs" bomb);
- a key given twice in one mapping (the first value would be lost silently).

Dates stay text (`today: 2026-11-23` is the string "2026-11-23"), so an
impossible date such as 2026-13-01 reaches the validator and gets a message,
and a plan row's `when: 2026-11-15` is text like any other.

JSON files get the same size limit, and NaN, Infinity or nesting too deep
for the parser are refused the same way.

Not shipped to the browser (hooks/checker_bundle.py): the page has no files.

Folded scalars (`>-`) join their lines with a space; between two lines of
Chinese that space is wrong. The break is removed where both neighbours are
East Asian wide or fullwidth characters (the segment-break rule of CSS Text
level 4), and only at the line breaks the folding joined: spaces written
inside a line are kept.
"""
from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

import yaml

MAX_DEPTH = 40
MAX_NODES = 100_000


class DataFileError(ValueError):
    """The file cannot be read (the message says why, with the line when known)."""


def _wide(ch: str) -> bool:
    if not ch or "\u1100" <= ch <= "\u11ff" or "\uac00" <= ch <= "\ud7a3":   # Hangul keeps its spaces
        return False
    return unicodedata.east_asian_width(ch) in ("W", "F", "H")


def join_wide_folds(folded: str, literal: str) -> str:
    """`folded` with the spaces that folding put between two wide characters removed.

    `literal` is the same block scalar read with its line breaks kept; walking
    both side by side shows which spaces of `folded` were line breaks. When the
    two do not line up (never for PyYAML's folding), `folded` is returned as is.
    """
    out: list[str] = []
    i = j = 0
    while i < len(folded) and j < len(literal):
        f, lit = folded[i], literal[j]
        if f == lit:
            out.append(f)
            i += 1
            j += 1
        elif f == " " and lit == "\n":            # a line break the folding turned into a space
            before = out[-1] if out else ""
            after = folded[i + 1] if i + 1 < len(folded) else ""
            if not (_wide(before) and _wide(after)):
                out.append(" ")
            i += 1
            j += 1
        elif lit == "\n":                          # a line break the folding dropped before empty lines
            j += 1
        else:
            return folded
    return "".join(out) if i == len(folded) else folded


class DataLoader(yaml.SafeLoader):
    """SafeLoader with the limits and rules described in the module docstring."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0
        self._open_anchors: set[str] = set()
        self._sizes: dict[int, int] = {}

    # -- scanner: folded scalars ------------------------------------------
    def scan_block_scalar(self, style):
        if style != ">":
            return super().scan_block_scalar(style)
        start = (self.pointer, self.index, self.line, self.column)
        literal = super().scan_block_scalar("|")
        self.pointer, self.index, self.line, self.column = start
        token = super().scan_block_scalar(">")
        token.value = join_wide_folds(token.value, literal.value)
        return token

    # -- composer: depth, recursive aliases, expanded size ----------------
    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            if event.anchor in self._open_anchors:
                raise yaml.composer.ComposerError(
                    None, None, f"alias *{event.anchor} refers to the list or mapping it is inside", event.start_mark)
            return super().compose_node(parent, index)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", event.start_mark)
        anchor = getattr(event, "anchor", None)
        if anchor:
            self._open_anchors.add(anchor)
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
            if anchor:
                self._open_anchors.discard(anchor)
        self._sizes[id(node)] = size = 1 + sum(self._sizes.get(id(child), 1) for child in _children(node))
        if size > MAX_NODES:
            raise yaml.composer.ComposerError(
                None, None, f"the data expands to more than {MAX_NODES:,} values (through aliases)", event.start_mark)
        return node

    # -- constructor: duplicate keys --------------------------------------
    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    key = key_node.value
                    if key in seen:
                        raise yaml.constructor.ConstructorError(
                            None, None, f'the key "{key}" appears twice in one mapping', key_node.start_mark)
                    seen.add(key)
        return super().construct_mapping(node, deep=deep)


DataLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


def _children(node):
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return ()


def parse_yaml(text: str):
    """The data in `text`, or DataFileError with the reason and line."""
    try:
        return yaml.load(text, Loader=DataLoader)  # noqa: S506 - DataLoader is a SafeLoader
    except yaml.YAMLError as exc:
        # Point at where the broken construct starts (an unclosed quote), else where parsing stopped.
        where = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        if where is not None:
            line = where.line + 1
        elif isinstance(getattr(exc, "position", None), int):   # ReaderError: a character YAML refuses
            line = text.count("\n", 0, exc.position) + 1
        else:
            line = None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        reason = f"{context}: {problem}" if context else problem
        at = f" at line {line}" if line else ""
        raise DataFileError(f"invalid YAML{at}: {reason}") from None


def _no_constant(name):
    raise ValueError(f"{name} is not a JSON value")


def _finite(text):
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def parse_json(text: str):
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise DataFileError("invalid JSON: nested too deep") from None
    except ValueError as exc:
        raise DataFileError(f"invalid JSON: {exc}") from None


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def read_data_file(path, max_bytes: int, what: str = "the file", advice: str = ""):
    """Read and parse one file (.json as JSON, anything else as YAML),
    refusing it before parsing when it is over `max_bytes`."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise DataFileError(f"cannot read it: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise DataFileError(f"the file is {_size(Path(path).stat().st_size)}; {what} may be at most {_size(max_bytes)}"
                            + (f" ({advice})" if advice else ""))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataFileError(f"the file is not UTF-8 text (byte {exc.start})") from None
    return parse_json(text) if str(path).lower().endswith(".json") else parse_yaml(text)
