"""Shapes every endpoint shares: the problem document, the paging envelope and the id formats."""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

# Content-derived ids (see `service.domain`): a kind letter and 16 hex digits.
QUOTE_ID = r"q[0-9a-f]{16}"
ARTICLE_ID = r"a[0-9a-f]{16}"
# Speaker and statement ids are url-safe slugs or digests made by the loader.
SLUG_ID = r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}"

DEFAULT_LIMIT = 20
DEFAULT_MAX_LIMIT = 100
# Elasticsearch refuses from + size > 10,000; both stores keep the same window so the API
# behaves the same on either. Deeper reads use `cursor`.
PAGE_WINDOW = 10_000
MAX_TEXT = 500
MAX_NAME = 200
MAX_VALUES = 20
MAX_CURSOR = 4096


class ArgsSchema(Schema):
    """Base of every query-string schema: unknown parameters are errors, never ignored."""

    class Meta:
        unknown = RAISE


class PagingArgsSchema(ArgsSchema):
    """`page` + `limit` paging; `limit` is capped by the `max_limit` the app is built with."""

    page = fields.Integer(
        validate=validate.Range(min=1, max=PAGE_WINDOW),
        metadata={"description": f"Page number, from 1; page × limit may not exceed {PAGE_WINDOW}."},
    )
    limit = fields.Integer(
        load_default=DEFAULT_LIMIT,
        validate=validate.Range(min=1, max=DEFAULT_MAX_LIMIT),
        metadata={"description": "Items per page; above the maximum is an error, never clamped."},
    )

    def __init__(self, *args: Any, max_limit: int = DEFAULT_MAX_LIMIT, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Per-app cap: the OpenAPI document reads the same validator, so docs and behaviour agree.
        self.fields["limit"].validators = [validate.Range(min=1, max=max_limit)]
        self.fields["limit"].load_default = min(DEFAULT_LIMIT, max_limit)
        self.fields["limit"].metadata = {
            "description": f"Items per page, 1 to {max_limit}; above that is an error, never clamped."
        }

    @validates_schema
    def _page_within_window(self, data: dict[str, Any], **_: Any) -> None:
        page = data.get("page") or 1
        if page * data.get("limit", DEFAULT_LIMIT) > PAGE_WINDOW:
            raise ValidationError(
                f"page × limit may not exceed {PAGE_WINDOW}; use `cursor` to read deeper.", "page"
            )


class ProblemSchema(Schema):
    """An RFC 9457 problem document: the one shape of every error response."""

    type = fields.String(required=True, metadata={"description": "A URI naming the kind of problem."})
    title = fields.String(required=True, metadata={"description": "Short summary of the kind."})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = fields.String(metadata={"description": "What went wrong with this request."})
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": "Messages by field (query parameter, body field or path part)."},
    )


class PageSchema(Schema):
    """The paging envelope; subclasses say what `results` hold."""

    count = fields.Integer(required=True, metadata={"description": "Items in this page."})
    total = fields.Integer(required=True, metadata={"description": "Items matching the query."})
    total_exact = fields.Boolean(
        required=True, metadata={"description": "False when `total` is a lower bound."}
    )
    page = fields.Integer(
        required=True,
        allow_none=True,
        metadata={"description": "This page's number; null when paging by cursor."},
    )
    pages = fields.Integer(required=True, metadata={"description": "Pages of `limit` items in `total`."})
    next = fields.String(
        required=True, allow_none=True, metadata={"description": "URL of the next page, or null on the last."}
    )
    next_cursor = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "Opaque cursor continuing after this page, or null on the last."},
    )
