"""Quote marks: pair opening and closing marks into spans, telling apostrophes from quotes.

Marks pair by type (double with double, single with single), except that a single mark opening
a sentence may be closed by a double one, as careless copy has it; an unmatched mark is ignored.
The outermost span is the quote; spans inside it are recorded as nested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹"
_CLOSE_SINGLE = "’›"
# A reporting tag closing an open quote's sentence, before the next quote opens: ", Mace said. "
_TAG_LEFT_IN = re.compile(
    r",[ \t]+(?:he|she|(?:[A-Z][\w’'-]+[ \t]+){0,2}[A-Z][\w’'-]+)[ \t]+"
    r"(?:said|says|added|explained)\.[ \t]*\Z"
)


@dataclass
class Span:
    """A quoted span: marks at `open_at` and `close_at`, quoted text at [start, end)."""

    open_at: int
    close_at: int
    start: int
    end: int
    double: bool
    runs_on: bool = False  # the quote continues into the next paragraph
    nested: list[Span] = field(default_factory=list)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


# A speaker's name and a cue right after a closing mark: "’ Blanchett said".
_NAME_TAG = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|told|added|asked|wrote)\b")


def _classify(text: str, i: int, ch: str, open_kinds: list[str]) -> str | None:
    """Return 'open-d', 'close-d', 'open-s', 'close-s' or None (an apostrophe or stray mark)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in _OPEN_DOUBLE:
        return "open-d"
    if ch in _CLOSE_DOUBLE:
        # "Otec FM’s ”Nyansapo” claimed", a paragraph opening "” The Governors must …": a closing
        # mark typed where an opening one belongs, after a space and with no quote open.
        if (
            ch == "”"
            and "d" not in open_kinds
            and (prev.isspace() or i == 0 or prev in "—–" and nxt.isupper())  # "each other—”And each …"
            and (nxt.isalnum() or nxt == " ")
        ):
            return "open-d"
        return "close-d"
    if ch == '"':
        if (prev.isspace() or prev in "([{—–-/") and not nxt.isspace():
            return "open-d"
        if not prev.isspace() and (nxt.isspace() or not _is_word(nxt)):
            return "close-d" if "d" in open_kinds or "s" in open_kinds else None
        return "close-d" if "d" in open_kinds else "open-d"
    if _is_word(prev) and _is_word(nxt):
        return None  # an apostrophe: can't, Trump's
    if ch == "’" and open_kinds[-1:] == ["d"] and prev in ",!?" and _NAME_TAG.match(text, i + 1):
        return "close-d"  # "“Thank you so much, it’s such an honor,’ Blanchett said": the wrong mark
    closable = "s" in open_kinds and not prev.isspace() and not _is_word(nxt)
    if ch == "’" and not closable and (prev.isspace() or prev in "(") and nxt.isupper():
        return "open-s"  # "said: ’We have not only …": a closing mark typed where one opens
    if ch in _CLOSE_SINGLE:
        return "close-s" if closable else None
    if ch == "'" and closable:
        return "close-s"
    if not _is_word(prev) and (_is_word(nxt) or nxt in "…."):
        return "open-s"
    return None


def _trimmed(text: str, open_at: int, close_at: int, double: bool) -> Span:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(open_at, close_at, start, end, double)


def find_spans(
    text: str, start: int, end: int, runs_on_next: bool = False, single_runs_on: bool = False
) -> list[Span]:
    """Return the outermost quoted spans in text[start:end], each with its nested spans.

    `runs_on_next`: the next paragraph opens with a double mark, so an unclosed double quote
    runs to this paragraph's end; `single_runs_on` the same for single marks (British style),
    for an opener that starts the paragraph or follows a colon or comma.
    """
    stack: list[tuple[str, int, list[Span]]] = []
    top: list[Span] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in "“”«»„‘’‹›\"'`":
            continue
        kind = _classify(text, i, ch, [k for k, _, _ in stack])
        if kind is None:
            continue
        mark, _, typ = kind.partition("-")
        one_open = mark == "open" and typ == "d" and [k for k, _, _ in stack] == ["d"]
        tag = _TAG_LEFT_IN.search(text, stack[-1][1], i) if one_open else None
        if tag is not None:
            # "“It's going to do us well, Mace said. “To see how …”": the closing mark left out before
            # the tag; the quote ends at the comma
            _, opened, inner = stack.pop()
            span = _trimmed(text, opened, tag.start(), True)
            span.close_at, span.nested = tag.start(), inner
            top.append(span)
        if (
            mark == "open"
            and typ == "d"
            and [k for k, _, _ in stack] == ["d"]
            and _next_paragraph(text, start, i)
        ):
            # 'a trophy. "The names of …': a page that ran a long quote's paragraphs into one line,
            # each opening with a mark and none closed; the open quote ends where the next opens
            _, opened, inner = stack.pop()
            span = _trimmed(text, opened, i, True)
            span.close_at, span.runs_on, span.nested = i, True, inner
            top.append(span)
        if mark == "open":
            stack.append((typ, i, []))
            continue
        if typ == "d" and stack and stack[-1][0] == "s" and all(k == "s" for k, _, _ in stack):
            # "‘We have studied it line by line,” he said.": a single mark opening a sentence,
            # closed by a double one, as careless copy has it
            if not _sentence_opener(text, start, end, stack[-1][1]):
                continue
            typ = "s"
        while stack and stack[-1][0] != typ:
            stack.pop()  # an unmatched inner opener
        if not stack:
            continue
        _, opened, inner = stack.pop()
        span = _trimmed(text, opened, i, typ == "d")
        span.nested = inner
        if span.start >= span.end:
            continue
        (stack[-1][2] if stack else top).append(span)
    opener = next(((o, inner) for k, o, inner in stack if k == "d"), None) if runs_on_next else None
    if opener is None:
        # “We are very grateful … heal.⏎ with no closing mark: a quote that opens a sentence and
        # is left open runs to the end of its paragraph, as careless copy has it.
        opener = next(
            ((o, inner) for k, o, inner in stack if k == "d" and _sentence_opener(text, start, end, o)), None
        )
    if opener is None and single_runs_on:
        opener = next(
            ((o, inner) for k, o, inner in stack if k == "s" and _speech_opener(text, start, o)), None
        )
    if opener is None and text[end - 1 : end] in (".", "!", "?"):
        # "‘Obviously I am angry that …, I’m disappointed we couldn’t have prevented it.⏎": a single
        # mark opening the paragraph, left open to its end as careless copy has it
        opener = next(
            (
                (o, inner)
                for k, o, inner in stack
                if k == "s" and o == start and text[o + 1 : o + 2].isupper()
            ),
            None,
        )
    if opener is not None:
        # The outermost unmatched opener runs to the paragraph's end.
        span = _trimmed(text, opener[0], end, text[opener[0]] not in _OPEN_SINGLE + "'")
        span.close_at, span.runs_on, span.nested = end, True, opener[1]
        if span.start < span.end:
            top.append(span)
            top.sort(key=lambda s: s.open_at)
            top = [s for s in top if s is span or not span.open_at < s.open_at < span.end]
    return top


