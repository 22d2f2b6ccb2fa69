"""A docs page served from the package: it renders `/openapi.json` without any CDN."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, current_app

DOCS_CACHE = "public, max-age=300"


def init_docs(app: Flask) -> None:
    """Serve the docs page at `/docs` (its script and style live in `service/static`)."""
    blp = Blueprint("docs", __name__)

    @blp.get("/docs")
    def docs() -> Response:
        """Return the self-contained docs page."""
        response = current_app.send_static_file("docs.html")
        response.headers["Cache-Control"] = DOCS_CACHE
        return response

    app.register_blueprint(blp)
