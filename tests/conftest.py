"""Shared fixtures: the sample articles, the saved dev pages and gold in ../shared, a local web server."""

import importlib.util
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from bench.paths import ROOT, SHARED

SAMPLES = sorted((ROOT / "sample_articles").glob("*.txt"))
DEV_PAGES = sorted((SHARED / "data" / "html" / "dev").glob("*.html"))

needs_shared = pytest.mark.skipif(not DEV_PAGES, reason=f"saved pages not found under {SHARED} (set CLIPPER_SHARED)")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Handler(BaseHTTPRequestHandler):
    """Routes of the test server: real pages and every way a fetch can go wrong."""

    pages: ClassVar[dict[str, tuple[int, str, bytes] | list[tuple[int, str, bytes]]]] = {}

    def do_GET(self):
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/silent":  # accepts the request, never answers
            time.sleep(30)
            return
        if self.path == "/drip":  # answers, then sends its body a byte a second
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)
            return
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path == "/hang-up":  # closes the connection without a word
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop" + str(int(self.path[5:] or 0) + 1))
            self.end_headers()
            return
        page = self.pages.get(self.path, (404, "text/html", b"<html><body>Not found</body></html>"))
        if isinstance(page, list):  # a sequence of answers, one per request, the last one repeated
            page = page.pop(0) if len(page) > 1 else page[0]
        status, ctype, body = page
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def web():
    """Base URL of a web server on 127.0.0.1 serving Handler.pages."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", Handler.pages
    server.shutdown()
