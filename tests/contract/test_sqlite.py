"""The contract suite against the embedded SQLite store, on a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from service.store.sqlite import SqliteStore
from tests.contract.contract import QuoteStoreContract


class TestSqliteStore(QuoteStoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[SqliteStore]:
        store = SqliteStore(str(tmp_path / "quotes.db"), batch_size=2)
        yield store
        store.close()
