"""Find course text that repeats the source material word for word.

The course is written in its own words from the seed text
(../shared/seeds/*.txt); facts may come from it, sentences may not. A *run* is
a stretch of 20 or more Han characters, in a row, that the seed also has in a
row: punctuation, spaces, digits and Latin letters are ignored on both sides,
so changing a comma does not hide a copied sentence.

Checked: page prose (docs/**/*.md, except `>` quote lines: quoting a case as
exercise material is fine when it is marked as a quote), every text in the quiz
banks, and the texts of the checker's rules (their titles, messages,
suggestions and "why" paragraphs, shown on the rule pages).

The seed is not in the repository, so its 20-character windows are kept as
short hashes in seed-20grams.txt; `--update` rebuilds that file from the seed.

    .venv/bin/python -m tools.own_words            # list the runs (exit 1 if any)
    .venv/bin/python -m tools.own_words --update   # after the seed changes
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FINGERPRINT = Path(__file__).resolve().parent / "seed-20grams.txt"
SEED_DIR = ROOT.parent / "shared" / "seeds"
RUN = 20
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
QUOTE_LINE = re.compile(r"^\s*>")
RULE_TEXT_KEYS = {"title", "message", "suggestion", "why"}


def han(text: str) -> str:
    return "".join(HAN.findall(text))


def gram_hash(gram: str) -> str:
    return hashlib.blake2b(gram.encode("utf-8"), digest_size=6).hexdigest()


def fingerprint(seed_text: str) -> set[str]:
    h = han(seed_text)
    return {gram_hash(h[i:i + RUN]) for i in range(len(h) - RUN + 1)}


def load_fingerprint(path: Path = FINGERPRINT) -> set[str]:
    return set(path.read_text(encoding="ascii").split())


def runs(text: str, grams: set[str]) -> list[str]:
    """The stretches of `text` (as Han characters) that the seed has too, each at least RUN long."""
    h = han(text)
    spans: list[list[int]] = []
    for i in range(len(h) - RUN + 1):
        if gram_hash(h[i:i + RUN]) in grams:
            if spans and i <= spans[-1][1]:
                spans[-1][1] = i + RUN
            else:
                spans.append([i, i + RUN])
    return [h[a:b] for a, b in spans]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _rule_texts(data):
    for rule in (data or {}).get("rules", []) if isinstance(data, dict) else []:
        for key in RULE_TEXT_KEYS & set(rule):
            yield from _strings(rule[key])


def course_texts(root: Path = ROOT):
    """(label, text) for every text the test looks at; page prose comes without its `>` quote lines."""
    for page in sorted((root / "docs").rglob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        yield page.relative_to(root).as_posix(), "\n".join(l for l in lines if not QUOTE_LINE.match(l))
    for bank in sorted((root / "quiz" / "banks").glob("*.yml")):
        for text in _strings(yaml.safe_load(bank.read_text(encoding="utf-8"))):
            yield bank.relative_to(root).as_posix(), text
    for rules in sorted((root / "checker" / "rules").glob("*.yml")):
        for text in _rule_texts(yaml.safe_load(rules.read_text(encoding="utf-8"))):
            yield rules.relative_to(root).as_posix(), text


def find_runs(root: Path = ROOT, grams: set[str] | None = None) -> list[tuple[str, str]]:
    grams = load_fingerprint() if grams is None else grams
    return [(label, run) for label, text in course_texts(root) for run in runs(text, grams)]


def seed_text(seed_dir: Path = SEED_DIR) -> str | None:
    files = sorted(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
    return "\n".join(f.read_text(encoding="utf-8") for f in files) if files else None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="List course text copied word for word from the seed.")
    parser.add_argument("--update", action="store_true", help=f"rebuild {FINGERPRINT.name} from {SEED_DIR}")
    args = parser.parse_args(argv)
    if args.update:
        text = seed_text()
        if text is None:
            print(f"own_words: no seed under {SEED_DIR}", file=sys.stderr)
            return 2
        FINGERPRINT.write_text("\n".join(sorted(fingerprint(text))) + "\n", encoding="ascii")
        print(f"own_words: {FINGERPRINT.name} rebuilt from {SEED_DIR}")
        return 0
    found = find_runs()
    for label, run in found:
        print(f"{label}: {run}")
    print(f"own_words: {len(found)} run(s) of {RUN}+ Han characters shared with the seed", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
