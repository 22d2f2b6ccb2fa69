"""The seed articles' hand-annotated statements, judged as the hidden annotations will be."""

from __future__ import annotations

from collections import defaultdict

from service.extract.statements import cluster_statements
from tests.unit.statements.helpers import grouping, pairwise_scores
from tests.unit.statements.seed_cases import seed_quotes


def _clustered() -> tuple[list, dict[str, str]]:
    quotes, labels, splits, texts = seed_quotes()
    out, _ = cluster_statements(quotes, split_groups=splits, article_texts=texts)
    return out, labels


def test_seed_statements_meet_the_pairwise_bar() -> None:
    out, labels = _clustered()
    gold: dict[tuple, set[str]] = defaultdict(set)
    for q in out:
        gold[(q.speaker_id, labels[q.id])].add(q.id)
    precision, recall = pairwise_scores(grouping(out), list(gold.values()))
    assert precision >= 0.95 and recall >= 0.85


def test_four_translations_and_a_one_word_partial_are_one_statement() -> None:
    out, labels = _clustered()
    assert len({q.statement_id for q in out if labels[q.id] == "resign"}) == 1
    assert sum(labels[q.id] == "resign" for q in out) == 5


def test_two_wordings_of_one_remark_are_one_statement() -> None:
    out, labels = _clustered()
    assert len({q.statement_id for q in out if labels[q.id] == "will"}) == 1


def test_no_statement_spans_two_speakers() -> None:
    out, _ = _clustered()
    speakers: dict[str, set] = defaultdict(set)
    for q in out:
        speakers[q.statement_id].add(q.speaker_id)
    assert all(len(s) == 1 for s in speakers.values())
