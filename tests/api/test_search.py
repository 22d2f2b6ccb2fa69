"""`GET /quotes/search`: ranked text search, phrases and the typo-tolerant fallback."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.api.factory import World
from tests.api.helpers import assert_problem, ids


def test_search_ranks_matches_and_says_it_was_exact(client: FlaskClient, world: World) -> None:
    body = client.get("/quotes/search?q=budget+taxes").get_json()
    assert body["fuzzy"] is False
    assert [r["id"] for r in body["results"]] == [world.quote("balanced the budget").id]
    assert "<mark>budget</mark>" in body["results"][0]["highlight"]


def test_text_needs_every_word(client: FlaskClient, world: World) -> None:
    assert ids(client.get("/quotes?q=bridge+taxes")) == []
    assert ids(client.get("/quotes?q=bridge+Monday")) == ids(client.get("/quotes?q=bridge"))


def test_double_quotes_search_a_phrase(client: FlaskClient, world: World) -> None:
    phrase = client.get('/quotes/search?q="reopen on Monday"').get_json()
    assert {r["id"] for r in phrase["results"]} == {
        q.id for q in world.quotes if "reopen on Monday" in q.text
    }
    assert ids(client.get('/quotes?q="Monday on reopen"')) == []


def test_typo_falls_back_to_fuzzy_search_and_says_so(client: FlaskClient, world: World) -> None:
    body = client.get("/quotes/search?q=overnihgt").get_json()
    assert body["fuzzy"] is True
    assert [r["id"] for r in body["results"]] == [world.quote("vanish overnight").id]


def test_search_filters_combine_with_text(client: FlaskClient, world: World) -> None:
    response = client.get("/quotes/search?q=bridge&source=Harbour+Times")
    harbour = [q.id for q in world.quotes if "bridge" in q.text and q.outlet == "Harbour Times"]
    assert ids(response) == harbour


def test_search_without_q_returns_400_naming_q(client: FlaskClient) -> None:
    assert_problem(client.get("/quotes/search"), 400, "q")


def test_query_syntax_is_plain_text(client: FlaskClient) -> None:
    for text in ["bridge OR taxes", "bridge AND (taxes", "bri*", "title:bridge", "-bridge", "a~2 \\"]:
        response = client.get("/quotes/search", query_string={"q": text})
        assert response.status_code == 200, (text, response.get_data(as_text=True))
