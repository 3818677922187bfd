"""Read the built site with the standard library: the ids, links and resource
references of every HTML page, so the site tests can check them."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@dataclass
class Reference:
    tag: str
    attr: str
    url: str
    rel: str = ""


@dataclass
class Page:
    path: Path
    ids: set[str] = field(default_factory=set)
    refs: list[Reference] = field(default_factory=list)
    inline_styles: list[str] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        for key in ("id", "name") if tag == "a" else ("id",):
            if a.get(key):
                self.page.ids.add(a[key])
        for attr in ("href", "src", "srcset", "poster", "data"):
            if attr in a and a[attr]:
                urls = [p.strip().split(" ")[0] for p in a[attr].split(",")] if attr == "srcset" else [a[attr]]
                for url in urls:
                    self.page.refs.append(Reference(tag, attr, url, a.get("rel", "").lower()))
        if a.get("style"):
            self.page.inline_styles.append(a["style"])
        self._in_style = tag == "style"

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.page.inline_styles.append(data)


def parse_page(path: Path) -> Page:
    page = Page(path)
    _PageParser(page).feed(path.read_text(encoding="utf-8"))
    return page


def html_pages(site: Path) -> list[Page]:
    return [parse_page(p) for p in sorted(site.rglob("*.html"))]


def is_foreign(url: str) -> bool:
    """True for an absolute or protocol-relative URL to a host other than this machine."""
    parts = urlsplit(url)
    if parts.scheme in ("", ) and not url.startswith("//"):
        return False
    if parts.scheme not in ("http", "https", "ws", "wss", ""):
        return False  # mailto:, data:, javascript:, blob:
    host = parts.hostname or ""
    return host not in LOCAL_HOSTS


def resolve(site: Path, page_path: Path, url: str) -> tuple[Path, str] | None:
    """The file a relative URL points to (directory URLs mean index.html), and its fragment."""
    parts = urlsplit(url)
    if parts.scheme or url.startswith("//"):
        return None
    if not parts.path:
        return page_path, parts.fragment
    base = site if parts.path.startswith("/") else page_path.parent
    target = (base / parts.path.lstrip("/")).resolve()
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment
