"""hooks/page_styles.py: a page's front matter names its own stylesheets; a wrong one fails the build."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from hooks.page_styles import ARTICLE, page_stylesheets, with_stylesheets


class _Files:
    def __init__(self, *paths):
        self.paths = set(paths)

    def get_file_from_path(self, path):
        return path if path in self.paths else None


def _page(meta):
    return SimpleNamespace(meta=meta, file=SimpleNamespace(src_uri="teach/handouts/card.md"))


def test_a_page_gets_the_stylesheets_it_names():
    files = _Files("assets/handouts/handouts.css")
    assert page_stylesheets(_page({"stylesheets": ["assets/handouts/handouts.css"]}), files) == ["assets/handouts/handouts.css"]
    assert page_stylesheets(_page({"stylesheets": "assets/handouts/handouts.css"}), files) == ["assets/handouts/handouts.css"]
    assert page_stylesheets(_page({}), files) == []


def test_a_missing_file_or_a_wrong_value_fails_the_build_with_the_page_named():
    files = _Files("assets/handouts/handouts.css")
    with pytest.raises(PluginError, match=r"teach/handouts/card.md: .*assets/handouts/nope.css"):
        page_stylesheets(_page({"stylesheets": ["assets/handouts/nope.css"]}), files)
    for wrong in ({"a": 1}, [3], ["handouts.js"]):
        with pytest.raises(PluginError, match="list of .css paths"):
            page_stylesheets(_page({"stylesheets": wrong}), files)


def test_the_links_sit_in_the_article_so_instant_navigation_carries_them():
    page = f'<html><head><title>t</title></head><body><div data-md-component="container">{ARTICLE}<h1>x</h1></article></div></body></html>'
    out = with_stylesheets(page, ["../../assets/handouts/handouts.css"])
    head, body = out.split("</head>")
    assert "handouts.css" not in head
    assert f'{ARTICLE}<link rel="stylesheet" href="../../assets/handouts/handouts.css"><h1>' in body
    assert with_stylesheets(page, []) == page
