"""MkDocs hook: a page names stylesheets of its own in its front matter.

    ---
    stylesheets: [assets/handouts/handouts.css]
    ---

The handouts (docs/teach/handouts/) carry a print layout that no other page
should get, so it is not in mkdocs.yml extra_css. Paths are site-relative; the
<link> tags go at the end of <head>, after the theme's and extra_css, so the
page's own rules win. A path that names no file of the site fails the build.
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


def on_post_page(output, page, config):
    names = page_stylesheets(page, _files["files"])
    if not names or "</head>" not in output:
        return output
    tags = "".join(f'<link rel="stylesheet" href="{html.escape(get_relative_url(n, page.url))}">\n' for n in names)
    end = output.find("</head>")
    return output[:end] + tags + output[end:]
