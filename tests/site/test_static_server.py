"""The reference server (tools/static_server.py) stays quiet and keeps serving
when a browser drops a download halfway, as closing a tab does."""
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
