"""The loader: files -> extraction -> speakers and statements -> store, with a LoadReport.

Reloading is idempotent: an article's id is a digest of its text, and an article already in
the store is skipped. Each batch writes quotes, speakers and statements before the articles
themselves, so an article is only recorded once everything it produced is stored; a load that
dies half-way is completed by running it again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from service.domain import Article, LoadReport, Quote, Statement, article_id_for
from service.extract import ArticleExtraction, Extractor, SpeakerRegistry
from service.extract.corpus import cluster_articles, resolve_speakers
from service.extract.statements import speaker_statement_counts
from service.store import QuoteStore

MAX_FILE_BYTES = 5 * 1024 * 1024
# Text files of news hold printable characters; a few control bytes mark binary content.
_BINARY_BYTES = frozenset(range(0x00, 0x08)) | frozenset(range(0x0E, 0x20))


class RejectedFile(ValueError):
    """A file that cannot be loaded, with the reason why."""


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Yield the files named, and the files inside the folders named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def read_article_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Return the text of a news file, or raise RejectedFile saying why it is not one."""
    try:
        if not path.exists():
            raise RejectedFile("no such file")
        if not path.is_file():
            raise RejectedFile("not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise RejectedFile(f"too large: {size} bytes (limit {max_bytes})")
        data = path.read_bytes()
    except OSError as exc:
        raise RejectedFile(f"unreadable: {exc.strerror or exc}") from None
    if not data.strip():
        raise RejectedFile("empty")
    if any(b in _BINARY_BYTES for b in data[:65536]):
        raise RejectedFile("not text: binary content")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedFile(f"not UTF-8: invalid byte at offset {exc.start}") from None
    return text  # kept as decoded, BOM included: quote offsets index this exact string


@dataclass
class Loader:
    """Loads news files into a store, resolving speakers and statements against what it holds."""

    store: QuoteStore
    extractor: Extractor = field(default_factory=Extractor)
    batch_size: int = 50
    _registry: SpeakerRegistry | None = None
    # Speaker ids the store held when this loader first looked, and the statements of each
    # speaker as last written: each speaker's statements are read from the store at most once.
    _stored_speakers: set[str] = field(default_factory=set)
    _statements: dict[str, list[Statement]] = field(default_factory=dict)

    @property
    def registry(self) -> SpeakerRegistry:
        """Return the speaker registry, seeded once from the store's speakers."""
        if self._registry is None:
            known = list(self.store.all_speakers())
            self._stored_speakers = {s.id for s in known}
            self._registry = SpeakerRegistry(known)
        return self._registry

    def load(
        self, paths: Iterable[str | os.PathLike[str]], progress: Callable[[Path], None] | None = None
    ) -> LoadReport:
        """Load every file under `paths`; return what was read, stored and rejected."""
        report = LoadReport()
        batch: list[ArticleExtraction] = []
        seen: set[str] = set()
        for path in iter_files(paths):
            report.files_read += 1
            extraction = self._extract(path, report, seen)
            if progress:
                progress(path)
            if extraction is not None:
                batch.append(extraction)
            if len(batch) >= self.batch_size:
                self._store_batch(batch, report)
                batch = []
        if batch:
            self._store_batch(batch, report)
        self.store.refresh()  # once per load: nothing searches the store between batches
        return report

    def _extract(self, path: Path, report: LoadReport, seen: set[str]) -> ArticleExtraction | None:
        try:
            text = read_article_text(path)
        except RejectedFile as exc:
            report.rejected.append((str(path), str(exc)))
            return None
        article_id = article_id_for(text)
        if article_id in seen or self.store.get_article(article_id) is not None:
            report.articles_unchanged += 1  # same text, same id: already stored
            return None
        seen.add(article_id)
        try:
            return self.extractor.extract(text, str(path))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the load
            report.rejected.append((str(path), f"extraction failed: {type(exc).__name__}: {exc}"))
            return None

    def _store_batch(self, batch: Sequence[ArticleExtraction], report: LoadReport) -> None:
        resolved = resolve_speakers(batch, self.registry)
        existing = self._existing_statements([q for extraction in resolved for q in extraction.quotes])
        quotes, statements = cluster_articles(resolved, existing)
        # Clustering returns every statement of the speakers involved; an existing one that is
        # missing was merged into another, so its quotes move and it is retired.
        retired = sorted({s.id for s in existing} - {s.id for s in statements})
        moved = self._moved_quotes(existing, statements, {q.id for q in quotes})
        counts = speaker_statement_counts(statements)
        touched = {q.speaker_id for q in quotes if q.speaker_id}
        speakers = [
            replace(s, statement_count=counts.get(s.id, 0))
            for s in self.registry.speakers()
            if s.id in touched
        ]
        self.store.upsert(
            quotes=[*quotes, *moved],
            speakers=speakers,
            statements=statements,
            retired_statements=retired,
            refresh=False,
        )
        # Articles last: a stored article means everything it produced is stored too.
        articles = [_article_with_count(e.article, quotes) for e in resolved]
        self.store.upsert(articles=articles, refresh=False)
        self._remember(touched, statements)
        report.articles_stored += len(articles)
        report.quotes_stored += len(quotes)

    def _existing_statements(self, quotes: Sequence[Quote]) -> list[Statement]:
        existing: list[Statement] = []
        for sid in sorted({q.speaker_id for q in quotes if q.speaker_id}):
            if sid not in self._statements:
                # A speaker new to the store has no statements there but the ones kept below.
                stored = sid in self._stored_speakers
                self._statements[sid] = self.store.statements_of(sid) if stored else []
            existing += self._statements[sid]
        return existing

    def _remember(self, touched: set[str], statements: Sequence[Statement]) -> None:
        """Keep the touched speakers' statements as written (clustering returns all of them)."""
        for sid in touched:
            self._statements[sid] = []
        for statement in statements:
            if statement.speaker_id in touched:
                self._statements[statement.speaker_id].append(statement)

    def _moved_quotes(
        self, existing: Sequence[Statement], statements: Sequence[Statement], new_ids: set[str]
    ) -> list[Quote]:
        """Return stored quotes whose statement changed, pointing at their new statement."""
        now = {v.quote_id: s.id for s in statements for v in s.variants}
        before = {v.quote_id: s.id for s in existing for v in s.variants}
        changed = [qid for qid, sid in before.items() if now.get(qid) != sid and qid not in new_ids]
        stored = self.store.get_quotes(changed) if changed else {}
        return [replace(q, statement_id=now.get(q.id)) for q in stored.values()]


def _article_with_count(article: Article, quotes: Sequence[Quote]) -> Article:
    count = sum(1 for q in quotes if q.article_id == article.id)
    return replace(article, quote_count=count)
