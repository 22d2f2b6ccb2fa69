"""The bare endpoint: a tiny Flask app that sends the product's Elasticsearch queries straight on.

It builds its requests with the store's own pure builders (`service.store.mapping`), sends the
same searches the store sends (the speaker-alias lookup, then the quote search or aggregation),
and answers with Elasticsearch's hits or aggregations as they come: no domain objects, no
schemas, no highlighting, no envelope, no caching headers. It runs under gunicorn with the
options `quotes serve` uses (`service.wsgi.QuotesApplication`), so the two differ only in the app.

Run: python -m bench.bare --port 8100 (reads QUOTES_ELASTICSEARCH_URL / _INDEX)
"""

from __future__ import annotations

import argparse
import os
import threading
from dataclasses import replace
from typing import Any

from elasticsearch import Elasticsearch
from flask import Flask, jsonify, request

from service.config import Settings
from service.domain import QuoteQuery
from service.names import name_key
from service.store import mapping
from service.store.text import parse_text
from service.wsgi import QuotesApplication


def create_app(settings: Settings) -> Flask:
    """Return the bare app; its client is made on first use in the worker, as the product's is."""
    app = Flask(__name__)
    names = mapping.index_names(settings.elasticsearch_index)
    state: dict[str, Any] = {}
    lock = threading.Lock()

    def client() -> Elasticsearch:
        with lock:
            if state.get("pid") != os.getpid():
                state["es"] = Elasticsearch(
                    settings.elasticsearch_url, request_timeout=settings.elasticsearch_timeout
                )
                state["pid"] = os.getpid()
        es: Elasticsearch = state["es"]
        return es

    def prepared() -> tuple[QuoteQuery, Any, list[str]]:
        q = request.args.get("q")
        speakers = tuple(request.args.getlist("speaker"))
        query = QuoteQuery(
            speakers=speakers,
            text=q,
            sort="relevance" if q else "-date",
            limit=int(request.args.get("limit", 20)),
        )
        text = parse_text(q) if q else None
        keys = sorted({name_key(s) for s in speakers} - {""})
        ids: list[str] = []
        if keys:
            found = client().search(index=names["speakers"][0], body=mapping.speaker_ids_body(keys))
            ids = [h["_id"] for h in found["hits"]["hits"]]
        return query, text, ids

    @app.get("/quotes")
    @app.get("/quotes/search")
    def quotes() -> Any:
        query, text, ids = prepared()
        result = client().search(index=names["quotes"][0], body=mapping.search_body(query, text, ids, None))
        return jsonify(result["hits"])

    @app.get("/facets")
    def facets() -> Any:
        query, text, ids = prepared()
        index = names["quotes"][0]
        # The product's `auto` histogram period: the span of the matching quotes, then the facets.
        span = client().search(index=index, body=mapping.date_span_body(query, text, ids))
        interval = mapping.interval_of_span(span["aggregations"])
        result = client().search(index=index, body=mapping.facets_body(query, text, ids, 10, interval))
        return jsonify(result["aggregations"])

    return app


class BareApplication(QuotesApplication):
    """gunicorn running the bare app with the product's options: only `load` differs."""

    def load(self) -> Any:
        return create_app(self.settings)


def main() -> None:
    """Serve the bare app under gunicorn."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    given = {"port": args.port, "workers": args.workers, "threads": args.threads}
    settings = replace(Settings.from_env(), **{k: v for k, v in given.items() if v is not None})
    BareApplication(settings).run()


if __name__ == "__main__":
    main()
