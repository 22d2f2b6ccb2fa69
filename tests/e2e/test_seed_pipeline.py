"""Files -> loader -> store -> HTTP, end to end on the seed articles, on both stores."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from service.domain import article_id_for
from service.extract import Extractor
from service.loader import Loader
from service.names import name_key
from service.store import QuoteStore
from service.store.elastic import ElasticStore
from service.store.sqlite import SqliteStore

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[QuoteStore]:
    if request.param == "sqlite":
        store: QuoteStore = SqliteStore(str(tmp_path / "seeds.db"))
    else:
        url = request.getfixturevalue("elasticsearch_url")
        store = ElasticStore(url, index=f"test-quotes-{uuid.uuid4().hex}")
    yield store
    if isinstance(store, ElasticStore):
        store.drop()
    store.close()


@pytest.fixture
def client(store: QuoteStore, extractor: Extractor) -> FlaskClient:
    report = Loader(store=store, extractor=extractor).load([SEEDS])
    assert report.rejected == [] and report.articles_stored == len(list(SEEDS.glob("*.txt")))
    return create_app(Settings(), store=store).test_client()


def test_every_spelling_of_a_speaker_finds_the_same_person_over_http(client: FlaskClient) -> None:
    answers = [
        client.get("/quotes", query_string={"speaker": s, "limit": 100}).get_json()
        for s in ("Zelensky", "Zelenskyy", "ZELENSKIY")
    ]
    assert answers[0]["total"] > 5
    assert answers[0]["results"] == answers[1]["results"] == answers[2]["results"]
    assert {r["speaker"]["id"] for r in answers[0]["results"]} == {answers[0]["results"][0]["speaker"]["id"]}
    assert all(name_key("Zelensky") in name_key(r["speaker"]["name"]) for r in answers[0]["results"])


def test_quotes_served_are_verbatim_slices_of_their_source_files(
    client: FlaskClient, store: QuoteStore
) -> None:
    raw_by_id = {article_id_for(t): t for t in (p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))}
    assert all(store.get_article(article_id) is not None for article_id in raw_by_id)
    page = client.get("/quotes", query_string={"limit": 100}).get_json()
    assert page["total"] > 40
    for quote in page["results"]:
        raw = raw_by_id[quote["source"]["id"]]
        assert raw[quote["start"] : quote["end"]] == quote["text"]


def test_one_statement_gathers_the_outlets_that_reported_it(client: FlaskClient) -> None:
    quotes = client.get("/quotes", query_string={"limit": 100}).get_json()["results"]
    counts: dict[str, set[str]] = {}
    for q in quotes:
        if q["statement_id"]:
            counts.setdefault(q["statement_id"], set()).add(q["source"]["id"])
    widest = max(counts, key=lambda s: len(counts[s]))
    statement = client.get(f"/statements/{widest}").get_json()
    assert len(counts[widest]) >= 3
    assert {v["article_id"] for v in statement["variants"]} == counts[widest]


def test_text_search_ranks_and_highlights_seed_quotes(client: FlaskClient) -> None:
    page = client.get("/quotes/search", query_string={"q": "political will"}).get_json()
    assert page["total"] >= 2
    assert all("<mark>" in r["highlight"] for r in page["results"])
