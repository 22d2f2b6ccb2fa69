"""Shared fixtures: one real Elasticsearch node per test session.

Where the node comes from, in order: `ELASTICSEARCH_URL`; else a testcontainers node when a
Docker daemon answers; else the Elasticsearch tests fail under `CI=true` (a CI run that skipped
them has not tested the product) and are skipped with instructions elsewhere.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOW = "run `scripts/es-start` and export the ELASTICSEARCH_URL it prints"


def _docker_answers() -> bool:
    host = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
    if host.startswith("unix://"):
        # Probe the socket ourselves: docker-py leaks its unix socket when the daemon is absent,
        # and with warnings as errors that leak fails whichever test runs next.
        return _unix_daemon_answers(host.removeprefix("unix://"))
    try:
        import docker

        client = docker.from_env(timeout=3)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # no client library, no daemon: both mean "no Docker"
        return False


def _unix_daemon_answers(path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(3)
            sock.connect(path)
            sock.sendall(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            reply = sock.recv(64)
    except OSError:  # no socket file, refused, or no permission: no usable Docker
        return False
    return reply.startswith(b"HTTP/1.") and b" 200 " in reply


@pytest.fixture(scope="session")
def elasticsearch_url() -> Iterator[str]:
    """Return the URL of a running Elasticsearch node for this session."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if url:
        yield url.rstrip("/")
        return
    if _docker_answers():
        from testcontainers.community.elasticsearch import ElasticSearchContainer

        version = (ROOT / "scripts" / "es-version").read_text().strip()
        image = f"docker.elastic.co/elasticsearch/elasticsearch:{version}"
        with ElasticSearchContainer(image, mem_limit="2g").with_env("ES_JAVA_OPTS", "-Xms1g -Xmx1g") as node:
            yield node.get_url()
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but no Elasticsearch: set ELASTICSEARCH_URL ({HOW}) or provide Docker")
    pytest.skip(f"no Elasticsearch node: {HOW}")


_ES_TESTS: set[str] = set()
_ES_OUTCOMES: dict[str, int] = {"passed": 0, "failed": 0, "skipped": 0}


def pytest_collection_finish(session: pytest.Session) -> None:
    """Note which selected tests need Elasticsearch, so the summary can say how many of them ran."""
    _ES_TESTS.update(
        i.nodeid
        for i in session.items
        if i.get_closest_marker("elasticsearch") or "elasticsearch_url" in getattr(i, "fixturenames", ())
    )


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.nodeid not in _ES_TESTS:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        _ES_OUTCOMES[report.outcome] = _ES_OUTCOMES.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many tests ran against a real Elasticsearch node; a skipped one is not tested."""
    if _ES_TESTS:
        counts = ", ".join(f"{n} {k}" for k, n in _ES_OUTCOMES.items())
        terminalreporter.write_line(f"Elasticsearch tests (real node): {counts} of {len(_ES_TESTS)}")
