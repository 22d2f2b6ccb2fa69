"""The hand-written dumps in schemas.wire give byte-identical JSON to the marshmallow schemas."""

from __future__ import annotations

import itertools
import json
import random
from datetime import date
from typing import Any

import pytest
from marshmallow import Schema

from schemas import wire
from schemas.quotes import FacetsSchema, QuotePageSchema, QuoteSearchPageSchema
from service.domain import Bucket, Facets, Quote, QuoteHit


def _quotes() -> list[Quote]:
    """Return quotes over every optional field present or absent, with awkward text."""
    rng = random.Random(6)
    texts = ["Plain words.", "«Öffnung» — “curly” <b>&amp;</b> 'x'", "emoji 🎉 and\nnewline", ""]
    quotes = []
    for i, (speaker, nested, published, optional) in enumerate(
        itertools.product(
            [None, "", "Ana Lúcia Souza"], [(), ("q1", "q2")], [None, date(2024, 2, 29)], [0, 1]
        )
    ):
        quotes.append(
            Quote(
                id=f"q{i:016x}",
                article_id=f"a{i:016x}",
                text=rng.choice(texts),
                start=i * 7,
                end=i * 7 + 30,
                kind=rng.choice(["direct", "partial"]),
                speaker=speaker,
                speaker_id=f"sp-{i}" if speaker and optional else None,
                mention="the minister" if optional else None,
                role="Finance Minister" if optional else None,
                venue="at a rally" if optional else None,
                cue="said" if optional else None,
                confidence=rng.choice([0.0, 0.25, 1, 0.9333333333333333]),
                statement_id=f"st-{i}" if optional else None,
                nested=nested,
                outlet="Le Monde" if optional else None,
                published=published,
                title="Ça va" if optional else None,
            )
        )
    return quotes


def _hits() -> list[Any]:
    """Return quotes and hits with and without score and highlight."""
    rng = random.Random(7)
    out: list[Any] = []
    for quote in _quotes():
        out.append(quote)
        out.append(
            QuoteHit(quote, rng.choice([None, 3.25, 12]), rng.choice([None, "a <mark>b</mark> &amp;"]))
        )
    return out


def _same(fast: Any, slow: Any) -> None:
    assert fast is not None
    assert json.dumps(fast, ensure_ascii=False) == json.dumps(slow, ensure_ascii=False)


@pytest.mark.parametrize("by_cursor", [False, True])
def test_quote_page_dump_equals_the_schema_dump(by_cursor: bool) -> None:
    results = _hits()
    body = {
        "count": len(results),
        "total": 1234,
        "total_exact": not by_cursor,
        "page": None if by_cursor else 3,
        "pages": 62,
        "next": "http://localhost/quotes?page=4" if not by_cursor else None,
        "next_cursor": "abc" if by_cursor else None,
        "results": results,
    }
    schema = QuotePageSchema()
    _same(schema.dump(body), Schema.dump(schema, body))
    _same(wire.quote_page(body), Schema.dump(schema, body))


@pytest.mark.parametrize("fuzzy", [False, True])
def test_search_page_dump_keeps_fuzzy_like_the_schema(fuzzy: bool) -> None:
    body = {key: None for key in wire.PAGE_KEYS} | {"count": 0, "total": 0, "total_exact": True, "pages": 1}
    body |= {"results": _hits()[:5], "fuzzy": fuzzy}
    schema = QuoteSearchPageSchema()
    _same(schema.dump(body), Schema.dump(schema, body))
    assert schema.dump(body)["fuzzy"] is fuzzy


def test_page_of_other_records_falls_back_to_the_schema() -> None:
    class TaggedQuote(Quote):
        """A record type the hand-written dump was not written for."""

    tagged = TaggedQuote("q1", "a1", "t", 0, 1, "direct")
    body = {key: None for key in wire.PAGE_KEYS} | {"results": [tagged]}
    assert wire.quote_page(body) is None
    assert QuotePageSchema().dump(body)["results"][0]["id"] == "q1"


def test_facets_dump_equals_the_schema_dump() -> None:
    buckets = tuple(Bucket(f"k{i}", i * 3, None if i % 2 else f"Label {i} é") for i in range(7))
    days = tuple(Bucket(f"2024-01-{d:02d}", d) for d in range(1, 12))
    for facets in (Facets(), Facets(buckets, buckets[:2], buckets[3:], days, 99, "week")):
        schema = FacetsSchema()
        _same(schema.dump(facets), Schema.dump(schema, facets))
