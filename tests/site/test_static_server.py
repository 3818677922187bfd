"""The reference server (tools/static_server.py) stays quiet and keeps serving
when a browser drops a download halfway, as closing a tab does, and answers
bad requests (NUL bytes, folders, symlinks out of the site, no HTTP version,
silence) with a status instead of a traceback, a listing or a wait."""
from __future__ import annotations

import socket
import struct
import urllib.request

from tools.static_server import SiteServer


def test_a_dropped_download_prints_nothing_and_the_server_keeps_serving(tmp_path, capsys):
    (tmp_path / "index.html").write_text("<p>ok</p>", encoding="utf-8")
    (tmp_path / "big.bin").write_bytes(b"x" * 8_000_000)
    with SiteServer(tmp_path) as server:
        host, port = server.httpd.server_address[:2]
        for _ in range(3):
            client = socket.create_connection((host, port))
            client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
            client.recv(1024)   # the download has started
            # Close with a reset instead of a polite FIN, as a killed tab does.
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            client.close()
        with urllib.request.urlopen(server.url + "index.html", timeout=10) as response:
            assert response.read() == b"<p>ok</p>"
            assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err


def _raw(server, request: bytes, timeout: float = 5) -> bytes:
    """Send raw bytes and read the whole answer (the server closes after it)."""
    host, port = server.httpd.server_address[:2]
    with socket.create_connection((host, port), timeout=timeout) as client:
        client.sendall(request)
        chunks = []
        while chunk := client.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _status(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def test_bad_paths_get_a_clear_status_and_nothing_outside_the_site(tmp_path, capsys):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "pyodide").mkdir()
    (site / "index.html").write_text("<p>ok</p>", encoding="utf-8")
    (site / "assets" / "a.css").write_text("p{}", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside", encoding="utf-8")
    (site / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (site / "out").symlink_to(tmp_path)
    (site / "assets" / "inside.css").symlink_to(site / "assets" / "a.css")   # inside the site: served
    with SiteServer(site) as server:
        get = lambda path: _raw(server, b"GET " + path + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert _status(get(b"/%00/x")) == 400
        assert _status(get(b"/index.html%00")) == 400
        for folder in (b"/assets/", b"/pyodide/"):
            answer = get(folder)
            assert _status(answer) == 404 and b"Directory listing" not in answer, folder
        for escape in (b"/leak.txt", b"/out/secret.txt", b"/out/"):
            answer = get(escape)
            assert _status(answer) == 404 and b"outside" not in answer, escape
        assert get(b"/assets/inside.css").endswith(b"p{}")
        assert get(b"/").endswith(b"<p>ok</p>")
    assert "Traceback" not in capsys.readouterr().err


def test_a_request_line_without_a_version_is_answered_at_once(tmp_path):
    (tmp_path / "index.html").write_text("<p>ok</p>", encoding="utf-8")
    with SiteServer(tmp_path) as server:
        answer = _raw(server, b"GET /\r\n", timeout=3)   # would time out if the server waited for headers
        assert answer.startswith(b"HTTP/1.0 400")


def test_a_silent_connection_is_closed_and_others_are_served(tmp_path, monkeypatch):
    import tools.static_server as static_server
    assert 0 < static_server.SiteHandler.timeout == static_server.IDLE_SECONDS   # set; the default waits for ever
    monkeypatch.setattr(static_server.SiteHandler, "timeout", 1)
    (tmp_path / "index.html").write_text("<p>ok</p>", encoding="utf-8")
    with SiteServer(tmp_path) as server:
        host, port = server.httpd.server_address[:2]
        with socket.create_connection((host, port), timeout=5) as idle:
            idle.sendall(b"GET / HTTP/1.1\r\n")   # never finishes its headers
            with urllib.request.urlopen(server.url, timeout=5) as response:
                assert response.read() == b"<p>ok</p>"
            assert idle.recv(1024) == b""   # closed by the server, not by our timeout
