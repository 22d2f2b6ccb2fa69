"""The OpenAPI document describes every endpoint, parameter, envelope and error; `/docs` is local."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask

from service.app import create_app
from service.config import Settings

UNDOCUMENTED = {"static", "openapi_json", "docs", "web", "api-docs"}


@pytest.fixture
def spec_app(tmp_path: Any) -> Flask:
    """Return an app whose store is never touched: the spec needs none."""
    return create_app(Settings(max_limit=7, max_batch=9, sqlite_path=str(tmp_path / "q.db")))


@pytest.fixture
def spec(spec_app: Flask) -> dict[str, Any]:
    """Return the served OpenAPI document."""
    response = spec_app.test_client().get("/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.get_json()
    return document


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule)


def test_every_route_is_documented(spec_app: Flask, spec: dict[str, Any]) -> None:
    for rule in spec_app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] in UNDOCUMENTED:
            continue
        path = spec["paths"][_openapi_path(rule.rule)]
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            assert method.lower() in path, (rule.rule, method)


def test_quote_filters_and_limits_are_documented(spec: dict[str, Any]) -> None:
    params = {p["name"]: p for p in spec["paths"]["/quotes"]["get"]["parameters"]}
    filters = {"speaker", "source", "q", "kind", "from", "to", "statement"}
    assert set(params) == filters | {"sort", "page", "limit", "cursor"}
    assert params["limit"]["schema"]["maximum"] == 7  # the app's max_limit, not a constant
    assert params["q"]["schema"]["maxLength"] == 500
    assert params["speaker"]["schema"]["type"] == "array"
    batch = spec["components"]["schemas"]["BatchRequest"]["properties"]["ids"]
    assert batch["maxItems"] == 9


def test_envelope_and_problem_are_documented(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    envelope = set(schemas["QuotePage"]["properties"])
    assert {"count", "total", "total_exact", "page", "pages", "next", "results"} <= envelope
    assert {"type", "title", "status", "detail", "errors"} <= set(schemas["Problem"]["properties"])
    unavailable = spec["components"]["responses"]["SERVICE_UNAVAILABLE"]
    assert "application/problem+json" in unavailable["content"]
    assert "Retry-After" in unavailable["headers"]


def test_every_operation_documents_its_errors_as_problems(spec: dict[str, Any]) -> None:
    responses = spec["components"]["responses"]
    for path, item in spec["paths"].items():
        operations = {m: op for m, op in item.items() if m != "parameters"}
        for method, operation in operations.items():
            codes = operation["responses"]
            assert "default" in codes, (path, method)
            for code, response in codes.items():
                if code == "default" or int(code) >= 400:
                    name = response["$ref"].rsplit("/", 1)[-1]
                    assert set(responses[name]["content"]) == {"application/problem+json"}, (path, code)
            if method == "get" and "{" in path:
                assert "404" in codes, path
            if operation.get("parameters"):
                assert "400" in codes, (path, method)


def test_every_reference_resolves(spec: dict[str, Any]) -> None:
    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            found = [node["$ref"]] if "$ref" in node else []
            return found + [r for value in node.values() for r in refs(value)]
        if isinstance(node, list):
            return [r for value in node for r in refs(value)]
        return []

    for ref in refs(spec):
        _, section, kind, name = ref.split("/")
        assert name in spec[section][kind], ref


def test_docs_page_is_served_without_any_cdn(spec_app: Flask) -> None:
    client = spec_app.test_client()
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    for url in ("/docs", "/static/docs.js", "/static/docs.css"):
        with client.get(url) as response:
            text = response.get_data(as_text=True)
        assert not re.search(r"(?:https?:)?//[a-z]", text), url
        assert "/openapi.json" in text or url.endswith(".css")
