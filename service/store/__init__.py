"""Stores: the protocol and errors; concrete backends live in `sqlite` and `elastic`."""

from service.store.base import InvalidCursor, QuoteStore, StoreError, StoreUnavailable

__all__ = ["InvalidCursor", "QuoteStore", "StoreError", "StoreUnavailable"]
