"""The build's precompressed copies (hooks/precompress.py) and the reference
server that sends them (tools/static_server.py): the right copy for what the
browser accepts, the type of the original, and caching by whether the path
is content-hashed."""
from __future__ import annotations

import gzip
import random
import urllib.request

import brotli

from hooks.precompress import precompress_site
from tools.static_server import SiteServer

TEXT = ("<p>目标要具体、可衡量、可实现、相关、有时限。</p>\n" * 400).encode()


def _site(tmp_path):
    (tmp_path / "index.html").write_bytes(TEXT)
    (tmp_path / "tiny.js").write_text("x=1", encoding="utf-8")
    (tmp_path / "random.whl").write_bytes(random.Random(1).randbytes(10_000))   # incompressible
    hashed = tmp_path / "pyodide" / "checker-0123456789abcdef"
    hashed.mkdir(parents=True)
    (hashed / "pyodide-lock.json").write_bytes(b'{"packages": {}}' * 200)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "kinds.0123456789ab.json").write_bytes(b'{"kinds": {}}' * 200)
    precompress_site(tmp_path)
    return tmp_path


def _get(url: str, encoding: str | None, since: str | None = None):
    headers = {"Accept-Encoding": encoding} if encoding else {}
    if since:
        headers["If-Modified-Since"] = since
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, b""


def test_copies_decode_to_the_file_and_are_written_only_where_they_pay(tmp_path):
    site = _site(tmp_path)
    assert brotli.decompress((site / "index.html.br").read_bytes()) == TEXT
    assert gzip.decompress((site / "index.html.gz").read_bytes()) == TEXT
    assert not (site / "tiny.js.br").exists()       # under 1 KB: not worth it
    assert not (site / "random.whl.br").exists() and not (site / "random.whl.gz").exists()
    before = (site / "index.html.gz").read_bytes()
    precompress_site(site)                           # again: same bytes (no timestamp in gzip)
    assert (site / "index.html.gz").read_bytes() == before


def test_the_server_sends_the_copy_the_browser_accepts(tmp_path):
    site = _site(tmp_path)
    with SiteServer(site) as server:
        status, headers, body = _get(server.url, "gzip, deflate, br")
        assert status == 200 and headers["Content-Encoding"] == "br" and brotli.decompress(body) == TEXT
        assert headers["Content-Type"].startswith("text/html") and headers["Vary"] == "Accept-Encoding"
        status, headers, body = _get(server.url + "index.html", "gzip")
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == TEXT
        status, headers, body = _get(server.url, "br;q=0, identity")
        assert "Content-Encoding" not in headers and body == TEXT
        status, headers, body = _get(server.url, None)
        assert "Content-Encoding" not in headers and body == TEXT
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        # Unchanged since: 304, for the compressed copy too.
        status, _, _ = _get(server.url, "br", since=headers["Last-Modified"])
        assert status == 304


def test_hashed_paths_are_cached_for_a_year_the_rest_revalidated(tmp_path):
    site = _site(tmp_path)
    with SiteServer(site) as server:
        for path in ("pyodide/checker-0123456789abcdef/pyodide-lock.json", "assets/kinds.0123456789ab.json"):
            _, headers, _ = _get(server.url + path, "br")
            assert headers["Cache-Control"] == "public, max-age=31536000, immutable", path
            assert headers["Content-Type"] == "application/json", path
        for path in ("", "tiny.js", "random.whl"):
            _, headers, _ = _get(server.url + path, "br")
            assert headers["Cache-Control"] == "no-cache", path


def test_the_built_site_has_compressed_copies_of_the_heavy_files(built_site):
    core = next((built_site / "pyodide").glob("v*"))
    for name in ("pyodide.asm.wasm", "pyodide.asm.mjs"):
        original, copy = (core / name).stat().st_size, (core / (name + ".br")).stat().st_size
        assert copy < 0.5 * original, name
    wheel = next((built_site / "pyodide").glob("checker-*/*.whl"))
    assert (wheel.parent / (wheel.name + ".br")).stat().st_size < 0.4 * wheel.stat().st_size   # stored, then Brotli
    assert (built_site / "tools" / "checker" / "index.html.br").is_file()
    assert (built_site / "search" / "search_index.json.br").is_file()
