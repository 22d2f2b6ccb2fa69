"""Which quotes become one statement: translations, truncations, ellipses, partials, and what stays apart."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from service.extract.statements import cluster_statements, speaker_statement_counts, statement_id_for
from tests.unit.statements.cases import BRIDGE, MAY2, MERCOSUR, PM, VETO, corpus
from tests.unit.statements.helpers import grouping, make_quote


def _labels_of_clusters() -> list[set[str]]:
    quotes, labels = corpus()
    out, _ = cluster_statements(quotes)
    by_statement = defaultdict(set)
    for q in out:
        if q.statement_id:
            by_statement[q.statement_id].add(labels[q.id])
    return list(by_statement.values())


def _statement_of(text: str, out: list) -> str | None:
    return next(q.statement_id for q in out if q.text == text)


def test_every_cluster_holds_one_gold_statement() -> None:
    assert all(len(labels) == 1 for labels in _labels_of_clusters())


def test_translations_of_one_sentence_form_one_statement() -> None:
    quotes, _ = corpus()
    out, _ = cluster_statements(quotes)
    assert len({_statement_of(text, out) for text in VETO}) == 1


def test_truncated_and_elided_versions_join_the_full_quote() -> None:
    quotes, labels = corpus()
    out, _ = cluster_statements(quotes)
    bridge = {q.statement_id for q in out if labels[q.id] == "bridge"}
    assert len(bridge) == 1 and None not in bridge


def test_partial_quote_joins_the_statement_that_contains_it() -> None:
    quotes, _ = corpus()
    out, _ = cluster_statements(quotes)
    assert _statement_of("without hesitation", out) == _statement_of(VETO[0], out)
    assert _statement_of("a bad deal for our farmers", out) == _statement_of(MERCOSUR, out)


def test_two_statements_of_one_speaker_on_one_day_stay_apart() -> None:
    quotes, _ = corpus()
    out, _ = cluster_statements(quotes)
    assert _statement_of(MERCOSUR, out) != _statement_of(VETO[0], out)
    assert _statement_of("The toll will stay as it is until the bridge is paid for", out) != _statement_of(
        BRIDGE, out
    )


def test_same_words_by_two_speakers_stay_apart() -> None:
    quotes, _ = corpus()
    out, _ = cluster_statements(quotes)
    ids = {q.speaker_id: q.statement_id for q in out if q.text == "We will never accept this"}
    assert ids["tomas-varga"] != ids["maria-ionescu"]
    assert ids[None] is None


def test_same_words_outside_the_date_window_are_two_statements() -> None:
    day = date(2024, 1, 1)
    text = "Our doors remain open to anyone who wants to talk"
    near = [make_quote(text, PM, f"n{i}", day + timedelta(days=3 * i)) for i in range(3)]
    far = make_quote(text, PM, "far", day + timedelta(days=40))
    out, _ = cluster_statements([*near, far])
    assert len({q.statement_id for q in out[:2]}) == 1
    assert out[3].statement_id not in {q.statement_id for q in out[:3]}


def test_window_bounds_the_span_of_a_statement_not_each_step() -> None:
    day = date(2024, 1, 1)
    text = "Our doors remain open to anyone who wants to talk"
    chain = [make_quote(text, PM, f"c{i}", day + timedelta(days=5 * i)) for i in range(3)]
    out, statements = cluster_statements(chain, window_days=7)
    spans = [max(v.published for v in s.variants) - min(v.published for v in s.variants) for s in statements]
    assert max(spans) <= timedelta(days=7) and len(statements) == 2


def test_split_quote_segments_are_one_statement() -> None:
    first = make_quote("The reform is ready", PM, "art-9", MAY2, start=0)
    second = make_quote("Parliament will vote on it in June", PM, "art-9", MAY2, start=100)
    out, _ = cluster_statements([first, second], split_groups=[(first.id, second.id)])
    assert out[0].statement_id == out[1].statement_id is not None


def test_partial_found_in_two_statements_without_context_stays_alone() -> None:
    one = make_quote("We will defend every farmer in this country", PM, "a", MAY2)
    two = make_quote("Every farmer deserves a fair price for the harvest", PM, "b", MAY2)
    partial = make_quote("every farmer", PM, "c", MAY2, kind="partial")
    out, _ = cluster_statements([one, two, partial])
    assert out[2].statement_id not in {out[0].statement_id, out[1].statement_id}


def test_partial_joins_by_the_words_around_it_when_they_point_to_one_statement() -> None:
    article = "The minister said she would resign “immediately” if the pension reform failed in parliament."
    start = article.index("immediately")
    partial = make_quote("immediately", PM, "ctx", None, kind="partial", start=start)
    full = make_quote(
        "If parliament rejects the pension reform, I will hand in my resignation", PM, "d", MAY2
    )
    other = make_quote("The harvest this year was the best in a decade", PM, "e", MAY2)
    out, _ = cluster_statements([partial, full, other], article_texts={"ctx": article})
    assert out[0].statement_id == out[1].statement_id != out[2].statement_id
    alone, _ = cluster_statements([partial, full, other])
    assert alone[0].statement_id != alone[1].statement_id


def test_statement_record_describes_its_variants() -> None:
    quotes, labels = corpus()
    out, statements = cluster_statements(quotes)
    veto = next(s for s in statements if s.id == _statement_of(VETO[0], out))
    assert veto.text == max(VETO, key=len)
    assert veto.speaker == PM and veto.speaker_id == "maria-ionescu"
    assert {v.quote_id for v in veto.variants} == {q.id for q in quotes if labels[q.id] == "veto"}
    assert veto.first_reported == MAY2 and veto.source_count == 4
    assert veto.id == statement_id_for(
        "maria-ionescu", quotes[0].id if quotes[0].id < quotes[1].id else quotes[1].id
    )


def test_statement_counts_per_speaker() -> None:
    quotes, labels = corpus()
    _, statements = cluster_statements(quotes)
    want = defaultdict(set)
    for q in quotes:
        if q.speaker_id:
            want[q.speaker_id].add(labels[q.id])
    assert speaker_statement_counts(statements) == {k: len(v) for k, v in want.items()}


def test_full_quotes_of_one_article_never_merge_on_similarity() -> None:
    one = make_quote("The new tax on fuel will hurt every family and every farmer", PM, "same", MAY2, start=0)
    two = make_quote("A fuel tax hurts every family and every farmer", PM, "same", MAY2, start=200)
    out, _ = cluster_statements([one, two])
    assert len(grouping(out)) == 2
