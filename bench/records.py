"""Stored records (articles, quotes, speakers, statements) generated directly, for store benchmarks.

Extracting a million quotes from text takes longer than a benchmark should, so this builds what
the loader would store without running extraction: news stories, each reported by one to four
outlets on or after the day it happened; every article is real text with its quotes at their
offsets, the same statement is shared across the articles that report it (verbatim, truncated
or as a partial), and speakers follow a long tail (a few quoted everywhere, most rarely).
Names, roles, outlets, topics and wording come from `bench.corpus`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from hashlib import sha1

from bench.corpus import (
    DAYS,
    FIRST_DAY,
    FIRST_F,
    FIRST_M,
    LAST,
    NATIONS,
    OUTLETS,
    PARTIALS,
    QUOTES,
    ROLES,
    TOPICS,
)
from service.domain import Article, Quote, Speaker, Statement, StatementVariant, article_id_for, quote_id_for
from service.names import slug

CUES = ("said", "told reporters", "added", "wrote on X", "told a press conference")


@dataclass
class Batch:
    """The records of a few hundred articles, ready for `QuoteStore.upsert`."""

    articles: list[Article] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)


@dataclass(frozen=True)
class _Remark:
    person: _Person
    words: str
    statement_id: str


@dataclass(eq=False)  # by identity: people are kept in sets while counted
class _Person:
    name: str
    last: str
    role: str
    nation: str
    quotes: int = 0
    statements: int = 0
    first_seen: date | None = None
    last_seen: date | None = None

    def saw(self, day: date | None) -> None:
        if day is None:
            return
        self.first_seen = min(self.first_seen or day, day)
        self.last_seen = max(self.last_seen or day, day)


class RecordCorpus:
    """A deterministic stream of stored records holding about `quotes` quotes."""

    def __init__(self, quotes: int, seed: int = 0, batch_articles: int = 500) -> None:
        self.target, self.seed, self.batch_articles = quotes, seed, batch_articles
        rng = random.Random(seed)
        size = min(len(FIRST_M + FIRST_F) * len(LAST), max(50, quotes // 40))
        names = sorted({f"{f} {last}" for f in FIRST_M + FIRST_F for last in LAST})
        rng.shuffle(names)
        self.people = [
            _Person(n, n.split()[-1], rng.choice(ROLES)[0], rng.choice(NATIONS)) for n in names[:size]
        ]
        # Zipf-like: the first speakers are quoted far more often than the last.
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(size)]
        self._stories = 0
        self._pending: list[Statement] = []

    def batches(self) -> Iterator[Batch]:
        """Yield batches of records until about `quotes` quotes have been made."""
        rng = random.Random(self.seed + 1)
        made, batch = 0, Batch()
        while made < self.target:
            for article, quotes in self._story(rng):
                batch.articles.append(article)
                batch.quotes += quotes
                made += len(quotes)
            batch.statements += self._pending
            if len(batch.articles) >= self.batch_articles or made >= self.target:
                yield batch
                batch = Batch()

    def speakers(self) -> list[Speaker]:
        """Return every speaker quoted so far, with counts (call after `batches` is exhausted)."""
        return [
            Speaker(
                slug(p.name),
                p.name,
                (p.last,),
                (p.role,),
                p.quotes,
                p.statements,
                p.first_seen,
                p.last_seen,
            )
            for p in self.people
            if p.quotes
        ]

    def _story(self, rng: random.Random) -> list[tuple[Article, list[Quote]]]:
        topic, place, subject = rng.choice(TOPICS)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        cast = list(dict.fromkeys(rng.choices(self.people, self.weights, k=rng.randint(2, 4))))
        self._stories += 1
        remarks = []
        for index in range(rng.randint(5, 11)):
            person = rng.choice(cast)
            words = rng.choice(QUOTES).format(t=topic, p=place, s=subject)
            sid = "s" + sha1(f"{slug(person.name)}\x1f{self._stories}:{index}".encode()).hexdigest()[:16]
            remarks.append(_Remark(person, words, sid))
        outlets = rng.sample(OUTLETS, rng.choice((1, 1, 2, 2, 3, 4)))
        reports = [self._article(rng, outlet, topic, day, cast, remarks) for outlet in outlets]
        self._pending = self._statements(remarks, [q for _, quotes in reports for q in quotes])
        return reports

    def _article(
        self,
        rng: random.Random,
        outlet: str,
        topic: str,
        day: date,
        cast: list[_Person],
        remarks: list[_Remark],
    ) -> tuple[Article, list[Quote]]:
        published = None if rng.random() < 0.05 else day + timedelta(days=rng.choice((0, 0, 1, 2)))
        title = f"{cast[0].last} warns over {topic} as talks stall"
        text = f"{title}\n\n{published.isoformat() if published else ''}\n\n"
        spans: list[tuple[int, int, str, str, _Remark]] = []
        introduced: set[str] = set()
        for remark in remarks:
            if rng.random() < 0.2:
                continue  # not every outlet reports every remark
            person = remark.person
            who = person.last if person.name in introduced else f"{person.nation} {person.role} {person.name}"
            introduced.add(person.name)
            if rng.random() < 0.15:
                kind, cue, quoted = "partial", "called", rng.choice(PARTIALS)
                lead, tail = f"{who} called the proposal “", "” on Tuesday."
            else:
                kind, cue, quoted = "direct", rng.choice(CUES), remark.words + "."
                if rng.random() < 0.25:  # outlets truncate long remarks
                    quoted = " ".join(quoted.split()[: rng.randint(5, 9)]) + " …"
                lead, tail = f"{who} {cue}: “", "”"
            start = len(text) + len(lead)
            text += f"{lead}{quoted}{tail}\n\n"
            spans.append((start, start + len(quoted), kind, cue, remark))
        text += f"{outlet}\n"
        article_id = article_id_for(text)
        quotes = []
        for start, end, kind, cue, remark in spans:
            person = remark.person
            person.quotes += 1
            person.saw(published)
            quotes.append(
                Quote(
                    quote_id_for(article_id, start, end),
                    article_id,
                    text[start:end],
                    start,
                    end,
                    "partial" if kind == "partial" else "direct",
                    speaker=person.name,
                    speaker_id=slug(person.name),
                    mention=person.name,
                    role=person.role,
                    cue=cue,
                    confidence=0.9,
                    statement_id=remark.statement_id,
                    outlet=outlet,
                    published=published,
                    title=title,
                )
            )
        article = Article(
            article_id, title, outlet, published, f"/corpus/{article_id}.txt", text, len(quotes)
        )
        return article, quotes

    def _statements(self, remarks: list[_Remark], quotes: list[Quote]) -> list[Statement]:
        """Return the statements of one story: each remark with every quote that reports it."""
        statements = []
        for remark in remarks:
            members = [q for q in quotes if q.statement_id == remark.statement_id]
            if not members:
                continue
            remark.person.statements += 1
            days = [q.published for q in members if q.published]
            variants = tuple(
                StatementVariant(q.id, q.article_id, q.text, q.kind, q.outlet, q.published) for q in members
            )
            statements.append(
                Statement(
                    remark.statement_id,
                    slug(remark.person.name),
                    remark.person.name,
                    remark.words + ".",
                    variants,
                    min(days) if days else None,
                    len({q.article_id for q in members}),
                )
            )
        return statements
