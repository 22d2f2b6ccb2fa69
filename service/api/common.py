"""What every resource module uses: argument and response decorators, queries and envelopes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import wraps
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import urlencode

from flask import request
from flask_smorest import Blueprint
from marshmallow import RAISE, Schema

from schemas.common import PAGE_WINDOW, ArgsSchema
from service.api.spec import READ_HEADERS
from service.domain import Page, QuoteQuery

F = TypeVar("F", bound=Callable[..., Any])


def query_args(blp: Blueprint, schema: Schema) -> Callable[[F], F]:
    """Parse the query string with `schema`; unknown parameters are a 400 naming them."""
    # webargs ignores unknown query fields unless told here, whatever the schema's Meta says.
    return blp.arguments(schema, location="query", unknown=RAISE, error_status_code=400)  # type: ignore[no-any-return]


def no_query_args(blp: Blueprint) -> Callable[[F], F]:
    """Reject any query parameter on an endpoint that takes none (400 naming it)."""

    def decorator(func: F) -> F:
        @wraps(func)
        def without_args(_args: Mapping[str, Any], *args: Any, **kwargs: Any) -> Any:
            return func(*args, **kwargs)

        return query_args(blp, ArgsSchema())(without_args)  # type: ignore[arg-type,return-value]

    return decorator


def reads(blp: Blueprint, schema: type[Schema] | Schema, *errors: int) -> Callable[[F], F]:
    """Document a cacheable read: 200 with ETag, 304 when unchanged, and the listed errors."""

    def decorator(func: F) -> F:
        for status in (304, *errors, 503):
            func = blp.alt_response(status, _ref(status))(func)
        return blp.response(200, schema, headers=READ_HEADERS)(func)  # type: ignore[no-any-return]

    return decorator


def _ref(status: int) -> str:
    return HTTPStatus(status).name


def quote_query(args: Mapping[str, Any], **overrides: Any) -> QuoteQuery:
    """Return the store query for parsed quote arguments."""
    text = args.get("q")
    values: dict[str, Any] = {
        "speakers": tuple(args.get("speaker", ())),
        "sources": tuple(args.get("source", ())),
        "text": text,
        "kinds": tuple(args.get("kind", ())),
        "date_from": args.get("date_from"),
        "date_to": args.get("date_to"),
        "statement": args.get("statement"),
        "sort": args.get("sort") or ("relevance" if text else "-date"),
        "page": args.get("page") or 1,
        "limit": args.get("limit", 20),
        "cursor": args.get("cursor"),
    }
    values.update(overrides)
    return QuoteQuery(**values)


def envelope(
    page: Page[Any], by_cursor: bool, next_params: Mapping[str, str] | None = None, **extra: Any
) -> dict[str, Any]:
    """Return the paging envelope of `page`, with the URL of the next page."""
    return {
        "count": len(page.results),
        "total": page.total,
        "total_exact": page.total_exact,
        "page": None if by_cursor else page.page,
        "pages": page.pages,
        "next": _next_url(page, by_cursor, next_params or {}),
        "next_cursor": page.next_cursor,
        "results": list(page.results),
        **extra,
    }


def _next_url(page: Page[Any], by_cursor: bool, params: Mapping[str, str]) -> str | None:
    args = request.args.copy()
    args.pop("page", None)
    args.pop("cursor", None)
    if not by_cursor and page.total > page.page * page.limit and (page.page + 1) * page.limit <= PAGE_WINDOW:
        args["page"] = str(page.page + 1)
    elif page.next_cursor:
        # Past the page window (or already by cursor): continue with the store's cursor.
        args["cursor"] = page.next_cursor
    else:
        return None
    for key, value in params.items():
        args[key] = value
    return f"{request.base_url}?{urlencode(list(args.items(multi=True)))}"


def paging_headers(body: Mapping[str, Any]) -> dict[str, str]:
    """Return the paging headers that repeat the envelope for clients reading headers."""
    headers = {"X-Total-Count": str(body["total"])}
    if body.get("next"):
        headers["Link"] = f'<{body["next"]}>; rel="next"'
    return headers
