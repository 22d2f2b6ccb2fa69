"""The stages that join one speaker's quotes, strongest evidence first.

Every stage visits nodes and edges in an order fixed by quote ids and dates, never by input
order, so the same set of quotes always yields the same clusters.
"""

from __future__ import annotations

from collections import defaultdict

from service.extract.statements_groups import Groups
from service.extract.statements_match import Block

# Similarity thresholds: weighted Dice for translations of similar length; the overlap
# coefficient, with more shared stems, for a shorter rendering inside a longer one. On
# hand-annotated news, translations of one sentence scored 0.46-0.85 and different statements of
# one speaker on one day at most 0.26; the cut sits nearer the negatives because the guards
# below (window, one article, linkage) catch much of what a low cut lets through.
DICE_MIN = 0.36
OVERLAP_MIN = 0.62
OVERLAP_SHARED = 3
# Cross-pair similarity two clusters must show on average before a single strong pair joins them.
LINKAGE_MIN = 0.2
LINKAGE_SAMPLE = 8
# A partial quote joins a statement on its sentence's words only with this many shared stems,
# and only when no other statement comes within one shared stem of it.
CONTEXT_SHARED = 3
CONTEXT_MARGIN = 1


def join_exact(block: Block, groups: Groups) -> None:
    """Join quotes whose normalised text is identical."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(block.nodes):
        if node.key:
            by_key[node.key].append(i)
    for members in by_key.values():
        members.sort(key=lambda i: (block.nodes[i].day, block.nodes[i].qid))
        for i, j in zip(members, members[1:], strict=False):
            if groups.may_merge(i, j, distinct_articles=False):
                groups.merge(i, j)


def join_contained(block: Block, groups: Groups) -> None:
    """Join a full quote to the longer full quote that holds its words (truncation, ellipsis)."""
    directs = {i for i, node in enumerate(block.nodes) if node.direct}
    for i in sorted(directs, key=lambda i: block.nodes[i].qid):
        if len(block.nodes[i].stems) < 2:
            continue
        holders = block.containers(i, directs)
        # A fragment found in two different statements says nothing about which one it is from.
        if holders and len({groups.find(j) for j in holders}) == 1 and groups.may_merge(i, holders[0], False):
            groups.merge(i, holders[0])


def is_similar(dice: float, overlap: float, shared: int) -> bool:
    """Tell whether a pair's scores show the same statement in other words."""
    return shared >= 2 and (dice >= DICE_MIN or (shared >= OVERLAP_SHARED and overlap >= OVERLAP_MIN))


def _evidence(block: Block, groups: Groups, root: int) -> list[frozenset[str]]:
    """Return the stems a cluster offers as evidence: one set per utterance, fragments left out.

    The segments of a split quote are one utterance, so they are weighed together; a member whose
    stems all lie in a longer member repeats evidence and would only dilute the average.
    """
    by_unit: dict[int, frozenset[str]] = defaultdict(frozenset)
    for k in groups.members[root]:
        u = block.unit.get(k, k)
        by_unit[u] = by_unit[u] | block.nodes[k].stems
    ranked = sorted(by_unit.items(), key=lambda kv: (-len(kv[1]), block.nodes[kv[0]].qid))
    kept: list[frozenset[str]] = []
    for _, stems in ranked:
        if stems and not any(stems <= other for other in kept):
            kept.append(stems)
            if len(kept) == LINKAGE_SAMPLE:
                break
    return kept


def _linkage(block: Block, groups: Groups, i: int, j: int) -> float:
    left, right = _evidence(block, groups, groups.find(i)), _evidence(block, groups, groups.find(j))
    scores = [block.similarity(a, b)[0] for a in left for b in right]
    return sum(scores) / len(scores) if scores else 0.0


def join_similar(block: Block, groups: Groups) -> None:
    """Join full quotes whose content words match, best pairs first, refusing chained drift."""
    directs = sorted((i for i, n in enumerate(block.nodes) if n.direct), key=lambda i: block.nodes[i].qid)
    edges = []
    for i, j in block.similar_pairs(directs):
        a, b = block.nodes[i], block.nodes[j]
        if a.article_id == b.article_id:
            continue
        dice, overlap, shared = block.pair_similarity(i, j)
        if is_similar(dice, overlap, shared):
            edges.append((-max(dice, overlap), min(a.qid, b.qid), max(a.qid, b.qid), i, j))
    for *_, i, j in sorted(edges):
        if groups.may_merge(i, j, distinct_articles=True) and _linkage(block, groups, i, j) >= LINKAGE_MIN:
            groups.merge(i, j)


def _stems_of(block: Block, groups: Groups, root: int, *, context: bool) -> frozenset[str]:
    nodes = (block.nodes[k] for k in groups.members[root])
    return frozenset().union(*((n.context if context else n.stems) for n in nodes))


def _choose(scored: dict[int, float], margin: float) -> int | None:
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < margin):
        return None
    return ranked[0][0]


def _target_for(block: Block, groups: Groups, root: int, directs: set[int]) -> int | None:
    """Return the root of the statement a cluster of partial quotes comes from, if evidence is clear."""
    members = sorted(groups.members[root], key=lambda k: block.nodes[k].qid)
    # Only full quotes sharing a word with a partial's sentence can be where it comes from.
    near_by = {j for k in members for s in block.nodes[k].context for j in block.near(s, block.nodes[k].day)}
    allowed = sorted(j for j in near_by & directs if groups.may_merge(root, j, distinct_articles=False))
    allowed_set = set(allowed)
    context = _stems_of(block, groups, root, context=True)
    holders = {
        groups.find(j) for k in members if block.nodes[k].stems for j in block.containers(k, allowed_set)
    }
    if holders:
        scored = {h: float(len(context & _stems_of(block, groups, h, context=False))) for h in holders}
        return _choose(scored, margin=1.0) if len(holders) > 1 else holders.pop()
    own = _stems_of(block, groups, root, context=False)
    near: dict[int, float] = {}
    for k in allowed:
        dice, overlap, shared = block.similarity(own, block.nodes[k].stems)
        if is_similar(dice, overlap, shared):
            h = groups.find(k)
            near[h] = max(near.get(h, 0.0), dice)
    if near:
        return _choose(near, margin=0.0)
    # Each partial's own clause is weighed apart, so a partial repeated by many articles does not
    # pile up unrelated words.
    contexts = [block.nodes[k].context for k in members]
    counts = {}
    for h in {groups.find(k) for k in allowed}:
        target = _stems_of(block, groups, h, context=False)
        counts[h] = float(max(len(c & target) for c in contexts))
    best = _choose(counts, margin=CONTEXT_MARGIN)
    return best if best is not None and counts[best] >= CONTEXT_SHARED else None


def attach_partials(block: Block, groups: Groups) -> None:
    """Join each cluster of partial quotes to the statement it was taken from, when clear."""
    directs = {i for i, n in enumerate(block.nodes) if n.direct}
    lonely = [r for r in groups.roots() if not groups.has_direct(r)]
    lonely.sort(key=lambda r: min(block.nodes[k].qid for k in groups.members[r]))
    # Decide every target against the full quotes alone, so partials never bridge statements.
    targets = {r: _target_for(block, groups, r, directs) for r in lonely}
    for root, target in targets.items():
        if target is not None:
            groups.merge(root, target)
