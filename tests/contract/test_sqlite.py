"""The contract suite against the embedded SQLite store, on a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from service.domain import QuoteQuery
from service.store.sqlite import SqliteStore
from tests.contract.contract import QuoteStoreContract
from tests.contract.factory import build_world


class TestSqliteStore(QuoteStoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[SqliteStore]:
        store = SqliteStore(str(tmp_path / "quotes.db"), batch_size=2)
        yield store
        store.close()


def test_threads_read_while_another_thread_writes(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "quotes.db"))
    world = build_world()
    store.upsert(world.articles, world.quotes, world.speakers, world.statements)
    totals: list[int] = []

    def read() -> None:
        for _ in range(20):
            totals.append(store.search_quotes(QuoteQuery(text="bridge")).total)

    def write() -> None:
        for _ in range(20):
            store.upsert(world.articles, world.quotes)

    with ThreadPoolExecutor(max_workers=5) as pool:
        for future in [pool.submit(read) for _ in range(4)] + [pool.submit(write)]:
            future.result()
    store.close()
    assert totals == [3] * 80


def test_a_memory_database_is_shared_by_every_thread() -> None:
    store = SqliteStore(":memory:")
    quotes = build_world().quotes
    store.upsert(quotes=quotes)
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(lambda: store.search_quotes(QuoteQuery()).total).result() == len(quotes)
    store.close()
