"""A small static file server for the built site, with the headers an intranet would set.

Used by the browser tests and usable by admins as a reference: it sends the
Content-Security-Policy the site is written to work under and the right MIME
type for WebAssembly. `python -m tools.static_server site/ --port 8000`.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
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


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}
    csp: str | None = CSP

    def end_headers(self) -> None:
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        self.send_header("X-Content-Type-Options", "nosniff")
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
