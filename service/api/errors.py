"""One error document everywhere: every failure becomes an RFC 9457 `application/problem+json`."""

from __future__ import annotations

import http
import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, current_app, json
from werkzeug.exceptions import HTTPException, InternalServerError

from service.store import InvalidCursor, StoreUnavailable

PROBLEM_TYPE = "application/problem+json"
log = logging.getLogger(__name__)

# Webargs nests messages under the location they were read from; clients only need the field.
_LOCATIONS = ("query", "json", "path", "view_args", "headers", "form")


def problem(
    status: int,
    detail: str | None = None,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> Response:
    """Return the problem document for `status`, the only way an error response is built."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": http.HTTPStatus(status).phrase,
        "status": status,
        "detail": detail or http.HTTPStatus(status).description,
    }
    if errors:
        body["errors"] = dict(errors)
    body.update(extra)
    response = current_app.response_class(json.dumps(body), status=status, mimetype=PROBLEM_TYPE)
    response.headers["Cache-Control"] = "no-store"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def flatten_messages(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """Return marshmallow's nested messages as {"field" or "field.index": [messages]}."""
    if isinstance(messages, str):
        return {prefix or "_request": [messages]}
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return {prefix or "_request": list(messages)}
    flat: dict[str, list[str]] = {}
    items = messages.items() if isinstance(messages, Mapping) else enumerate(messages)
    for key, value in items:
        if not prefix and key in _LOCATIONS and isinstance(value, Mapping):
            name = ""
        else:
            name = f"{prefix}.{key}" if prefix else str(key)
        for field, texts in flatten_messages(value, name).items():
            flat.setdefault(field, []).extend(texts)
    return flat


def _validation_detail(errors: Mapping[str, list[str]]) -> str:
    unknown = sorted(f for f, texts in errors.items() if "Unknown field." in texts)
    if unknown:
        return "Unknown parameter(s): " + ", ".join(unknown) + "."
    return "Invalid " + ", ".join(sorted(errors)) + "."


def handle_http_exception(error: HTTPException) -> Response:
    """Turn a framework or view HTTP error (404, 405, 413, validation...) into a problem."""
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    errors = flatten_messages(data["messages"]) if data.get("messages") else None
    detail = _validation_detail(errors) if errors else error.description
    if status >= 500:
        detail = http.HTTPStatus(status).description  # never echo internals
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    headers.update(data.get("headers") or {})
    return problem(status, detail, errors, headers)


def handle_store_unavailable(error: StoreUnavailable) -> Response:
    """Answer 503 with Retry-After while the store cannot be reached."""
    log.warning("store unavailable: %s", error)
    retry_after = current_app.extensions["quotes"].settings.retry_after
    return problem(
        503,
        "The quote store is unavailable; retry later.",
        headers={"Retry-After": str(retry_after)},
    )


def handle_invalid_cursor(error: InvalidCursor) -> Response:
    """Answer 400 naming `cursor` when a cursor is malformed or belongs to another query."""
    # The store's message may describe its internals; the client only needs to know which field.
    return problem(400, "Invalid cursor.", {"cursor": ["Not a cursor issued for this query and order."]})


def handle_unexpected(error: Exception) -> Response:
    """Log an unexpected error and answer a 500 problem without internals."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    log.exception("unhandled error", exc_info=error)
    return handle_http_exception(InternalServerError())


def register_error_handlers(app: Flask) -> None:
    """Route every error the app can raise to one problem document."""
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(StoreUnavailable, handle_store_unavailable)
    app.register_error_handler(InvalidCursor, handle_invalid_cursor)
    app.register_error_handler(Exception, handle_unexpected)
