"""Assertions the API tests share."""

from __future__ import annotations

from typing import Any

from werkzeug.test import TestResponse

PROBLEM = "application/problem+json"


def assert_problem(response: TestResponse, status: int, *fields: str) -> dict[str, Any]:
    """Assert `response` is the problem document for `status`, with errors naming `fields`."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body: dict[str, Any] = response.get_json(force=True)
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    for field in fields:
        assert field in body.get("errors", {}), body
    return body


def ids(response: TestResponse) -> list[str]:
    """Return the ids of the results in a page response."""
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in response.get_json()["results"]]
