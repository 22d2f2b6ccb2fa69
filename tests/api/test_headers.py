"""Caching, conditional GET, CORS and security headers."""

from __future__ import annotations

from datetime import date

from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from service.store import QuoteStore
from tests.api.conftest import DASHBOARD
from tests.api.factory import World, article, quote


def test_reads_carry_an_etag_and_answer_304_when_unchanged(client: FlaskClient, world: World) -> None:
    first = client.get("/quotes?speaker=Hart")
    etag = first.headers["ETag"]
    again = client.get("/quotes?speaker=Hart", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.get_data() == b""
    assert again.headers["ETag"] == etag


def test_etag_changes_when_the_data_does(client: FlaskClient, store: QuoteStore, world: World) -> None:
    etag = client.get("/quotes?speaker=Hart").headers["ETag"]
    hart = world.speakers[2]
    extra = article("Later", "Harbour Times", date(2024, 3, 4), '"Fresh words," Hart said.')
    store.upsert([extra], [quote(extra, "Fresh words,", hart)])
    response = client.get("/quotes?speaker=Hart", headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response.headers["ETag"] != etag
    assert response.get_json()["total"] == 2


def test_cache_control_is_deliberate(client: FlaskClient, world: World) -> None:
    assert client.get("/quotes").headers["Cache-Control"] == "public, max-age=60"
    assert client.get(f"/quotes/{world.quotes[0].id}").headers["Cache-Control"] == "public, max-age=60"
    assert client.get("/quotes?limit=99").headers["Cache-Control"] == "no-store"
    assert client.get("/quotes/export").headers["Cache-Control"] == "no-store"
    assert client.get("/healthz").headers["Cache-Control"] == "no-store"
    assert client.post("/quotes/batch", json={"ids": ["q1"]}).headers["Cache-Control"] == "no-store"


def test_paging_headers_repeat_the_envelope(client: FlaskClient, world: World) -> None:
    response = client.get("/quotes?limit=2")
    assert response.headers["X-Total-Count"] == str(len(world.quotes))
    assert response.headers["Link"] == f'<{response.get_json()["next"]}>; rel="next"'


def test_cors_allows_the_configured_origin_and_exposes_headers(client: FlaskClient) -> None:
    response = client.get("/quotes", headers={"Origin": DASHBOARD})
    assert response.headers["Access-Control-Allow-Origin"] == DASHBOARD
    exposed = {h.strip().lower() for h in response.headers["Access-Control-Expose-Headers"].split(",")}
    assert {"etag", "link", "x-total-count", "retry-after"} <= exposed


def test_cors_headers_are_on_error_responses_too(client: FlaskClient) -> None:
    for response in (
        client.get("/quotes?speakr=x", headers={"Origin": DASHBOARD}),
        client.get("/nothing", headers={"Origin": DASHBOARD}),
        client.delete("/quotes", headers={"Origin": DASHBOARD}),
    ):
        assert response.status_code >= 400
        assert response.headers["Access-Control-Allow-Origin"] == DASHBOARD


def test_cors_preflight_allows_the_batch_post(client: FlaskClient) -> None:
    response = client.options(
        "/quotes/batch",
        headers={
            "Origin": DASHBOARD,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == DASHBOARD
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "content-type" in response.headers["Access-Control-Allow-Headers"].lower()


def test_other_origins_get_no_cors_headers(client: FlaskClient) -> None:
    response = client.get("/quotes", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_answers_vary_on_origin_so_shared_caches_keep_cors_answers_apart(client: FlaskClient) -> None:
    for origin in ("https://elsewhere.example", DASHBOARD):
        response = client.get("/quotes", headers={"Origin": origin})
        assert "origin" in {v.strip().lower() for v in response.headers.get("Vary", "").split(",")}


def test_without_configured_origins_there_is_no_cors(store: QuoteStore) -> None:
    client = create_app(Settings(), store=store).test_client()
    response = client.get("/quotes", headers={"Origin": DASHBOARD})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_every_answer_carries_security_headers(client: FlaskClient) -> None:
    for response in (client.get("/quotes"), client.get("/nothing"), client.get("/openapi.json")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
