"""Statement clustering: the quotes that report one thing said, across outlets and translations.

Rules
-----
* Quotes are grouped only within one `speaker_id`; a quote without one gets no statement.
* Dated members of one statement span at most `window_days`. A quote without a date is treated
  as compatible with any date (many articles carry no date, and dropping them from clustering
  would lose most translations); every other rule applies to it unchanged.
* Stages, strongest evidence first (see `statements_stages`): (1) identical normalised text
  (folded case and accents, punctuation and editorial insertions such as "(Joe)" ignored);
  (2) containment: a full quote whose words, split at ellipses, appear in order inside a longer
  full quote (truncations and elided versions); (3) similarity of content: weighted Dice (or,
  with three or more shared stems, the overlap coefficient) over stemmed content words, each
  weighted by its rarity among the speaker's own quotes; (4) partial quotes join the statement
  of a full quote that contains them, else one whose words their own words or, given
  `article_texts`, the words of their sentence match clearly better than any other's.
* Why content words and not vectors: translations of one sentence keep its names and most of its
  nouns and verbs ("peace", "Ukraine", "leave", "need", "NATO") while they swap function words
  and near-synonyms; stems weighted by rarity within the speaker's own quotes capture that
  without any model at run time, cost microseconds per pair, and make a missed synonym cost
  recall rather than precision. The small spaCy pipeline the project ships has no static word
  vectors, so it would add latency without adding synonymy.
* Similarity never joins two full quotes of one article (an article does not report one
  statement twice in full), a merge needs the two clusters to agree on average, not through one
  pair (each split quote weighed as one utterance, members inside a longer one left out), and
  partial quotes only attach to a statement, never bridge two. Quote ids in one `split_groups`
  entry are one statement whatever their words.
* Ids: a new statement's id is `statement_id_for(speaker_id, quote_id)` of its founding member:
  the earliest-dated member (undated last), then the smallest quote id. Given `existing`
  statements, their variants are clustered again with the new quotes and keep their grouping;
  a cluster holding an existing statement keeps that id (the earliest-reported one, then the
  smallest id, when a new quote joins two). So an id never changes when later articles report
  the statement, and any input order yields the same grouping; ids equal those of one batch run
  whenever no later quote predates a statement's founding member (loading in date order).
* The result holds every statement: the touched speakers' statements rebuilt and the other
  `existing` ones unchanged. An existing id missing from it was merged into another statement;
  the statement's variants name the quotes that now point to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from hashlib import sha1

from service.domain import Quote, Statement, StatementVariant
from service.extract.statements_groups import Groups
from service.extract.statements_match import UNDATED, Block, Node
from service.extract.statements_stages import attach_partials, join_contained, join_exact, join_similar
from service.extract.statements_text import clause_around


def statement_id_for(speaker_id: str, quote_id: str) -> str:
    """Return the id of a statement founded by quote `quote_id` of speaker `speaker_id`."""
    return "s" + sha1(f"{speaker_id}\x1f{quote_id}".encode()).hexdigest()[:16]


def speaker_statement_counts(statements: Iterable[Statement]) -> dict[str, int]:
    """Return how many statements each speaker id has."""
    return dict(Counter(s.speaker_id for s in statements))


def cluster_statements(
    quotes: Sequence[Quote],
    existing: Sequence[Statement] = (),
    window_days: int = 7,
    split_groups: Iterable[tuple[str, ...]] = (),
    article_texts: Mapping[str, str] | None = None,
) -> tuple[list[Quote], list[Statement]]:
    """Group quotes into statements; return the quotes with `statement_id` set and every statement."""
    texts = article_texts or {}
    nodes: dict[str, dict[str, Node]] = defaultdict(dict)
    founded = {s.id: s for s in existing}
    touched = {q.speaker_id for q in quotes if q.speaker_id}
    for statement in existing:
        if statement.speaker_id in touched:
            for v in statement.variants:
                nodes[statement.speaker_id][v.quote_id] = Node(
                    v.quote_id,
                    v.article_id,
                    v.text,
                    v.kind,
                    v.outlet,
                    v.published,
                    statement.speaker,
                    existing=statement.id,
                )
    for q in quotes:
        if q.speaker_id:
            prior = nodes[q.speaker_id].get(q.id)
            context = clause_around(texts[q.article_id], q.start, q.end) if q.article_id in texts else ""
            nodes[q.speaker_id][q.id] = Node(
                q.id,
                q.article_id,
                q.text,
                q.kind,
                q.outlet,
                q.published,
                q.speaker or q.speaker_id,
                existing=prior.existing if prior else None,
                context_text=context if q.kind == "partial" else "",
            )
    splits = [tuple(group) for group in split_groups]
    statements = [s for s in existing if s.speaker_id not in touched]
    assigned: dict[str, str] = {}
    for speaker_id in sorted(nodes):
        for statement in _cluster_speaker(speaker_id, nodes[speaker_id], window_days, splits, founded):
            statements.append(statement)
            assigned.update((v.quote_id, statement.id) for v in statement.variants)
    out = [replace(q, statement_id=assigned.get(q.id) if q.speaker_id else None) for q in quotes]
    return out, statements


def _cluster_speaker(
    speaker_id: str,
    by_id: dict[str, Node],
    window_days: int,
    splits: list[tuple[str, ...]],
    founded: dict[str, Statement],
) -> list[Statement]:
    nodes = [by_id[qid] for qid in sorted(by_id)]
    index = {n.qid: i for i, n in enumerate(nodes)}
    block, groups = Block(nodes, window_days), Groups(nodes, window_days)
    by_existing: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if node.existing:
            by_existing[node.existing].append(i)
    forced = list(by_existing.values()) + [[index[q] for q in g if q in index] for g in splits]
    for members in forced:
        for i in members[1:]:
            groups.merge(members[0], i)
    for members in forced[len(by_existing) :]:
        block.unit.update((i, members[0]) for i in members)
    for stage in (join_exact, join_contained, join_similar, attach_partials):
        stage(block, groups)
    return sorted(
        (_record(speaker_id, [nodes[i] for i in groups.members[r]], founded) for r in groups.roots()),
        key=lambda s: s.id,
    )


def _record(speaker_id: str, members: list[Node], founded: dict[str, Statement]) -> Statement:
    prior = sorted(
        (founded[sid] for sid in {n.existing for n in members if n.existing in founded}),
        key=lambda s: (s.first_reported is None, s.first_reported, s.id),
    )
    directs = [n for n in members if n.direct] or members
    if prior:
        statement_id = prior[0].id
    else:
        first = min(members, key=lambda n: (n.day == UNDATED, n.day, n.qid))
        statement_id = statement_id_for(speaker_id, first.qid)
    display = min(directs, key=lambda n: (-len(n.text), n.qid))
    ordered = sorted(members, key=lambda n: (n.published is None, n.published, n.qid))
    names = Counter(n.speaker for n in members)
    speaker = min(names, key=lambda name: (-names[name], name))
    dates = [n.published for n in members if n.published]
    return Statement(
        id=statement_id,
        speaker_id=speaker_id,
        speaker=speaker,
        text=display.text,
        variants=tuple(
            StatementVariant(n.qid, n.article_id, n.text, n.kind, n.outlet, n.published) for n in ordered
        ),
        first_reported=min(dates) if dates else None,
        source_count=len({n.article_id for n in members}),
    )
