"""How the dashboard's page and assets are served: CSP, caching, and no inline script."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from service.store.sqlite import SqliteStore
from service.web import STATIC, asset_digest
from tests.e2e.support import with_dashboard

ASSET = re.compile(r'(?:src|href)="(assets/[^"]+)"')


@pytest.fixture
def client() -> Iterator[FlaskClient]:
    store = SqliteStore(":memory:")
    yield with_dashboard(create_app(Settings(), store=store)).test_client()
    store.close()


def test_page_allows_only_its_own_scripts_styles_and_api(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    policy = dict(
        part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["connect-src"] == "'self'"
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]


def test_page_has_no_inline_script_or_style() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", html), "inline script"
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"


def test_page_is_revalidated_and_answers_304_when_unchanged(client: FlaskClient) -> None:
    first = client.get("/")
    assert first.headers["Cache-Control"] == "no-cache"
    again = client.get("/", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_asset_pinned_to_its_digest_is_cached_for_a_year(client: FlaskClient) -> None:
    references = ASSET.findall(client.get("/").get_data(as_text=True))
    assert {r.split("?")[0] for r in references} == {"assets/app.js", "assets/style.css"}
    for reference in references:
        path, version = reference.split("?v=")
        assert version == asset_digest(path.removeprefix("assets/"))
        with client.get("/" + reference) as response:
            assert response.status_code == 200
            assert "immutable" in response.headers["Cache-Control"]


def test_asset_without_its_current_digest_is_revalidated(client: FlaskClient) -> None:
    for url in ("/assets/api.js", "/assets/app.js?v=stale"):
        with client.get(url) as response:
            assert response.status_code == 200
            assert response.headers["Cache-Control"] == "no-cache"
            assert response.mimetype == "text/javascript"


def test_unknown_asset_and_the_raw_page_file_are_not_found(client: FlaskClient) -> None:
    assert client.get("/assets/nothing.js").status_code == 404
    assert client.get("/assets/index.html").status_code == 404
    assert client.get("/assets/../web.py").status_code == 404
