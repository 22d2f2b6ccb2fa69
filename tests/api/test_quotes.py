"""`GET /quotes`: filters, order, the envelope, paging and cursors."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient

from tests.api.factory import World
from tests.api.helpers import assert_problem, ids


def test_quotes_come_in_the_envelope_newest_first(client: FlaskClient, world: World) -> None:
    body = client.get("/quotes").get_json()
    assert set(body) >= {"count", "total", "total_exact", "page", "pages", "next", "results"}
    assert (body["count"], body["total"], body["total_exact"], body["page"]) == (4, 6, True, 1)
    dates = [r["published"] for r in body["results"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("spelling", ["Anya Kovalenko", "KOVALENKO", "Ania Kovalenkiy", "anya-kovalenko"])
def test_speaker_filter_matches_any_spelling_or_the_id(
    client: FlaskClient, world: World, spelling: str
) -> None:
    expected = {q.id for q in world.quotes if q.speaker_id == "anya-kovalenko"}
    assert set(ids(client.get("/quotes", query_string={"speaker": spelling}))) == expected


def test_repeated_speaker_matches_either(client: FlaskClient, world: World) -> None:
    response = client.get("/quotes?speaker=Hart&speaker=Alvarez")
    expected = {q.id for q in world.quotes if q.speaker_id in ("lee-hart", "jose-alvarez")}
    assert set(ids(response)) == expected


def test_unknown_speaker_returns_empty_page(client: FlaskClient, world: World) -> None:
    body = client.get("/quotes?speaker=Nobody+Atall").get_json()
    assert (body["total"], body["results"], body["next"]) == (0, [], None)


def test_source_filter_takes_an_outlet_or_an_article_id(client: FlaskClient, world: World) -> None:
    ledger = {q.id for q in world.quotes if q.outlet == "Daily Ledger"}
    assert set(ids(client.get("/quotes?source=daily+ledger&limit=4"))) == ledger
    first = world.articles[0].id
    expected = {q.id for q in world.quotes if q.article_id == first}
    assert set(ids(client.get(f"/quotes?source={first}"))) == expected


def test_kind_date_and_statement_filters_narrow_the_results(client: FlaskClient, world: World) -> None:
    assert ids(client.get("/quotes?kind=partial")) == [world.quote("fiscal miracle").id]
    on_the_second = {q.id for q in world.quotes if str(q.published) == "2024-03-02"}
    assert set(ids(client.get("/quotes?from=2024-03-02&to=2024-03-02"))) == on_the_second
    reported = {q.id for q in world.quotes if q.statement_id == "st-bridge-reopens"}
    assert set(ids(client.get("/quotes?statement=st-bridge-reopens"))) == reported


def test_text_query_sorts_by_relevance_and_highlights_escaped(client: FlaskClient, world: World) -> None:
    body = client.get("/quotes?q=script").get_json()
    (hit,) = body["results"]
    assert "<script>" not in hit["highlight"]
    assert "&lt;<mark>script</mark>&gt;" in hit["highlight"]
    assert hit["text"] == world.quote("<script>").text  # the raw text stays verbatim


def test_date_sort_is_oldest_first(client: FlaskClient, world: World) -> None:
    body = client.get("/quotes?sort=date&limit=4").get_json()
    dates = [r["published"] for r in body["results"]]
    assert dates == sorted(dates)


def test_next_links_walk_every_page_once(client: FlaskClient, world: World) -> None:
    seen: list[str] = []
    url: str | None = "/quotes?limit=4&speaker=Kovalenko&speaker=Alvarez"
    while url:
        response = client.get(url)
        seen += ids(response)
        url = response.get_json()["next"]
        if url:
            assert "speaker=Kovalenko" in url and "speaker=Alvarez" in url  # filters carried over
            assert response.headers["Link"] == f'<{url}>; rel="next"'
    expected = {q.id for q in world.quotes if q.speaker_id in ("anya-kovalenko", "jose-alvarez")}
    assert sorted(seen) == sorted(expected)


def test_cursor_paging_reads_everything_in_order(client: FlaskClient, world: World) -> None:
    first = client.get("/quotes?limit=2&sort=date").get_json()
    seen = [r["id"] for r in first["results"]]
    cursor = first["next_cursor"]
    while cursor:
        page = client.get("/quotes", query_string={"limit": 2, "sort": "date", "cursor": cursor}).get_json()
        assert page["page"] is None
        seen += [r["id"] for r in page["results"]]
        cursor = page["next_cursor"]
        if cursor:
            assert "cursor=" in urlsplit(page["next"]).query
    assert sorted(seen) == sorted(q.id for q in world.quotes)
    assert len(seen) == len(set(seen))


def test_limit_above_maximum_is_rejected_not_clamped(client: FlaskClient) -> None:
    body = assert_problem(client.get("/quotes?limit=5"), 400, "limit")
    assert "4" in body["errors"]["limit"][0]


def test_page_past_the_window_is_rejected_in_favour_of_cursor(client: FlaskClient) -> None:
    body = assert_problem(client.get("/quotes?limit=4&page=2501"), 400, "page")
    assert "cursor" in body["errors"]["page"][0]


def test_invalid_cursor_returns_400_naming_cursor(client: FlaskClient) -> None:
    assert_problem(client.get("/quotes?cursor=not-a-cursor"), 400, "cursor")


def test_page_and_cursor_together_are_rejected(client: FlaskClient) -> None:
    assert_problem(client.get("/quotes?cursor=abc&page=2"), 400, "page")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("kind=verbatim", "kind.0"),
        ("sort=random", "sort"),
        ("from=yesterday", "from"),
        ("from=2024-03-03&to=2024-03-01", "from"),
        ("page=0", "page"),
        ("q=" + "x" * 501, "q"),
        ("speaker=" + "x" * 201, "speaker.0"),
        ("statement=../etc", "statement"),
    ],
)
def test_invalid_values_return_400_naming_the_field(client: FlaskClient, query: str, field: str) -> None:
    assert_problem(client.get(f"/quotes?{query}"), 400, field)
