"""hooks/fences.py: fences are found at any indentation (inside tabs and admonitions),
read without it, and replaced with every line indented back."""
from __future__ import annotations

from hooks.fences import find_fences, replace_fences

TABBED = '=== "修改后"\n\n    ```demo a=1\n    第一行\n\n    第二行\n    ```\n\n=== "为什么"\n\n    说明\n'


def test_an_indented_fence_is_read_without_its_indentation():
    [fence] = find_fences(TABBED, {"demo"})
    assert (fence.lang, fence.options, fence.body, fence.line) == ("demo", "a=1", "第一行\n\n第二行", 3)


def test_every_line_of_the_replacement_keeps_the_fence_indentation():
    out = replace_fences(TABBED, {"demo": lambda body, options, line: body.replace("第", "> 第")})
    assert "    > 第一行\n\n    > 第二行\n" in out
    assert out.endswith('=== "为什么"\n\n    说明\n')


def test_fences_of_other_languages_and_nested_examples_are_left_alone():
    md = "````markdown\n```demo\nx\n```\n````\n\n```python\nprint(1)\n```\n"
    assert find_fences(md, {"demo"}) == []
    assert replace_fences(md, {"demo": lambda *a: "X"}) == md


def test_an_unclosed_fence_leaves_the_rest_as_it_is():
    md = "```demo\nx\n```\n\n```demo\nnever closed\n"
    assert replace_fences(md, {"demo": lambda *a: "X"}) == "\nX\n\n\n```demo\nnever closed\n"
