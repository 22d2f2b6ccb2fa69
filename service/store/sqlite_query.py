"""Pure functions that turn a QuoteQuery into SQL over the schema of sqlite_schema.py.

User text only ever reaches FTS5 as double-quoted strings, so it is never read as query syntax.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from service.domain import QuoteQuery
from service.names import name_key
from service.store.text import TextQuery, allowed_edits, outlet_key, tokens

# Sorts after every real day number, so undated quotes come last in both date orders.
NO_DAY = 99_999_999

SORT_KEYS = {
    "date": f"COALESCE(q.day, {NO_DAY})",
    "-date": f"COALESCE(-q.day, {NO_DAY})",
    "relevance": "bm25(quotes_fts)",
}


def _marks(values: Iterable[Any]) -> str:
    return ",".join("?" for _ in values)


def fts_string(text: str) -> str:
    """Return `text` as one FTS5 string literal: never parsed as query syntax."""
    return '"' + text.replace('"', '""') + '"'


def fts_expression(text: TextQuery, fuzzy: bool, similar: Callable[[str], list[str]]) -> str:
    """Return the FTS5 MATCH expression: every word and phrase ANDed, typo variants ORed."""
    parts: list[str] = []
    for word in text.words:
        word_tokens = tokens(word)
        if fuzzy and len(word_tokens) == 1 and allowed_edits(word_tokens[0]):
            variants = [word_tokens[0], *similar(word_tokens[0])]
            parts.append("(" + " OR ".join(fts_string(v) for v in dict.fromkeys(variants)) + ")")
        else:
            parts.append(fts_string(word))
    parts.extend(fts_string(phrase) for phrase in text.phrases)
    return " AND ".join(parts)


def filters(query: QuoteQuery) -> tuple[list[str], list[Any]]:
    """Return the WHERE clauses (ANDed) and parameters for the non-text filters of `query`."""
    clauses: list[str] = []
    params: list[Any] = []
    if query.speakers:
        keys = [k for k in (name_key(s) for s in query.speakers) if k]
        clauses.append(
            f"(q.speaker_id IN ({_marks(query.speakers)})"
            f" OR q.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE key IN ({_marks(keys)}))"
            f" OR q.mention_key IN ({_marks(keys)}) OR q.speaker_key IN ({_marks(keys)}))"
        )
        params += [*query.speakers, *keys, *keys, *keys]
    if query.sources:
        outlets = [outlet_key(s) for s in query.sources]
        clauses.append(f"(q.article_id IN ({_marks(query.sources)}) OR q.outlet_key IN ({_marks(outlets)}))")
        params += [*query.sources, *outlets]
    if query.kinds:
        clauses.append(f"q.kind IN ({_marks(query.kinds)})")
        params += list(query.kinds)
    if query.date_from:
        clauses.append("q.day >= ?")
        params.append(query.date_from.toordinal())
    if query.date_to:
        clauses.append("q.day <= ?")
        params.append(query.date_to.toordinal())
    if query.statement:
        clauses.append("q.statement_id = ?")
        params.append(query.statement)
    return clauses, params


def from_clause(match: str | None) -> tuple[str, list[Any]]:
    """Return the FROM part (joined with the text index when matching text) and its parameters."""
    if match is None:
        return "quotes q", []
    return "quotes q JOIN quotes_fts ON quotes_fts.rowid = q.n AND quotes_fts MATCH ?", [match]


def where(clauses: list[str]) -> str:
    """Return a WHERE clause ANDing `clauses`, or nothing."""
    return " WHERE " + " AND ".join(clauses) if clauses else ""
