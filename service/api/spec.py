"""The flask-smorest `Api`, made to document and answer errors as problem+json."""

from __future__ import annotations

import http
from typing import Any

from flask_smorest import Api
from werkzeug.routing import BaseConverter

from schemas.common import ARTICLE_ID, QUOTE_ID, SLUG_ID, ProblemSchema
from service.api.errors import PROBLEM_TYPE, register_error_handlers

RETRY_AFTER = {"description": "Seconds to wait before retrying.", "schema": {"type": "integer"}}
ETAG = {"description": "Validator for conditional GET (If-None-Match).", "schema": {"type": "string"}}
CACHE_CONTROL = {"description": "How long the answer may be cached.", "schema": {"type": "string"}}
READ_HEADERS = {"ETag": ETAG, "Cache-Control": CACHE_CONTROL}


class QuoteIdConverter(BaseConverter):
    """A quote id in a path; anything else does not route (404)."""

    regex = QUOTE_ID


class ArticleIdConverter(BaseConverter):
    """An article id in a path."""

    regex = ARTICLE_ID


class SlugIdConverter(BaseConverter):
    """A speaker or statement id in a path."""

    regex = SLUG_ID


CONVERTERS: dict[str, type[BaseConverter]] = {
    "quote_id": QuoteIdConverter,
    "article_id": ArticleIdConverter,
    "slug_id": SlugIdConverter,
}


class QuotesApi(Api):  # type: ignore[misc]
    """flask-smorest's Api whose error responses, documented and real, are problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def _register_error_handlers(self) -> None:
        register_error_handlers(self._app)

    def _register_responses(self) -> None:
        # Same components as flask-smorest registers, in the content type the errors really have.
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["content"] = {PROBLEM_TYPE: {"schema": ProblemSchema}}
            if status == 503:
                response["headers"] = {"Retry-After": RETRY_AFTER}
            if status == 405:
                response["headers"] = {"Allow": {"schema": {"type": "string"}}}
            self.spec.components.response(status.name, response, lazy=True)
        self.spec.components.response(
            "DEFAULT_ERROR",
            {"description": "Any error", "content": {PROBLEM_TYPE: {"schema": ProblemSchema}}},
            lazy=True,
        )


def init_spec(api: QuotesApi, app: Any) -> None:
    """Register the id converters with Flask and describe them in the OpenAPI document."""
    for name, converter in CONVERTERS.items():
        app.url_map.converters[name] = converter
        api.register_converter(
            converter, lambda c, pattern=converter.regex: {"type": "string", "pattern": f"^{pattern}$"}
        )
