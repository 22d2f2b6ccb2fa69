"""Bulk load into Elasticsearch: the product's writes against the client's raw `helpers.bulk`.

Two measurements, each against a raw baseline in the same run, on fresh `bench-load-*` indices:

1. `loader`: the real `quotes load` path (`Loader` + `ElasticStore`) over generated article files;
   quotes/s end to end (extraction included), and quotes/s of the store writes alone (time in
   `upsert`/`refresh`) against `helpers.bulk` of the very documents those writes sent.
2. `records`: N generated records (no extraction, see bench/records.py) written with
   `ElasticStore.upsert` in batches, against `helpers.bulk` of the same prebuilt documents.

Run: .venv/bin/python -m bench.load --es http://127.0.0.1:9260 [--articles 1200] [--records 100000]
"""

from __future__ import annotations

import argparse
import json
import time
import uuid
from pathlib import Path
from typing import Any

from elasticsearch import helpers

from bench.corpus import generate_articles
from bench.datasets import DATA, bulk_actions, count_quotes, elastic_store, records, store_write
from bench.records import Batch


class TimedStore:
    """A store that times its writes and remembers what they wrote."""

    def __init__(self, store: Any) -> None:
        self.store, self.seconds, self.writes = store, 0.0, 0
        self.batch = Batch()
        self.speakers: dict[str, Any] = {}

    def upsert(self, articles=(), quotes=(), speakers=(), statements=(), **options) -> None:  # type: ignore[no-untyped-def]
        """Time the wrapped upsert; keep the records for the raw replay."""
        articles, quotes, speakers, statements = map(list, (articles, quotes, speakers, statements))
        self.batch.articles += articles
        self.batch.quotes += quotes
        self.batch.statements += statements
        self.speakers.update((s.id, s) for s in speakers)
        started = time.perf_counter()
        self.store.upsert(
            articles=articles, quotes=quotes, speakers=speakers, statements=statements, **options
        )
        self.seconds += time.perf_counter() - started
        self.writes += 1

    def refresh(self) -> None:
        """Time the wrapped refresh."""
        started = time.perf_counter()
        self.store.refresh()
        self.seconds += time.perf_counter() - started

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def raw_bulk(url: str, batches: list[Batch], speakers: list[Any]) -> float:
    """Write the same documents with `helpers.bulk` into fresh indices; return the seconds taken."""
    index = f"bench-load-raw-{uuid.uuid4().hex[:8]}"
    store = elastic_store(url, index)
    client = store._connect()  # noqa: SLF001 - the baseline talks to the client directly
    actions = bulk_actions(index, batches, speakers)
    try:
        started = time.perf_counter()
        helpers.bulk(client, actions, chunk_size=1000)
        client.indices.refresh(index=",".join(alias for alias, _ in store.names.values()))
        return time.perf_counter() - started
    finally:
        store.drop()
        store.close()


def write_articles(n: int, seed: int) -> Path:
    """Write n generated article files (once) and return their folder."""
    folder = DATA / f"articles-{n}-{seed}"
    if not (folder / ".done").exists():
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in generate_articles(n, seed):
            (folder / name).write_text(text, encoding="utf-8")
        (folder / ".done").touch()
    return folder


def bench_loader(url: str, articles: int, seed: int, batch_size: int = 50) -> dict[str, Any]:
    """Time `Loader.load` on Elasticsearch over article files, and the raw bulk of its writes."""
    from service.loader import Loader

    folder = write_articles(articles, seed)
    index = f"bench-load-{uuid.uuid4().hex[:8]}"
    store = TimedStore(elastic_store(url, index))
    try:
        started = time.perf_counter()
        report = Loader(store=store, batch_size=batch_size).load([folder])  # type: ignore[arg-type]
        total = time.perf_counter() - started
    finally:
        store.store.drop()
        store.store.close()
    quotes = report.quotes_stored
    raw = raw_bulk(url, [store.batch], list(store.speakers.values()))
    return {
        "batch_size": batch_size,
        "articles": report.articles_stored,
        "quotes": quotes,
        "seconds_total": round(total, 2),
        "quotes_per_second_end_to_end": round(quotes / total),
        "store_write_calls": store.writes,
        "seconds_in_store_writes": round(store.seconds, 2),
        "store_quotes_per_second": round(quotes / store.seconds),
        "raw_bulk_seconds": round(raw, 2),
        "raw_bulk_quotes_per_second": round(quotes / raw),
        "ratio_store_to_raw": round(raw / store.seconds, 3),
    }


def bench_records(url: str, n: int, seed: int) -> dict[str, Any]:
    """Time `ElasticStore.upsert` of generated records against `helpers.bulk` of the same documents."""
    batches, speakers = records(n, seed)
    quotes = count_quotes(batches)
    index = f"bench-load-{uuid.uuid4().hex[:8]}"
    store = elastic_store(url, index)
    try:
        seconds = store_write(store, batches, speakers)
    finally:
        store.drop()
        store.close()
    raw = raw_bulk(url, batches, speakers)
    return {
        "quotes": quotes,
        "articles": sum(len(b.articles) for b in batches),
        "statements": sum(len(b.statements) for b in batches),
        "speakers": len(speakers),
        "note": "records generated directly (no text extraction); see bench/records.py",
        "store_seconds": round(seconds, 2),
        "store_quotes_per_second": round(quotes / seconds),
        "raw_bulk_seconds": round(raw, 2),
        "raw_bulk_quotes_per_second": round(quotes / raw),
        "ratio_store_to_raw": round(raw / seconds, 3),
    }


def main() -> None:
    """Run the bulk-load benchmarks and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--es", default="http://127.0.0.1:9200", help="Elasticsearch URL")
    parser.add_argument("--articles", type=int, default=1200, help="article files for the loader (0: skip)")
    parser.add_argument("--records", type=int, default=100_000, help="quotes for the record writes (0: skip)")
    parser.add_argument(
        "--batch-size", type=int, default=50, help="the loader's batch (quotes load's default)"
    )
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    out: dict[str, Any] = {"elasticsearch": args.es, "target_ratio": 0.8}
    if args.articles:
        out["loader"] = bench_loader(args.es, args.articles, args.seed, args.batch_size)
    if args.records:
        out["records"] = bench_records(args.es, args.records, args.seed)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
