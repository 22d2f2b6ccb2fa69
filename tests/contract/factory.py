"""A small, fixed world of articles, quotes, speakers and statements for the contract suite."""

from __future__ import annotations

from dataclasses import dataclass, replace
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


def make_article(text: str, outlet: str | None, published: date | None, title: str) -> Article:
    """Return an article whose id derives from its text."""
    return Article(article_id_for(text), title, outlet, published, f"{title}.txt", text)


def make_quote(article: Article, text: str, kind: str = "direct", **fields: object) -> Quote:
    """Return the quote of `text` inside `article`, at its real offsets."""
    start = article.text.index(text)
    quote = Quote(
        quote_id_for(article.id, start, start + len(text)),
        article.id,
        text,
        start,
        start + len(text),
        kind,  # type: ignore[arg-type]
        outlet=article.outlet,
        published=article.published,
        title=article.title,
    )
    return replace(quote, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class World:
    """Everything one test loads into a store."""

    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    statements: tuple[Statement, ...]

    def quote(self, fragment: str) -> Quote:
        """Return the quote whose text is `fragment`, else the one quote containing it."""
        (found,) = [q for q in self.quotes if fragment == q.text] or [
            q for q in self.quotes if fragment in q.text
        ]
        return found


PETRENKO = Speaker("serhiy-petrenky", "Serhiy Petrenkyy", ("Petrenkiy", "Serhii Petrenkyy"), ("mayor",), 3)
DUBOIS = Speaker("renee-dubois", "Renée Dubois", ("Dubois",), ("minister",), 2)
ORTEGA = Speaker("tomas-ortega", "Tomás Ortega", ("Ortega",), (), 2)
NOBODY = Speaker("ada-quiet", "Ada Quiet", (), (), 0)


def build_world() -> World:
    """Return four articles from four outlets (one undated) and the quotes in them."""
    a1 = make_article(
        'Mayor Serhiy Petrenkyy said: "We will rebuild every bridge in the east." '
        'Minister Renée Dubois called it "a fragile but real ceasefire".',
        "Reuters",
        date(2024, 3, 1),
        "Bridges first",
    )
    a2 = make_article(
        '"The café owners deserve compensation," Petrenkiy said. '
        "Ortega added: \"Prices <script>alert('x')</script> must fall & stay low.\"",
        "BBC News",
        date(2024, 3, 2),
        "Cafés & prices",
    )
    a3 = make_article(
        'The mayor promised to "rebuild every bridge" soon. '
        'A resident, Hlib Moroz, said: "Bridge after bridge after bridge, we wait."',
        "Associated Press",
        date(2024, 3, 2),
        "Waiting",
    )
    a4 = make_article(
        'Ortega said: "rock and roll (or not) [really]: C++ ^ ~ * ? \\ / {x} AND OR." '
        'Dubois said: "Nous continuerons, coûte que coûte."',
        "Le Monde",
        None,
        "Sans date",
    )
    statement_id = "st-bridge"
    bridge = make_quote(
        a1,
        "We will rebuild every bridge in the east.",
        speaker=PETRENKO.name,
        speaker_id=PETRENKO.id,
        mention="Mayor Serhiy Petrenkyy",
        statement_id=statement_id,
    )
    bridge_again = make_quote(
        a3,
        "rebuild every bridge",
        "partial",
        speaker=PETRENKO.name,
        speaker_id=PETRENKO.id,
        mention="The mayor",
        statement_id=statement_id,
    )
    quotes = (
        bridge,
        make_quote(
            a1,
            "a fragile but real ceasefire",
            "partial",
            speaker=DUBOIS.name,
            speaker_id=DUBOIS.id,
            mention="Minister Renée Dubois",
        ),
        make_quote(
            a2,
            "The café owners deserve compensation,",
            speaker=PETRENKO.name,
            speaker_id=PETRENKO.id,
            mention="Petrenkiy",
        ),
        make_quote(
            a2,
            "Prices <script>alert('x')</script> must fall & stay low.",
            speaker=ORTEGA.name,
            speaker_id=ORTEGA.id,
            mention="Ortega",
        ),
        bridge_again,
        make_quote(a3, "Bridge after bridge after bridge, we wait.", mention="Hlib Moroz"),
        make_quote(
            a4,
            "rock and roll (or not) [really]: C++ ^ ~ * ? \\ / {x} AND OR.",
            speaker=ORTEGA.name,
            speaker_id=ORTEGA.id,
            mention="Ortega",
        ),
        make_quote(
            a4,
            "Nous continuerons, coûte que coûte.",
            speaker=DUBOIS.name,
            speaker_id=DUBOIS.id,
            mention="Dubois",
        ),
    )
    counts = {a.id: sum(q.article_id == a.id for q in quotes) for a in (a1, a2, a3, a4)}
    articles = tuple(replace(a, quote_count=counts[a.id]) for a in (a1, a2, a3, a4))
    statements = (
        Statement(
            statement_id,
            PETRENKO.id,
            PETRENKO.name,
            bridge.text,
            tuple(
                StatementVariant(q.id, q.article_id, q.text, q.kind, q.outlet, q.published)
                for q in (bridge, bridge_again)
            ),
            date(2024, 3, 1),
            2,
        ),
        Statement(
            "st-ceasefire", DUBOIS.id, DUBOIS.name, "a fragile but real ceasefire", (), date(2024, 3, 1), 1
        ),
    )
    return World(articles, quotes, (PETRENKO, DUBOIS, ORTEGA, NOBODY), statements)
