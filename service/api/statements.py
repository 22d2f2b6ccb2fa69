"""`/statements`: one thing said, with every outlet's wording of it."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint
from werkzeug.exceptions import NotFound

from schemas.resources import StatementPageSchema, StatementQueryArgsSchema, StatementSchema
from service.api.common import envelope, no_query_args, paging_headers, query_args, reads
from service.api.context import current_store
from service.config import Settings
from service.domain import Page, SpeakerQuery
from service.names import name_key
from service.store import QuoteStore

# How many prefix matches to scan when a name, not an id, is given.
_NAME_CANDIDATES = 50


def create_blueprint(settings: Settings) -> Blueprint:
    """Return the statements blueprint, its limits taken from `settings`."""
    blp = Blueprint("statements", __name__, description="Statements: one thing said, every report of it.")

    @blp.route("/statements")
    @query_args(blp, StatementQueryArgsSchema(max_limit=settings.max_limit))
    @reads(blp, StatementPageSchema)
    def list_statements(args: dict[str, Any]) -> Any:
        """List statements, most reported first, of one speaker (id or any spelling) or of all."""
        store = current_store()
        page_number, limit = args.get("page") or 1, args["limit"]
        if "speaker" in args:
            speaker_id = resolve_speaker(store, args["speaker"])
            page = (
                store.list_statements(speaker_id, page_number, limit)
                if speaker_id
                else Page(results=(), total=0, page=page_number, limit=limit)
            )
        else:
            page = store.list_statements(None, page_number, limit)
        body = envelope(page, by_cursor=False)
        return body, 200, paging_headers(body)

    @blp.route("/statements/<slug_id:statement_id>")
    @reads(blp, StatementSchema, 404)
    @no_query_args(blp)
    def get_statement(statement_id: str) -> Any:
        """Return one statement with every variant and the outlet that reported it."""
        statement = current_store().get_statement(statement_id)
        if statement is None:
            raise NotFound(f"No statement with id {statement_id}.")
        return statement

    return blp


def resolve_speaker(store: QuoteStore, value: str) -> str | None:
    """Return the id of the speaker `value` names (an id, a name or an alias), or None."""
    if store.get_speaker(value) is not None:
        return value
    key = name_key(value)
    if not key:
        return None
    candidates = store.list_speakers(SpeakerQuery(prefix=value, limit=_NAME_CANDIDATES)).results
    for speaker in candidates:
        if key in {name_key(n) for n in (speaker.name, *speaker.aliases)}:
            return speaker.id
    return None
