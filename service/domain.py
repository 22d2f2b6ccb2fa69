"""The domain: articles, quotes, speakers, statements and the queries over them.

Plain frozen dataclasses, no I/O, importing nothing of the project. Ids are derived from
content so that loading the same files twice yields the same records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, Literal, TypeVar

QuoteKind = Literal["direct", "partial"]
SortOrder = Literal["relevance", "date", "-date"]
KINDS: tuple[str, ...] = ("direct", "partial")
SORTS: tuple[str, ...] = ("relevance", "date", "-date")
INTERVALS: tuple[str, ...] = ("day", "week", "month", "year")  # periods of the facets' date histogram


def _digest(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def article_id_for(text: str) -> str:
    """Return the id of an article: a digest of its raw text."""
    return "a" + _digest(text)


def quote_id_for(article_id: str, start: int, end: int) -> str:
    """Return the id of a quote: a digest of its article and character offsets."""
    return "q" + _digest(article_id, str(start), str(end))


@dataclass(frozen=True)
class Article:
    """One news article as read from a file; offsets of its quotes refer to `text`."""

    id: str
    title: str | None
    outlet: str | None
    published: date | None
    path: str
    text: str
    quote_count: int = 0


@dataclass(frozen=True)
class Quote:
    """One attributed quote: verbatim text at [start, end) of its article's text.

    `speaker` is the canonical display name, `mention` the words that credited it in the text.
    `outlet`, `published` and `title` repeat the article's so that stores can filter and sort
    quotes without a join.
    """

    id: str
    article_id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_id: str | None = None
    mention: str | None = None
    role: str | None = None
    venue: str | None = None
    cue: str | None = None
    confidence: float = 0.0
    statement_id: str | None = None
    nested: tuple[str, ...] = ()
    outlet: str | None = None
    published: date | None = None
    title: str | None = None


@dataclass(frozen=True)
class Speaker:
    """One person (or organisation) who is quoted, with every spelling seen."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    quote_count: int = 0
    statement_count: int = 0
    first_seen: date | None = None
    last_seen: date | None = None


@dataclass(frozen=True)
class StatementVariant:
    """One reported wording of a statement, and where it was reported."""

    quote_id: str
    article_id: str
    text: str
    kind: QuoteKind
    outlet: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Statement:
    """One thing said by one speaker, with every variant that reported it."""

    id: str
    speaker_id: str
    speaker: str
    text: str
    variants: tuple[StatementVariant, ...] = ()
    first_reported: date | None = None
    source_count: int = 0


@dataclass(frozen=True)
class QuoteQuery:
    """What a client asks of the quotes: filters, full text, order and a page or a cursor.

    `speakers` hold speaker ids or names in any spelling (stores match both through
    `names.name_key`); `sources` hold article ids or outlet names. `text` is plain user text:
    words are matched with AND semantics, "double-quoted" parts as phrases. `fuzzy` asks for
    typo tolerance. `cursor` is an opaque string from a previous page's `next_cursor`.
    """

    speakers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    text: str | None = None
    kinds: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    statement: str | None = None
    sort: SortOrder = "-date"
    page: int = 1
    limit: int = 20
    cursor: str | None = None
    fuzzy: bool = False


@dataclass(frozen=True)
class QuoteHit:
    """A quote found by a search, with its HTML-escaped highlight when text was searched."""

    quote: Quote
    score: float | None = None
    highlight: str | None = None


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results; `next_cursor` continues after its last item when cursor paging."""

    results: tuple[T, ...]
    total: int
    total_exact: bool = True
    page: int = 1
    limit: int = 20
    next_cursor: str | None = None

    @property
    def pages(self) -> int:
        """Return how many pages of `limit` items the total makes."""
        return max(1, -(-self.total // self.limit)) if self.limit else 1


@dataclass(frozen=True)
class Bucket:
    """One facet value and how many quotes carry it."""

    key: str
    count: int
    label: str | None = None


@dataclass(frozen=True)
class Facets:
    """Counts of the quotes matching a query, by speaker, outlet, article and date.

    `days` is the date histogram: each bucket is keyed by the first day (ISO date) of its
    period, and `interval` says which period a bucket covers: day, week, month or year.
    """

    speakers: tuple[Bucket, ...] = ()
    outlets: tuple[Bucket, ...] = ()
    sources: tuple[Bucket, ...] = ()
    days: tuple[Bucket, ...] = ()
    total: int = 0
    interval: str = "day"


@dataclass(frozen=True)
class SourceQuery:
    """Which articles to list."""

    outlet: str | None = None
    page: int = 1
    limit: int = 20


@dataclass(frozen=True)
class SpeakerQuery:
    """Which speakers to list: an accent- and case-insensitive name prefix, and a page."""

    prefix: str | None = None
    page: int = 1
    limit: int = 20


@dataclass
class LoadReport:
    """What a load read, stored and rejected, with a reason for each rejected file.

    Every file read is counted once: stored, unchanged (its text is already stored, by an earlier
    load or by another file of this one) or rejected.
    """

    files_read: int = 0
    articles_stored: int = 0
    articles_unchanged: int = 0
    quotes_stored: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)

    @property
    def files_rejected(self) -> int:
        """Return how many files were rejected."""
        return len(self.rejected)
