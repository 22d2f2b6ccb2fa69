"""Builders for quotes and the pairwise measure the statement annotations are judged by."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from itertools import combinations

from service.domain import Quote, quote_id_for


def make_quote(
    text: str,
    speaker: str | None,
    article: str,
    published: date | None = None,
    kind: str = "direct",
    start: int = 0,
    outlet: str | None = None,
) -> Quote:
    """Return a quote of `speaker` in `article`; its id follows from the article and offsets."""
    return Quote(
        id=quote_id_for(article, start, start + len(text)),
        article_id=article,
        text=text,
        start=start,
        end=start + len(text),
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker,
        speaker_id=speaker.lower().replace(" ", "-") if speaker else None,
        outlet=outlet or article,
        published=published,
    )


def grouping(quotes: Iterable[Quote]) -> set[frozenset[str]]:
    """Return the clusters of quote ids as a set, ignoring quotes without a statement."""
    by_statement: dict[str, set[str]] = {}
    for q in quotes:
        if q.statement_id:
            by_statement.setdefault(q.statement_id, set()).add(q.id)
    return {frozenset(ids) for ids in by_statement.values()}


def pairs(clusters: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    """Return every unordered pair of ids that share a cluster."""
    return {frozenset(p) for c in clusters for p in combinations(sorted(c), 2)}


def pairwise_scores(predicted: Iterable[Iterable[str]], gold: Sequence[Iterable[str]]) -> tuple[float, float]:
    """Return pairwise precision and recall of predicted clusters against gold clusters."""
    got, want = pairs(predicted), pairs(gold)
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    return precision, recall
