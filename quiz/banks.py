"""Read question banks from YAML files.

Reading never raises on bad content: a file that cannot be read or parsed
(checker/yaml_data.py reads it, within MAX_BANK_BYTES) becomes a Problem, so `quiz check` and
the site build report every problem in one run instead of stopping at the
first.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from checker.yaml_data import DataFileError, read_data_file

from . import DEFAULT_BANKS_DIR, PROJECT_ROOT

MAX_BANK_BYTES = 512 * 1024  # banks are a few KB


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
        if not Path(path).exists():
            return None, [Problem(shown, "-", "no such file")]
        data = read_data_file(path, MAX_BANK_BYTES, "a bank", "split it into several banks")
    except DataFileError as exc:
        return None, [Problem(shown, "-", str(exc))]
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
    description = data.get("description")
    if description is not None and not isinstance(description, str):
        problems.append(Problem(shown, "-", "the bank description is text (the `description:` key)"))
        description = None
    page = data.get("page")
    if page is not None and not isinstance(page, str):
        problems.append(Problem(shown, "-", "page is a docs page such as smart/specific.md (the `page:` key)"))
        page = None
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        problems.append(Problem(shown, "-", "a bank needs a non-empty `questions:` list"))
        questions = []
    bank = Bank(path=Path(path), id=bank_id, title=title, description=description or "",
                page=page, questions=questions)
    return bank, problems


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
