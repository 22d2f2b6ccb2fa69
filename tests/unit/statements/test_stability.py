"""Statement ids and groupings do not depend on input order or on how loading was split up."""

from __future__ import annotations

import random
from datetime import date

import pytest

from service.extract.statements import cluster_statements
from tests.unit.statements.cases import MAY2, PM, corpus
from tests.unit.statements.helpers import grouping, make_quote
from tests.unit.statements.seed_cases import seed_quotes


def _ids(quotes: list) -> dict[str, str | None]:
    return {q.id: q.statement_id for q in quotes}


@pytest.mark.parametrize("seed", range(5))
def test_shuffled_input_yields_the_same_grouping_and_ids(seed: int) -> None:
    quotes, splits, texts = _all_quotes()
    reference, _ = cluster_statements(quotes, split_groups=splits, article_texts=texts)
    shuffled = quotes[:]
    random.Random(seed).shuffle(shuffled)
    out, _ = cluster_statements(shuffled, split_groups=splits, article_texts=texts)
    assert _ids(out) == _ids(reference)


def test_loading_in_date_order_gives_the_ids_of_one_batch() -> None:
    quotes, splits, texts = _all_quotes()
    batch, _ = cluster_statements(quotes, split_groups=splits, article_texts=texts)
    first = [q for q in quotes if q.published and q.published <= MAY2 or q.published == date(2025, 2, 24)]
    rest = [q for q in quotes if q not in first]
    _, existing = cluster_statements(first, split_groups=splits, article_texts=texts)
    later, statements = cluster_statements(rest, existing, split_groups=splits, article_texts=texts)
    ids = {v.quote_id: s.id for s in statements for v in s.variants}
    assert {q.id: ids.get(q.id) for q in quotes if q.speaker_id} == {
        q.id: q.statement_id for q in batch if q.speaker_id
    }
    assert _ids(later) == {q.id: q.statement_id for q in batch if q in rest or q.id in {r.id for r in rest}}


@pytest.mark.parametrize("seed", range(5))
def test_loading_in_any_order_keeps_ids_and_reaches_the_batch_grouping(seed: int) -> None:
    quotes, splits, texts = _all_quotes()
    batch, _ = cluster_statements(quotes, split_groups=splits, article_texts=texts)
    order = quotes[:]
    random.Random(seed).shuffle(order)
    half = len(order) // 2
    _, existing = cluster_statements(order[:half], split_groups=splits, article_texts=texts)
    _, statements = cluster_statements(order[half:], existing, split_groups=splits, article_texts=texts)
    final = {v.quote_id: s.id for s in statements for v in s.variants}
    earlier_ids = {s.id for s in existing}
    for earlier in existing:
        # A statement keeps its id, unless a new quote showed it to be part of another earlier one.
        now = {final[v.quote_id] for v in earlier.variants}
        assert len(now) == 1 and now <= earlier_ids
    by_statement: dict[str, set[str]] = {}
    for qid, sid in final.items():
        by_statement.setdefault(sid, set()).add(qid)
    assert {frozenset(c) for c in by_statement.values()} == grouping(batch)


def test_reloading_the_same_quotes_changes_nothing() -> None:
    quotes, splits, texts = _all_quotes()
    _, first = cluster_statements(quotes, split_groups=splits, article_texts=texts)
    _, again = cluster_statements(quotes, first, split_groups=splits, article_texts=texts)
    assert sorted(again, key=lambda s: s.id) == sorted(first, key=lambda s: s.id)


def test_other_speakers_statements_pass_through_unchanged() -> None:
    quotes, _ = corpus()
    _, existing = cluster_statements(quotes)
    newcomer = make_quote("The harbour will reopen next week", "Ana Pop", "art-x", MAY2)
    _, statements = cluster_statements([newcomer], existing)
    assert set(existing) <= set(statements) and len(statements) == len(existing) + 1


def test_a_quote_joining_two_statements_keeps_the_earliest_id() -> None:
    early = make_quote("Taxes on small bakeries will fall next year", PM, "b1", date(2024, 5, 1))
    late = make_quote("Every small bakery deserves support from the state budget", PM, "b2", date(2024, 5, 3))
    _, existing = cluster_statements([early, late])
    assert len(existing) == 2
    bridge = make_quote(
        "Taxes on small bakeries will fall next year. "
        "Every small bakery deserves support from the state budget",
        PM,
        "b3",
        date(2024, 5, 2),
    )
    out, statements = cluster_statements([bridge], existing)
    kept = next(s.id for s in existing if s.first_reported == date(2024, 5, 1))
    assert [s.id for s in statements] == [kept] and out[0].statement_id == kept


def _all_quotes() -> tuple[list, list[tuple[str, ...]], dict[str, str]]:
    constructed, _ = corpus()
    seeds, _, splits, texts = seed_quotes()
    return constructed + seeds, splits, texts
