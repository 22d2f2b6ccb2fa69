"""Records to JSON-ready dicts and back, shared by every store.

Dates travel as ISO strings and tuples as lists; keys a store adds for its own indexing
(folded copies, sort keys) are ignored when a record is read back.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any, TypeVar

from service.domain import Article, Quote, Speaker, Statement, StatementVariant

R = TypeVar("R", Article, Quote, Speaker, Statement, StatementVariant)

_DATE_FIELDS = {"published", "first_seen", "last_seen", "first_reported"}
_TUPLE_FIELDS = {"nested", "aliases", "roles"}


def to_doc(record: Article | Quote | Speaker | Statement | StatementVariant) -> dict[str, Any]:
    """Return `record` as a dict of JSON values."""
    # Field by field rather than dataclasses.asdict, whose deep copies made up most of the
    # time a bulk load spent building documents.
    # Most values are already JSON; the type lookup spares them a call and four isinstance tests.
    return {
        name: v if type(v := getattr(record, name)) in _PLAIN else _jsonable(v)
        for name in _field_names(type(record))
    }


def _field_names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


_NAMES: dict[type, tuple[str, ...]] = {}


_PLAIN = frozenset({str, int, float, bool, type(None)})
_RECORDS = frozenset({Article, Quote, Speaker, Statement, StatementVariant})


def _jsonable(value: Any) -> Any:
    kind = type(value)  # exact types first: statements hold tuples of variants holding dates
    if kind is date:
        return value.isoformat()
    if kind is tuple or kind is list:
        return [v if type(v) in _PLAIN else _jsonable(v) for v in value]
    if kind in _RECORDS:
        return to_doc(value)
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Article | Quote | Speaker | Statement | StatementVariant):
        return to_doc(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def from_doc(cls: type[R], doc: dict[str, Any]) -> R:
    """Return the record of type `cls` held in `doc`, ignoring keys it does not know."""
    values: dict[str, Any] = {}
    for name in _field_names(cls):
        if name not in doc:
            continue
        value = doc[name]
        if name in _DATE_FIELDS and value is not None:
            value = date.fromisoformat(str(value)[:10])
        elif name in _TUPLE_FIELDS:
            value = tuple(value or ())
        elif name == "variants":
            value = tuple(from_doc(StatementVariant, v) for v in value or ())
        values[name] = value
    if cls is Article:
        values.setdefault("text", "")  # listings leave the text out
    return cls(**values)


def day_number(day: date | None) -> int | None:
    """Return a date as a day ordinal (sortable integer), or None."""
    return day.toordinal() if day else None
