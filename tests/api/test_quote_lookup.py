"""One quote, batch lookup and the NDJSON export."""

from __future__ import annotations

import json

from flask.testing import FlaskClient

from tests.api.factory import World
from tests.api.helpers import assert_problem


def test_one_quote_embeds_article_speaker_and_statement(client: FlaskClient, world: World) -> None:
    quote = world.quotes[0]
    body = client.get(f"/quotes/{quote.id}").get_json()
    assert (body["id"], body["text"], body["start"], body["end"]) == (
        quote.id,
        quote.text,
        quote.start,
        quote.end,
    )
    assert body["source"]["id"] == quote.article_id and body["source"]["outlet"] == "Harbour Times"
    assert body["source"]["file"] == "Bridge reopens.txt"  # never the server's directories
    assert body["speaker"]["aliases"] == ["Kovalenko", "Ania Kovalenkiy"]
    assert {v["outlet"] for v in body["statement"]["variants"]} == {"Harbour Times", "Daily Ledger"}


def test_unknown_quote_id_returns_404_problem(client: FlaskClient) -> None:
    body = assert_problem(client.get("/quotes/q0000000000000000"), 404)
    assert "q0000000000000000" in body["detail"]


def test_malformed_quote_id_does_not_route(client: FlaskClient) -> None:
    assert_problem(client.get("/quotes/<script>"), 404)
    assert_problem(client.get("/quotes/" + "q" * 5000), 404)


def test_batch_returns_found_quotes_in_request_order_and_lists_missing(
    client: FlaskClient, world: World
) -> None:
    wanted = [world.quotes[4].id, "q0000000000000000", world.quotes[1].id]
    response = client.post("/quotes/batch", json={"ids": wanted})
    body = response.get_json()
    assert [r["id"] for r in body["results"]] == [wanted[0], wanted[2]]
    assert body["missing"] == ["q0000000000000000"]
    assert body["count"] == 2
    assert response.headers["Cache-Control"] == "no-store"


def test_batch_above_the_maximum_returns_400_naming_ids(client: FlaskClient, world: World) -> None:
    response = client.post("/quotes/batch", json={"ids": [q.id for q in world.quotes]})
    body = assert_problem(response, 400, "ids")
    assert "3" in body["errors"]["ids"][0]


def test_batch_rejects_unknown_fields_and_bad_bodies(client: FlaskClient) -> None:
    assert_problem(client.post("/quotes/batch", json={"ids": ["q1"], "idz": []}), 400, "idz")
    assert_problem(client.post("/quotes/batch", json={"ids": []}), 400, "ids")
    assert_problem(client.post("/quotes/batch", json={"ids": [7]}), 400, "ids.0")
    assert_problem(client.post("/quotes/batch", data="{not json", content_type="application/json"), 400)


def test_batch_body_over_the_size_limit_returns_413(client: FlaskClient) -> None:
    huge = json.dumps({"ids": ["q" * 60] * 5000})
    assert_problem(client.post("/quotes/batch", data=huge, content_type="application/json"), 413)


def test_export_streams_every_matching_quote_as_ndjson(client: FlaskClient, world: World) -> None:
    response = client.get("/quotes/export?speaker=Kovalenko")
    assert response.status_code == 200
    assert response.mimetype == "application/x-ndjson"
    assert response.is_streamed
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert sorted(line["id"] for line in lines) == sorted(
        q.id for q in world.quotes if q.speaker_id == "anya-kovalenko"
    )


def test_export_reads_past_the_page_limit(client: FlaskClient, world: World) -> None:
    lines = client.get("/quotes/export").get_data(as_text=True).splitlines()
    assert len(lines) == len(world.quotes) > 4  # max_limit is 4 in these tests


def test_export_rejects_paging_parameters(client: FlaskClient) -> None:
    assert_problem(client.get("/quotes/export?page=2"), 400, "page")
