"""Benchmark data sets: generated records written into an Elasticsearch index or an SQLite file.

Data lives outside the repository (default /tmp/quotes-bench); indices are named `bench-*` on
the node given, so they never meet the `test-*` indices of the test suites.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.records import Batch, RecordCorpus
from service.store import mapping

DATA = Path(os.environ.get("QUOTES_BENCH_DIR", "/tmp/quotes-bench"))


def records(quotes: int, seed: int = 0) -> tuple[list[Batch], list[Any]]:
    """Return the batches and the speakers of a generated record corpus of about `quotes` quotes."""
    corpus = RecordCorpus(quotes, seed)
    batches = list(corpus.batches())
    return batches, corpus.speakers()


def count_quotes(batches: list[Batch]) -> int:
    """Return how many quotes the batches hold."""
    return sum(len(b.quotes) for b in batches)


def store_write(store: Any, batches: list[Batch], speakers: list[Any]) -> float:
    """Write every batch with `store.upsert` (one refresh at the end); return the seconds taken."""
    started = time.perf_counter()
    for batch in batches:
        store.upsert(quotes=batch.quotes, statements=batch.statements, refresh=False)
        store.upsert(articles=batch.articles, refresh=False)
    store.upsert(speakers=speakers, refresh=False)
    store.refresh()
    return time.perf_counter() - started


def bulk_actions(index_base: str, batches: list[Batch], speakers: list[Any]) -> list[dict[str, Any]]:
    """Return the bulk actions the Elasticsearch store would send for these records, prebuilt."""
    names = mapping.index_names(index_base)

    def action(kind: str, record_id: str, doc: dict[str, Any]) -> dict[str, Any]:
        return {"_index": names[kind][0], "_id": record_id, "_source": doc}

    def each() -> Iterator[dict[str, Any]]:
        for batch in batches:
            yield from (action("quotes", q.id, mapping.quote_doc(q)) for q in batch.quotes)
            yield from (action("statements", s.id, mapping.statement_doc(s)) for s in batch.statements)
            yield from (action("articles", a.id, mapping.article_doc(a)) for a in batch.articles)
        yield from (action("speakers", s.id, mapping.speaker_doc(s)) for s in speakers)

    return list(each())


def elastic_store(url: str, index: str) -> Any:
    """Return the product's Elasticsearch store on `index`, its indices created."""
    from service.store.elastic import ElasticStore

    store = ElasticStore(url, index=index, timeout=120)
    store.ensure_indices()
    return store


def build_elastic(url: str, index: str, quotes: int, seed: int = 0) -> dict[str, Any]:
    """Fill `index` with a generated corpus unless it already holds one; return what was done."""
    store = elastic_store(url, index)
    client = store._connect()  # noqa: SLF001 - the bench reads counts the protocol does not offer
    have = client.count(index=store.names["quotes"][0])["count"]
    if have:
        store.close()
        return {"index": index, "quotes": have, "built": False}
    batches, speakers = records(quotes, seed)
    seconds = store_write(store, batches, speakers)
    store.close()
    n = count_quotes(batches)
    return {
        "index": index,
        "quotes": n,
        "built": True,
        "seconds": round(seconds, 1),
        "quotes_per_second": round(n / seconds),
    }


def build_sqlite(path: Path, quotes: int, seed: int = 0) -> dict[str, Any]:
    """Fill the SQLite file at `path` with a generated corpus unless it exists; return what was done."""
    from service.store.sqlite import SqliteStore

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return {"path": str(path), "built": False}
    batches, speakers = records(quotes, seed)
    store = SqliteStore(str(path))
    seconds = store_write(store, batches, speakers)
    store.close()
    n = count_quotes(batches)
    return {
        "path": str(path),
        "quotes": n,
        "built": True,
        "seconds": round(seconds, 1),
        "quotes_per_second": round(n / seconds),
    }
