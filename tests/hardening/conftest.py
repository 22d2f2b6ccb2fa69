"""Fixtures for the hardening tests: the seeds loaded once per session into each store."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from service.app import create_app
from service.config import Settings
from service.loader import Loader
from service.store import QuoteStore
from service.store.elastic import ElasticStore
from service.store.sqlite import SqliteStore
from tests.hardening.node import PrivateNode

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DASHBOARD = "https://dashboard.example"


def load_seeds(store: QuoteStore) -> None:
    """Load the seed articles into `store`, failing loudly if any is rejected."""
    report = Loader(store).load([SEEDS])
    assert report.quotes_stored > 0 and not report.rejected, report


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteStore]:
    """Return an SQLite store holding the seeds."""
    store = SqliteStore(str(tmp_path_factory.mktemp("hardening") / "quotes.db"))
    load_seeds(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def seeded_elastic(elasticsearch_url: str) -> Iterator[ElasticStore]:
    """Return an Elasticsearch store on a fresh index of the session node, holding the seeds."""
    store = ElasticStore(elasticsearch_url, index=f"test-quotes-{uuid.uuid4().hex}")
    load_seeds(store)
    store.refresh()
    yield store
    store.drop()
    store.close()


@pytest.fixture(params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def seeded_store(request: pytest.FixtureRequest) -> QuoteStore:
    """Return each seeded store in turn."""
    name = "seeded_sqlite" if request.param == "sqlite" else "seeded_elastic"
    store: QuoteStore = request.getfixturevalue(name)
    return store


@pytest.fixture
def settings() -> Settings:
    """Return settings with a configured dashboard origin and small, reachable limits."""
    return Settings(max_limit=50, max_batch=20, cors_origins=(DASHBOARD,), retry_after=3)


@pytest.fixture
def app(settings: Settings, seeded_store: QuoteStore) -> Flask:
    """Return the API over a seeded store."""
    return create_app(settings, store=seeded_store)


@pytest.fixture(scope="session")
def private_node() -> Iterator[PrivateNode]:
    """Return a running Elasticsearch node of this session's own, to stop, kill and restart."""
    if (
        shutil.which("java") is None
        and not Path("/usr/lib/jvm").is_dir()
        and not os.environ.get("ES_JAVA_HOME")
    ):
        _unavailable("no JDK to run a private Elasticsearch node (scripts/es-start needs Java 21+)")
    node = PrivateNode()
    try:
        node.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        node.remove()
        _unavailable(f"scripts/es-start could not start a node on port {node.port}: {exc}")
    yield node
    node.remove()


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)
