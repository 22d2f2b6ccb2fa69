"""The embedded store: one SQLite file with an FTS5 index over the folded quote text.

Each thread (and each process after a fork) gets its own connection; WAL mode lets readers run
while a loader writes. Records are kept as JSON documents next to the columns they are
filtered and sorted by.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from service.domain import (
    Article,
    Bucket,
    Facets,
    Page,
    Quote,
    QuoteHit,
    QuoteQuery,
    SourceQuery,
    Speaker,
    SpeakerQuery,
    Statement,
)
from service.names import name_key
from service.store import sqlite_query as sql
from service.store import sqlite_schema as rows
from service.store.base import InvalidCursor, StoreUnavailable
from service.store.codec import from_doc
from service.store.cursor import decode_cursor, effective_sort, encode_cursor
from service.store.histogram import choose_interval, fold_days
from service.store.text import TextQuery, allowed_edits, highlight, outlet_key, parse_text, within_edits

STORE_NAME = "sqlite"


class SqliteStore:
    """QuoteStore on an SQLite file (FTS5 for text, JSON documents for records)."""

    def __init__(self, path: str, batch_size: int = 500) -> None:
        self.path = path
        self.batch_size = batch_size
        self._uri = path == ":memory:"
        if self._uri:
            # A private shared-cache memory database, so every thread sees the same data.
            self.path = f"file:quotes-{uuid.uuid4().hex}?mode=memory&cache=shared"
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        with self._errors():
            self._conn().executescript(rows.SCHEMA)

    # -- connections -------------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid():
            return conn
        conn = sqlite3.connect(
            self.path, uri=self._uri, isolation_level=None, check_same_thread=False, timeout=10
        )
        if not self._uri:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=10000")
        self._local.conn, self._local.pid = conn, os.getpid()
        with self._lock:
            self._connections.append(conn)
        return conn

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"sqlite: {exc}") from exc

    # -- writes ------------------------------------------------------------------------------

    def upsert(
        self,
        articles: Iterable[Article] = (),
        quotes: Iterable[Quote] = (),
        speakers: Iterable[Speaker] = (),
        statements: Iterable[Statement] = (),
        refresh: bool = True,
        retired_statements: Iterable[str] = (),
    ) -> None:
        """Insert or replace records by id, in one transaction."""
        with self._errors():
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                for article in articles:
                    conn.execute(rows.PUT_ARTICLE, rows.article_row(article))
                for quote in quotes:
                    (n,) = conn.execute(rows.PUT_QUOTE, rows.quote_row(quote)).fetchone()
                    conn.execute("DELETE FROM quotes_fts WHERE rowid = ?", (n,))
                    conn.execute(rows.PUT_QUOTE_TEXT, (n, rows.quote_text(quote)))
                for speaker in speakers:
                    conn.execute(rows.PUT_SPEAKER, rows.speaker_row(speaker))
                    conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (speaker.id,))
                    conn.executemany(rows.PUT_ALIAS, rows.alias_rows(speaker))
                for statement in statements:
                    conn.execute(rows.PUT_STATEMENT, rows.statement_row(statement))
                conn.executemany("DELETE FROM statements WHERE id = ?", [(i,) for i in retired_statements])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def refresh(self) -> None:
        """Do nothing: committed writes are already visible."""

    # -- reads by id -------------------------------------------------------------------------

    def _one(self, sql_text: str, params: Sequence[Any]) -> dict[str, Any] | None:
        with self._errors():
            row = self._conn().execute(sql_text, params).fetchone()
        return json.loads(row[0]) if row else None

    def get_article(self, article_id: str) -> Article | None:
        """Return one article, or None."""
        doc = self._one("SELECT doc FROM articles WHERE id = ?", (article_id,))
        return from_doc(Article, doc) if doc else None

    def get_quotes(self, quote_ids: Sequence[str]) -> dict[str, Quote]:
        """Return the quotes found among `quote_ids`, keyed by id."""
        ids = list(dict.fromkeys(quote_ids))
        found: dict[str, Quote] = {}
        with self._errors():
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                rows = self._conn().execute(
                    f"SELECT doc FROM quotes WHERE id IN ({','.join('?' * len(chunk))})", chunk
                )
                for (doc,) in rows:
                    quote = from_doc(Quote, json.loads(doc))
                    found[quote.id] = quote
        return found

    def get_speaker(self, speaker_id: str) -> Speaker | None:
        """Return one speaker, or None."""
        doc = self._one("SELECT doc FROM speakers WHERE id = ?", (speaker_id,))
        return from_doc(Speaker, doc) if doc else None

    def get_statement(self, statement_id: str) -> Statement | None:
        """Return one statement, or None."""
        doc = self._one("SELECT doc FROM statements WHERE id = ?", (statement_id,))
        return from_doc(Statement, doc) if doc else None

    # -- quote search ------------------------------------------------------------------------

    def _similar(self, term: str) -> list[str]:
        """Return indexed terms within the typo distance `term` tolerates."""
        edits = allowed_edits(term)
        rows = self._conn().execute(
            "SELECT term FROM quotes_vocab WHERE length(term) BETWEEN ? AND ?",
            (len(term) - edits, len(term) + edits),
        )
        return [t for (t,) in rows if within_edits(term, t, edits)]

    def _base(self, query: QuoteQuery) -> tuple[str, list[Any], TextQuery | None] | None:
        """Return FROM+WHERE and parameters for `query`, or None when its text matches nothing."""
        text = parse_text(query.text) if query.text and query.text.strip() else None
        if text is not None and text.empty:
            return None
        match = sql.fts_expression(text, query.fuzzy, self._similar) if text else None
        source, params = sql.from_clause(match)
        clauses, filter_params = sql.filters(query)
        return source + sql.where(clauses), params + filter_params, text

    def search_quotes(self, query: QuoteQuery) -> Page[QuoteHit]:
        """Return one page of quotes matching `query`."""
        limit = max(query.limit, 0)
        empty: Page[QuoteHit] = Page((), 0, True, query.page, query.limit)
        with self._errors():
            base = self._base(query)
            if base is None:
                return empty
            body, params, text = base
            sort = effective_sort(query)
            (total,) = self._conn().execute(f"SELECT COUNT(*) FROM {body}", params).fetchone()
            inner = f"SELECT q.doc AS doc, {sql.SORT_KEYS[sort]} AS k, q.id AS id FROM {body}"
            outer, extra = f"SELECT doc, k, id FROM ({inner})", list(params)
            if query.cursor:
                key = decode_cursor(STORE_NAME, query, query.cursor)
                if len(key) != 2 or not isinstance(key[0], int | float) or not isinstance(key[1], str):
                    raise InvalidCursor("malformed cursor")
                outer += " WHERE (k, id) > (?, ?)"
                extra += key
                offset = 0
            else:
                offset = (max(query.page, 1) - 1) * limit
            outer += " ORDER BY k, id LIMIT ? OFFSET ?"
            rows = self._conn().execute(outer, [*extra, limit + 1, offset]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        hits = tuple(self._hit(doc, k, sort, text, query.fuzzy) for doc, k, _ in rows)
        next_cursor = encode_cursor(STORE_NAME, query, [rows[-1][1], rows[-1][2]]) if more and rows else None
        return Page(hits, total, True, query.page, query.limit, next_cursor)

    def _hit(self, doc: str, key: Any, sort: str, text: TextQuery | None, fuzzy: bool) -> QuoteHit:
        quote = from_doc(Quote, json.loads(doc))
        score = -float(key) if sort == "relevance" else None
        mark = highlight(quote.text, text, fuzzy) if text else None
        return QuoteHit(quote, score, mark)

    def iter_quotes(self, query: QuoteQuery) -> Iterator[Quote]:
        """Yield every quote matching the filters of `query` by id, one batch in memory at a time."""
        with self._errors():
            base = self._base(query)
        if base is None:
            return
        body, params, _ = base
        joiner = "AND" if " WHERE " in body else "WHERE"
        select = f"SELECT q.id, q.doc FROM {body} {joiner} q.id > ? ORDER BY q.id LIMIT ?"
        for doc in self._batches(select, params):
            yield from_doc(Quote, doc)

    def _batches(self, select: str, params: list[Any]) -> Iterator[dict[str, Any]]:
        """Yield the documents of `select` (id, doc; after-id and limit come last) batch by batch."""
        after = ""
        while True:
            with self._errors():
                rows = self._conn().execute(select, [*params, after, self.batch_size]).fetchall()
            yield from (json.loads(doc) for _, doc in rows)
            if len(rows) < self.batch_size:
                return
            after = rows[-1][0]

    def facets(self, query: QuoteQuery, size: int = 10, interval: str = "auto") -> Facets:
        """Return counts by speaker, outlet, source and date of the quotes matching `query`."""
        with self._errors():
            base = self._base(query)
            if base is None:
                return Facets()
            body, params, _ = base
            conn = self._conn()
            (total,) = conn.execute(f"SELECT COUNT(*) FROM {body}", params).fetchone()

            def top(column: str, label: str) -> tuple[Bucket, ...]:
                rows = conn.execute(
                    f"SELECT {column}, MAX({label}), COUNT(*) AS c FROM {body}"
                    f" GROUP BY {column} HAVING {column} IS NOT NULL ORDER BY c DESC, {column} LIMIT ?",
                    [*params, size],
                )
                return tuple(Bucket(str(key), count, lab) for key, lab, count in rows)

            by_day = f"SELECT q.day, COUNT(*) FROM {body} GROUP BY q.day HAVING q.day IS NOT NULL ORDER BY 1"
            days = [(date.fromordinal(d), c) for d, c in conn.execute(by_day, params)]
            if interval == "auto":
                interval = choose_interval(days[0][0], days[-1][0]) if days else "day"
            return Facets(
                speakers=top("q.speaker_id", "json_extract(q.doc, '$.speaker')"),
                outlets=top("json_extract(q.doc, '$.outlet')", "NULL"),
                sources=top("q.article_id", "json_extract(q.doc, '$.title')"),
                days=tuple(Bucket(d.isoformat(), c) for d, c in fold_days(days, interval)),
                total=total,
                interval=interval,
            )

    # -- listings ----------------------------------------------------------------------------

    def list_speakers(self, query: SpeakerQuery) -> Page[Speaker]:
        """Return speakers, most quoted first, whose name or an alias has a word starting with the prefix."""
        prefix = name_key(query.prefix or "")
        where, params = "", []
        if prefix:
            pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where = (
                " WHERE EXISTS (SELECT 1 FROM speaker_aliases a WHERE a.speaker_id = s.id"
                " AND (a.key LIKE ? ESCAPE '\\' OR a.key LIKE ? ESCAPE '\\'))"
            )
            params = [pattern + "%", "% " + pattern + "%"]
        order = " ORDER BY s.quote_count DESC, s.name_key, s.id"
        return self._page(Speaker, f"FROM speakers s{where}", order, params, query.page, query.limit, "s.doc")

    def list_sources(self, query: SourceQuery) -> Page[Article]:
        """Return articles, newest first, without their text, with their stored quote counts."""
        where, params = "", []
        if query.outlet:
            where, params = " WHERE a.outlet_key = ?", [outlet_key(query.outlet)]
        page = self._page(
            Article,
            f"FROM articles a{where}",
            f" ORDER BY COALESCE(-a.day, {sql.NO_DAY}), a.id",
            params,
            query.page,
            query.limit,
            "json_set(a.doc, '$.text', '', '$.quote_count',"
            " (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id))",
        )
        return page

    def list_statements(self, speaker_id: str | None, page: int = 1, limit: int = 20) -> Page[Statement]:
        """Return statements, most reported first, of one speaker or of all."""
        where, params = ("", []) if speaker_id is None else (" WHERE speaker_id = ?", [speaker_id])
        order = f" ORDER BY source_count DESC, COALESCE(day, {sql.NO_DAY}), id"
        return self._page(Statement, f"FROM statements{where}", order, params, page, limit, "doc")

    def _page(
        self, cls: Any, body: str, order: str, params: list[Any], page: int, limit: int, doc: str
    ) -> Page[Any]:
        with self._errors():
            conn = self._conn()
            (total,) = conn.execute(f"SELECT COUNT(*) {body}", params).fetchone()
            rows = conn.execute(
                f"SELECT {doc} {body}{order} LIMIT ? OFFSET ?",
                [*params, max(limit, 0), (max(page, 1) - 1) * max(limit, 0)],
            ).fetchall()
        return Page(tuple(from_doc(cls, json.loads(d)) for (d,) in rows), total, True, page, limit)

    def all_speakers(self) -> Iterator[Speaker]:
        """Yield every speaker by id, one batch in memory at a time."""
        select = "SELECT id, doc FROM speakers WHERE id > ? ORDER BY id LIMIT ?"
        for doc in self._batches(select, []):
            yield from_doc(Speaker, doc)

    def statements_of(self, speaker_id: str) -> list[Statement]:
        """Return every statement of one speaker."""
        with self._errors():
            rows = (
                self._conn()
                .execute("SELECT doc FROM statements WHERE speaker_id = ? ORDER BY id", (speaker_id,))
                .fetchall()
            )
        return [from_doc(Statement, json.loads(doc)) for (doc,) in rows]

    # -- health ------------------------------------------------------------------------------

    def ping(self) -> bool:
        """Return True when the database file answers a query."""
        try:
            self._conn().execute("SELECT COUNT(*) FROM quotes_fts WHERE rowid = 0").fetchone()
            return True
        except sqlite3.Error:
            return False

    def close(self) -> None:
        """Close every connection this store opened."""
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()
