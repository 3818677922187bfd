"""Give a built page the scripts of the features it contains.

Not a hook itself: the hooks that know what a page holds (trainer_assets: the
plan builder and STAR practice; quiz_pages: quiz blocks, the practice test,
the progress page, worksheets) call add_scripts() from on_post_page, so a page
loads only the scripts it uses instead of every script listed in mkdocs.yml
extra_javascript. The tags go where extra_javascript would put them, at the
end of <body> after the theme's bundle, and every one has a src: the intranet
CSP allows no inline script.
"""
from __future__ import annotations

import html

from mkdocs.utils import get_relative_url


def add_scripts(output: str, page, paths: list[str]) -> str:
    """Insert <script src> tags for the site-relative `paths`, in order, before </body>."""
    if not paths:
        return output
    end = output.rfind("</body>")   # the last one: page text may quote the tag
    if end < 0:
        return output
    tags = "".join(f'<script src="{html.escape(get_relative_url(p, page.url))}"></script>\n' for p in paths)
    return output[:end] + tags + output[end:]
