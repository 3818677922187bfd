"""hooks/search_dictionary.py: the jieba user dictionary is found whatever the working directory."""
from __future__ import annotations

import os
from pathlib import Path

import jieba
from mkdocs.config import load_config

from hooks import search_dictionary

ROOT = Path(__file__).resolve().parents[2]


def test_dictionary_path_resolves_from_another_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    search = config.plugins["material/search"]
    assert not os.path.isfile(search.config.jieba_dict_user)  # relative: not found from here
    search_dictionary.on_config(config)
    path = Path(search.config.jieba_dict_user)
    assert path.is_absolute() and path.is_file()


def test_dictionary_keeps_course_terms_whole():
    words = [line.split()[0] for line in (ROOT / "includes/jieba_userdict.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(ROOT / "includes/jieba_userdict.txt"))
    for word in ("三声起接", "回头看", "投诉率"):
        assert word in words
        assert word in tokenizer.lcut(f"前台要做到{word}。"), word
