"""The JSON Lines record that `quotes extract` prints, one per quote."""

from __future__ import annotations

from marshmallow import Schema, fields


class ExtractedQuoteSchema(Schema):
    """One extracted quote; `start`/`end` index the file's UTF-8 text, end exclusive."""

    article = fields.String(required=True, metadata={"description": "Basename of the article file."})
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    speaker = fields.String(allow_none=True)
    speaker_id = fields.String(allow_none=True)
    role = fields.String(allow_none=True)
    venue = fields.String(allow_none=True)
    kind = fields.String(required=True)
    cue = fields.String(allow_none=True)
    confidence = fields.Float(required=True)
    statement_id = fields.String(allow_none=True)


class LoadReportSchema(Schema):
    """What `quotes load` read, stored and rejected."""

    files_read = fields.Integer()
    articles_stored = fields.Integer()
    articles_unchanged = fields.Integer()
    quotes_stored = fields.Integer()
    files_rejected = fields.Integer()
    rejected = fields.Method("_rejected")

    def _rejected(self, report: object) -> list[dict[str, str]]:
        return [{"file": f, "reason": r} for f, r in getattr(report, "rejected", [])]
