"""gunicorn as `quotes serve` runs it: gthread workers, each building the app after fork."""

from __future__ import annotations

import os
from typing import Any

from gunicorn.app.base import BaseApplication

from service.config import Settings


def gunicorn_options(settings: Settings) -> dict[str, Any]:
    """Return gunicorn's settings for the API: gthread workers, access log on stdout."""
    options: dict[str, Any] = {
        "bind": f"{settings.host}:{settings.port}",
        "workers": settings.workers,
        "threads": settings.threads,
        # gthread: streaming exports outlive a sync worker's timeout.
        "worker_class": "gthread",
        "timeout": settings.request_timeout,
        "graceful_timeout": 20,
        "accesslog": "-",
        "errorlog": "-",
        # The app (and its store client) is built in each worker after fork.
        "preload_app": False,
        # gunicorn's own 4 KiB request-line limit answers in HTML; 0 lifts it to gunicorn's 1 MiB
        # cap so the app answers long query strings with its 414 problem document.
        "limit_request_line": 0,
    }
    if os.path.isdir("/dev/shm"):
        options["worker_tmp_dir"] = "/dev/shm"  # heartbeat files off a slow or read-only disk
    return options


class QuotesApplication(BaseApplication):  # type: ignore[misc]
    """gunicorn running `create_app(settings)` in each worker."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        super().__init__()

    def load_config(self) -> None:
        for key, value in gunicorn_options(self.settings).items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from service.app import create_app

        return create_app(self.settings)


def run_gunicorn(settings: Settings) -> None:
    """Serve the API under gunicorn until interrupted."""
    QuotesApplication(settings).run()
