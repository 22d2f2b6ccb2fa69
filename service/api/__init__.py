"""The HTTP API: one module per resource, one error document, and the OpenAPI description."""

from __future__ import annotations

from flask import Flask

from service.api import facets, health, quotes, sources, speakers, statements
from service.api.docs import init_docs
from service.api.http import init_http
from service.api.spec import QuotesApi, init_spec
from service.config import Settings

RESOURCES = (quotes, speakers, sources, statements, facets, health)


def init_api(app: Flask, settings: Settings) -> QuotesApi:
    """Register every resource, the error handlers, headers, `/openapi.json` and `/docs`."""
    api = QuotesApi(app)
    init_spec(api, app)
    for resource in RESOURCES:
        api.register_blueprint(resource.create_blueprint(settings))
    init_docs(app)
    init_http(app, settings)
    return api
