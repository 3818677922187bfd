"""Every relative link and resource in the built site points to a file that exists,
and every #fragment names an id in its target page."""
from __future__ import annotations

from tests.site.built_html import html_pages, parse_page, resolve


def test_internal_links_and_anchors_resolve(built_site):
    pages = {p.path.resolve(): p for p in html_pages(built_site)}
    broken = []
    for page in pages.values():
        for ref in page.refs:
            if ref.url.startswith(("mailto:", "tel:", "javascript:", "data:", "blob:")):
                continue
            target = resolve(built_site, page.path, ref.url)
            if target is None:
                continue  # absolute URL: test_site_offline checks those
            path, fragment = target
            where = f"{page.path.relative_to(built_site)}: <{ref.tag} {ref.attr}={ref.url!r}>"
            if not path.is_file():
                broken.append(f"{where} -> missing {path}")
                continue
            if fragment and path.suffix == ".html":
                ids = pages[path].ids if path in pages else parse_page(path).ids
                if fragment not in ids:
                    broken.append(f"{where} -> no id {fragment!r}")
    assert broken == []


def test_link_checker_notices_a_broken_anchor(built_site, tmp_path):
    """The check above must be able to fail: a page with a bad fragment is caught."""
    page = tmp_path / "index.html"
    page.write_text('<p id="here"></p><a href="#here">ok</a><a href="#nowhere">bad</a>', encoding="utf-8")
    parsed = parse_page(page)
    missing = [r.url for r in parsed.refs if resolve(tmp_path, page, r.url)[1] not in parsed.ids]
    assert missing == ["#nowhere"]
