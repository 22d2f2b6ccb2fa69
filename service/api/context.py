"""What the views share through `app.extensions["quotes"]`: the settings and the store."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from flask import current_app

from service.config import Settings
from service.store import QuoteStore


@dataclass
class QuotesExtension:
    """The settings, and the store made on first use in the process that serves requests.

    Making the store lazily keeps connections out of the gunicorn master: each worker opens its
    own after fork (the Elasticsearch client is not fork-safe).
    """

    settings: Settings
    make_store: Callable[[], QuoteStore]
    backend: str
    _store: QuoteStore | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def store(self) -> QuoteStore:
        """Return the store, making it on first use."""
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = self.make_store()
        return self._store

    def close(self) -> None:
        """Close the store if one was made."""
        if self._store is not None:
            self._store.close()
            self._store = None


def quotes_ext() -> QuotesExtension:
    """Return the extension of the current app."""
    ext: QuotesExtension = current_app.extensions["quotes"]
    return ext


def current_store() -> QuoteStore:
    """Return the store of the current app."""
    return quotes_ext().store


def current_settings() -> Settings:
    """Return the settings of the current app."""
    return quotes_ext().settings
