"""Where detectors, summaries and word-list uses are declared.

A criterion module (named for its criterion in checker/rules/kinds.yml)
marks each detector with @detector. A rule in checker/rules/*.yml names its
detector by function name (`detector: past_deadline`), looked up in its
criterion's module. A detector reads the parsed input and returns the places
where its rule fires (Hit); it never names the rule, so a finding is always
made from the rule's own data (checker.engine.judge).

`python -m checker.compile` checks both directions: every rule has its
detector, every detector has its rule, and every word list in the lexicon
is declared by some module through uses().
"""
from __future__ import annotations

from typing import Callable

DETECTORS: dict[str, Callable] = {}   # "module:function" -> detector
SUMMARIES: dict[str, Callable] = {}   # criterion module -> its summary function
LISTS_USED: set[str] = set()          # lexicon list names some module reads


Hit = tuple  # (span, params, extra): what hit() returns


def hit(span=None, extra: dict | None = None, **params) -> Hit:
    """One place a rule fires: the span it is about (characters of the
    report's text, or None for the whole input), the values its message and
    suggestion templates take (**params), and fields the finding carries
    beyond the contract's (a plan finding's action and field). A plain
    tuple: a check makes a few of them, and a named tuple costs a call more."""
    return (span, params, extra)


def detector(func: Callable) -> Callable:
    DETECTORS[f"{func.__module__}:{func.__name__}"] = func
    return func


def summary(func: Callable) -> Callable:
    """The criterion module's summary: (subject, status, own findings) -> a
    dict of values for the kind's `pass` template, a finished string, or
    None for the default (the most severe finding's message or title)."""
    SUMMARIES[func.__module__] = func
    return func


def uses(*names: str) -> tuple[str, ...]:
    """Declare the lexicon lists a module reads; returns their full names.
    A name without a language suffix means both lists: "cadence" ->
    ("cadence_zh", "cadence_en")."""
    full: list[str] = []
    for name in names:
        full += [name] if name.endswith(("_zh", "_en")) else [f"{name}_zh", f"{name}_en"]
    LISTS_USED.update(full)
    return tuple(full)
