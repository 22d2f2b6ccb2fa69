"""Bad input on every store: each hostile or malformed request gets a 4xx problem naming the problem."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from schemas.common import MAX_TEXT, PAGE_WINDOW
from service.config import Settings

SYNTAX = ['"', "*", "?", "~", "\\", "/", "(", ")", "[", "]", "{", "}", ":", "^"]
SYNTAX += ["AND", "OR", "NOT", "&&", "||", "!", "-", "+", "|"]
HOSTILE_QUERIES = [
    *SYNTAX,
    'bridge" OR "x',
    "(bridge AND",
    "text:bridge^5 OR _id:*",
    "/.*/",
    "bridge~10000",
    "{!lucene}*:*",
    '"""',
    "\\\\\\",
    "a" * MAX_TEXT,
    "🙂 ünïcödé ∑",
    "<script>alert(1)</script>",
]
LIST_URLS = ["/quotes", "/quotes/search?q=budget", "/quotes/export", "/facets"]
LIST_URLS += ["/speakers", "/sources", "/statements"]


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """Return a test client of the API over the seeded store."""
    return app.test_client()


def assert_problem(response: TestResponse, status: int, *named: str) -> dict[str, Any]:
    """Assert `response` is a problem document of `status` whose text names each of `named`."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/problem+json"
    body: dict[str, Any] = response.get_json()
    assert body["status"] == status and body["title"] and body["detail"]
    text = f"{body['detail']} {sorted(body.get('errors', {}))}"
    for name in named:
        assert name in text, text
    return body


def _join(url: str, query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}"


@pytest.mark.parametrize("url", LIST_URLS)
def test_unknown_parameter_is_a_400_naming_it(client: FlaskClient, url: str) -> None:
    assert_problem(client.get(_join(url, "speakr=Kovalenko")), 400, "speakr")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=ten", "limit"),
        ("limit=1.5", "limit"),
        ("page=x", "page"),
        ("page=-1", "page"),
        ("page=0", "page"),
        ("limit=-5", "limit"),
        ("limit=0", "limit"),
        ("limit=99999999999999999999999", "limit"),
        ("limit=1e9", "limit"),
        (f"page={PAGE_WINDOW}&limit=2", "page"),
        ("page=99999999999999999999", "page"),
        ("from=yesterday", "from"),
        ("from=2024-02-30", "from"),
        ("to=2024-13-01", "to"),
        ("from=2024-03-02&to=2024-03-01", "from"),
        ("kind=quoted", "kind"),
        ("sort=random", "sort"),
        ("sort=date;drop", "sort"),
        ("statement=../../etc/passwd", "statement"),
        ("q=", "q"),
        (f"q={'x' * (MAX_TEXT + 1)}", "q"),
        ("speaker=", "speaker"),
        ("cursor=", "cursor"),
    ],
)
def test_wrong_types_and_out_of_range_values_are_a_400_naming_the_field(
    client: FlaskClient, query: str, field: str
) -> None:
    assert_problem(client.get(f"/quotes?{query}"), 400, field)


@pytest.mark.parametrize(
    ("query", "field"), [("interval=hour", "interval"), ("interval=", "interval"), ("size=0", "size")]
)
def test_bad_facet_arguments_are_a_400_naming_the_field(client: FlaskClient, query: str, field: str) -> None:
    assert_problem(client.get(f"/facets?{query}"), 400, field)


def test_a_limit_above_the_maximum_is_refused_not_clamped(client: FlaskClient, settings: Settings) -> None:
    body = assert_problem(client.get(f"/quotes?limit={settings.max_limit + 1}"), 400, "limit")
    assert str(settings.max_limit) in str(body["errors"]["limit"])


@pytest.mark.parametrize(
    "cursor",
    ["x", "!!!!", "eyJhIjogMX0", "eyJhIjogMX0=", "%00%01", "a" * 4096, "W10", "bnVsbA", "eyJzIjpbXX0"],
)
@pytest.mark.parametrize("url", ["/quotes", "/quotes/search?q=budget"])
def test_a_malformed_cursor_is_a_400_naming_cursor(client: FlaskClient, url: str, cursor: str) -> None:
    assert_problem(client.get(_join(url, f"cursor={cursor}")), 400, "cursor")


def test_a_cursor_from_another_query_is_a_400_naming_cursor(client: FlaskClient) -> None:
    first = client.get("/quotes?limit=1&sort=date").get_json()
    assert first["next_cursor"], "the seeds hold more than one quote"
    response = client.get(f"/quotes?limit=1&sort=-date&cursor={first['next_cursor']}")
    assert_problem(response, 400, "cursor")


@pytest.mark.parametrize(
    "path",
    [
        "/quotes/q123",
        "/quotes/Q0123456789ABCDEF",
        "/quotes/q0123456789abcdef0",
        "/quotes/%00",
        "/quotes/..%2F..%2Fetc",
        "/speakers/-leading-dash",
        "/speakers/" + "a" * 300,
        "/sources/a12",
        "/statements/%FF%FE",
        "/speakers/%27%20OR%201%3D1",
    ],
)
def test_a_malformed_id_is_a_404_problem(client: FlaskClient, path: str) -> None:
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize("text", HOSTILE_QUERIES)
@pytest.mark.parametrize("url", ["/quotes", "/quotes/search", "/facets"])
def test_query_syntax_characters_are_searched_as_text_never_a_server_error(
    client: FlaskClient, url: str, text: str
) -> None:
    response = client.get(url, query_string={"q": text})
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/json"


@pytest.mark.parametrize("text", ['"', "(", "*", "~", "\\", "^", ":", "/"])
def test_a_lone_syntax_character_matches_no_quote(client: FlaskClient, text: str) -> None:
    body = client.get("/quotes", query_string={"q": text}).get_json()
    assert body["total"] == 0  # punctuation is not a word of any quote, nor a wildcard


@pytest.mark.parametrize("operator", ["AND", "OR", "NOT"])
def test_boolean_operators_are_searched_as_plain_words(client: FlaskClient, operator: str) -> None:
    as_operator = client.get("/quotes", query_string={"q": f"budget {operator} bridge"}).get_json()
    as_word = client.get("/quotes", query_string={"q": f"budget {operator.lower()} bridge"}).get_json()
    assert as_operator["total"] == as_word["total"]
    assert [q["id"] for q in as_operator["results"]] == [q["id"] for q in as_word["results"]]


@pytest.mark.parametrize("url", ["/quotes", "/quotes/search", "/speakers", "/sources"])
def test_a_10kb_query_string_is_a_4xx_problem(client: FlaskClient, url: str) -> None:
    response = client.get(url, query_string={"q": "bridge " * 1500})
    assert 400 <= response.status_code < 500
    assert response.mimetype == "application/problem+json"


def test_ten_kilobytes_of_parameters_are_a_414_problem_stating_the_limit(client: FlaskClient) -> None:
    query = "&".join(f"speaker=s{i}" for i in range(1500))
    assert_problem(client.get(f"/quotes?{query}"), 414, "limit is 8192")


def test_too_many_values_of_one_parameter_are_a_400_naming_it(client: FlaskClient) -> None:
    query = "&".join(f"speaker=s{i}" for i in range(300))
    assert_problem(client.get(f"/quotes?{query}"), 400, "speaker")


@pytest.mark.parametrize(
    "query",
    ["q=%FF", "q=bridge%C3", "q=%ED%A0%80", "speaker=%C0%AF", "q=%00", "source=%FE%FF", "cursor=%80abc"],
)
def test_invalid_utf8_in_the_query_is_never_a_server_error(client: FlaskClient, query: str) -> None:
    response = client.get(f"/quotes?{query}")
    assert response.status_code < 500
    if response.status_code >= 400:
        assert_problem(response, response.status_code)


def test_invalid_utf8_is_never_echoed_back_as_broken_json(client: FlaskClient) -> None:
    response = client.get("/quotes?q=%FF%FEbridge")
    assert response.status_code < 500
    response.get_json()  # parses: whatever was decoded, the answer is valid JSON


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"ids": "q0123456789abcdef"}, "ids"),
        ({"ids": [1, 2]}, "ids"),
        ({"ids": [None]}, "ids"),
        ({"ids": [{"$gt": ""}]}, "ids"),
        ({"ids": ["q0123456789abcdef"], "extra": 1}, "extra"),
        ({}, "ids"),
        ([], "_"),
    ],
)
def test_a_malformed_batch_body_is_a_400_naming_the_field(
    client: FlaskClient, body: object, field: str
) -> None:
    assert_problem(client.post("/quotes/batch", json=body), 400, field)


@pytest.mark.parametrize("raw", [b"{", b"not json", b"\xff\xfe", b'{"ids": ["q' + b"0" * 16 + b'"]'])
def test_a_batch_body_that_is_not_json_is_a_400(client: FlaskClient, raw: bytes) -> None:
    response = client.post("/quotes/batch", data=raw, content_type="application/json")
    assert_problem(response, 400)


def test_a_batch_over_the_maximum_is_refused_naming_ids(client: FlaskClient, settings: Settings) -> None:
    ids = [f"q{i:016x}" for i in range(settings.max_batch + 1)]
    body = assert_problem(client.post("/quotes/batch", json={"ids": ids}), 400, "ids")
    assert str(settings.max_batch) in str(body["errors"]["ids"])


def test_an_oversized_batch_body_is_a_413_before_parsing(client: FlaskClient) -> None:
    ids = [f"q{i:016x}" for i in range(100_000)]  # ~2 MB
    assert_problem(client.post("/quotes/batch", json={"ids": ids}), 413)


def test_a_batch_without_json_content_type_is_a_4xx_problem(client: FlaskClient) -> None:
    response = client.post("/quotes/batch", data='{"ids": []}', content_type="text/plain")
    assert 400 <= response.status_code < 500
    assert response.mimetype == "application/problem+json"
