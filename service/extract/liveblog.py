"""Live blogs in reverse time order: a quote's speaker is often named in the update below it.

A live blog's updates open with a time line (`5.48pm`, `10:42 GMT`). When the times run
backwards down the page, the update written just before a quote sits under it: "The director
has just finished a briefing." then, above it, a bare quote or "…,” he said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from service.extract.people import Person

_TIME = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?\s*$", re.IGNORECASE)


def _minutes(line: str) -> int | None:
    m = _TIME.match(line)
    if m is None:
        return None
    hour, minute, half = int(m.group(1)) % 12 if m.group(3) else int(m.group(1)), int(m.group(2)), m.group(3)
    return (hour + (12 if half and half.lower().startswith("p") else 0)) * 60 + minute


def reverse_updates(text: str, blocks: Sequence[Any]) -> list[tuple[int, int]]:
    """Return the block ranges [first, last) of each update when the blog runs newest first."""
    stamps = [
        (b, t) for b, block in enumerate(blocks) if (t := _minutes(text[block.start : block.end])) is not None
    ]
    if len(stamps) < 3:
        return []
    falling = sum(a[1] > b[1] for a, b in zip(stamps, stamps[1:], strict=False))
    if falling < 0.8 * (len(stamps) - 1):
        return []
    ends = [b for b, _ in stamps[1:]] + [len(blocks)]
    return [(b, end) for (b, _), end in zip(stamps, ends, strict=False)]


def speaker_below(
    updates: list[tuple[int, int]],
    block: int,
    named_in: Any,
    quoted: Any,
    person: Person | None,
    gender: str | None,
) -> Person | None:
    """Return who the update below `block`'s names, unless `person` is named in `block`'s own update."""
    for k, (first, end) in enumerate(updates):
        if first <= block < end:
            if person is not None and person in named_in(first, end):
                return None
            if k + 1 >= len(updates):
                return None
            if quoted(*updates[k + 1]):
                return None  # the update below speaks for itself: it introduces no one to this quote
            below = [p for p in named_in(*updates[k + 1]) if p.kind == "person"]
            below = [p for p in below if gender is None or p.gender in (None, gender)]
            return below[-1] if below else None
    return None
