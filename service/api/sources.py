"""`/sources`: the articles quotes were reported in, one article with its text, and its quotes."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint
from werkzeug.exceptions import NotFound

from schemas.quotes import QuotePageSchema, QuoteQueryArgsSchema
from schemas.resources import ArticleDetailSchema, SourcePageSchema, SourceQueryArgsSchema
from service.api.common import envelope, no_query_args, paging_headers, query_args, quote_query, reads
from service.api.context import current_store
from service.config import Settings
from service.domain import SourceQuery


def create_blueprint(settings: Settings) -> Blueprint:
    """Return the sources blueprint, its limits taken from `settings`."""
    blp = Blueprint("sources", __name__, description="Source articles: title, outlet, date, quotes.")

    @blp.route("/sources")
    @query_args(blp, SourceQueryArgsSchema(max_limit=settings.max_limit))
    @reads(blp, SourcePageSchema)
    def list_sources(args: dict[str, Any]) -> Any:
        """List articles, newest first, with their quote counts; `outlet` narrows to one outlet."""
        query = SourceQuery(outlet=args.get("outlet"), page=args.get("page") or 1, limit=args["limit"])
        body = envelope(current_store().list_sources(query), by_cursor=False)
        return body, 200, paging_headers(body)

    @blp.route("/sources/<article_id:source_id>")
    @reads(blp, ArticleDetailSchema, 404)
    @no_query_args(blp)
    def get_source(source_id: str) -> Any:
        """Return one article with its text; quote offsets index this text."""
        article = current_store().get_article(source_id)
        if article is None:
            raise NotFound(f"No source with id {source_id}.")
        return article

    @blp.route("/sources/<article_id:source_id>/quotes")
    @query_args(blp, QuoteQueryArgsSchema(max_limit=settings.max_limit, exclude=("source",)))
    @reads(blp, QuotePageSchema, 404)
    def source_quotes(args: dict[str, Any], source_id: str) -> Any:
        """List the quotes of one article, with the filters, order and paging of `/quotes`."""
        store = current_store()
        if store.get_article(source_id) is None:
            raise NotFound(f"No source with id {source_id}.")
        page = store.search_quotes(quote_query(args, sources=(source_id,)))
        body = envelope(page, by_cursor=bool(args.get("cursor")))
        return body, 200, paging_headers(body)

    return blp
