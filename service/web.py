"""The dashboard: one static page at `/` and its assets at `/assets/`, no build step.

Assets live in `service/static` but are served under their own path: the app's built-in `/static`
route (which the API docs use) would otherwise answer first, without these headers.

The page's references to its assets carry a digest of their content (`app.js?v=<digest>`), so an
asset asked for with its current digest may be cached for a year, while the page itself and any
asset asked for without it are revalidated on every load. ES modules import each other by plain
relative names, so those are revalidated (cheap: 304 on an unchanged ETag).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, request, send_from_directory

STATIC = Path(__file__).resolve().parent / "static"

# The page runs only its own scripts and styles and talks only to its own origin.
PAGE_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
ASSET_TYPES = (".js", ".css")
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
_ASSET_REF = re.compile(r'(?P<attr>(?:src|href)=")assets/(?P<name>[\w.-]+)"')

web = Blueprint("web", __name__)


@lru_cache(maxsize=64)
def asset_digest(name: str) -> str:
    """Return a short digest of one asset's content, used as its cache-busting version."""
    return hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=1)
def page_html() -> str:
    """Return the page with each asset reference pinned to its content digest."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    return _ASSET_REF.sub(lambda m: f'{m["attr"]}assets/{m["name"]}?v={asset_digest(m["name"])}"', html)


def _harden(response: Response) -> Response:
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@web.get("/")
def index() -> Response:
    """Serve the dashboard page."""
    response = Response(page_html(), mimetype="text/html")
    response.headers["Content-Security-Policy"] = PAGE_CSP
    response.headers["Cache-Control"] = REVALIDATE
    response.add_etag()
    response.make_conditional(request)
    return _harden(response)


@web.get("/assets/<path:filename>")
def asset(filename: str) -> Response:
    """Serve one of the dashboard's scripts or stylesheets."""
    if not filename.endswith(ASSET_TYPES):
        abort(404)  # pages, this one included, are served at their own routes with their headers
    response = send_from_directory(STATIC, filename, max_age=0)
    versioned = request.args.get("v")
    pinned = versioned is not None and "/" not in filename and versioned == asset_digest(filename)
    response.headers["Cache-Control"] = IMMUTABLE if pinned else REVALIDATE
    return _harden(response)
