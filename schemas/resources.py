"""The wire format of speakers, sources (articles), statements and health."""

from __future__ import annotations

import os
from typing import Any

from marshmallow import Schema, fields, validate

from schemas.common import MAX_NAME, PageSchema, PagingArgsSchema


class SpeakerSchema(Schema):
    """One person (or organisation) who is quoted, with every spelling seen."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    aliases = fields.List(fields.String())
    roles = fields.List(fields.String())
    quote_count = fields.Integer()
    statement_count = fields.Integer()
    first_seen = fields.Date(allow_none=True)
    last_seen = fields.Date(allow_none=True)


class ArticleSchema(Schema):
    """One source article, without its text."""

    id = fields.String(required=True)
    title = fields.String(allow_none=True)
    outlet = fields.String(allow_none=True)
    published = fields.Date(allow_none=True)
    file = fields.Function(
        lambda article: _file_name(getattr(article, "path", None)),
        allow_none=True,
        metadata={"type": "string", "description": "The name of the file it was loaded from."},
    )
    quote_count = fields.Integer()


class ArticleDetailSchema(ArticleSchema):
    """One source article with its text; quote offsets index this text."""

    text = fields.String(required=True)


class StatementVariantSchema(Schema):
    """One reported wording of a statement, and where it was reported."""

    quote_id = fields.String(required=True)
    article_id = fields.String(required=True)
    text = fields.String(required=True)
    kind = fields.String(required=True)
    outlet = fields.String(allow_none=True)
    published = fields.Date(allow_none=True)


class StatementSchema(Schema):
    """One thing said by one speaker, with every variant and outlet that reported it."""

    id = fields.String(required=True)
    speaker_id = fields.String(required=True)
    speaker = fields.String(required=True)
    text = fields.String(required=True)
    variants = fields.List(fields.Nested(StatementVariantSchema))
    first_reported = fields.Date(allow_none=True)
    source_count = fields.Integer()


class SpeakerPageSchema(PageSchema):
    """A page of speakers, most quoted first."""

    results = fields.List(fields.Nested(SpeakerSchema), required=True)


class SourcePageSchema(PageSchema):
    """A page of articles, newest first."""

    results = fields.List(fields.Nested(ArticleSchema), required=True)


class StatementPageSchema(PageSchema):
    """A page of statements, most reported first."""

    results = fields.List(fields.Nested(StatementSchema), required=True)


class SpeakerQueryArgsSchema(PagingArgsSchema):
    """Arguments of `/speakers`."""

    prefix = fields.String(
        validate=validate.Length(min=1, max=MAX_NAME),
        metadata={"description": "Start of a name or alias, accent- and case-insensitive."},
    )


class SourceQueryArgsSchema(PagingArgsSchema):
    """Arguments of `/sources`."""

    outlet = fields.String(validate=validate.Length(min=1, max=MAX_NAME))


class StatementQueryArgsSchema(PagingArgsSchema):
    """Arguments of `/statements`."""

    speaker = fields.String(
        validate=validate.Length(min=1, max=MAX_NAME),
        metadata={"description": "Speaker id or name in any spelling."},
    )


class HealthSchema(Schema):
    """The answer of `/healthz` and `/readyz`."""

    status = fields.String(required=True)
    backend = fields.String()


def _file_name(path: Any) -> str | None:
    # Only the name: the server's directories are nobody's business.
    return os.path.basename(str(path)) if path else None
