"""The dashboard end to end: seeds -> loader -> SQLite store -> app on a real port -> headless Chromium.

Chromium is Debian's (`/usr/bin/chromium`, or `QUOTES_CHROMIUM`), driven by Playwright's Python
package with no browser download. Without either, these tests skip locally and fail under CI.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterator
from typing import Any
from urllib.request import urlopen

import pytest
from werkzeug.serving import make_server

from service.app import create_app
from service.config import Settings
from service.loader import Loader
from service.store.sqlite import SqliteStore
from tests.e2e.support import CHROMIUM_ARGS, DESKTOP, SEEDS, unavailable, with_dashboard


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: drives a real headless browser against the app")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("QUOTES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        unavailable(f"no Chromium at {path} (apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteStore]:
    store = SqliteStore(str(tmp_path_factory.mktemp("e2e") / "quotes.db"))
    report = Loader(store).load([SEEDS])
    assert report.quotes_stored > 0 and not report.rejected, report
    yield store
    store.close()


@pytest.fixture(scope="session")
def live_server(seeded_store: SqliteStore) -> Iterator[str]:
    app = with_dashboard(create_app(Settings(), store=seeded_store))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="e2e-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture
def api(live_server: str) -> Any:
    """Return a function that GETs one API path from the live server and returns its JSON."""

    def get(path: str) -> Any:
        with urlopen(live_server + path, timeout=10) as response:
            return json.load(response)

    return get


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """Return a fresh desktop-sized page whose script errors and CSP violations fail the test."""
    context = browser.new_context(viewport=DESKTOP, base_url=live_server)
    context.set_default_timeout(10_000)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))

    def on_console(message: Any) -> None:
        # HTTP errors are logged too; the page must show those itself, which the tests check.
        if message.type == "error" and "Failed to load resource" not in message.text:
            problems.append(f"console: {message.text}")

    opened.on("console", on_console)
    yield opened
    context.close()
    assert not problems, problems
