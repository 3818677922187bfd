"""A small static file server for the built site, with the headers an intranet would set.

Used by the browser tests and the benchmarks, and usable by admins as a
reference (`python -m tools.static_server site/ --port 8000`). It sends
- the Content-Security-Policy the site is written to work under;
- the right MIME types (WebAssembly, JavaScript modules);
- the precompressed copies the build writes beside the files
  (hooks/precompress.py: `x.br`, `x.gz`), with Content-Encoding, when the
  browser accepts them, like nginx's `brotli_static` / `gzip_static`;
- long-lived caching for content-hashed paths (their name changes with their
  content: the Pyodide core's and checker's folders, the theme's bundles, the
  kinds data) and revalidation (`no-cache` + Last-Modified) for the rest.

It answers only for files inside the site: no folder listings, nothing
reached through a symlink that points outside it, 400 for a path with a NUL
byte or a request line without an HTTP version, and a connection that sends
nothing for IDLE_SECONDS is closed.
"""
from __future__ import annotations

import argparse
import email.utils
import functools
import http.server
import os
import re
import sys
import threading
import urllib.parse
from pathlib import Path

# The policy a company would set; the site must work under it (see README).
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self'"
)

EXTRA_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
}


# Paths whose name changes whenever their content does: safe to cache for a year.
HASHED = re.compile(
    r"(^|/)pyodide/(v\d[^/]*|checker-[0-9a-f]{8,})/"      # hooks/checker_bundle.py
    r"|\.[0-9a-f]{8,}(\.min)?\.(js|css|json)$"             # Material's bundles, assets/trainer/kinds.<hash>.json
)
LONG_CACHE = "public, max-age=31536000, immutable"
# Best first; the suffix of the copy hooks/precompress.py writes.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
IDLE_SECONDS = 20   # a silent or half-sent request is dropped after this


def accepted(header: str | None) -> set[str]:
    """The codings an Accept-Encoding header allows (q=0 excluded)."""
    out = set()
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip().removeprefix("q=") if params.strip().startswith("q=") else "1"
        try:
            if float(q) > 0:
                out.add(name.strip().lower())
        except ValueError:
            pass
    return out


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}
    csp: str | None = CSP
    timeout = IDLE_SECONDS

    def parse_request(self) -> bool:
        # "GET /" with no version is HTTP/0.9: the base class would then wait
        # for headers the client never sends. Refuse it at once, with headers.
        words = (self.raw_requestline or b"").split()
        if len(words) == 2:
            self.request_version = self.default_request_version = "HTTP/1.0"
            self.command, self.close_connection = None, True
            self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
            self.send_error(400, "Bad request: no HTTP version")
            return False
        return super().parse_request()

    @staticmethod
    def _has_nul(path: str) -> bool:
        return "\x00" in urllib.parse.unquote(urllib.parse.urlsplit(path).path)

    def translate_path(self, path: str) -> str:
        """The file for a URL path, or "" when it is not a file inside the site
        (the base class then answers 404 for "")."""
        if self._has_nul(path):
            return ""
        local = super().translate_path(path)
        root = os.path.realpath(self.directory)
        real = os.path.realpath(local)
        return local if real == root or real.startswith(root + os.sep) else ""

    def list_directory(self, path):
        self.send_error(404, "File not found")   # folders are not listed
        return None

    def _file(self) -> str | None:
        """The file the request names (a folder's index.html), or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path) and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        return path if os.path.isfile(path) else None

    def send_head(self):
        self._encoding, self._varies = None, False
        if self._has_nul(self.path):
            self.send_error(400, "Bad request: NUL in the path")
            return None
        path = self._file()
        if path is None:
            return super().send_head()   # folder redirects, 404 (no listings: list_directory)
        self._varies = any(os.path.isfile(path + suffix) for _, suffix in ENCODINGS)
        allowed = accepted(self.headers.get("Accept-Encoding"))
        coding = next((c for c, suffix in ENCODINGS if c in allowed and os.path.isfile(path + suffix)), None)
        if coding is None:
            return super().send_head()
        suffix = dict(ENCODINGS)[coding]
        f = open(path + suffix, "rb")
        try:
            size = os.fstat(f.fileno()).st_size
            modified = os.stat(path).st_mtime
            since = self.headers.get("If-Modified-Since")
            if since and "If-None-Match" not in self.headers:
                try:
                    if email.utils.parsedate_to_datetime(since).timestamp() >= int(modified):
                        self.send_response(304)
                        self.end_headers()
                        f.close()
                        return None
                except (TypeError, ValueError, IndexError, OverflowError):
                    pass
            self._encoding = coding
            self.send_response(200)
            self.send_header("Content-type", self.guess_type(path))   # the type of what it encodes
            self.send_header("Content-Length", str(size))
            self.send_header("Last-Modified", self.date_time_string(modified))
            self.end_headers()
            return f
        except Exception:
            f.close()
            raise

    def end_headers(self) -> None:
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        if getattr(self, "_encoding", None):
            self.send_header("Content-Encoding", self._encoding)
        if getattr(self, "_varies", False):
            self.send_header("Vary", "Accept-Encoding")
        path = urllib.parse.urlsplit(getattr(self, "path", "")).path
        self.send_header("Cache-Control", LONG_CACHE if HASHED.search(path) else "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A browser that closes a tab mid-download drops its connection: normal, not an error."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class SiteServer:
    """Serve `root` on 127.0.0.1 in a background thread; use as a context manager."""

    def __init__(self, root: Path, port: int = 0, csp: str | None = CSP):
        handler = type("Handler", (SiteHandler,), {"csp": csp})
        self.httpd = QuietServer(
            ("127.0.0.1", port), functools.partial(handler, directory=str(root))
        )
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, nargs="?", default=Path("site"))
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    if not (args.root / "index.html").is_file():
        raise SystemExit(f"{args.root}/index.html not found: build the site first (mkdocs build)")
    with SiteServer(args.root, args.port) as server:
        print(f"Serving {args.root} on {server.url} (Ctrl-C to stop)")
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
