"""Settings: one frozen dataclass, read from `QUOTES_*` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

PREFIX = "QUOTES_"


class SettingsError(ValueError):
    """An environment variable holds a value its setting cannot take."""


@dataclass(frozen=True)
class Settings:
    """Every setting of the service; the README's configuration table lists the same names."""

    elasticsearch_url: str | None = None
    elasticsearch_index: str = "quotes"
    elasticsearch_timeout: float = 5.0
    sqlite_path: str = "quotes.db"
    cors_origins: tuple[str, ...] = ()
    max_limit: int = 100
    max_batch: int = 100
    export_max: int = 1_000_000
    retry_after: int = 5
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    threads: int = 4
    request_timeout: int = 60

    @property
    def backend(self) -> str:
        """Return `elasticsearch` when a URL is configured, else `sqlite`."""
        return "elasticsearch" if self.elasticsearch_url else "sqlite"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Return settings from `QUOTES_<NAME>` variables, then `overrides`."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, f.type, raw)
        return replace(cls(**values), **overrides)


def _parse(name: str, kind: Any, raw: str) -> Any:
    kind = str(kind)
    try:
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
        if kind.startswith("tuple"):
            return tuple(part.strip() for part in raw.split(",") if part.strip())
    except ValueError as exc:
        raise SettingsError(f"{PREFIX}{name.upper()}={raw!r}: {exc}") from None
    return raw
