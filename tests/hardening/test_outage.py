"""Store outages: a stopped node gives 503 + Retry-After and recovers without a restart; a store
that accepts connections but never answers gives a 503 within the documented timeout.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from service.app import create_app
from service.config import Settings
from service.store.elastic import ElasticStore
from tests.hardening.conftest import load_seeds
from tests.hardening.node import PrivateNode

pytestmark = [pytest.mark.elasticsearch, pytest.mark.slow]
TIMEOUT = 1.5  # settings.elasticsearch_timeout for these tests
READS = ["/quotes", "/quotes/search?q=budget", "/speakers", "/sources", "/statements", "/facets"]


def wait_for(check: Callable[[], bool], seconds: float) -> bool:
    """Poll `check` until it holds or `seconds` pass; return whether it held."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.5)
    return check()


def assert_unavailable(response: TestResponse, retry_after: int) -> None:
    """Assert `response` is the store-down problem with its Retry-After."""
    assert response.status_code == 503, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"] == str(retry_after)
    assert response.get_json()["status"] == 503


@pytest.fixture
def outage_app(private_node: PrivateNode) -> Iterator[Flask]:
    """Return the API configured like production, making its own client, over a seeded index."""
    index = f"test-quotes-{uuid.uuid4().hex}"
    seeded = ElasticStore(private_node.url, index=index)
    load_seeds(seeded)
    settings = Settings(
        elasticsearch_url=private_node.url, elasticsearch_index=index, elasticsearch_timeout=5, retry_after=4
    )
    app = create_app(settings)
    yield app
    app.extensions["quotes"].close()
    if private_node.answers():
        seeded.drop()
    seeded.close()


def test_node_stopped_mid_run_gives_503_then_recovers_without_restarting_the_api(
    private_node: PrivateNode, outage_app: Flask
) -> None:
    client = outage_app.test_client()
    assert client.get("/readyz").status_code == 200
    assert all(client.get(url).status_code == 200 for url in READS)

    private_node.stop()
    try:
        for url in READS:
            assert_unavailable(client.get(url), retry_after=4)
        assert_unavailable(client.get("/quotes/q0123456789abcdef"), retry_after=4)
        assert_unavailable(client.post("/quotes/batch", json={"ids": ["q0123456789abcdef"]}), retry_after=4)
        assert_unavailable(client.get("/quotes/export"), retry_after=4)
        ready = client.get("/readyz")
        assert_unavailable(ready, retry_after=4)
        assert ready.get_json()["ready"] is False
        health = client.get("/healthz")
        assert health.status_code == 200 and health.get_json()["status"] == "ok"
    finally:
        private_node.start()

    # Same app, same client object: shards recover within seconds of the node coming back.
    assert wait_for(lambda: client.get("/readyz").status_code == 200, 60)
    assert wait_for(lambda: all(client.get(url).status_code == 200 for url in READS), 60)
    assert client.get("/quotes").get_json()["total"] > 0


class SilentServer:
    """A real TCP listener that accepts connections and never answers a byte."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.sock.settimeout(0.1)  # so the accept loop notices `close` promptly
        self.accepted: list[socket.socket] = []
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.accepted.append(conn)

    def close(self) -> None:
        """Stop listening and drop every held connection."""
        self.closed.set()
        self.thread.join(5)
        self.sock.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def silent_app() -> Iterator[Flask]:
    """Return the API pointed at a store that never answers, with a short timeout."""
    server = SilentServer()
    settings = Settings(
        elasticsearch_url=f"http://127.0.0.1:{server.port}", elasticsearch_timeout=TIMEOUT, retry_after=2
    )
    app = create_app(settings)
    yield app
    app.extensions["quotes"].close()
    server.close()


def _timed(client: FlaskClient, url: str) -> tuple[TestResponse, float]:
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


# One attempt plus the client's single retry, each bounded by the timeout, plus scheduling slack.
BOUND = 2 * TIMEOUT + 1.0


@pytest.mark.parametrize("url", ["/quotes", "/quotes/search?q=budget", "/speakers", "/readyz"])
def test_a_store_that_never_answers_gives_503_within_the_timeout(silent_app: Flask, url: str) -> None:
    response, elapsed = _timed(silent_app.test_client(), url)
    assert_unavailable(response, retry_after=2)
    assert TIMEOUT * 0.9 <= elapsed <= BOUND, elapsed


def test_requests_to_a_silent_store_time_out_side_by_side_instead_of_piling_up(silent_app: Flask) -> None:
    client = silent_app.test_client()
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: _timed(client, "/quotes"), range(8)))
    assert all(r.status_code == 503 for r, _ in results)
    assert time.monotonic() - started <= BOUND + 1.0  # not 8 × the bound
    health = client.get("/healthz")
    assert health.status_code == 200  # liveness never waits on the store
