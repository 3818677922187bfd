"""Read question banks from YAML files.

Reading never raises on bad content: a file that cannot be read or parsed
becomes a Problem, so `quiz check` and the site build report every problem
in one run instead of stopping at the first.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import DEFAULT_BANKS_DIR, PROJECT_ROOT


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank, printed as `file: question-id: reason`."""

    file: str
    qid: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.qid}: {self.reason}"


@dataclass
class Bank:
    path: Path
    id: str
    title: str
    description: str = ""
    page: str | None = None
    questions: list[dict] = field(default_factory=list)

    @property
    def display_path(self) -> str:
        return display_path(self.path)


def display_path(path: Path) -> str:
    """The path as printed in messages: relative to the project root when inside it."""
    path = Path(path).resolve()
    try:
        return path.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return os.fspath(path)


def bank_files(paths: list[Path] | None = None) -> list[Path]:
    """The .yml/.yaml files named by `paths` (files or folders), sorted; default: quiz/banks/."""
    paths = paths or [DEFAULT_BANKS_DIR]
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found.extend(sorted(q for q in p.iterdir() if q.suffix in (".yml", ".yaml") and q.is_file()))
        else:
            found.append(p)
    return found


def load_bank(path: Path) -> tuple[Bank | None, list[Problem]]:
    shown = display_path(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(shown, "-", "no such file")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(shown, "-", f"cannot read the file: {exc}")]
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        # Point at where the broken construct starts (an unclosed quote), else where parsing stopped.
        where = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        reason = f"{context}: {problem}" if context else problem
        return None, [Problem(shown, "-", f"invalid YAML{line}: {reason}")]
    if not isinstance(data, dict):
        return None, [Problem(shown, "-", "a bank must be a mapping with bank, title and questions")]
    problems = []
    bank_id = data.get("bank")
    if not isinstance(bank_id, str) or not bank_id.strip():
        problems.append(Problem(shown, "-", "missing bank id (the `bank:` key)"))
        bank_id = Path(path).stem
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(Problem(shown, "-", "missing bank title (the `title:` key)"))
        title = bank_id
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        problems.append(Problem(shown, "-", "a bank needs a non-empty `questions:` list"))
        questions = []
    questions = [tidy(q) for q in questions]
    page = data.get("page")
    bank = Bank(path=Path(path), id=bank_id, title=title, description=str(data.get("description") or ""),
                page=page if isinstance(page, str) else None, questions=questions)
    return bank, problems


CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
FOLDED_SPACE = re.compile(f"(?<=[{CJK}])[ \\t\\n]+(?=[{CJK}])")


def tidy(value):
    """Drop the spaces YAML's folded scalars (>-) put between two lines of Chinese text."""
    if isinstance(value, str):
        return FOLDED_SPACE.sub("", value)
    if isinstance(value, list):
        return [tidy(v) for v in value]
    if isinstance(value, dict):
        return {k: tidy(v) for k, v in value.items()}
    return value


def load_banks(paths: list[Path] | None = None) -> tuple[list[Bank], list[Problem]]:
    banks, problems = [], []
    files = bank_files(paths)
    if not files:
        problems.append(Problem(display_path(Path(paths[0]) if paths else DEFAULT_BANKS_DIR), "-", "no bank files found"))
    for path in files:
        bank, found = load_bank(path)
        problems.extend(found)
        if bank is not None:
            banks.append(bank)
    return banks, problems
