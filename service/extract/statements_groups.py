"""Clusters of one speaker's quotes under construction: a union-find that refuses bad merges.

A merge is refused when the cluster's dated members would span more than the date window, and,
for merges on similarity alone, when both sides hold a full quote from the same article: an
article does not report one statement twice in full, so two different full quotes of one
article are two statements (split-quote segments are joined before, as one group).
"""

from __future__ import annotations

from service.extract.statements_match import UNDATED, Node


class Groups:
    """Disjoint sets over a block's nodes with the facts that decide whether two may merge."""

    def __init__(self, nodes: list[Node], window_days: int) -> None:
        self.nodes = nodes
        self.window = window_days
        self.parent = list(range(len(nodes)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
        self.span: dict[int, tuple[int, int] | None] = {
            i: (n.day, n.day) if n.day != UNDATED else None for i, n in enumerate(nodes)
        }
        self.articles: dict[int, set[str]] = {
            i: {n.article_id} if n.direct else set() for i, n in enumerate(nodes)
        }

    def find(self, i: int) -> int:
        """Return the root of the set holding `i`."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def has_direct(self, root: int) -> bool:
        """Tell whether the set rooted at `root` holds a full quote."""
        return bool(self.articles[root])

    def _joined_span(self, a: int, b: int) -> tuple[int, int] | None:
        sa, sb = self.span[a], self.span[b]
        if sa is None or sb is None:
            return sa or sb
        return min(sa[0], sb[0]), max(sa[1], sb[1])

    def may_merge(self, i: int, j: int, distinct_articles: bool) -> bool:
        """Tell whether the sets of `i` and `j` may merge under the window and article rules."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        span = self._joined_span(a, b)
        if span is not None and span[1] - span[0] > self.window:
            return False
        return not (distinct_articles and self.articles[a] & self.articles[b])

    def merge(self, i: int, j: int) -> int:
        """Join the sets of `i` and `j` unconditionally and return the new root."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return a
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.span[a] = self._joined_span(a, b)
        self.members[a].extend(self.members.pop(b))
        self.articles[a] |= self.articles.pop(b)
        del self.span[b]
        return a

    def roots(self) -> list[int]:
        """Return the root of every set."""
        return list(self.members)
