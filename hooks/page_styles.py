"""MkDocs hook: a page names stylesheets of its own in its front matter.

    ---
    stylesheets: [assets/handouts/handouts.css]
    ---

The handouts (docs/teach/handouts/) carry a print layout that no other page
should get, so it is not in mkdocs.yml extra_css. Paths are site-relative. The
<link> tags go at the start of the page's article, not in <head>: the theme's
instant navigation keeps the first page's <head> and swaps only the content,
so a link there arrives and leaves with its page. Coming after the theme's
and extra_css, the page's own rules win. A path that names no file of the
site fails the build.
"""
from __future__ import annotations

import html

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

META_KEY = "stylesheets"


def page_stylesheets(page, files) -> list[str]:
    """The site-relative stylesheets the page's front matter names, checked against the site's files."""
    names = page.meta.get(META_KEY) or []
    if isinstance(names, str):
        names = [names]
    where = page.file.src_uri
    if not isinstance(names, list) or not all(isinstance(n, str) and n.endswith(".css") for n in names):
        raise PluginError(f"{where}: front matter `{META_KEY}` is a list of .css paths, e.g. [assets/handouts/handouts.css]")
    missing = [n for n in names if files.get_file_from_path(n) is None]
    if missing:
        raise PluginError(f"{where}: front matter `{META_KEY}` names files the site does not have: {', '.join(missing)}")
    return names


_files: dict = {}   # the site's files, from on_files


def on_files(files, config):
    _files["files"] = files
    return files


ARTICLE = '<article class="md-content__inner md-typeset">'


def with_stylesheets(output: str, hrefs: list[str]) -> str:
    """The page with <link> tags for these hrefs at the start of its article."""
    start = output.find(ARTICLE)
    if not hrefs or start < 0:
        return output
    start += len(ARTICLE)
    tags = "".join(f'<link rel="stylesheet" href="{html.escape(h)}">' for h in hrefs)
    return output[:start] + tags + output[start:]


def on_post_page(output, page, config):
    names = page_stylesheets(page, _files["files"])
    if names and ARTICLE not in output:
        raise PluginError(f"{page.file.src_uri}: no theme article to hold the stylesheets of `{META_KEY}`")
    return with_stylesheets(output, [get_relative_url(n, page.url) for n in names])
