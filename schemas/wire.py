"""Hand-written dumps of the hottest answers (quote pages, facets), equal to the schemas' own.

The marshmallow schemas stay the wire format and the OpenAPI source; these functions produce
the very same dicts, key order and value types included, without marshmallow's per-field
machinery, which was the largest CPU cost of a quote page (about 17 fields × 20 hits). Each
returns None for input it was not written for, and the schema then dumps it the slow way.
tests/unit/test_wire.py holds them to the schemas' dump over varied records.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from service.domain import Bucket, Facets, Quote, QuoteHit

# The keys of `service.api.common.envelope`, in the order PageSchema declares them.
PAGE_KEYS = ("count", "total", "total_exact", "page", "pages", "next", "next_cursor")


def _text(value: Any) -> str | None:
    # fields.String: str() of anything but None.
    return value if value is None or type(value) is str else str(value)


def _int(value: Any) -> int | None:
    return value if value is None or type(value) is int else int(value)


def _float(value: Any) -> float | None:
    return value if value is None or type(value) is float else float(value)


def _date(value: Any) -> str | None:
    return None if value is None else date.isoformat(value)


def quote(obj: Quote | QuoteHit) -> dict[str, Any]:
    """Return what QuoteSchema dumps for a Quote or a QuoteHit."""
    hit = obj if type(obj) is QuoteHit else None
    q: Quote = hit.quote if hit is not None else obj  # type: ignore[assignment]
    return {
        "id": _text(q.id),
        "text": _text(q.text),
        "kind": _text(q.kind),
        "speaker": {"id": _text(q.speaker_id), "name": _text(q.speaker)} if q.speaker else None,
        "mention": _text(q.mention),
        "role": _text(q.role),
        "venue": _text(q.venue),
        "cue": _text(q.cue),
        "confidence": _float(q.confidence),
        "statement_id": _text(q.statement_id),
        "nested": None if q.nested is None else [_text(n) for n in q.nested],
        "source": {
            "id": _text(q.article_id),
            "outlet": _text(q.outlet),
            "title": _text(q.title),
            "published": _date(q.published),
        },
        "published": _date(q.published),
        "start": _int(q.start),
        "end": _int(q.end),
        "highlight": _text(hit.highlight) if hit is not None else None,
        "score": _float(hit.score) if hit is not None else None,
    }


def quotes(items: Iterable[Any]) -> list[dict[str, Any]] | None:
    """Return the dumps of quotes or hits, or None if any item is of another type."""
    items = list(items)
    if any(type(item) is not Quote and type(item) is not QuoteHit for item in items):
        return None
    return [quote(item) for item in items]


def quote_page(body: Any, extra: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """Return what QuotePageSchema (plus the boolean `extra` keys) dumps for an envelope dict."""
    if type(body) is not dict or set(body) != {*PAGE_KEYS, "results", *extra}:
        return None
    results = quotes(body["results"]) if body["results"] is not None else None
    if results is None:
        return None
    out: dict[str, Any] = {
        "count": _int(body["count"]),
        "total": _int(body["total"]),
        "total_exact": body["total_exact"],
        "page": _int(body["page"]),
        "pages": _int(body["pages"]),
        "next": _text(body["next"]),
        "next_cursor": _text(body["next_cursor"]),
        "results": results,
    }
    for key in extra:
        out[key] = body[key]  # fields.Boolean dumps its value unchanged
    return out


def _buckets(buckets: Iterable[Bucket]) -> list[dict[str, Any]]:
    return [{"key": _text(b.key), "count": _int(b.count), "label": _text(b.label)} for b in buckets]


def facets(obj: Any) -> dict[str, Any] | None:
    """Return what FacetsSchema dumps for a Facets record."""
    if type(obj) is not Facets:
        return None
    every = (*obj.speakers, *obj.outlets, *obj.sources, *obj.days)
    if any(type(b) is not Bucket for b in every):
        return None
    return {
        "total": _int(obj.total),
        "speakers": _buckets(obj.speakers),
        "outlets": _buckets(obj.outlets),
        "sources": _buckets(obj.sources),
        "days": _buckets(obj.days),
        "interval": _text(obj.interval),
    }
