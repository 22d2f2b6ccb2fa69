"""The SQLite schema, and the rows each record is stored as.

Quotes carry denormalised filter columns (speaker id and name keys, outlet key, day number) so
that every filter is an indexed comparison; the folded quote text lives in an FTS5 table whose
rowid is the quote's row number. Records themselves are kept whole as JSON documents.
"""

from __future__ import annotations

import json
from typing import Any

from service.domain import Article, Quote, Speaker, Statement
from service.names import fold, name_key
from service.store.codec import day_number, to_doc
from service.store.text import outlet_key

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, outlet_key TEXT, day INTEGER, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet_key);
CREATE TABLE IF NOT EXISTS quotes (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article_id TEXT, speaker_id TEXT,
    speaker_key TEXT, mention_key TEXT, outlet_key TEXT, kind TEXT, statement_id TEXT,
    day INTEGER, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX IF NOT EXISTS quotes_mention_key ON quotes(mention_key);
CREATE INDEX IF NOT EXISTS quotes_outlet ON quotes(outlet_key);
CREATE INDEX IF NOT EXISTS quotes_statement ON quotes(statement_id);
CREATE INDEX IF NOT EXISTS quotes_day ON quotes(day, id);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_vocab USING fts5vocab(quotes_fts, 'row');
CREATE TABLE IF NOT EXISTS speakers (
    id TEXT PRIMARY KEY, quote_count INTEGER, name_key TEXT, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS speaker_aliases (
    speaker_id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (speaker_id, key));
CREATE INDEX IF NOT EXISTS speaker_aliases_key ON speaker_aliases(key);
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY, speaker_id TEXT, source_count INTEGER, day INTEGER, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_id);
"""

PUT_ARTICLE = "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)"
PUT_SPEAKER = "INSERT OR REPLACE INTO speakers VALUES (?, ?, ?, ?)"
PUT_ALIAS = "INSERT INTO speaker_aliases VALUES (?, ?)"
PUT_STATEMENT = "INSERT OR REPLACE INTO statements VALUES (?, ?, ?, ?, ?)"
# An upsert that keeps the row number, so the FTS row of the quote can be replaced by it.
PUT_QUOTE = (
    "INSERT INTO quotes (id, article_id, speaker_id, speaker_key, mention_key, outlet_key,"
    " kind, statement_id, day, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id,"
    " speaker_id = excluded.speaker_id, speaker_key = excluded.speaker_key,"
    " mention_key = excluded.mention_key, outlet_key = excluded.outlet_key,"
    " kind = excluded.kind, statement_id = excluded.statement_id, day = excluded.day,"
    " doc = excluded.doc RETURNING n"
)
PUT_QUOTE_TEXT = "INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)"


def article_row(article: Article) -> tuple[Any, ...]:
    """Return the articles row of an article."""
    return (
        article.id,
        outlet_key(article.outlet),
        day_number(article.published),
        json.dumps(to_doc(article)),
    )


def quote_row(quote: Quote) -> tuple[Any, ...]:
    """Return the quotes row of a quote (its row number aside)."""
    return (
        quote.id,
        quote.article_id,
        quote.speaker_id,
        name_key(quote.speaker or "") or None,
        name_key(quote.mention or "") or None,
        outlet_key(quote.outlet),
        quote.kind,
        quote.statement_id,
        day_number(quote.published),
        json.dumps(to_doc(quote)),
    )


def quote_text(quote: Quote) -> str:
    """Return the text indexed for a quote: folded, since matching ignores case and accents."""
    return fold(quote.text)


def speaker_row(speaker: Speaker) -> tuple[Any, ...]:
    """Return the speakers row of a speaker."""
    return (speaker.id, speaker.quote_count, name_key(speaker.name), json.dumps(to_doc(speaker)))


def alias_rows(speaker: Speaker) -> list[tuple[str, str]]:
    """Return the speaker_aliases rows: one per distinct name key of the name and aliases."""
    keys = {name_key(n) for n in (speaker.name, *speaker.aliases)} - {""}
    return [(speaker.id, key) for key in sorted(keys)]


def statement_row(statement: Statement) -> tuple[Any, ...]:
    """Return the statements row of a statement."""
    return (
        statement.id,
        statement.speaker_id,
        statement.source_count,
        day_number(statement.first_reported),
        json.dumps(to_doc(statement)),
    )
