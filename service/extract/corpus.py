"""From per-article extractions to cross-article speakers and statements, one way for every caller."""

from __future__ import annotations

from collections.abc import Sequence

from service.domain import Quote, Statement
from service.extract.extractor import ArticleExtraction
from service.extract.registry import SpeakerRegistry
from service.extract.statements import cluster_statements


def resolve_speakers(
    extractions: Sequence[ArticleExtraction], registry: SpeakerRegistry
) -> list[ArticleExtraction]:
    """Return the extractions with cross-article speakers; all are learnt first, so order does not matter."""
    for extraction in extractions:
        registry.learn(extraction)
    return [registry.resolve(extraction) for extraction in extractions]


def cluster_articles(
    resolved: Sequence[ArticleExtraction], existing: Sequence[Statement] = ()
) -> tuple[list[Quote], list[Statement]]:
    """Return the articles' quotes with statement ids, and every statement of their speakers."""
    quotes = [q for extraction in resolved for q in extraction.quotes]
    return cluster_statements(
        quotes,
        existing=existing,
        split_groups=[g for extraction in resolved for g in extraction.split_groups],
        article_texts={e.article.id: e.article.text for e in resolved},
    )