def _left_open(text: str, start: int, end: int) -> bool:
    """Return True when a paragraph opens a double quote it never closes."""
    # ('"My aunt … blankets.” Knowing …': straight and curly marks pair with each other.)
    return sum(text[start:end].count(mark) for mark in '“”"') % 2 == 1


def _first_closes(text: str, start: int, end: int) -> int | None:
    """Return where the paragraph's first double mark stands when it closes a quote.

    -1 when that mark opens a quote instead, None when the paragraph has no double mark at all.
    """
    at = next((k for k in range(start, end) if text[k] in '“”"'), None)
    if at is None:
        return None
    # ("”Even on the issue …" opens a paragraph with a closing mark typed as an opening one.)
    closes = text[at] in '”"' and at > start and not text[at - 1].isspace()
    return at if closes else -1


def bridged(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, int]:
    """Return the paragraphs a quote left open runs through, unmarked, to its closing mark.

    `He said, “We will try …⏎They are a younger team …⏎… a tough game”.`: some papers open no
    paragraph of a long quote. Each paragraph after the one that opened it is quoted whole (-1),
    until the first whose first mark closes it (its offset), within four paragraphs; the
    paragraphs between must hold no mark.
    """
    out: dict[int, int] = {}
    for i, (start, end) in enumerate(paragraphs):
        if i in out or not _left_open(text, start, end):
            continue
        for j in range(i + 1, min(i + 5, len(paragraphs))):
            close = _first_closes(text, *paragraphs[j])
            if close is None:
                continue
            if close >= 0:
                out |= dict.fromkeys(range(i + 1, j), -1) | {j: close}
            break
    return out


def _next_paragraph(text: str, start: int, at: int) -> bool:
    """Return True when the double mark at `at`, inside an open quote, opens a new paragraph of it.

    It follows a full stop (or ! or ?) and a space and opens a capitalised sentence.
    """
    before = text[start:at]
    return (
        before[-1:] == " "
        and before.rstrip()[-1:] in (".", "!", "?")
        and (text[at + 1 : at + 2].isupper() or text[at + 1 : at + 2] == "[")
    )


def _sentence_opener(text: str, start: int, end: int, at: int) -> bool:
    """Return True when the mark at `at` opens a sentence of four words or more (`. “We are …`,
    `He said, “We’ve looked …`)."""
    before = text[start:at].rstrip()
    opens = not before or before[-1] in ".!?:,"
    return opens and text[at + 1 : at + 2].isupper() and len(text[at:end].split()) >= 4


def _speech_opener(text: str, start: int, at: int) -> bool:
    """Return True when the single mark at `at` opens speech: first in its paragraph, after `:`/`,`,
    or opening a sentence with a capital."""
    before = text[start:at].rstrip()
    # "'…,' Coetzee said. 'This is the darkest …": a new sentence of the same speaker's
    return not before or before[-1] in ":," or (before[-1] in ".!?" and text[at + 1 : at + 2].isupper())


def opens_with_quote(text: str, start: int) -> bool:
    """Return True when the paragraph at `start` begins with an opening double mark."""
    return start < len(text) and (text[start] in _OPEN_DOUBLE or text[start] in '"”')


def opens_with_single(text: str, start: int) -> bool:
    """Return True when the paragraph at `start` begins with an opening single mark and a word."""
    return start + 1 < len(text) and text[start] in _OPEN_SINGLE + "'" and text[start + 1].isalpha()
