"""Opaque paging cursors: the sort key of the last item, bound to one store and one query.

A cursor is URL-safe base64 of JSON `{"s": store, "q": query fingerprint, "k": sort key}`.
The fingerprint covers everything that decides membership and order, so a cursor from another
query (or another store) is refused instead of silently continuing the wrong list.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from service.domain import QuoteQuery
from service.store.base import InvalidCursor


def effective_sort(query: QuoteQuery) -> str:
    """Return the order a query really gets: relevance needs text, otherwise newest first."""
    if query.sort == "relevance" and not (query.text and query.text.strip()):
        return "-date"
    return query.sort


def fingerprint(query: QuoteQuery) -> str:
    """Return a short digest of the filters, text and order of `query` (not its page)."""
    parts = [
        sorted(query.speakers),
        sorted(query.sources),
        (query.text or "").strip(),
        sorted(query.kinds),
        query.date_from.isoformat() if query.date_from else None,
        query.date_to.isoformat() if query.date_to else None,
        query.statement,
        effective_sort(query),
        query.fuzzy,
    ]
    return hashlib.sha1(json.dumps(parts).encode()).hexdigest()[:16]


def encode_cursor(store: str, query: QuoteQuery, key: list[Any]) -> str:
    """Return the cursor that continues `query` after the item whose sort key is `key`."""
    raw = json.dumps({"s": store, "q": fingerprint(query), "k": key}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(store: str, query: QuoteQuery, cursor: str) -> list[Any]:
    """Return the sort key held in `cursor`; raise InvalidCursor unless it was made for `query`."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidCursor("malformed cursor") from None
    if not isinstance(data, dict) or not isinstance(data.get("k"), list):
        raise InvalidCursor("malformed cursor")
    if data.get("s") != store or data.get("q") != fingerprint(query):
        raise InvalidCursor("cursor belongs to another query")
    return list(data["k"])
