"""What the dashboard's tests share besides fixtures: paths, browser flags and small helpers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from service.web import web

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "artifacts"
# Without the networking flags Chromium keeps dialling Google's hosts, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def unavailable(reason: str) -> None:
    """Skip with `reason`, or fail under CI, where the browser must be there."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the browser tests: {reason}")
    pytest.skip(reason)


def with_dashboard(app: Flask) -> Flask:
    """Return `app` with the dashboard registered (the app factory may already do it)."""
    if "web" not in app.blueprints:
        app.register_blueprint(web)
    return app


def screenshot(page: Any, name: str, full_page: bool = True) -> Path:
    """Save a screenshot under artifacts/ and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=full_page)
    return path
