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


# Whole tokens of ASCII text: not inside a longer word, nor joined to one by an apostrophe.
_BEFORE = r"(?<![A-Za-z0-9])(?<![A-Za-z0-9]['’])"
_AFTER = r"(?![A-Za-z0-9])(?!['’][A-Za-z0-9])"
_PLAIN = re.compile(r"[a-z0-9]+")
# Text whose letters are all ASCII: only typographic punctuation beyond it, which no word holds.
_NOT_PLAIN_TEXT = re.compile(r"[^\x00-\x7f’‘“”—–…«»\u00a0]")


def _token_pattern(term: str) -> str:
    # A token folds to `term` when it is `term` in any case, apostrophes between its letters
    # dropped ("Don't" is the token "dont").
    return _BEFORE + "['’]?".join(re.escape(c) for c in term) + _AFTER


@lru_cache(maxsize=256)
def _ascii_patterns(query: TextQuery) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]] | None:
    """Return one regex for the query's terms and one per phrase, or None if a word is not plain ASCII."""
    terms, phrases = _wanted(query)
    if not all(_PLAIN.fullmatch(t) for t in (*terms, *(t for p in phrases for t in p))):
        return None
    flags = re.IGNORECASE | re.ASCII
    term_re = re.compile("|".join(_token_pattern(t) for t in sorted(terms)), flags) if terms else None
    # Phrases may overlap themselves ("a a" in "a a a"): a lookahead finds every start.
    phrase_res = tuple(
        re.compile("(?=(" + r"[^A-Za-z0-9]+".join(_token_pattern(t) for t in p) + "))", flags)
        for p in phrases
        if p
    )
    return term_re, phrase_res


def _ascii_marks(text: str, query: TextQuery) -> list[tuple[int, int]] | None:
    """Return the marked spans of text with ASCII letters by regular expression, or None to tokenise instead.

    The same spans as the token-by-token loop (a unit test holds them equal), several times
    faster: highlighting runs for every hit of every search.
    """
    if "_" in text or (not text.isascii() and _NOT_PLAIN_TEXT.search(text)):
        return None  # "_" splits tokens differently (the token regex's `[^\W_]`)
    patterns = _ascii_patterns(query)
    if patterns is None:
        return None
    term_re, phrase_res = patterns
    marked = [m.span() for m in term_re.finditer(text)] if term_re is not None else []
    for phrase_re in phrase_res:
        marked += [m.span(1) for m in phrase_re.finditer(text)]
    return marked


def highlight(text: str, query: TextQuery, fuzzy: bool = False) -> str:
    """Return `text` HTML-escaped with the words and phrases of `query` wrapped in <mark>."""
    marked = None if fuzzy else _ascii_marks(text, query)
    if marked is None:
        marked = _token_marks(text, query, fuzzy)
    out: list[str] = []
    position = 0
    for start, end in _merge(marked):
        out.append(html.escape(text[position:start]))
        out.append("<mark>" + html.escape(text[start:end]) + "</mark>")
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def _token_marks(text: str, query: TextQuery, fuzzy: bool) -> list[tuple[int, int]]:
    """Return the spans of `text` whose folded tokens are the query's words or phrases."""
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
    return marked


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
