"""Limits as a client meets them: the API under gunicorn (`quotes serve`) on a real port."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest

from service.api.http import MAX_QUERY_BYTES
from tests.hardening.conftest import DASHBOARD, SEEDS
from tests.hardening.corpus import QUOTES, ROOT

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """Return the port of `quotes serve` over the seeds in SQLite, stopped after the module."""
    db = tmp_path_factory.mktemp("served") / "quotes.db"
    env = {**os.environ, "QUOTES_SQLITE_PATH": str(db), "QUOTES_CORS_ORIGINS": DASHBOARD}
    subprocess.run([*QUOTES, "load", str(SEEDS)], env=env, cwd=ROOT, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [*QUOTES, "serve", "--port", str(port), "--workers", "1", "--threads", "4"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: gunicorn's master and workers, nothing else
    )
    try:
        deadline = time.monotonic() + 60
        while _status(port, "/healthz") != 200:
            assert server.poll() is None and time.monotonic() < deadline, "quotes serve did not start"
            time.sleep(0.3)
        yield port
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def _status(port: int, path: str) -> int:
    try:
        return _request(port, "GET", path).status
    except OSError:
        return 0


class Answer:
    """A response read in full."""

    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = response.headers
        self.body = response.read()


def _request(port: int, method: str, path: str, body: bytes | None = None, **headers: str) -> Answer:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers)
        return Answer(conn.getresponse())
    finally:
        conn.close()


def _raw(port: int, request_line: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request_line + b"\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("size", [10 * 1024, 100 * 1024])
def test_a_long_query_string_gets_a_414_problem_with_all_headers(served: int, size: int) -> None:
    answer = _request(served, "GET", "/quotes?q=" + "b" * size, Origin=DASHBOARD)
    assert answer.status == 414
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert str(MAX_QUERY_BYTES).encode() in answer.body
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Access-Control-Allow-Origin"] == DASHBOARD


def test_a_request_line_past_gunicorns_cap_is_refused_without_a_server_error(served: int) -> None:
    reply = _raw(served, b"GET /quotes?q=" + b"b" * (1024 * 1024 + 10) + b" HTTP/1.1")
    assert reply.startswith(b"HTTP/1.1 4"), reply[:100]


def test_a_batch_body_past_the_limit_gets_a_413_problem(served: int) -> None:
    body = b'{"ids": [' + b",".join(b'"q%016x"' % i for i in range(100_000)) + b"]}"
    answer = _request(served, "POST", "/quotes/batch", body, **{"Content-Type": "application/json"})
    assert answer.status == 413
    assert answer.headers["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(
    "line",
    [b"GET /quotes?q=%FF%FE HTTP/1.1", b"GET /quotes?q=\xff\xfe HTTP/1.1", b"GET /quotes/\xc0\xaf HTTP/1.1"],
)
def test_invalid_utf8_on_the_wire_is_never_a_server_error(served: int, line: bytes) -> None:
    reply = _raw(served, line)
    status = int(reply.split(b" ", 2)[1])
    assert 200 <= status < 500, reply[:300]


def test_the_served_app_still_answers_after_the_abuse(served: int) -> None:
    assert _status(served, "/quotes?limit=1") == 200
    assert _status(served, "/readyz") == 200
