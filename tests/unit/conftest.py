"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from service.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """Return one extractor for the session: the language model loads once."""
    return Extractor()
