"""The store protocol every backend honours, and the errors it raises.

Rules every store keeps (the contract suite in tests/contract checks each one):

- Writes are upserts keyed by the records' ids: writing the same records twice changes nothing.
  `upsert` stores articles, quotes, speakers and statements in bulk; a record with an id already
  stored replaces the old one. `retired_statements` names statements to remove (merged into
  another by clustering); removing one that is not there is not an error. Writes are visible
  to reads once `upsert` returns (stores that index asynchronously refresh before returning,
  unless `refresh=False`, then `refresh()`).
- `search_quotes` filters are ANDed; values inside one filter are ORed. A speaker filter value
  matches a speaker id, or any alias of the speaker by `names.name_key`, or the quote's own
  mention by `names.name_key`. A source value matches an article id or an outlet (case-folded).
  Text is matched word by word (all words must match, case- and accent-insensitively), phrases in
  double quotes as phrases; query syntax characters are plain text, never operators.
  `fuzzy=True` tolerates one or two typos per word.
- Order: `relevance` (needs text; otherwise as `-date`), `date`, `-date`; ties broken by quote
  id so that paging is stable. Quotes without a date sort last in both date orders.
- Paging: `page`/`limit` for shallow pages; a `cursor` (opaque, from `Page.next_cursor`)
  continues after the last item of the previous page with the same query and order, without
  limit on depth. `next_cursor` is set whenever more results follow.
- Highlights: with text, each hit carries its quote text HTML-escaped with matched words wrapped
  in `<mark>`…`</mark>`; the escaping is the store's job, never the client's.
- `iter_quotes` yields every quote matching the filters in a stable order, in constant memory.
- Any failure to reach the backend raises `StoreUnavailable`; a malformed cursor raises
  `InvalidCursor`. Nothing else of the backend's errors leaks out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from service.domain import (
    Article,
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


class StoreError(Exception):
    """Base of the errors a store raises."""


class StoreUnavailable(StoreError):
    """The backend cannot be reached or did not answer in time."""


class InvalidCursor(StoreError):
    """A cursor that this store did not issue, or for another query."""


class QuoteStore(Protocol):
    """Where articles, quotes, speakers and statements live and are searched."""

    def upsert(
        self,
        articles: Iterable[Article] = (),
        quotes: Iterable[Quote] = (),
        speakers: Iterable[Speaker] = (),
        statements: Iterable[Statement] = (),
        refresh: bool = True,
        retired_statements: Iterable[str] = (),
    ) -> None:
        """Insert or replace records by id, in bulk; remove the statements merged into others."""
        ...

    def refresh(self) -> None:
        """Make every write so far visible to reads."""
        ...

    def get_article(self, article_id: str) -> Article | None:
        """Return one article, or None."""
        ...

    def get_quotes(self, quote_ids: Sequence[str]) -> dict[str, Quote]:
        """Return the quotes found among `quote_ids`, keyed by id."""
        ...

    def get_speaker(self, speaker_id: str) -> Speaker | None:
        """Return one speaker, or None."""
        ...

    def get_statement(self, statement_id: str) -> Statement | None:
        """Return one statement, or None."""
        ...

    def search_quotes(self, query: QuoteQuery) -> Page[QuoteHit]:
        """Return one page of quotes matching `query`."""
        ...

    def iter_quotes(self, query: QuoteQuery) -> Iterator[Quote]:
        """Yield every quote matching the filters of `query`, in constant memory."""
        ...

    def facets(self, query: QuoteQuery, size: int = 10, interval: str = "auto") -> Facets:
        """Return counts by speaker, outlet, source and date of the quotes matching `query`.

        `interval` is the histogram's period (`histogram.INTERVALS`), or `auto` for the one
        `histogram.choose_interval` picks from the first and last day of the matching quotes.
        """
        ...

    def list_speakers(self, query: SpeakerQuery) -> Page[Speaker]:
        """Return speakers, most quoted first, whose name or alias starts with the prefix."""
        ...

    def list_sources(self, query: SourceQuery) -> Page[Article]:
        """Return articles, newest first, without their text."""
        ...

    def list_statements(self, speaker_id: str | None, page: int = 1, limit: int = 20) -> Page[Statement]:
        """Return statements, most reported first, of one speaker or of all."""
        ...

    def all_speakers(self) -> Iterator[Speaker]:
        """Yield every speaker (the loader resolves new mentions against them)."""
        ...

    def statements_of(self, speaker_id: str) -> list[Statement]:
        """Return every statement of one speaker (the loader clusters new quotes into them)."""
        ...

    def ping(self) -> bool:
        """Return True when the backend answers; never raise."""
        ...

    def close(self) -> None:
        """Release connections and files."""
        ...
