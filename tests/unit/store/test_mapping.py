"""The Elasticsearch request bodies, checked without a node."""

from __future__ import annotations

import json
from datetime import date

import pytest

from service.domain import QuoteQuery
from service.store import mapping
from service.store.text import parse_text

HOSTILE = [
    '" OR 1=1',
    "*:*",
    "a AND (b OR c)",
    "title:x^3",
    "~~",
    "\\",
    "{{x}}",
    "doc['x'].value",
    "/regex.*/",
]


def body_text(body: dict[str, object]) -> str:
    return json.dumps(body)


@pytest.mark.parametrize("text", HOSTILE)
def test_user_text_only_reaches_match_queries(text: str) -> None:
    query = QuoteQuery(text=text, sort="relevance")
    body = body_text(mapping.search_body(query, parse_text(text), [], None))
    for forbidden in ("query_string", "script", "regexp", "wildcard"):
        assert forbidden not in body


def test_words_are_anded_and_phrases_are_matched_as_phrases() -> None:
    clauses = mapping.text_clauses(parse_text('Café owners "real ceasefire"'), fuzzy=False)
    assert clauses == [
        {"match": {"text_folded": {"query": "cafe owners", "operator": "and"}}},
        {"match_phrase": {"text_folded": {"query": "real ceasefire"}}},
    ]


def test_fuzzy_text_asks_for_automatic_fuzziness_on_words_only() -> None:
    clauses = mapping.text_clauses(parse_text('bridge "every bridge"'), fuzzy=True)
    assert clauses[0]["match"]["text_folded"]["fuzziness"] == "AUTO"
    assert "fuzziness" not in json.dumps(clauses[1])


def test_filters_go_in_filter_context_and_are_anded() -> None:
    query = QuoteQuery(
        speakers=("Zelenskiy", "some-id"),
        sources=("BBC News",),
        kinds=("direct",),
        date_from=date(2024, 1, 1),
        date_to=date(2024, 1, 31),
        statement="st-1",
    )
    bool_query = mapping.quote_query(query, None, ["resolved-id"])["bool"]
    assert bool_query["must"] == []
    speaker, source, kind, dates, statement = bool_query["filter"]
    assert speaker["bool"]["should"] == [
        {"terms": {"speaker_id": ["Zelenskiy", "resolved-id", "some-id"]}},
        {"terms": {"speaker_keys": ["some id", "zelensky"]}},
    ]
    assert source["bool"]["should"][1] == {"terms": {"outlet_key": ["bbc news"]}}
    assert kind == {"terms": {"kind": ["direct"]}}
    assert dates == {"range": {"published": {"gte": "2024-01-01", "lte": "2024-01-31"}}}
    assert statement == {"term": {"statement_id": "st-1"}}


@pytest.mark.parametrize(
    ("sort", "text", "first"),
    [
        ("relevance", "x", {"_score": {"order": "desc"}}),
        ("relevance", None, {"published": {"order": "desc", "missing": "_last"}}),
        ("date", None, {"published": {"order": "asc", "missing": "_last"}}),
        ("-date", "x", {"published": {"order": "desc", "missing": "_last"}}),
    ],
)
def test_every_sort_ends_with_the_quote_id(sort: str, text: str | None, first: dict[str, object]) -> None:
    assert mapping.quote_sort(QuoteQuery(sort=sort, text=text)) == [first, {"id": {"order": "asc"}}]  # type: ignore[arg-type]


def test_a_page_asks_one_item_more_and_bounds_the_total() -> None:
    body = mapping.search_body(QuoteQuery(page=3, limit=20), None, [], None)
    assert (body["from"], body["size"], body["track_total_hits"]) == (40, 21, mapping.TOTAL_HITS_BOUND)
    assert "search_after" not in body


def test_a_cursor_continues_with_search_after_instead_of_from() -> None:
    body = mapping.search_body(QuoteQuery(limit=5), None, [], [1700000000000, "q1"])
    assert body["search_after"] == [1700000000000, "q1"]
    assert "from" not in body and body["size"] == 6


def test_a_page_never_reaches_past_the_result_window() -> None:
    body = mapping.search_body(QuoteQuery(page=100, limit=100), None, [], None)
    assert body["from"] + body["size"] <= mapping.MAX_WINDOW


def test_facets_count_by_speaker_outlet_source_and_day() -> None:
    aggs = mapping.facets_body(QuoteQuery(), None, [], 5)["aggs"]
    assert aggs["speakers"]["terms"]["field"] == "speaker_id" and aggs["speakers"]["terms"]["size"] == 5
    assert aggs["outlets"]["terms"]["field"] == "outlet"
    assert aggs["sources"]["aggs"]["label"]["terms"]["field"] == "title"
    assert aggs["days"]["date_histogram"]["calendar_interval"] == "day"


def test_speaker_prefix_is_folded_and_matches_any_word_start() -> None:
    assert mapping.speakers_body("  ZÉLEN", 1, 10)["query"] == {"prefix": {"alias_prefixes": "zelen"}}
    assert mapping.speakers_body(None, 1, 10)["query"] == {"match_all": {}}
    assert mapping.word_suffixes({"renee dubois", "dubois"}) == ["dubois", "renee dubois"]


def test_speaker_documents_carry_folded_alias_keys() -> None:
    from service.domain import Speaker

    doc = mapping.speaker_doc(Speaker("s", "Renée Dubois", ("R. Dubois",)))
    assert doc["alias_keys"] == ["r dubois", "renee dubois"]
    assert doc["name_key"] == "renee dubois"


def test_indices_are_versioned_behind_aliases() -> None:
    names = mapping.index_names("quotes")
    assert names["quotes"] == ("quotes", "quotes-quotes-v1")
    assert names["speakers"] == ("quotes-speakers", "quotes-speakers-v1")
    assert set(names) == set(mapping.MAPPINGS)


def test_the_mapping_uses_only_what_the_minimal_node_offers() -> None:
    text = json.dumps(mapping.MAPPINGS)
    for plugin_only in (
        "asciifolding",
        "english",
        "edge_ngram",
        "search_as_you_type",
        "normalizer",
        "stemmer",
    ):
        assert plugin_only not in text
