"""Quotes: who said what in the news, extracted, clustered and searchable."""

__version__ = "0.1.0"
