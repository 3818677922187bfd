"""A build-time cache of compiled regular expressions, for a fast start in Pyodide.

Python's regex compiler (re._parser, re._compiler) is pure Python. Under
Pyodide, compiling the checker's patterns is most of the time between
"Python is up" and "the first check is done". The site build therefore runs
the checker's warm-up once under the same Pyodide (hooks/checker_bundle.py,
hooks/pyodide_prepare.py) and saves, for every pattern it compiled, the program
that re hands to the C engine (_sre.compile). In the browser, preload()
builds the Pattern objects from those programs and puts them in re's own
cache, so the checker's ordinary re.compile calls find them ready.

Safety: the file is stamped with the exact Python build and regex engine
that made it; any other Python ignores it (preload returns 0) and compiles
as usual. A program is only recorded after checking that it gives a Pattern
equal to what re.compile gives (same pattern, flags and code), so the cache
can make start-up faster but never change a result.
"""
from __future__ import annotations

import marshal
import re
import sys
from array import array

import _sre
from re import _compiler, _parser

from checker import data_loader
from checker.errors import DataMissingError

FILE_NAME = "sre-cache.bin"


def stamp() -> tuple:
    """What must match for a recorded program to be valid here."""
    return (sys.version, sys.byteorder, _sre.MAGIC, _sre.CODESIZE, array("I").itemsize)


def _program(pattern: str, flags: int) -> tuple:
    """The arguments re._compiler.compile passes to _sre.compile, code packed as bytes."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return (pattern, flags, flags | parsed.state.flags, array("I", code).tobytes(),
            parsed.state.groups - 1, dict(parsed.state.groupdict))


def _pattern(program: tuple) -> re.Pattern:
    pattern, _flags, final_flags, code, groups, groupindex = program
    indexgroup = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, groupindex, tuple(indexgroup))


def record(warm_up) -> bytes:
    """Run warm_up() in a fresh process and return the programs of every str
    pattern it compiled (including the checker's module-level ones, so call
    this before anything imports the checker's modules)."""
    re.purge()
    warm_up()
    programs = []
    for kind, pattern, flags in list(re._cache):
        if kind is not str:
            continue
        program = _program(pattern, flags)
        if _pattern(program) != re.compile(pattern, flags):
            raise RuntimeError(f"sre_cache: the recorded program differs from re.compile for {pattern[:60]!r}")
        programs.append(program)
    return marshal.dumps((stamp(), programs))


def preload() -> int:
    """Put the recorded patterns in re's cache; returns how many (0 when
    there is no cache or it was made by another Python)."""
    try:
        recorded_stamp, programs = marshal.loads(data_loader.read_bytes(FILE_NAME))
    except (DataMissingError, EOFError, ValueError, TypeError):
        return 0
    if recorded_stamp != stamp():
        return 0
    for program in programs:
        re._cache[(str, program[0], program[1])] = _pattern(program)
    return len(programs)


def write(path: str, warm_up) -> int:
    """Build step: record warm_up() into the file at path; returns the pattern count."""
    data = record(warm_up)
    with open(path, "wb") as out:
        out.write(data)
    return len(marshal.loads(data)[1])
