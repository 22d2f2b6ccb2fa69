"""`/healthz` (the process answers) and `/readyz` (the store answers too)."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint

from schemas.resources import HealthSchema
from service.api.common import no_query_args
from service.api.context import quotes_ext
from service.api.errors import problem
from service.config import Settings

NO_STORE = {"Cache-Control": "no-store"}


def create_blueprint(settings: Settings) -> Blueprint:
    """Return the health blueprint."""
    blp = Blueprint("health", __name__, description="Liveness and readiness probes.")

    @blp.route("/healthz")
    @blp.response(200, HealthSchema)
    @no_query_args(blp)
    def healthz() -> Any:
        """Answer while the process is up, whatever the store's state."""
        return {"status": "ok"}, 200, NO_STORE

    @blp.route("/readyz")
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, "SERVICE_UNAVAILABLE")
    @no_query_args(blp)
    def readyz() -> Any:
        """Answer 200 when the store answers, else 503 with Retry-After; checked on every call."""
        ext = quotes_ext()
        if _store_answers(ext):
            return {"status": "ready", "backend": ext.backend}, 200, NO_STORE
        return problem(
            503,
            f"The {ext.backend} store does not answer.",
            headers={"Retry-After": str(ext.settings.retry_after)},
            ready=False,
        )

    return blp


def _store_answers(ext: Any) -> bool:
    try:
        return bool(ext.store.ping())
    except Exception:  # making the store may fail as the backend is down; that is "not ready"
        return False
