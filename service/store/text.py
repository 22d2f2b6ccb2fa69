"""User search text: parsing into words and phrases, typo distance, and highlighting.

Shared by every store so that matching rules and highlights read the same on each. Text is
folded with `names.fold` before it is indexed or matched, because the minimal Elasticsearch
node has no ASCII-folding filter; highlights are computed here on the original quote text for
the same reason (a highlight of the folded copy would show lower-cased, accent-less text).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from service.names import fold

# A word: letters/digits (with combining marks), apostrophes inside it joined (don't, O’Brien).
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+(?:['’](?:[^\W_]|[\u0300-\u036f])+)*")
_HAS_WORD = re.compile(r"[^\W_]")
_PHRASE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class TextQuery:
    """Folded user text split into plain words (ANDed) and "quoted" phrases."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """Return True when no word or phrase can match anything."""
        return not self.words and not self.phrases

    def terms(self) -> tuple[str, ...]:
        """Return every folded token of the words (not of the phrases)."""
        return tuple(t for w in self.words for t in tokens(w))


def parse_text(text: str) -> TextQuery:
    """Split user text into folded words and phrases; syntax characters stay plain text."""
    folded = fold(text)
    phrases = tuple(p.strip() for p in _PHRASE.findall(folded) if _HAS_WORD.search(p))
    rest = _PHRASE.sub(" ", folded).replace('"', " ")
    words = tuple(w for w in rest.split() if _HAS_WORD.search(w))
    return TextQuery(words, phrases)


def tokens(text: str) -> list[str]:
    """Return the folded word tokens of `text`."""
    return [fold(m.group()) for m in _TOKEN.finditer(text)]


def outlet_key(outlet: str | None) -> str | None:
    """Return the case- and accent-folded form an outlet is matched by."""
    return " ".join(fold(outlet).split()) if outlet else None


def allowed_edits(term: str) -> int:
    """Return how many typos a term tolerates (Elasticsearch's AUTO: 0, 1 or 2 by length)."""
    return 0 if len(term) < 3 else 1 if len(term) < 6 else 2


def within_edits(a: str, b: str, limit: int) -> bool:
    """Return True when the Levenshtein distance of `a` and `b` is at most `limit`."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def highlight(text: str, query: TextQuery, fuzzy: bool = False) -> str:
    """Return `text` HTML-escaped with the words and phrases of `query` wrapped in <mark>."""
    spans = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]
    marked: list[tuple[int, int]] = []
    terms = set(query.terms())
    for start, end, token in spans:
        if token in terms or (fuzzy and any(within_edits(token, t, allowed_edits(t)) for t in terms)):
            marked.append((start, end))
    for phrase in query.phrases:
        wanted = tokens(phrase)
        for i in range(len(spans) - len(wanted) + 1):
            if wanted and [s[2] for s in spans[i : i + len(wanted)]] == wanted:
                marked.append((spans[i][0], spans[i + len(wanted) - 1][1]))
    out: list[str] = []
    position = 0
    for start, end in _merge(marked):
        out.append(html.escape(text[position:start]))
        out.append("<mark>" + html.escape(text[start:end]) + "</mark>")
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
