"""`/quotes`: filtered lists, ranked search, one quote, batch lookup and the NDJSON export."""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterator
from typing import Any

from flask import Response
from flask_smorest import Blueprint
from marshmallow import RAISE
from werkzeug.exceptions import NotFound

from schemas.quotes import (
    BatchRequestSchema,
    BatchResultSchema,
    QuoteDetailSchema,
    QuoteFilterArgsSchema,
    QuotePageSchema,
    QuoteQueryArgsSchema,
    QuoteSchema,
    QuoteSearchArgsSchema,
    QuoteSearchPageSchema,
)
from service.api.common import envelope, no_query_args, paging_headers, query_args, quote_query, reads
from service.api.context import current_store
from service.config import Settings
from service.domain import Quote
from service.store import StoreUnavailable

NDJSON = "application/x-ndjson"
log = logging.getLogger(__name__)


def create_blueprint(settings: Settings) -> Blueprint:
    """Return the quotes blueprint, its limits taken from `settings`."""
    blp = Blueprint("quotes", __name__, description="Attributed quotes: filter, search, look up, export.")
    limits = {"max_limit": settings.max_limit}

    @blp.route("/quotes")
    @query_args(blp, QuoteQueryArgsSchema(**limits))
    @reads(blp, QuotePageSchema)
    def list_quotes(args: dict[str, Any]) -> Any:
        """List quotes by speaker, source, text, kind, date or statement.

        Repeat `speaker` or `source` to match any of several. Sorted by relevance with `q`,
        newest first otherwise. Page with `page` + `limit`, or past the page window with the
        `cursor` of the previous page (`next` links to the next page either way).
        """
        page = current_store().search_quotes(quote_query(args))
        body = envelope(page, by_cursor=bool(args.get("cursor")))
        return body, 200, paging_headers(body)

    @blp.route("/quotes/search")
    @query_args(blp, QuoteSearchArgsSchema(**limits))
    @reads(blp, QuoteSearchPageSchema)
    def search_quotes(args: dict[str, Any]) -> Any:
        """Search quote text, best matches first.

        All words must occur; "double quotes" match a phrase. When nothing matches, the search
        is repeated tolerating typos and the answer says `"fuzzy": true`.
        """
        store = current_store()
        fuzzy = bool(args.get("fuzzy"))
        page = store.search_quotes(quote_query(args, fuzzy=fuzzy))
        if not fuzzy and page.total == 0 and not args.get("cursor"):
            fuzzy = True
            page = store.search_quotes(quote_query(args, fuzzy=True))
        body = envelope(
            page,
            by_cursor=bool(args.get("cursor")),
            next_params={"fuzzy": "true"} if fuzzy else None,
            fuzzy=fuzzy,
        )
        return body, 200, paging_headers(body)

    @blp.route("/quotes/<quote_id:quote_id>")
    @reads(blp, QuoteDetailSchema, 404)
    @no_query_args(blp)
    def get_quote(quote_id: str) -> Any:
        """Return one quote with its article, speaker and statement."""
        store = current_store()
        quote = store.get_quotes([quote_id]).get(quote_id)
        if quote is None:
            raise NotFound(f"No quote with id {quote_id}.")
        return {
            "quote": quote,
            "article": store.get_article(quote.article_id),
            "speaker": store.get_speaker(quote.speaker_id) if quote.speaker_id else None,
            "statement": store.get_statement(quote.statement_id) if quote.statement_id else None,
        }

    @blp.route("/quotes/batch", methods=["POST"])
    @blp.arguments(
        BatchRequestSchema(max_batch=settings.max_batch),
        location="json",
        unknown=RAISE,
        error_status_code=400,
        description=f"Up to {settings.max_batch} quote ids.",
    )
    @blp.response(200, BatchResultSchema)
    @blp.alt_response(413, "REQUEST_ENTITY_TOO_LARGE")
    @blp.alt_response(503, "SERVICE_UNAVAILABLE")
    def batch_quotes(body: dict[str, Any]) -> Any:
        """Look up many quotes by id: found ones in request order, the others in `missing`."""
        ids = list(dict.fromkeys(body["ids"]))  # each id once, first occurrence first
        found = current_store().get_quotes(ids)
        results = [found[i] for i in ids if i in found]
        missing = [i for i in ids if i not in found]
        body = {"count": len(results), "results": results, "missing": missing}
        return body, 200, {"Cache-Control": "no-store"}

    @blp.route("/quotes/export")
    @query_args(blp, QuoteFilterArgsSchema())
    @blp.response(
        200,
        QuoteSchema,
        content_type=NDJSON,
        description=(
            f"One quote per line (NDJSON), at most {settings.export_max}. A stream cut short by "
            'the store ends with a line {"error": <problem>}.'
        ),
    )
    @blp.alt_response(503, "SERVICE_UNAVAILABLE")
    def export_quotes(args: dict[str, Any]) -> Response:
        """Stream every quote matching the filters as NDJSON, in constant memory."""
        quotes = iter(current_store().iter_quotes(quote_query(args, limit=settings.max_limit)))
        # Reach the store before answering, so an outage is a 503 and not a broken stream.
        first = next(quotes, None)
        rest = itertools.chain([] if first is None else [first], quotes)
        lines = _ndjson(itertools.islice(rest, settings.export_max))
        return Response(lines, mimetype=NDJSON, headers={"Cache-Control": "no-store"})

    return blp


def _ndjson(quotes: Iterator[Quote]) -> Iterator[str]:
    schema = QuoteSchema()
    try:
        for quote in quotes:
            yield json.dumps(schema.dump(quote), ensure_ascii=False) + "\n"
    except StoreUnavailable as exc:
        # Headers are gone already: the only way left to tell the client is the last line.
        log.warning("export cut short: %s", exc)
        problem = {
            "type": "about:blank",
            "title": "Service Unavailable",
            "status": 503,
            "detail": "The quote store became unavailable during the export.",
        }
        yield json.dumps({"error": problem}) + "\n"
