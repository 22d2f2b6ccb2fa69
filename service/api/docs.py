"""A docs page served from the package: it renders `/openapi.json` without any CDN."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Flask, Response

DOCS_CACHE = "public, max-age=300"
PAGE = Path(__file__).resolve().parent.parent / "static" / "docs.html"


@lru_cache(maxsize=1)
def _page() -> str:
    return PAGE.read_text(encoding="utf-8")


def init_docs(app: Flask) -> None:
    """Serve the docs page at `/docs` (its script and style are under `/static`)."""
    blp = Blueprint("docs", __name__)

    @blp.get("/docs")
    def docs() -> Response:
        """Return the self-contained docs page."""
        return Response(_page(), mimetype="text/html", headers={"Cache-Control": DOCS_CACHE})

    app.register_blueprint(blp)
