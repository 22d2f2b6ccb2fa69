"""The wire format of quotes: the query arguments, one quote, a page of them, batch and facets."""

from __future__ import annotations

from dataclasses import is_dataclass
from typing import Any

from marshmallow import Schema, ValidationError, fields, pre_dump, validate, validates_schema

from schemas import wire
from schemas.common import (
    MAX_CURSOR,
    MAX_NAME,
    MAX_TEXT,
    MAX_VALUES,
    SLUG_ID,
    ArgsSchema,
    PageSchema,
    PagingArgsSchema,
)
from schemas.resources import ArticleSchema, SpeakerSchema, StatementSchema
from service.domain import INTERVALS, KINDS, SORTS


def _values(description: str) -> fields.List:
    """Return a repeatable query parameter of short strings."""
    return fields.List(
        fields.String(validate=validate.Length(min=1, max=MAX_NAME)),
        validate=validate.Length(max=MAX_VALUES),
        load_default=list,
        metadata={"description": description},
    )


class QuoteFilterArgsSchema(ArgsSchema):
    """Filters shared by `/quotes`, `/quotes/search`, `/quotes/export` and `/facets`."""

    speaker = _values("Speaker id or name in any spelling; repeat to match any of several.")
    source = _values("Article id or outlet name; repeat to match any of several.")
    q = fields.String(
        validate=validate.Length(min=1, max=MAX_TEXT),
        metadata={"description": 'Words that must all occur in the quote; "double quotes" for a phrase.'},
    )
    kind = fields.List(
        fields.String(validate=validate.OneOf(KINDS)),
        validate=validate.Length(max=len(KINDS)),
        load_default=list,
        metadata={"description": "direct (a full quotation) or partial (a quoted fragment)."},
    )
    date_from = fields.Date(data_key="from", metadata={"description": "Published on or after (ISO date)."})
    date_to = fields.Date(data_key="to", metadata={"description": "Published on or before (ISO date)."})
    statement = fields.String(
        validate=validate.Regexp(f"^{SLUG_ID}$"), metadata={"description": "Statement id."}
    )

    @validates_schema
    def _dates_in_order(self, data: dict[str, Any], **_: Any) -> None:
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise ValidationError("`from` is after `to`.", "from")


class QuoteQueryArgsSchema(QuoteFilterArgsSchema, PagingArgsSchema):
    """Filters, order and a page or a cursor for `/quotes`."""

    sort = fields.String(
        validate=validate.OneOf(SORTS),
        metadata={"description": "relevance (the default with `q`), date or -date (the default otherwise)."},
    )
    cursor = fields.String(
        validate=validate.Length(min=1, max=MAX_CURSOR),
        metadata={"description": "From a previous page's `next_cursor`, for reads past the page window."},
    )

    @validates_schema
    def _page_or_cursor(self, data: dict[str, Any], **_: Any) -> None:
        if data.get("cursor") and data.get("page") is not None:
            raise ValidationError("Give `page` or `cursor`, not both.", "page")


class QuoteSearchArgsSchema(QuoteQueryArgsSchema):
    """Arguments of `/quotes/search`: as `/quotes`, with `q` required."""

    q = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_TEXT),
        metadata={"description": 'Words that must all occur; "double quotes" for a phrase.'},
    )
    fuzzy = fields.Boolean(
        load_default=False,
        metadata={"description": "Tolerate typos from the start (otherwise only when nothing matches)."},
    )


class FacetArgsSchema(QuoteFilterArgsSchema):
    """Arguments of `/facets`: the filters of `/quotes` and how many buckets per facet."""

    size = fields.Integer(
        load_default=10,
        validate=validate.Range(min=1, max=100),
        metadata={"description": "Buckets per facet for speakers, outlets and sources."},
    )
    interval = fields.String(
        load_default="auto",
        validate=validate.OneOf(("auto", *INTERVALS)),
        metadata={
            "description": "Period of one date-histogram bucket. `auto` (the default) picks the finest"
            " of day, week, month and year that keeps the span of the matching quotes to about a"
            " hundred buckets: days up to 92 days, weeks up to two years, months up to 20 years."
        },
    )


class SpeakerRefSchema(Schema):
    """The speaker a quote is attributed to."""

    id = fields.String(allow_none=True)
    name = fields.String(required=True)


class SourceRefSchema(Schema):
    """The article a quote was reported in."""

    id = fields.String(required=True)
    outlet = fields.String(allow_none=True)
    title = fields.String(allow_none=True)
    published = fields.Date(allow_none=True)


