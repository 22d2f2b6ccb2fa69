"""Speakers, sources, statements and facets."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.api.factory import World
from tests.api.helpers import assert_problem, ids


@pytest.mark.parametrize("prefix", ["jos", "JOSÉ", "Álv", "alv"])
def test_speaker_prefix_autocompletes_without_accents_or_case(
    client: FlaskClient, world: World, prefix: str
) -> None:
    assert ids(client.get("/speakers", query_string={"prefix": prefix})) == ["jose-alvarez"]


def test_speakers_are_listed_most_quoted_first(client: FlaskClient, world: World) -> None:
    body = client.get("/speakers").get_json()
    counts = [s["quote_count"] for s in body["results"]]
    assert counts == sorted(counts, reverse=True) and body["total"] == 3


def test_one_speaker_has_aliases_roles_and_counts(client: FlaskClient, world: World) -> None:
    body = client.get("/speakers/anya-kovalenko").get_json()
    assert body["aliases"] == ["Kovalenko", "Ania Kovalenkiy"]
    assert (body["roles"], body["quote_count"]) == (["mayor"], 3)


def test_speaker_quotes_are_theirs_only(client: FlaskClient, world: World) -> None:
    expected = {q.id for q in world.quotes if q.speaker_id == "jose-alvarez"}
    assert set(ids(client.get("/speakers/jose-alvarez/quotes"))) == expected
    assert ids(client.get("/speakers/jose-alvarez/quotes?kind=partial")) == [world.quote("miracle").id]


def test_speaker_quotes_take_no_speaker_filter(client: FlaskClient, world: World) -> None:
    assert_problem(client.get("/speakers/jose-alvarez/quotes?speaker=Hart"), 400, "speaker")


def test_unknown_speaker_returns_404(client: FlaskClient, world: World) -> None:
    assert_problem(client.get("/speakers/nobody"), 404)
    assert_problem(client.get("/speakers/nobody/quotes"), 404)


def test_sources_are_newest_first_with_quote_counts(client: FlaskClient, world: World) -> None:
    body = client.get("/sources").get_json()
    assert [s["title"] for s in body["results"]] == ["Markup row", "Budget vote", "Bridge reopens"]
    assert [s["quote_count"] for s in body["results"]] == [1, 2, 3]
    assert all("text" not in s for s in body["results"])


def test_sources_filter_by_outlet(client: FlaskClient, world: World) -> None:
    body = client.get("/sources?outlet=Harbour+Times").get_json()
    assert [s["title"] for s in body["results"]] == ["Bridge reopens"]


def test_one_source_has_the_text_the_offsets_index(client: FlaskClient, world: World) -> None:
    quote = world.quotes[1]
    article = client.get(f"/sources/{quote.article_id}").get_json()
    assert article["text"][quote.start : quote.end] == quote.text


def test_source_quotes_and_unknown_source(client: FlaskClient, world: World) -> None:
    source = world.articles[1].id
    expected = {q.id for q in world.quotes if q.article_id == source}
    assert set(ids(client.get(f"/sources/{source}/quotes"))) == expected
    assert_problem(client.get("/sources/a0000000000000000"), 404)
    assert_problem(client.get("/sources/a0000000000000000/quotes"), 404)


@pytest.mark.parametrize("speaker", ["anya-kovalenko", "Anya Kovalenko", "kovalenko"])
def test_statements_of_a_speaker_by_id_or_name(client: FlaskClient, world: World, speaker: str) -> None:
    assert ids(client.get("/statements", query_string={"speaker": speaker})) == ["st-bridge-reopens"]


def test_statements_of_an_unknown_speaker_are_an_empty_page(client: FlaskClient, world: World) -> None:
    body = client.get("/statements?speaker=Nobody").get_json()
    assert (body["total"], body["results"]) == (0, [])


def test_one_statement_lists_every_variant_and_outlet(client: FlaskClient, world: World) -> None:
    body = client.get("/statements/st-bridge-reopens").get_json()
    assert {v["quote_id"] for v in body["variants"]} == {world.quotes[0].id, world.quotes[3].id}
    assert body["source_count"] == 2
    assert_problem(client.get("/statements/st-nothing"), 404)


def test_facets_count_by_speaker_outlet_source_and_day(client: FlaskClient, world: World) -> None:
    body = client.get("/facets").get_json()
    assert body["total"] == len(world.quotes)
    assert {b["key"]: b["count"] for b in body["speakers"]} == {
        "anya-kovalenko": 3,
        "jose-alvarez": 2,
        "lee-hart": 1,
    }
    assert {b["key"]: b["count"] for b in body["outlets"]} == {"Harbour Times": 3, "Daily Ledger": 3}
    assert {b["key"]: b["count"] for b in body["days"]} == {
        "2024-03-01": 3,
        "2024-03-02": 2,
        "2024-03-03": 1,
    }
    assert sum(b["count"] for b in body["sources"]) == len(world.quotes)


def test_facets_say_which_period_a_histogram_bucket_covers(client: FlaskClient, world: World) -> None:
    assert client.get("/facets").get_json()["interval"] == "day"  # three days of quotes: daily bars
    monthly = client.get("/facets?interval=month").get_json()
    assert monthly["interval"] == "month"
    assert monthly["days"] == [{"key": "2024-03-01", "count": len(world.quotes), "label": None}]


def test_facets_take_the_filters_of_quotes(client: FlaskClient, world: World) -> None:
    body = client.get("/facets?speaker=Alvarez&size=1").get_json()
    assert body["total"] == 2
    assert body["speakers"] == [{"key": "jose-alvarez", "count": 2, "label": "José Álvarez"}]
    assert len(body["outlets"]) == 1  # size caps the buckets per facet (both outlets have one)
    assert_problem(client.get("/facets?page=2"), 400, "page")
