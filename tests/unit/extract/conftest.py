"""Fixtures for extraction tests: one extractor per session."""

from __future__ import annotations

import pytest

from service.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """Return the extractor shared by every extraction test."""
    return Extractor()
