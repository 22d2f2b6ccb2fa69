"""Response headers every answer gets: caching, validators, CORS and security."""

from __future__ import annotations

from flask import Flask, Response, request
from flask_cors import CORS
from werkzeug.exceptions import RequestURITooLarge

from service.config import Settings

# Reads may be cached briefly; the ETag makes revalidation after that a cheap 304.
READ_CACHE = "public, max-age=60"
# Far above any sensible query (text is capped at 500 characters); gunicorn passes lines up to
# 1 MiB through (`limit_request_line = 0`) so that a longer one gets this problem document.
MAX_QUERY_BYTES = 8192
EXPOSED = ["ETag", "Link", "X-Total-Count", "Retry-After", "Content-Type"]
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
}


def refuse_long_query_strings() -> None:
    """Answer 414 before any parsing when the query string exceeds MAX_QUERY_BYTES."""
    size = len(request.query_string)
    if size > MAX_QUERY_BYTES:
        raise RequestURITooLarge(f"The query string is {size} bytes; the limit is {MAX_QUERY_BYTES}.")


def add_validators(response: Response) -> Response:
    """Give successful reads an ETag and Cache-Control, and answer 304 when the client's is current."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if response.is_streamed:
        return response  # exports: computing a tag would mean buffering them
    response.headers.setdefault("Cache-Control", READ_CACHE)
    if "no-store" in response.headers["Cache-Control"]:
        return response  # probes: a validator for something never stored is noise
    response.add_etag()
    response.make_conditional(request)  # turns it into a 304 in place when the tag matches
    return response


def add_security_headers(response: Response) -> Response:
    """Set the headers that stop browsers sniffing, framing or leaking referrers."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def vary_on_origin(response: Response) -> Response:
    """Mark the answer as depending on the request's Origin."""
    response.vary.add("Origin")
    return response


def init_http(app: Flask, settings: Settings) -> None:
    """Install the header hooks and CORS for the configured origins (none: no CORS headers)."""
    app.before_request(refuse_long_query_strings)
    app.after_request(add_validators)
    app.after_request(add_security_headers)
    if settings.cors_origins:
        # Answers differ by Origin (CORS headers or none), so shared caches must key on it.
        app.after_request(vary_on_origin)
        # Registered last so it runs first on the way out, and also on error responses.
        CORS(
            app,
            origins=list(settings.cors_origins),
            methods=["GET", "HEAD", "POST", "OPTIONS"],
            allow_headers=["Content-Type", "If-None-Match"],
            expose_headers=EXPOSED,
            max_age=600,
        )
