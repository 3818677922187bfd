"""The course is in its own words: no run of 20 or more Han characters shared with the
seed (tools/own_words.py) in page prose outside `>` quotes, in the quiz banks, or in the
texts of the checker's rules."""
from __future__ import annotations

from pathlib import Path

from tools import own_words

# A sentence of the seed (its MBO section), as a page once had it with its own punctuation.
COPIED = "至于用什么方法去完成，上级并不过多干预。所以在目标管理制度下，监督的成分很少，而控制目标实现的能力却很强。"


def test_no_course_text_repeats_the_seed():
    assert own_words.find_runs() == []


def _page(tmp_path: Path, text: str) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_copied_sentence_is_found_whatever_its_punctuation(tmp_path):
    root = _page(tmp_path, f"# 标题\n\n{COPIED.replace('，', ', ')}\n")
    [(label, run)] = own_words.find_runs(root)
    assert label == "docs/page.md"
    assert run.startswith("上级并不过多干预所以在目标管理制度下") and len(run) >= own_words.RUN


def test_the_same_sentence_in_a_quote_is_allowed(tmp_path):
    root = _page(tmp_path, f"# 标题\n\n原文：\n\n> {COPIED}\n")
    assert own_words.find_runs(root) == []


def test_a_shorter_shared_stretch_is_not_a_run(tmp_path):
    root = _page(tmp_path, "上级并不过多干预，而是看结果。\n")   # 8 Han characters from the seed, then our own
    assert own_words.find_runs(root) == []


def test_the_fingerprint_is_the_seed_when_the_seed_is_here():
    seed = own_words.seed_text()
    if seed is None:   # a clone without ../shared: the kept fingerprint is all there is
        assert own_words.load_fingerprint()
        return
    assert own_words.fingerprint(seed) == own_words.load_fingerprint(), "run python -m tools.own_words --update"


def test_quiz_banks_and_rule_texts_are_read_too(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "quiz" / "banks").mkdir(parents=True)
    (tmp_path / "checker" / "rules").mkdir(parents=True)
    (tmp_path / "quiz" / "banks" / "b.yml").write_text(
        f"bank: b\nquestions:\n  - id: b-1\n    explanation: {COPIED}\n", encoding="utf-8")
    (tmp_path / "checker" / "rules" / "r.yml").write_text(
        f"rules:\n  - id: X\n    why: {{zh: {COPIED}}}\n    examples: {{bad: [{{text: {COPIED}}}]}}\n", encoding="utf-8")
    assert [label for label, _ in own_words.find_runs(tmp_path)] == ["quiz/banks/b.yml", "checker/rules/r.yml"]
