"""The data file reader (checker/yaml_data.py): folded Chinese lines join without a space while
spaces the author wrote stay, dates stay text, and hostile YAML is refused with a reason."""
from __future__ import annotations

import pytest

from checker.yaml_data import DataFileError, join_wide_folds, parse_yaml

FOLDS = [
    # (YAML, value)
    ("a: >-\n  第一行中文\n  第二行中文\n", "第一行中文第二行中文"),
    ("a: >-\n  情境交代背景（访客久等），\n  任务是你要负责的事\n", "情境交代背景（访客久等），任务是你要负责的事"),
    ("a: >-\n  first line\n  second line\n", "first line second line"),
    ("a: >-\n  中文结尾\n  English start\n", "中文结尾 English start"),       # Han and Latin keep their space
    ("a: >-\n  张三 李四\n  王五\n", "张三 李四王五"),                        # a space inside a line is the author's
    ("a: 张三 李四\n", "张三 李四"),                                          # plain scalars are left alone
    ("a: >-\n  第一段\n\n  第二段\n", "第一段\n第二段"),                      # an empty line is a line break
    ("a: |\n  第一行\n  第二行\n", "第一行\n第二行\n"),                        # literal blocks keep their breaks
    ("a: >-\n  한국어 문장\n  다음 줄\n", "한국어 문장 다음 줄"),              # Hangul is written with spaces
]


@pytest.mark.parametrize("text, value", FOLDS)
def test_folded_lines_join_like_css_segment_breaks(text, value):
    assert parse_yaml(text) == {"a": value}


def test_a_fold_that_does_not_line_up_is_left_as_folded():
    assert join_wide_folds("甲 乙", "丙\n丁") == "甲 乙"


def test_dates_stay_text_so_the_validator_can_judge_them():
    assert parse_yaml("today: 2026-11-23\nbad: 2026-13-01\n") == {"today": "2026-11-23", "bad": "2026-13-01"}


@pytest.mark.parametrize("text, reason", [
    ("questions: &q [*q]\n", "invalid YAML at line 1: alias *q refers to the list or mapping it is inside"),
    ("a: &m {b: *m}\n", "invalid YAML at line 1: alias *m refers to the list or mapping it is inside"),
    ("a: " + "[" * 60 + "]" * 60 + "\n", "invalid YAML at line 1: nested deeper than 40 levels"),
    ("a: 1\nb: 2\na: 3\n", 'invalid YAML at line 3: the key "a" appears twice in one mapping'),
    ("a: x\x0by\n", "invalid YAML at line 1: unacceptable character #x000b: special characters are not allowed"),
])
def test_hostile_yaml_is_refused_with_a_reason(text, reason):
    with pytest.raises(DataFileError) as err:
        parse_yaml(text)
    assert str(err.value) == reason


def test_aliases_that_stay_small_are_fine():
    data = parse_yaml("common: &tags [S, M]\nq1: {tags: *tags}\nq2: {tags: *tags}\n")
    assert data["q1"]["tags"] == data["q2"]["tags"] == ["S", "M"]


def test_merge_keys_still_work():
    assert parse_yaml("base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n")["c"] == {"x": 1, "y": 2}


def test_the_bank_loader_keeps_the_spaces_an_author_wrote(tmp_path):
    from quiz.banks import load_bank

    path = tmp_path / "spaces.yml"
    path.write_text("bank: spaces\ntitle: 空格\nquestions:\n  - id: sp-1\n    prompt: 姓名 张三 李四\n"
                    "    explanation: >-\n      第一行\n      第二行 第三段\n", encoding="utf-8")
    bank, problems = load_bank(path)
    assert problems == []
    assert bank.questions[0]["prompt"] == "姓名 张三 李四"
    assert bank.questions[0]["explanation"] == "第一行第二行 第三段"
