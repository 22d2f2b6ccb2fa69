"""`/speakers`: autocomplete by name, one speaker with aliases and roles, and their quotes."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint
from werkzeug.exceptions import NotFound

from schemas.quotes import QuotePageSchema, QuoteQueryArgsSchema
from schemas.resources import SpeakerPageSchema, SpeakerQueryArgsSchema, SpeakerSchema
from service.api.common import envelope, no_query_args, paging_headers, query_args, quote_query, reads
from service.api.context import current_store
from service.config import Settings
from service.domain import SpeakerQuery


def create_blueprint(settings: Settings) -> Blueprint:
    """Return the speakers blueprint, its limits taken from `settings`."""
    blp = Blueprint("speakers", __name__, description="People quoted, with every spelling seen.")

    @blp.route("/speakers")
    @query_args(blp, SpeakerQueryArgsSchema(max_limit=settings.max_limit))
    @reads(blp, SpeakerPageSchema)
    def list_speakers(args: dict[str, Any]) -> Any:
        """List speakers, most quoted first; `prefix` autocompletes names and aliases.

        The prefix matches regardless of accents and case.
        """
        query = SpeakerQuery(prefix=args.get("prefix"), page=args.get("page") or 1, limit=args["limit"])
        body = envelope(current_store().list_speakers(query), by_cursor=False)
        return body, 200, paging_headers(body)

    @blp.route("/speakers/<slug_id:speaker_id>")
    @reads(blp, SpeakerSchema, 404)
    @no_query_args(blp)
    def get_speaker(speaker_id: str) -> Any:
        """Return one speaker with aliases, roles and counts."""
        speaker = current_store().get_speaker(speaker_id)
        if speaker is None:
            raise NotFound(f"No speaker with id {speaker_id}.")
        return speaker

    @blp.route("/speakers/<slug_id:speaker_id>/quotes")
    @query_args(blp, QuoteQueryArgsSchema(max_limit=settings.max_limit, exclude=("speaker",)))
    @reads(blp, QuotePageSchema, 404)
    def speaker_quotes(args: dict[str, Any], speaker_id: str) -> Any:
        """List one speaker's quotes, with the filters, order and paging of `/quotes`."""
        store = current_store()
        if store.get_speaker(speaker_id) is None:
            raise NotFound(f"No speaker with id {speaker_id}.")
        page = store.search_quotes(quote_query(args, speakers=(speaker_id,)))
        body = envelope(page, by_cursor=bool(args.get("cursor")))
        return body, 200, paging_headers(body)

    return blp