class QuoteSchema(Schema):
    """One attributed quote; `start`/`end` index its article's text, end exclusive."""

    id = fields.String(required=True)
    text = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    speaker = fields.Nested(SpeakerRefSchema, allow_none=True)
    mention = fields.String(allow_none=True, metadata={"description": "The words that credited it."})
    role = fields.String(allow_none=True)
    venue = fields.String(allow_none=True)
    cue = fields.String(allow_none=True, metadata={"description": "The speech verb or cue."})
    confidence = fields.Float()
    statement_id = fields.String(allow_none=True)
    nested = fields.List(fields.String(), metadata={"description": "Ids of quotes quoted inside it."})
    source = fields.Nested(SourceRefSchema, required=True)
    published = fields.Date(allow_none=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    highlight = fields.String(
        allow_none=True,
        metadata={"description": "With `q`: the text HTML-escaped, matches wrapped in <mark>."},
    )
    score = fields.Float(allow_none=True)

    @pre_dump
    def _flatten(self, obj: Any, **_: Any) -> dict[str, Any]:
        """Accept a Quote or a QuoteHit (a quote with its highlight and score)."""
        hit = obj if hasattr(obj, "quote") else None
        quote = hit.quote if hit else obj
        # A shallow copy: dataclasses.asdict deep-copies every field and was the costliest
        # step of serialising a page.
        data = dict(vars(quote)) if is_dataclass(quote) and not isinstance(quote, type) else dict(quote)
        data["speaker"] = {"id": quote.speaker_id, "name": quote.speaker} if quote.speaker else None
        data["source"] = {
            "id": quote.article_id,
            "outlet": quote.outlet,
            "title": quote.title,
            "published": quote.published,
        }
        data["highlight"] = hit.highlight if hit else None
        data["score"] = hit.score if hit else None
        return data


class QuoteDetailSchema(QuoteSchema):
    """One quote with its whole article (without text), speaker and statement."""

    speaker = fields.Nested(SpeakerSchema, allow_none=True)
    source = fields.Nested(ArticleSchema, required=True)
    statement = fields.Nested(StatementSchema, allow_none=True)

    @pre_dump
    def _flatten(self, obj: Any, **_: Any) -> dict[str, Any]:
        """Accept a mapping {quote, article, speaker, statement}."""
        data = dict(vars(obj["quote"]))
        data["speaker"] = obj["speaker"] or (
            {"id": data["speaker_id"], "name": data["speaker"]} if data["speaker"] else None
        )
        data["source"] = obj["article"] or {"id": data["article_id"]}
        data["statement"] = obj["statement"]
        return data


def _plain(schema: Schema, many: bool | None) -> bool:
    """Return True when `schema` dumps with its declared fields only (the case `wire` handles)."""
    return not (many or schema.many or schema.only is not None or schema.exclude)


class QuotePageSchema(PageSchema):
    """A page of quotes."""

    results = fields.List(fields.Nested(QuoteSchema), required=True)
    _extra: tuple[str, ...] = ()

    def dump(self, obj: Any, *, many: bool | None = None) -> Any:
        """Dump as the fields say; a plain page takes the equal, faster `wire.quote_page`."""
        fast = wire.quote_page(obj, self._extra) if _plain(self, many) else None
        return fast if fast is not None else super().dump(obj, many=many)


class QuoteSearchPageSchema(QuotePageSchema):
    """A page of ranked quotes; `fuzzy` says whether typos were tolerated to find them."""

    fuzzy = fields.Boolean(required=True)
    _extra = ("fuzzy",)


class BatchRequestSchema(ArgsSchema):
    """Quote ids to look up in one call."""

    ids = fields.List(
        fields.String(validate=validate.Length(min=1, max=64)),
        required=True,
        validate=validate.Length(min=1, max=100),
    )

    def __init__(self, *args: Any, max_batch: int = 100, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ids"].validators = [validate.Length(min=1, max=max_batch)]
        self.fields["ids"].metadata = {"description": f"1 to {max_batch} quote ids."}


class BatchResultSchema(Schema):
    """The quotes found, in request order, and the ids not found."""

    count = fields.Integer(required=True)
    results = fields.List(fields.Nested(QuoteSchema), required=True)
    missing = fields.List(fields.String(), required=True)


class BucketSchema(Schema):
    """One facet value and how many quotes carry it."""

    key = fields.String(required=True)
    count = fields.Integer(required=True)
    label = fields.String(allow_none=True)


class FacetsSchema(Schema):
    """Counts of the matching quotes by speaker, outlet, article and day."""

    total = fields.Integer(required=True)
    speakers = fields.List(fields.Nested(BucketSchema), required=True)
    outlets = fields.List(fields.Nested(BucketSchema), required=True)
    sources = fields.List(fields.Nested(BucketSchema), required=True)
    days = fields.List(
        fields.Nested(BucketSchema),
        required=True,
        metadata={"description": "Date histogram, oldest first: each key is the first day of its period."},
    )
    interval = fields.String(
        required=True,
        validate=validate.OneOf(INTERVALS),
        metadata={"description": "The period each `days` bucket covers (weeks start on Monday)."},
    )

    def dump(self, obj: Any, *, many: bool | None = None) -> Any:
        """Dump as the fields say; a Facets record takes the equal, faster `wire.facets`."""
        fast = wire.facets(obj) if _plain(self, many) else None
        return fast if fast is not None else super().dump(obj, many=many)
