"""Elasticsearch index layout, documents and request bodies, as pure functions.

Four versioned indices sit behind aliases, named from one base name `B`: quotes are `B` ->
`B-quotes-v1`; articles, speakers and statements are `B-<kind>` -> `B-<kind>-v1`. A new mapping
version is built beside the old one and the alias switched, so readers never see a half index.

The mapping stays inside what the minimal node offers (no asciifolding, no stemmers, no
scripts): names and text are folded in Python (`names.fold`, `names.name_key`) before indexing
and before querying, and highlights are computed in Python on the original text (a highlight of
the folded copy would show lower-cased, accent-less words). User text only ever goes into
`match` / `match_phrase` queries.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from service.domain import Article, Quote, QuoteQuery, Speaker, Statement
from service.names import fold, name_key
from service.store.codec import to_doc
from service.store.cursor import effective_sort
from service.store.histogram import choose_interval
from service.store.text import TextQuery, outlet_key

VERSION = 1
KINDS = ("quotes", "articles", "speakers", "statements")
TOTAL_HITS_BOUND = 10_000
MAX_WINDOW = 10_000  # Elasticsearch's index.max_result_window: from + size beyond it fails

SETTINGS = {"number_of_shards": 1, "number_of_replicas": 0}
_KEYWORD = {"type": "keyword"}
_STORED = {"type": "keyword", "index": False, "doc_values": False}
_DATE = {"type": "date", "format": "strict_date"}

MAPPINGS: dict[str, dict[str, Any]] = {
    "quotes": {
        "dynamic": False,
        "properties": {
            "id": _KEYWORD,
            "article_id": _KEYWORD,
            "speaker_id": _KEYWORD,
            "speaker": _KEYWORD,
            "speaker_keys": _KEYWORD,
            "kind": _KEYWORD,
            "statement_id": _KEYWORD,
            "outlet": _KEYWORD,
            "outlet_key": _KEYWORD,
            "title": {"type": "keyword", "ignore_above": 1024},
            "published": _DATE,
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "text": {"type": "text", "index": False},
            "text_folded": {"type": "text", "analyzer": "standard"},
        },
    },
    "articles": {
        "dynamic": False,
        "properties": {
            "id": _KEYWORD,
            "outlet": _KEYWORD,
            "outlet_key": _KEYWORD,
            "published": _DATE,
            "title": {"type": "keyword", "ignore_above": 1024},
            "path": _STORED,
            "text": {"type": "text", "index": False},
            "quote_count": {"type": "integer"},
        },
    },
    "speakers": {
        "dynamic": False,
        "properties": {
            "id": _KEYWORD,
            "name": _KEYWORD,
            "name_key": _KEYWORD,
            "alias_keys": _KEYWORD,
            "alias_prefixes": _KEYWORD,
            "quote_count": {"type": "integer"},
            "statement_count": {"type": "integer"},
        },
    },
    "statements": {
        "dynamic": False,
        "properties": {
            "id": _KEYWORD,
            "speaker_id": _KEYWORD,
            "first_reported": _DATE,
            "source_count": {"type": "integer"},
            "variants": {"type": "object", "enabled": False},
        },
    },
}


def index_names(base: str) -> dict[str, tuple[str, str]]:
    """Return, for each kind of record, its alias and the versioned index behind it."""
    names = {}
    for kind in KINDS:
        alias = base if kind == "quotes" else f"{base}-{kind}"
        names[kind] = (alias, f"{base}-{kind}-v{VERSION}")
    return names


def word_suffixes(keys: set[str]) -> list[str]:
    """Return each name key from each of its word starts, so a prefix query matches any word."""
    out = {key[i:] for key in keys for i in range(len(key)) if i == 0 or key[i - 1] == " "}
    return sorted(out)


# Speakers, mentions and outlets repeat across thousands of quotes: key each spelling once.
_name_key = lru_cache(maxsize=65_536)(name_key)
_outlet_key = lru_cache(maxsize=4_096)(outlet_key)


def quote_doc(quote: Quote) -> dict[str, Any]:
    """Return the document indexed for a quote."""
    keys = {_name_key(quote.speaker or ""), _name_key(quote.mention or "")} - {""}
    doc = to_doc(quote)
    doc["text_folded"] = fold(quote.text)
    doc["speaker_keys"] = sorted(keys)
    doc["outlet_key"] = _outlet_key(quote.outlet)
    return doc


def article_doc(article: Article) -> dict[str, Any]:
    """Return the document indexed for an article."""
    return {**to_doc(article), "outlet_key": _outlet_key(article.outlet)}


def speaker_doc(speaker: Speaker) -> dict[str, Any]:
    """Return the document indexed for a speaker, with its folded alias keys."""
    keys = {name_key(n) for n in (speaker.name, *speaker.aliases)} - {""}
    return {
        **to_doc(speaker),
        "name_key": name_key(speaker.name),
        "alias_keys": sorted(keys),
        "alias_prefixes": word_suffixes(keys),
    }


def statement_doc(statement: Statement) -> dict[str, Any]:
    """Return the document indexed for a statement."""
    return to_doc(statement)


def speaker_ids_body(keys: list[str], size: int = 1000) -> dict[str, Any]:
    """Return the search that finds the ids of speakers with any of these alias keys."""
    return {"query": {"terms": {"alias_keys": keys}}, "size": size, "_source": False, "sort": ["id"]}


def text_clauses(text: TextQuery, fuzzy: bool) -> list[dict[str, Any]]:
    """Return the clauses that all must match: the words (AND), then each phrase."""
    clauses: list[dict[str, Any]] = []
    if text.words:
        match: dict[str, Any] = {"query": " ".join(text.words), "operator": "and"}
        if fuzzy:
            match["fuzziness"] = "AUTO"
        clauses.append({"match": {"text_folded": match}})
    clauses += [{"match_phrase": {"text_folded": {"query": p}}} for p in text.phrases]
    return clauses


def quote_query(query: QuoteQuery, text: TextQuery | None, speaker_ids: list[str]) -> dict[str, Any]:
    """Return the bool query of `query`: text clauses must match, every other filter filters."""
    filters: list[dict[str, Any]] = []
    if query.speakers:
        keys = sorted({name_key(s) for s in query.speakers} - {""})
        should = [{"terms": {"speaker_id": sorted({*query.speakers, *speaker_ids})}}]
        if keys:
            should.append({"terms": {"speaker_keys": keys}})
        filters.append({"bool": {"should": should, "minimum_should_match": 1}})
    if query.sources:
        keys = sorted({k for k in (outlet_key(s) for s in query.sources) if k})
        should = [{"terms": {"article_id": list(query.sources)}}, {"terms": {"outlet_key": keys}}]
        filters.append({"bool": {"should": should, "minimum_should_match": 1}})
    if query.kinds:
        filters.append({"terms": {"kind": list(query.kinds)}})
    if query.date_from or query.date_to:
        bounds = {"gte": query.date_from, "lte": query.date_to}
        filters.append({"range": {"published": {k: v.isoformat() for k, v in bounds.items() if v}}})
    if query.statement:
        filters.append({"term": {"statement_id": query.statement}})
    must = text_clauses(text, query.fuzzy) if text else []
    return {"bool": {"must": must, "filter": filters}}


def quote_sort(query: QuoteQuery) -> list[dict[str, Any]]:
    """Return the order of `query`, always ending with the quote id so paging is stable."""
    sort = effective_sort(query)
    if sort == "relevance":
        return [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]
    order = "asc" if sort == "date" else "desc"
    return [{"published": {"order": order, "missing": "_last"}}, {"id": {"order": "asc"}}]


def search_body(
    query: QuoteQuery, text: TextQuery | None, speaker_ids: list[str], after: list[Any] | None
) -> dict[str, Any]:
    """Return one page's search: by `page` and `limit`, or after a cursor's sort key.

    One item beyond `limit` is asked for, to know whether a next page exists.
    """
    body: dict[str, Any] = {
        "query": quote_query(query, text, speaker_ids),
        "sort": quote_sort(query),
        "size": query.limit + 1,
        "track_total_hits": TOTAL_HITS_BOUND,
        "_source": {"excludes": ["text_folded", "speaker_keys", "outlet_key"]},
    }
    if after is not None:
        body["search_after"] = after
    else:
        body["from"] = (max(query.page, 1) - 1) * query.limit
        body["size"] = max(0, min(query.limit + 1, MAX_WINDOW - body["from"]))
    return body


def _terms(field: str, size: int, label: str | None = None) -> dict[str, Any]:
    agg: dict[str, Any] = {
        "terms": {"field": field, "size": size, "order": [{"_count": "desc"}, {"_key": "asc"}]}
    }
    if label:
        agg["aggs"] = {"label": {"terms": {"field": label, "size": 1}}}
    return agg


def facets_body(
    query: QuoteQuery, text: TextQuery | None, speaker_ids: list[str], size: int, interval: str = "day"
) -> dict[str, Any]:
    """Return the aggregation search behind `facets`, its histogram by `interval` (day … year)."""
    return {
        "query": quote_query(query, text, speaker_ids),
        "size": 0,
        "track_total_hits": True,
        "aggs": {
            "speakers": _terms("speaker_id", size, "speaker"),
            "outlets": _terms("outlet", size),
            "sources": _terms("article_id", size, "title"),
            "days": {
                "date_histogram": {
                    "field": "published",
                    "calendar_interval": interval,
                    "format": "yyyy-MM-dd",
                    "min_doc_count": 1,
                }
            },
        },
    }


def date_span_body(query: QuoteQuery, text: TextQuery | None, speaker_ids: list[str]) -> dict[str, Any]:
    """Return the search for the first and last day of the quotes matching `query`."""
    return {
        "query": quote_query(query, text, speaker_ids),
        "size": 0,
        "aggs": {
            "first": {"min": {"field": "published", "format": "yyyy-MM-dd"}},
            "last": {"max": {"field": "published", "format": "yyyy-MM-dd"}},
        },
    }


def span_interval(query: QuoteQuery) -> str | None:
    """Return the histogram period a query's own date range settles, or None if the data must.

    A range short enough for daily bars needs no look at the data: the matching quotes' span
    lies inside it, and a shorter span never picks a coarser period.
    """
    if query.date_from and query.date_to and choose_interval(query.date_from, query.date_to) == "day":
        return "day"
    return None


def interval_of_span(aggs: dict[str, Any]) -> str:
    """Return the histogram period for the answer of `date_span_body` (day when nothing matched)."""
    first, last = aggs["first"].get("value_as_string"), aggs["last"].get("value_as_string")
    if not first or not last:
        return "day"
    return choose_interval(date.fromisoformat(first[:10]), date.fromisoformat(last[:10]))


def speakers_body(prefix: str | None, page: int, limit: int) -> dict[str, Any]:
    """Return the search behind `list_speakers`: a prefix of any name word, most quoted first."""
    key = name_key(prefix or "")
    query: dict[str, Any] = {"prefix": {"alias_prefixes": key}} if key else {"match_all": {}}
    return {
        "query": query,
        "sort": [{"quote_count": "desc"}, {"name_key": "asc"}, {"id": "asc"}],
        "from": (max(page, 1) - 1) * limit,
        "size": limit,
        "track_total_hits": True,
        "_source": {"excludes": ["name_key", "alias_keys", "alias_prefixes"]},
    }


def sources_body(outlet: str | None, page: int, limit: int) -> dict[str, Any]:
    """Return the search behind `list_sources`: articles newest first, without their text."""
    query: dict[str, Any] = {"term": {"outlet_key": outlet_key(outlet)}} if outlet else {"match_all": {}}
    return {
        "query": query,
        "sort": [{"published": {"order": "desc", "missing": "_last"}}, {"id": "asc"}],
        "from": (max(page, 1) - 1) * limit,
        "size": limit,
        "track_total_hits": True,
        "_source": {"excludes": ["text", "outlet_key"]},
    }


def quote_counts_body(article_ids: list[str]) -> dict[str, Any]:
    """Return the aggregation that counts the stored quotes of each of these articles."""
    return {
        "query": {"terms": {"article_id": article_ids}},
        "size": 0,
        "aggs": {"articles": {"terms": {"field": "article_id", "size": max(1, len(article_ids))}}},
    }


def statements_body(speaker_id: str | None, page: int, limit: int) -> dict[str, Any]:
    """Return the search behind `list_statements`: most reported first."""
    query: dict[str, Any] = {"term": {"speaker_id": speaker_id}} if speaker_id else {"match_all": {}}
    return {
        "query": query,
        "sort": [
            {"source_count": "desc"},
            {"first_reported": {"order": "asc", "missing": "_last"}},
            {"id": "asc"},
        ],
        "from": (max(page, 1) - 1) * limit,
        "size": limit,
        "track_total_hits": True,
    }
