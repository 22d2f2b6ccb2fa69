"""Shared fixtures: one real Elasticsearch node per test session.

Where the node comes from, in order: `ELASTICSEARCH_URL`; else a testcontainers node when a
Docker daemon answers; else the Elasticsearch tests fail under `CI=true` (a CI run that skipped
them has not tested the product) and are skipped with instructions elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOW = "run `scripts/es-start` and export the ELASTICSEARCH_URL it prints"


def _docker_answers() -> bool:
    try:
        import docker

        client = docker.from_env(timeout=3)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # no client library, no socket, no daemon: all mean "no Docker"
        return False


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
