"""Every error is one problem+json document: validation, 404, 405, 500 and a store that is down."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from tests.api.helpers import assert_problem

ENDPOINTS = [
    "/quotes",
    "/quotes/search?q=bridge",
    "/quotes/export",
    "/quotes/q0000000000000000",
    "/speakers",
    "/speakers/anya-kovalenko",
    "/speakers/anya-kovalenko/quotes",
    "/sources",
    "/statements",
    "/statements/st-bridge-reopens",
    "/facets",
    "/healthz",
    "/readyz",
]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_unknown_query_parameter_returns_400_naming_it(client: FlaskClient, url: str) -> None:
    joiner = "&" if "?" in url else "?"
    body = assert_problem(client.get(f"{url}{joiner}speakr=Kovalenko"), 400, "speakr")
    assert "speakr" in body["detail"]


def test_unknown_path_returns_404_problem(client: FlaskClient) -> None:
    assert_problem(client.get("/nothing/here"), 404)


def test_wrong_method_returns_405_problem_with_allow(client: FlaskClient) -> None:
    response = client.delete("/quotes")
    assert_problem(response, 405)
    assert "GET" in response.headers["Allow"]
    assert_problem(client.get("/quotes/batch"), 405)


def test_unexpected_error_returns_500_problem_without_internals(app: Flask, client: FlaskClient) -> None:
    def explode() -> str:
        raise RuntimeError("password=hunter2 in a stack trace")

    app.add_url_rule("/explode", view_func=explode)
    body = assert_problem(client.get("/explode"), 500)
    assert "hunter2" not in str(body)


def _unreachable(backend: str, tmp_path: Path) -> Settings:
    if backend == "sqlite":
        # A database in a directory that does not exist cannot be opened.
        return Settings(sqlite_path=str(tmp_path / "not-yet" / "quotes.db"), retry_after=7)
    # Nothing listens on port 1: connections are refused at once.
    return Settings(elasticsearch_url="http://127.0.0.1:1", elasticsearch_timeout=1.0, retry_after=7)


@pytest.mark.parametrize("backend", ["sqlite", "elasticsearch"])
def test_search_down_returns_503_with_retry_after(backend: str, tmp_path: Path) -> None:
    client = create_app(_unreachable(backend, tmp_path)).test_client()
    for url in ("/quotes", "/quotes/search?q=bridge", "/quotes/export", "/facets", "/speakers"):
        response = client.get(url)
        assert_problem(response, 503)
        assert response.headers["Retry-After"] == "7"
        assert response.headers["Cache-Control"] == "no-store"
    batch = client.post("/quotes/batch", json={"ids": ["q0000000000000000"]})
    assert_problem(batch, 503)


@pytest.mark.parametrize("backend", ["sqlite", "elasticsearch"])
def test_readiness_fails_while_the_store_is_down_and_health_does_not(backend: str, tmp_path: Path) -> None:
    client = create_app(_unreachable(backend, tmp_path)).test_client()
    ready = client.get("/readyz")
    body = assert_problem(ready, 503)
    assert body["ready"] is False and ready.headers["Retry-After"] == "7"
    assert client.get("/healthz").status_code == 200


def test_service_recovers_without_restart_when_the_store_comes_back(tmp_path: Path) -> None:
    client = create_app(_unreachable("sqlite", tmp_path)).test_client()
    assert client.get("/readyz").status_code == 503
    assert client.get("/quotes").status_code == 503
    (tmp_path / "not-yet").mkdir()  # the store becomes reachable
    assert client.get("/readyz").status_code == 200
    body = client.get("/quotes").get_json()
    assert (body["total"], body["results"]) == (0, [])
