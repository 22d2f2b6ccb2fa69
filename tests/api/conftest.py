"""Fixtures for the API tests: every test that takes `client` runs once per store backend."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from service.store import QuoteStore
from service.store.elastic import ElasticStore
from service.store.sqlite import SqliteStore
from tests.api.factory import World, build_world

DASHBOARD = "https://dashboard.example"


def _elastic_store(request: pytest.FixtureRequest) -> ElasticStore:
    url = request.getfixturevalue("elasticsearch_url")  # one node per session, tests/conftest.py
    return ElasticStore(url, index=f"test-quotes-{uuid.uuid4().hex}")


@pytest.fixture(params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[QuoteStore]:
    """Return an empty store of each backend: SQLite on a temp file, Elasticsearch on a fresh index."""
    store = SqliteStore(str(tmp_path / "quotes.db")) if request.param == "sqlite" else _elastic_store(request)
    yield store
    if isinstance(store, ElasticStore):
        store.drop()  # the index is this test's alone
    store.close()


@pytest.fixture
def world(store: QuoteStore) -> World:
    """Return the small world, loaded into the store."""
    world = build_world()
    store.upsert(world.articles, world.quotes, world.speakers, world.statements)
    return world


@pytest.fixture
def settings() -> Settings:
    """Return settings with small limits, so that the limits are reachable in tests."""
    return Settings(max_limit=4, max_batch=3, cors_origins=(DASHBOARD,), retry_after=7, export_max=100)


@pytest.fixture
def app(settings: Settings, store: QuoteStore) -> Flask:
    """Return the API on the store."""
    return create_app(settings, store=store)


@pytest.fixture
def client(app: Flask, world: World) -> FlaskClient:
    """Return a test client of the API over the loaded world."""
    return app.test_client()
