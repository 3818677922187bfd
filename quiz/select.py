"""Pick questions out of loaded banks: by bank, by id, by tags."""
from __future__ import annotations

from .banks import Bank


def all_questions(banks: list[Bank]) -> list[tuple[Bank, dict]]:
    return [(bank, q) for bank in banks for q in bank.questions if isinstance(q, dict)]


def by_tags(banks: list[Bank], tags: list[str] | None) -> list[tuple[Bank, dict]]:
    """Questions carrying at least one of `tags` (all questions when tags is empty)."""
    pairs = all_questions(banks)
    if not tags:
        return pairs
    wanted = set(tags)
    return [(b, q) for b, q in pairs if wanted & set(q.get("tags") or [])]


def by_bank_ids(banks: list[Bank], bank_ids: list[str] | None) -> list[Bank]:
    if not bank_ids:
        return banks
    return [b for b in banks if b.id in set(bank_ids)]
