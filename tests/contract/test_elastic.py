"""The contract suite against a real Elasticsearch node, on fresh indices per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from service.domain import QuoteQuery
from service.store.base import StoreUnavailable
from service.store.elastic import ElasticStore
from tests.contract.contract import QuoteStoreContract
from tests.contract.factory import build_world

pytestmark = pytest.mark.elasticsearch


class TestElasticStore(QuoteStoreContract):
    @pytest.fixture
    def store(self, elasticsearch_url: str) -> Iterator[ElasticStore]:
        store = ElasticStore(elasticsearch_url, index=f"test-quotes-{uuid.uuid4().hex}", batch_size=2)
        yield store
        store.drop()
        store.close()


def test_an_unreachable_node_raises_store_unavailable_and_fails_ping() -> None:
    store = ElasticStore("http://127.0.0.1:9", index="test-quotes-unreachable", timeout=0.5)
    assert store.ping() is False
    with pytest.raises(StoreUnavailable):
        store.search_quotes(QuoteQuery())
    with pytest.raises(StoreUnavailable):
        store.upsert(quotes=[])


def test_the_indices_sit_behind_versioned_aliases(elasticsearch_url: str) -> None:
    store = ElasticStore(elasticsearch_url, index=f"test-quotes-{uuid.uuid4().hex}")
    try:
        store.ensure_indices()
        client = store._connect()
        for alias, concrete in store.names.values():
            assert concrete.endswith("-v1")
            assert list(client.indices.get_alias(name=alias)) == [concrete]
    finally:
        store.drop()
        store.close()


def test_a_deleted_index_fails_one_call_and_is_recreated_on_the_next(elasticsearch_url: str) -> None:
    store = ElasticStore(elasticsearch_url, index=f"test-quotes-{uuid.uuid4().hex}")
    try:
        assert store.search_quotes(QuoteQuery()).total == 0
        concrete = ",".join(c for _, c in store.names.values())
        store._connect().indices.delete(index=concrete)  # behind the store's back
        with pytest.raises(StoreUnavailable):
            store.upsert(quotes=[build_world().quotes[0]])
        assert store.search_quotes(QuoteQuery()).total == 0
        assert store._connect().indices.get_alias(name=store.index)  # an alias again, not an index
    finally:
        store.drop()
        store.close()
