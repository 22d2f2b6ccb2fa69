"""The Flask application factory: the one place where a store backend is chosen."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from service.api import init_api
from service.api.context import QuotesExtension
from service.config import Settings
from service.store import QuoteStore
from service.web import web

API_TITLE = "Quotes"
API_VERSION = "1"
API_DESCRIPTION = """Who said what in the news: attributed quotes extracted from articles.

Lists are pages in an envelope `{count, total, total_exact, page, pages, next, next_cursor, results}`.
`page` × `limit` may not exceed 10,000; read deeper with `cursor` (the `next` link does so).
Every error is an `application/problem+json` document `{type, title, status, detail, errors}`.
Unknown query parameters are errors. A 503 carries `Retry-After`.
"""


def create_app(settings: Settings | None = None, store: QuoteStore | None = None) -> Flask:
    """Return the API app; without `store`, one is made per process on first use from `settings`."""
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        API_TITLE=API_TITLE,
        API_VERSION=API_VERSION,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        # No Swagger UI / ReDoc paths: those load from a CDN; /docs is served from the package.
        API_SPEC_OPTIONS={"info": {"description": API_DESCRIPTION}},
        # Batch bodies are the only input; a full batch of long ids stays far below this.
        MAX_CONTENT_LENGTH=max(64 * 1024, settings.max_batch * 128),
        JSON_SORT_KEYS=False,
    )
    app.extensions["quotes"] = QuotesExtension(
        settings=settings,
        make_store=(lambda: store) if store is not None else store_factory(settings),
        backend=type(store).__name__.removesuffix("Store").lower() if store is not None else settings.backend,
    )
    init_api(app, settings)
    app.register_blueprint(web)  # the dashboard at `/`
    return app


def store_factory(settings: Settings) -> Callable[[], QuoteStore]:
    """Return how to make the store the settings ask for: Elasticsearch if a URL is set, else SQLite."""
    if settings.elasticsearch_url:
        url = settings.elasticsearch_url

        def make_elastic() -> QuoteStore:
            from service.store.elastic import ElasticStore

            return ElasticStore(
                url, index=settings.elasticsearch_index, timeout=settings.elasticsearch_timeout
            )

        return make_elastic

    def make_sqlite() -> QuoteStore:
        from service.store.sqlite import SqliteStore

        return SqliteStore(settings.sqlite_path)

    return make_sqlite
