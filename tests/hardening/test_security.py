"""Security: user text only reaches match queries and bound parameters, HTML is escaped, CORS is
limited to configured origins, security headers are everywhere, the image runs as non-root.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from service.domain import QuoteQuery
from service.store import QuoteStore, mapping
from service.store.sqlite_query import filters, fts_expression
from service.store.text import parse_text
from tests.api.factory import World, build_world
from tests.hardening.conftest import DASHBOARD, ROOT

MARK = "zqxj"  # survives folding, occurs in no word of any language the tests use
HOSTILE = [
    f"{MARK} OR *:*",
    f'{MARK}" AND _exists_:text OR "',
    f"text:{MARK}^99",
    f"/{MARK}.*/",
    f"{MARK}~100",
    f"({MARK} AND [a TO z]) {{!script}}",
    f'{MARK} \\" ; DROP TABLE quotes; --',
    f"doc['text'].value == '{MARK}'",
    f'{{"script": {{"source": "{MARK}"}}}}',
    f"{MARK} NEAR(a b) NOT c* ^d",
]
FORBIDDEN = {
    "query_string",
    "script",
    "script_score",
    "script_fields",
    "runtime_mappings",
    "regexp",
    "wildcard",
}
# Where user text may go: analysed or exact-value clauses, and a cursor's sort values.
CARRIERS = {"match", "match_phrase", "term", "terms", "prefix", "search_after"}


def _leaves(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield path + (str(key),), key  # keys too: user text must never become a field name
            yield from _leaves(value, path + (str(key),))
    elif isinstance(node, list):
        for value in node:
            yield from _leaves(value, path)
    else:
        yield path, node


def _assert_text_only_in_match_clauses(body: dict[str, Any]) -> int:
    keys = {k for path, _ in _leaves(body) for k in path}
    assert not keys & FORBIDDEN, keys & FORBIDDEN
    carried = 0
    for path, value in _leaves(body):
        if isinstance(value, str) and MARK in value:
            assert CARRIERS & set(path), path
            assert MARK not in path[-1], f"user text became a field name: {path}"
            carried += 1
    return carried


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("fuzzy", [False, True])
def test_hostile_search_text_reaches_only_match_clauses_in_elasticsearch_bodies(
    text: str, fuzzy: bool
) -> None:
    query = QuoteQuery(text=text, speakers=(text,), sources=(text,), statement=MARK, fuzzy=fuzzy)
    parsed = parse_text(text)
    bodies = [
        mapping.search_body(query, parsed, [], None),
        mapping.search_body(query, parsed, [], [1, MARK]),
        mapping.facets_body(query, parsed, [], 10),
        mapping.speakers_body(text, 1, 20),
        mapping.sources_body(text, 1, 20),
        mapping.statements_body(text, 1, 20),
        mapping.speaker_ids_body([text]),
    ]
    assert sum(_assert_text_only_in_match_clauses(body) for body in bodies) > 0


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_text_is_one_fts5_string_per_term_and_filters_are_bound_parameters(text: str) -> None:
    expression = fts_expression(parse_text(text), fuzzy=False, similar=lambda _: [])
    # Outside the "..." literals only the AND the builder put there may appear.
    outside = re.sub(r'"(?:[^"]|"")*"', "", expression)
    assert set(outside.split()) <= {"AND"}, expression
    query = QuoteQuery(speakers=(text,), sources=(text,), statement=text, date_from=date(2024, 1, 1))
    clauses, params = filters(query)
    assert MARK not in " ".join(clauses)
    assert text in params


@pytest.fixture
def world_client(seeded_store: QuoteStore, request: pytest.FixtureRequest) -> FlaskClient:
    """Return a client over a fresh store holding the world with a `<script>` quote in it."""
    store = request.getfixturevalue("scratch_store")
    world: World = build_world()
    store.upsert(world.articles, world.quotes, world.speakers, world.statements)
    return create_app(Settings(cors_origins=(DASHBOARD,)), store=store).test_client()


@pytest.fixture
def scratch_store(seeded_store: QuoteStore, tmp_path: Any) -> Iterator[QuoteStore]:
    """Return an empty store of the same backend as `seeded_store`, removed after the test."""
    from service.store.elastic import ElasticStore
    from service.store.sqlite import SqliteStore

    if isinstance(seeded_store, ElasticStore):
        store: QuoteStore = ElasticStore(seeded_store.url, index=f"{seeded_store.index}-scratch")
        yield store
        store.drop()  # type: ignore[attr-defined]
    else:
        store = SqliteStore(str(tmp_path / "scratch.db"))
        yield store
    store.close()


@pytest.mark.parametrize("q", ["script", "alert", "trust headline", '"trust <script>"', "<script>"])
def test_highlights_escape_the_html_in_quotes(world_client: FlaskClient, q: str) -> None:
    body = world_client.get("/quotes/search", query_string={"q": q}).get_json()
    highlighted = [r["highlight"] for r in body["results"] if "alert" in r["text"]]
    assert highlighted, body
    for text in highlighted:
        assert "&lt;" in text and "<script" not in text and "</script" not in text
        assert re.sub(r"</?mark>", "", text).count("<") == 0


def test_json_answers_never_claim_to_be_html(world_client: FlaskClient) -> None:
    for url in ["/quotes?q=script", "/quotes/q0000000000000000", "/nope/<script>", "/quotes?x=<b>"]:
        response = world_client.get(url)
        assert response.mimetype in ("application/json", "application/problem+json"), url
        assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """Return a test client of the API over the seeded store."""
    return app.test_client()


EVIL = "https://evil.example"


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("GET", "/quotes", 200),
        ("GET", "/quotes?limit=0", 400),
        ("GET", "/quotes/q0000000000000000", 404),
        ("DELETE", "/quotes", 405),
        ("GET", "/healthz", 200),
        ("GET", "/openapi.json", 200),
    ],
)
def test_cors_answers_only_the_configured_origin_also_on_errors(
    client: FlaskClient, method: str, url: str, status: int
) -> None:
    allowed = client.open(url, method=method, headers={"Origin": DASHBOARD})
    assert allowed.status_code == status
    assert allowed.headers.get("Access-Control-Allow-Origin") == DASHBOARD
    for origin in (EVIL, "null", DASHBOARD + ".evil.example", "http://dashboard.example"):
        refused = client.open(url, method=method, headers={"Origin": origin})
        assert refused.status_code == status
        assert "Access-Control-Allow-Origin" not in refused.headers, origin
        assert "Access-Control-Allow-Credentials" not in refused.headers


def test_a_preflight_from_another_origin_is_not_granted(client: FlaskClient) -> None:
    headers = {
        "Origin": EVIL,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    response = client.options("/quotes/batch", headers=headers)
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "Access-Control-Allow-Methods" not in response.headers


def test_no_configured_origins_means_no_cors_at_all(seeded_store: QuoteStore) -> None:
    client = create_app(Settings(), store=seeded_store).test_client()
    response = client.get("/quotes", headers={"Origin": DASHBOARD})
    assert not [name for name, _ in response.headers if name.lower().startswith("access-control-")]


@pytest.mark.parametrize(
    "url",
    ["/quotes", "/quotes?limit=0", "/nope", "/healthz", "/openapi.json", "/docs", "/", "/quotes/export"],
)
def test_every_answer_carries_the_security_headers(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_a_body_over_the_size_limit_is_refused_with_413(client: FlaskClient, app: Flask) -> None:
    limit = app.config["MAX_CONTENT_LENGTH"]
    assert limit and limit <= 1024 * 1024
    response = client.post("/quotes/batch", data=b"{" + b" " * limit + b"}", content_type="application/json")
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"


def test_the_image_runs_as_a_non_root_user_and_copies_no_secrets() -> None:
    lines = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines()]
    users = [line.split(None, 1)[1] for line in lines if line.upper().startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    copies = [line for line in lines if line.upper().startswith(("COPY ", "ADD "))]
    assert not [c for c in copies if re.match(r"(?i)(COPY|ADD)\s+\.\s", c)], "COPY . copies the whole tree"
    assert not [line for line in lines if re.search(r"(?i)(secret|password|token|api_key)\s*=", line)]
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".git" in ignored
