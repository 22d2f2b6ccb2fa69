"""A small world of articles, quotes, speakers and a statement for the API tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from service.domain import (
    Article,
    Quote,
    Speaker,
    Statement,
    StatementVariant,
    article_id_for,
    quote_id_for,
)


@dataclass(frozen=True)
class World:
    """What one test loads into its store."""

    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    statements: tuple[Statement, ...]

    def quote(self, fragment: str) -> Quote:
        """Return the one quote containing `fragment`."""
        (found,) = [q for q in self.quotes if fragment in q.text]
        return found


def article(title: str, outlet: str, published: date, body: str) -> Article:
    """Return an article whose id derives from its text."""
    text = f"{title}\n\n{body}"
    return Article(article_id_for(text), title, outlet, published, f"/data/{title}.txt", text)


def quote(
    source: Article, text: str, speaker: Speaker | None, kind: str = "direct", **extra: object
) -> Quote:
    """Return the quote of `text` at its real offsets in `source`."""
    start = source.text.index(text)
    return Quote(
        id=quote_id_for(source.id, start, start + len(text)),
        article_id=source.id,
        text=text,
        start=start,
        end=start + len(text),
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker.name if speaker else None,
        speaker_id=speaker.id if speaker else None,
        mention=speaker.aliases[0] if speaker and speaker.aliases else None,
        outlet=source.outlet,
        published=source.published,
        title=source.title,
        confidence=0.9,
        **extra,  # type: ignore[arg-type]
    )


def build_world() -> World:
    """Return three articles from two outlets, three speakers and one statement reported twice."""
    mayor = Speaker("anya-kovalenko", "Anya Kovalenko", ("Kovalenko", "Ania Kovalenkiy"), ("mayor",))
    minister = Speaker("jose-alvarez", "José Álvarez", ("Alvarez",), ("finance minister",))
    critic = Speaker("lee-hart", "Lee Hart", ("Hart",), ("critic",))
    first = article(
        "Bridge reopens",
        "Harbour Times",
        date(2024, 3, 1),
        '"The bridge will reopen on Monday," Kovalenko said. Alvarez called it "a fiscal '
        'miracle". "Traffic jams will vanish overnight," Kovalenko added.',
    )
    second = article(
        "Budget vote",
        "Daily Ledger",
        date(2024, 3, 2),
        '"The bridge will reopen on Monday," said Ania Kovalenkiy. "We balanced the budget '
        'without new taxes," Alvarez told reporters.',
    )
    third = article(
        "Markup row",
        "Daily Ledger",
        date(2024, 3, 3),
        'Hart wrote: "Never trust <script>alert(1)</script> in a headline & a footnote."',
    )
    statement_id = "st-bridge-reopens"
    reopen_1 = quote(first, "The bridge will reopen on Monday,", mayor, statement_id=statement_id)
    reopen_2 = quote(second, "The bridge will reopen on Monday,", mayor, statement_id=statement_id)
    quotes = (
        reopen_1,
        quote(first, "a fiscal miracle", minister, kind="partial"),
        quote(first, "Traffic jams will vanish overnight,", mayor),
        reopen_2,
        quote(second, "We balanced the budget without new taxes,", minister),
        quote(third, "Never trust <script>alert(1)</script> in a headline & a footnote.", critic),
    )
    articles = tuple(
        Article(
            a.id, a.title, a.outlet, a.published, a.path, a.text, sum(q.article_id == a.id for q in quotes)
        )
        for a in (first, second, third)
    )
    speakers = tuple(
        Speaker(
            s.id,
            s.name,
            s.aliases,
            s.roles,
            sum(q.speaker_id == s.id for q in quotes),
            1 if s is mayor else 0,
            date(2024, 3, 1),
            date(2024, 3, 3),
        )
        for s in (mayor, minister, critic)
    )
    statement = Statement(
        statement_id,
        mayor.id,
        mayor.name,
        reopen_1.text,
        tuple(
            StatementVariant(q.id, q.article_id, q.text, q.kind, q.outlet, q.published)
            for q in (reopen_1, reopen_2)
        ),
        first_reported=date(2024, 3, 1),
        source_count=2,
    )
    return World(articles, quotes, speakers, (statement,))
