"""Settings come from QUOTES_* variables and choose the backend."""

from __future__ import annotations

import pytest

from service.config import Settings, SettingsError


def test_no_elasticsearch_url_means_the_embedded_store() -> None:
    assert Settings.from_env({}).backend == "sqlite"


def test_an_elasticsearch_url_selects_elasticsearch() -> None:
    settings = Settings.from_env({"QUOTES_ELASTICSEARCH_URL": "http://127.0.0.1:9200"})
    assert settings.backend == "elasticsearch"


def test_values_are_parsed_to_their_types() -> None:
    settings = Settings.from_env(
        {
            "QUOTES_PORT": "9000",
            "QUOTES_ELASTICSEARCH_TIMEOUT": "2.5",
            "QUOTES_CORS_ORIGINS": "http://a, http://b",
        }
    )
    assert (settings.port, settings.elasticsearch_timeout) == (9000, 2.5)
    assert settings.cors_origins == ("http://a", "http://b")


def test_overrides_win_over_the_environment() -> None:
    assert Settings.from_env({"QUOTES_PORT": "9000"}, port=9100).port == 9100


def test_a_bad_number_names_the_variable() -> None:
    with pytest.raises(SettingsError, match="QUOTES_WORKERS"):
        Settings.from_env({"QUOTES_WORKERS": "many"})
