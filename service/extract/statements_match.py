"""Evidence that two quotes of one speaker report the same statement, found without all-pairs.

A `Block` holds one speaker's quotes with an inverted index from content stems to quotes, each
posting list sorted by date, so candidates are looked up only among quotes that share a stem and
fall inside the date window. Scores weigh stems by how rare they are in the speaker's own quotes:
words a speaker uses all the time ("Ukraine", "NATO" for a Ukrainian president) are weak
evidence, the rarer ones strong.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from service.domain import QuoteKind
from service.extract.statements_text import contains_segments, content_stems, segments, words

# Stems in more of a speaker's quotes than this are too common to find candidates with.
POSTING_CAP = 400
# Corpus size below which stem weights are taken as if from this many quotes, so that a handful of
# quotes (or two in a test) still gives shared words a positive weight.
MIN_CORPUS = 50
UNDATED = -1


@dataclass(eq=False)
class Node:
    """One quote (or stored variant) as seen by the clustering."""

    qid: str
    article_id: str
    text: str
    kind: QuoteKind
    outlet: str | None
    published: date | None
    speaker: str
    existing: str | None = None
    context_text: str = ""

    def __post_init__(self) -> None:
        self.runs = segments(self.text)
        self.tokens: tuple[str, ...] = tuple(t for run in self.runs for t in run)
        self.key = " ".join(self.tokens)
        self.stem_seq = tuple(content_stems(self.tokens))
        self.stems = frozenset(self.stem_seq)
        self.context = frozenset(content_stems(words(self.context_text))) | self.stems
        self.day = self.published.toordinal() if self.published else UNDATED

    @property
    def direct(self) -> bool:
        """Tell whether this is a full (direct) quote rather than a partial one."""
        return self.kind != "partial"


class Block:
    """One speaker's nodes with stem weights and date-sorted posting lists."""

    def __init__(self, nodes: list[Node], window_days: int) -> None:
        self.nodes = nodes
        self.window = window_days
        df: Counter[str] = Counter()
        for node in nodes:
            df.update(node.stems)
        size = max(len(nodes), MIN_CORPUS)
        self.weight = {s: math.log(1.0 + size / n) for s, n in df.items()}
        postings: dict[str, list[int]] = defaultdict(list)
        for i in sorted(range(len(nodes)), key=lambda i: (nodes[i].day, nodes[i].qid)):
            for s in nodes[i].stems:
                postings[s].append(i)
        self.postings = {s: p for s, p in postings.items() if len(p) <= POSTING_CAP}
        self.days = {s: [nodes[i].day for i in p] for s, p in self.postings.items()}
        self.masses = [self.mass(n.stems) for n in nodes]
        # Node index -> the first node of its split quote ("A," she said. "B."): one utterance.
        self.unit: dict[int, int] = {}

    def near(self, stem: str, day: int) -> list[int]:
        """Return the nodes holding `stem` that are undated or within the window of `day`."""
        posting = self.postings.get(stem)
        if posting is None:
            return []
        days = self.days[stem]
        undated = posting[: bisect_right(days, UNDATED)]
        if day == UNDATED:
            return posting
        lo, hi = bisect_left(days, day - self.window), bisect_right(days, day + self.window)
        return undated + posting[max(lo, len(undated)) : hi]

    def mass(self, stems: frozenset[str]) -> float:
        """Return the summed weight of `stems`."""
        return sum(self.weight.get(s, 0.0) for s in stems)

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> tuple[float, float, int]:
        """Return weighted Dice, weighted overlap coefficient and the count of shared stems."""
        shared = a & b
        if not shared:
            return 0.0, 0.0, 0
        common, wa, wb = self.mass(shared), self.mass(a), self.mass(b)
        return 2 * common / (wa + wb), common / min(wa, wb), len(shared)

    def pair_similarity(self, i: int, j: int) -> tuple[float, float, int]:
        """Return `similarity` of nodes `i` and `j`, with their stem masses computed once."""
        shared = self.nodes[i].stems & self.nodes[j].stems
        if not shared:
            return 0.0, 0.0, 0
        common, wa, wb = self.mass(shared), self.masses[i], self.masses[j]
        return 2 * common / (wa + wb), common / min(wa, wb), len(shared)

    def similar_pairs(self, members: list[int], min_shared: int = 2) -> Iterator[tuple[int, int]]:
        """Yield pairs (i < j) among `members` sharing at least `min_shared` indexed stems."""
        allowed = set(members)
        for i in members:
            node = self.nodes[i]
            counts: Counter[int] = Counter()
            for s in node.stems:
                counts.update(j for j in self.near(s, node.day) if j > i and j in allowed)
            yield from ((i, j) for j, n in counts.items() if n >= min_shared)

    def containers(self, i: int, candidates: set[int]) -> list[int]:
        """Return the nodes among `candidates` whose words hold every segment of node `i` in order."""
        node = self.nodes[i]
        indexed = [s for s in node.stems if s in self.postings]
        if not indexed:
            return []
        rarest = min(indexed, key=lambda s: (len(self.postings[s]), s))
        found = []
        for j in self.near(rarest, node.day):
            other = self.nodes[j]
            if j == i or j not in candidates or len(other.tokens) <= len(node.tokens):
                continue
            # A partial quote may be inflected to fit the reporter's sentence ("understand" for
            # "an understanding"), so its content stems are also looked for in order.
            if contains_segments(other.tokens, node.runs) or (
                not node.direct and contains_segments(other.stem_seq, [node.stem_seq])
            ):
                found.append(j)
        return found
