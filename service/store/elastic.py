"""The Elasticsearch store: four aliased indices, bulk upserts, and searches built in mapping.py.

The client is created on first use, in the process that uses it (a gunicorn worker after fork),
and the indices are created then if missing. Every transport failure becomes StoreUnavailable.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, helpers

from service.domain import (
    Article,
    Bucket,
    Facets,
    Page,
    Quote,
    QuoteHit,
    QuoteQuery,
    SourceQuery,
    Speaker,
    SpeakerQuery,
    Statement,
)
from service.names import name_key
from service.store import mapping
from service.store.base import InvalidCursor, StoreError, StoreUnavailable
from service.store.codec import from_doc
from service.store.cursor import decode_cursor, effective_sort, encode_cursor
from service.store.text import TextQuery, highlight, parse_text

STORE_NAME = "elasticsearch"
_BUSY = {429, 502, 503, 504}
# What search_quotes reads of its two searches (filter_path).
_IDS_ONLY = "hits.hits._id"
_PAGE_ONLY = "hits.total,hits.hits._source,hits.hits._score,hits.hits.sort"


class ElasticStore:
    """QuoteStore on an Elasticsearch 9 cluster."""

    def __init__(
        self,
        url: str,
        index: str = "quotes",
        timeout: float = 5.0,
        client: Elasticsearch | None = None,
        batch_size: int = 500,
    ) -> None:
        self.url, self.index, self.timeout, self.batch_size = url, index, timeout, batch_size
        self.names = mapping.index_names(index)
        self._client = client
        self._pid = os.getpid() if client is not None else None
        self._ready = False
        self._lock = threading.Lock()

    # -- client and indices ----------------------------------------------------------------------

    def _connect(self) -> Elasticsearch:
        with self._lock:
            if self._client is None or self._pid != os.getpid():
                self._client = Elasticsearch(
                    self.url, request_timeout=self.timeout, max_retries=1, retry_on_timeout=False
                )
                self._pid, self._ready = os.getpid(), False
            return self._client

    def _es(self) -> Elasticsearch:
        client = self._connect()
        if not self._ready:
            self.ensure_indices()
        return client

    def _alias(self, kind: str) -> str:
        return self.names[kind][0]

    def ensure_indices(self) -> None:
        """Create each missing index with its mapping, behind its alias."""
        client = self._connect()
        with self._errors():
            if client.indices.exists(index=",".join(alias for alias, _ in self.names.values())):
                self._ready = True
                return
            for kind, (alias, concrete) in self.names.items():
                if client.indices.exists(index=alias):
                    continue
                try:
                    # Not waiting for each shard lets the four creations overlap; one health wait follows.
                    client.indices.create(
                        index=concrete,
                        settings=mapping.SETTINGS,
                        mappings=mapping.MAPPINGS[kind],
                        aliases={alias: {}},
                        wait_for_active_shards="0",
                    )
                except ApiError as exc:
                    # Another worker created it first; make sure the alias is there too.
                    if exc.error != "resource_already_exists_exception":
                        raise
                    client.indices.put_alias(index=concrete, name=alias)
            concrete_names = ",".join(c for _, c in self.names.values())
            client.cluster.health(index=concrete_names, wait_for_status="yellow", timeout="30s")
        self._ready = True

    def drop(self) -> None:
        """Delete this store's versioned indices (and with them their aliases)."""
        with self._errors():
            concrete = ",".join(c for _, c in self.names.values())
            self._connect().indices.delete(index=concrete, ignore_unavailable=True)
        self._ready = False

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except TransportError as exc:
            raise StoreUnavailable(f"elasticsearch unreachable: {exc}") from exc
        except helpers.BulkIndexError as exc:
            if any("index_not_found" in str(e) for e in exc.errors):
                self._ready = False
                raise StoreUnavailable(f"elasticsearch index missing: {exc.errors[:1]}") from exc
            raise StoreError(f"elasticsearch rejected {len(exc.errors)} documents: {exc.errors[:1]}") from exc
        except ApiError as exc:
            if exc.error == "index_not_found_exception":
                self._ready = False  # recreated on the next call
                raise StoreUnavailable(f"elasticsearch index missing: {exc}") from exc
            if exc.status_code in _BUSY:
                raise StoreUnavailable(f"elasticsearch busy: {exc}") from exc
            raise StoreError(f"elasticsearch refused a request: {exc}") from exc

    # -- writes ------------------------------------------------------------------------------------

    def upsert(
        self,
        articles: Iterable[Article] = (),
        quotes: Iterable[Quote] = (),
        speakers: Iterable[Speaker] = (),
        statements: Iterable[Statement] = (),
        refresh: bool = True,
        retired_statements: Iterable[str] = (),
    ) -> None:
        """Index records by id in bulk, then refresh unless told not to."""
        retired = dict.fromkeys(retired_statements)  # once each, in order

        def actions() -> Iterator[dict[str, Any]]:
            # The last record given for an id wins, as it would with one request after another:
            # with two chunks in flight, two writes of one id could land in either order.
            for article in _last_per_id(articles):
                yield self._action("articles", article.id, mapping.article_doc(article))
            for quote in _last_per_id(quotes):
                yield self._action("quotes", quote.id, mapping.quote_doc(quote))
            for speaker in _last_per_id(speakers):
                yield self._action("speakers", speaker.id, mapping.speaker_doc(speaker))
            for statement in _last_per_id(statements):
                if statement.id not in retired:  # retired in the same call: the delete wins, as in order
                    yield self._action("statements", statement.id, mapping.statement_doc(statement))
            for statement_id in retired:
                yield {"_op_type": "delete", "_index": self._alias("statements"), "_id": statement_id}

        with self._errors():
            # require_alias: a write after someone deleted the index must not auto-create an
            # unmapped one under the alias name.
            # Two threads: one chunk is built and sent while Elasticsearch indexes the other.
            # Every id is written once per call, so chunks may land in any order.
            for _ in helpers.parallel_bulk(
                self._es(),
                actions(),
                thread_count=2,
                queue_size=2,
                chunk_size=self.batch_size * 2,
                require_alias=True,
                ignore_status=(404,),  # retiring a statement that is already gone
                # Only each item's status (and error): the full per-item answer is most of what
                # a worker parses per document, and the helper needs no more to report failures.
                filter_path="items.*.status,items.*.error",
            ):
                pass
        if refresh:
            self.refresh()

    def _action(self, kind: str, record_id: str, doc: dict[str, Any]) -> dict[str, Any]:
        return {"_index": self._alias(kind), "_id": record_id, "_source": doc}

    def refresh(self) -> None:
        """Make every write so far visible to searches."""
        with self._errors():
            self._es().indices.refresh(index=",".join(alias for alias, _ in self.names.values()))

    # -- reads by id -------------------------------------------------------------------------------

    def _get(self, kind: str, record_id: str) -> dict[str, Any] | None:
        with self._errors():
            try:
                return dict(self._es().get(index=self._alias(kind), id=record_id)["_source"])
            except NotFoundError as exc:
                if exc.error == "index_not_found_exception":
                    raise
                return None

    def get_article(self, article_id: str) -> Article | None:
        """Return one article, or None."""
        doc = self._get("articles", article_id)
        return from_doc(Article, doc) if doc else None

    def get_quotes(self, quote_ids: Sequence[str]) -> dict[str, Quote]:
        """Return the quotes found among `quote_ids`, keyed by id."""
        ids = list(dict.fromkeys(quote_ids))
        if not ids:
            return {}
        with self._errors():
            docs = self._es().mget(index=self._alias("quotes"), ids=ids)["docs"]
        return {d["_id"]: from_doc(Quote, d["_source"]) for d in docs if d.get("found")}

    def get_speaker(self, speaker_id: str) -> Speaker | None:
        """Return one speaker, or None."""
        doc = self._get("speakers", speaker_id)
        return from_doc(Speaker, doc) if doc else None

    def get_statement(self, statement_id: str) -> Statement | None:
        """Return one statement, or None."""
        doc = self._get("statements", statement_id)
        return from_doc(Statement, doc) if doc else None

    # -- quote search ------------------------------------------------------------------------------

    def _search(self, kind: str, body: dict[str, Any], filter_path: str | None = None) -> dict[str, Any]:
        # A filter_path trims the answer: less for Elasticsearch to write and for this worker to
        # parse. Empty parts vanish from a filtered answer, so its readers use .get() on them.
        with self._errors():
            return dict(self._es().search(index=self._alias(kind), body=body, filter_path=filter_path))

    def _prepare(self, query: QuoteQuery) -> tuple[TextQuery | None, list[str]] | None:
        """Return the parsed text and the speaker ids the names resolve to, or None if nothing can match."""
        text = parse_text(query.text) if query.text and query.text.strip() else None
        if text is not None and text.empty:
            return None
        keys = sorted({name_key(s) for s in query.speakers} - {""})
        ids: list[str] = []
        if keys:
            found = self._search("speakers", mapping.speaker_ids_body(keys), _IDS_ONLY)
            ids = [h["_id"] for h in found.get("hits", {}).get("hits", ())]
        return text, ids

    def search_quotes(self, query: QuoteQuery) -> Page[QuoteHit]:
        """Return one page of quotes matching `query`."""
        after = None
        if query.cursor:
            after = decode_cursor(STORE_NAME, query, query.cursor)
            if (
                len(after) != 2
                or not isinstance(after[1], str)
                or not isinstance(after[0], int | float | None)
            ):
                raise InvalidCursor("malformed cursor")
        elif query.page * query.limit > mapping.MAX_WINDOW:
            raise StoreError(f"pages end at the first {mapping.MAX_WINDOW} results; continue with a cursor")
        prepared = self._prepare(query)
        if prepared is None:
            return Page((), 0, True, query.page, query.limit)
        text, speaker_ids = prepared
        result = self._search("quotes", mapping.search_body(query, text, speaker_ids, after), _PAGE_ONLY)
        hits, total = result["hits"].get("hits", []), result["hits"]["total"]
        more = len(hits) > query.limit
        hits = hits[: query.limit]
        relevance = effective_sort(query) == "relevance"
        results = tuple(
            QuoteHit(
                quote := from_doc(Quote, h["_source"]),
                h.get("_score") if relevance else None,
                highlight(quote.text, text, query.fuzzy) if text else None,
            )
            for h in hits
        )
        next_cursor = encode_cursor(STORE_NAME, query, hits[-1]["sort"]) if more and hits else None
        exact = total["relation"] == "eq"
        return Page(results, total["value"], exact, query.page, query.limit, next_cursor)

    def _scan(self, kind: str, query: dict[str, Any], sort: list[Any]) -> Iterator[dict[str, Any]]:
        """Yield every hit of `query` in `sort` order, from a point in time, one batch at a time."""
        with self._errors():
            client = self._es()
            pit = client.open_point_in_time(index=self._alias(kind), keep_alive="1m")["id"]
            try:
                after = None
                while True:
                    body: dict[str, Any] = {
                        "query": query,
                        "sort": sort,
                        "size": self.batch_size,
                        "pit": {"id": pit, "keep_alive": "1m"},
                        "track_total_hits": False,
                    }
                    if after is not None:
                        body["search_after"] = after
                    result = client.search(body=body)
                    pit = result.get("pit_id", pit)
                    hits = result["hits"]["hits"]
                    yield from hits
                    if len(hits) < self.batch_size:
                        return
                    after = hits[-1]["sort"]
            finally:
                with suppress(ApiError, TransportError):  # it expires by itself anyway
                    client.close_point_in_time(id=pit)

    def iter_quotes(self, query: QuoteQuery) -> Iterator[Quote]:
        """Yield every quote matching the filters of `query` by id, in constant memory."""
        prepared = self._prepare(query)
        if prepared is None:
            return
        text, speaker_ids = prepared
        clause = mapping.quote_query(query, text, speaker_ids)
        for hit in self._scan("quotes", clause, [{"id": "asc"}]):
            yield from_doc(Quote, hit["_source"])

    def facets(self, query: QuoteQuery, size: int = 10, interval: str = "auto") -> Facets:
        """Return counts by speaker, outlet, source and date of the quotes matching `query`."""
        prepared = self._prepare(query)
        if prepared is None:
            return Facets()
        if interval == "auto":
            # The span search is small and cached by Elasticsearch's request cache (size 0).
            interval = mapping.span_interval(query) or mapping.interval_of_span(
                self._search("quotes", mapping.date_span_body(query, *prepared))["aggregations"]
            )
        result = self._search("quotes", mapping.facets_body(query, *prepared, size, interval))
        aggs = result["aggregations"]

        def buckets(name: str) -> tuple[Bucket, ...]:
            return tuple(
                Bucket(b["key"], b["doc_count"], (b.get("label", {}).get("buckets") or [{}])[0].get("key"))
                for b in aggs[name]["buckets"]
            )

        days = tuple(Bucket(b["key_as_string"], b["doc_count"]) for b in aggs["days"]["buckets"])
        total = result["hits"]["total"]["value"]
        return Facets(buckets("speakers"), buckets("outlets"), buckets("sources"), days, total, interval)

    # -- listings ----------------------------------------------------------------------------------

    def _page(self, kind: str, cls: Any, body: dict[str, Any], page: int, limit: int) -> Page[Any]:
        result = self._search(kind, body)
        records = tuple(from_doc(cls, h["_source"]) for h in result["hits"]["hits"])
        return Page(records, result["hits"]["total"]["value"], True, page, limit)

    def list_speakers(self, query: SpeakerQuery) -> Page[Speaker]:
        """Return speakers, most quoted first, whose name or an alias has a word starting with the prefix."""
        body = mapping.speakers_body(query.prefix, query.page, query.limit)
        return self._page("speakers", Speaker, body, query.page, query.limit)

    def list_sources(self, query: SourceQuery) -> Page[Article]:
        """Return articles, newest first, without their text, with their stored quote counts."""
        body = mapping.sources_body(query.outlet, query.page, query.limit)
        page = self._page("articles", Article, body, query.page, query.limit)
        ids = [a.id for a in page.results]
        if not ids:
            return page
        result = self._search("quotes", mapping.quote_counts_body(ids))
        counts = {b["key"]: b["doc_count"] for b in result["aggregations"]["articles"]["buckets"]}
        articles = tuple(replace(a, text="", quote_count=counts.get(a.id, 0)) for a in page.results)
        return replace(page, results=articles)

    def list_statements(self, speaker_id: str | None, page: int = 1, limit: int = 20) -> Page[Statement]:
        """Return statements, most reported first, of one speaker or of all."""
        body = mapping.statements_body(speaker_id, page, limit)
        return self._page("statements", Statement, body, page, limit)

    def all_speakers(self) -> Iterator[Speaker]:
        """Yield every speaker by id, in constant memory."""
        for hit in self._scan("speakers", {"match_all": {}}, [{"id": "asc"}]):
            yield from_doc(Speaker, hit["_source"])

    def statements_of(self, speaker_id: str) -> list[Statement]:
        """Return every statement of one speaker."""
        hits = self._scan("statements", {"term": {"speaker_id": speaker_id}}, [{"id": "asc"}])
        return [from_doc(Statement, h["_source"]) for h in hits]

    # -- health ------------------------------------------------------------------------------------

    def ping(self) -> bool:
        """Return True when the cluster answers its health check and the indices exist."""
        try:
            self._es().cluster.health()
            return True
        except (StoreError, ApiError, TransportError):
            return False

    def close(self) -> None:
        """Close the client's connections."""
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client, self._ready = None, False


def _last_per_id(records: Iterable[Any]) -> Iterable[Any]:
    """Return the records with one per id, the last given, in the order ids first appeared."""
    return {r.id: r for r in records}.values()
