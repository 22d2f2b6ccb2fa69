"""`/facets`: counts by speaker, outlet, article and day, for dashboards."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint

from schemas.quotes import FacetArgsSchema, FacetsSchema
from service.api.common import query_args, quote_query, reads
from service.api.context import current_store
from service.config import Settings


def create_blueprint(settings: Settings) -> Blueprint:
    """Return the facets blueprint."""
    blp = Blueprint("facets", __name__, description="Counts for dashboards.")

    @blp.route("/facets")
    @query_args(blp, FacetArgsSchema())
    @reads(blp, FacetsSchema)
    def get_facets(args: dict[str, Any]) -> Any:
        """Count the quotes matching the filters of `/quotes` by speaker, outlet, article and date."""
        size, interval = args.pop("size"), args.pop("interval")
        return current_store().facets(quote_query(args), size=size, interval=interval)

    return blp
