"""User search text: parsing into words and phrases, typo distance, and highlighting.

Shared by every store so that matching rules and highlights read the same on each. Text is
folded with `names.fold` before it is indexed or matched, because the minimal Elasticsearch
node has no ASCII-folding filter; highlights are computed here on the original quote text for
the same reason (a highlight of the folded copy would show lower-cased, accent-less text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from service.names import fold

# A word: letters/digits (with combining marks), apostrophes inside it joined (don't, O’Brien).
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+(?:['’](?:[^\W_]|[\u0300-\u036f])+)*")
# The same tokens for text without "_" (where [^\W_] is \w): one character class instead of
# an alternation per character, about 6x faster; highlighting tokenises every hit's text.
_TOKEN_NO_UNDERSCORE = re.compile(r"[\w\u0300-\u036f]+(?:['’][\w\u0300-\u036f]+)*")
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
    return [fold(m.group()) for m in _words(text)]


def _words(text: str) -> Iterator[re.Match[str]]:
    return (_TOKEN if "_" in text else _TOKEN_NO_UNDERSCORE).finditer(text)


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


@lru_cache(maxsize=256)
def _wanted(query: TextQuery) -> tuple[frozenset[str], tuple[list[str], ...]]:
    """Return the folded terms and phrase tokens of `query`, once per query rather than per hit."""
    return frozenset(query.terms()), tuple(tokens(p) for p in query.phrases)


def highlight(text: str, query: TextQuery, fuzzy: bool = False) -> str:
    """Return `text` HTML-escaped with the words and phrases of `query` wrapped in <mark>."""
    spans = [(m.start(), m.end(), fold(m.group())) for m in _words(text)]
    marked: list[tuple[int, int]] = []
    terms, phrases = _wanted(query)
    for start, end, token in spans:
        if token in terms or (fuzzy and any(within_edits(token, t, allowed_edits(t)) for t in terms)):
            marked.append((start, end))
    folded = [s[2] for s in spans] if phrases else []
    for wanted in phrases:
        n = len(wanted)
        for i in range(len(spans) - n + 1):
            # The first token decides most positions without building a slice.
            if n and folded[i] == wanted[0] and folded[i : i + n] == wanted:
                marked.append((spans[i][0], spans[i + n - 1][1]))
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
