"""Two single marks typed for one double mark, rewritten as one before quotes are paired.

Some sites write a double quote as two single marks (''…'', ‘‘…’’, ``…''); `doubled_as_double`
turns each pair into a space and a double mark, keeping every offset, so that `marks` pairs them.
"""

from __future__ import annotations

import re

# Two single marks standing for one double mark (''…'', ‘‘…’’, ``…''), as some sites write quotes.
_DOUBLED = re.compile(r"''|‘‘|’’|‘’|``")


def doubled_as_double(text: str) -> str:
    """Return `text` with each doubled single mark written as one double mark, same length.

    An opening pair (after a space or a line start, before a word) becomes a space and `"`, a
    closing pair `"` and a space, so every offset stays the raw text's. Two straight apostrophes
    always stand for a double mark (`“…,'' Foster said`); curly pairs only in a text that opens
    a quote with one, since British nesting closes two quotes at once with `’’`.
    """
    pairs = list(_DOUBLED.finditer(text))
    curly = any(_opens(text, m.start()) for m in pairs)
    out = list(text)
    for n, m in enumerate(pairs):
        i = m.start()
        if m.group() != "''" and not curly and not _closes_double(text, i, m.group()):
            continue
        # "… in September 2021.''Going forward, …'' said Das.''The trajectory …": a pair glued
        # after a full stop opens a quote when the pairs before it on the line are even
        line = text.rfind("\n", 0, i)
        even = sum(1 for p in pairs[:n] if p.group() == "''" and p.start() > line) % 2 == 0
        glued = m.group() == "''" and text[i - 1 : i] in (".", "!", "?") and text[i + 2 : i + 3].isupper()
        if _opens(text, i) or (glued and even):
            out[i], out[i + 1] = " ", '"'
        elif i and not text[i - 1].isspace():
            out[i], out[i + 1] = '"', " "
    return "".join(out) if out != list(text) else text


def _closes_double(text: str, i: int, pair: str) -> bool:
    """Return True for `’’` closing a quote its paragraph opened with `“` and no single mark."""
    line = text[text.rfind("\n", 0, i) + 1 : i]
    return pair == "’’" and line.count("“") > line.count("”") and "‘" not in line


def _opens(text: str, i: int) -> bool:
    prev = text[i - 1] if i else "\n"
    nxt = text[i + 2] if i + 2 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-:") and (nxt.isalnum() or nxt in "…(")
