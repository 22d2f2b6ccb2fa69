"""Matching keys for statement clustering: normalised tokens, stems, segments and contexts.

Pure and dependency-free so that clustering 100k quotes stays cheap: a light suffix-stripping
stemmer (no model, nothing downloaded) and a fixed English stop-word list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.names import fold

_WORD = re.compile(r"[a-z0-9]+")
_CUE = re.compile(
    r"\b(?:sa(?:id|ys?)|told|tells?|add(?:ed|s)|stat(?:ed|es|ing)|declar\w*|announc\w*|insist\w*|"
    r"warn\w*|argu\w*|not(?:ed|es|ing)|claim\w*|wr(?:ote|ites?|iting)|call(?:ed|s|ing)|urg\w*|vow\w*|"
    r"pledg\w*|stress\w*|explain\w*|remark\w*|repl\w*|respond\w*|describ\w*|brand\w*|label\w*|"
    r"accus\w*|according to)\b",
    re.IGNORECASE,
)
_WORD_SPAN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Editorial insertions inside a quote, such as "(Joe)" or "[Trump's]", are not the speaker's words.
_INSERTION = re.compile(r"[(\[][^)\]]{0,40}[)\]]")
# Ellipses in every spelling news uses: "…", ". …", "...", ". . .".
_ELLIPSIS = re.compile(r"…|\.\s*\.\s*\.")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'A-Z0-9])|\n+")

_STOP_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can cannot could did do does doing done down during each
    either else even ever every few for from further get gets got had has have having he her
    here hers herself him himself his how i if in into is it its itself just let lets like may
    me might more most much must my myself no nor not now of off on once one only or other
    others our ours ourselves out over own same shall she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up
    upon us very was we were what when where which while who whom whose why will with within
    without would yes yet you your yours yourself yourselves im ive id ill youre youve weve were
    well theyre thats theres its dont doesnt didnt cant wont isnt arent wasnt werent hasnt
    havent hadnt wouldnt shouldnt couldnt s t d ll m re ve said says say tell told going gonna
    want wants really truly quite rather already still really thing things way ways make makes
    made lot lots many anything everything something nothing whats hes shes its theyd wed youd
    able
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Longest first; each rewrites a suffix so that inflections meet ("prepared" / "prepare").
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ational", "ate"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ements", ""),
    ("ement", ""),
    ("ments", ""),
    ("ment", ""),
    ("ingly", ""),
    ("fully", "ful"),
    ("iness", "y"),
    ("ness", ""),
    ("ities", ""),
    ("ity", ""),
    ("ously", "ous"),
    ("ively", "ive"),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ers", ""),
    ("er", ""),
    ("est", ""),
    ("ed", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Return a light stem of a folded word: one suffix rewritten, then a trailing `e` dropped."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            word = word[: len(word) - len(suffix)] + replacement
            break
    # Undo the doubled consonant of "stopped" -> "stopp" -> "stop".
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _fold(text: str) -> str:
    # Most quotes are plain ASCII; skipping Unicode decomposition for them halves clustering time.
    return text.lower().replace("'", "") if text.isascii() else fold(text)


def words(text: str) -> list[str]:
    """Return the folded words of `text`, without editorial insertions."""
    return _WORD.findall(_fold(_INSERTION.sub(" ", text)))


def text_key(text: str) -> str:
    """Return the exact-match key of a quote: its folded words joined by spaces."""
    return " ".join(words(text))


def segments(text: str) -> list[tuple[str, ...]]:
    """Return the word runs of a quote between ellipses (one run when nothing is elided)."""
    runs = [tuple(words(part)) for part in _ELLIPSIS.split(text)]
    return [run for run in runs if run]


def content_stems(tokens: list[str] | tuple[str, ...]) -> list[str]:
    """Return the stems of the content words among `tokens`, in order, repeats kept."""
    return [stem(t) for t in tokens if t not in STOP_WORDS and not t.isdigit()]


def contains_run(haystack: tuple[str, ...], needle: tuple[str, ...], start: int = 0) -> int:
    """Return the index just past the first `needle` run in `haystack` at or after `start`, or -1."""
    if not needle:
        return start
    first, size = needle[0], len(needle)
    for i in range(start, len(haystack) - size + 1):
        if haystack[i] == first and haystack[i : i + size] == needle:
            return i + size
    return -1


def contains_segments(haystack: tuple[str, ...], runs: list[tuple[str, ...]]) -> bool:
    """Tell whether every run appears in `haystack`, in order and without overlap."""
    position = 0
    for run in runs:
        position = contains_run(haystack, run, position)
        if position < 0:
            return False
    return True


def clause_around(text: str, start: int, end: int, reach: int = 12) -> str:
    """Return the words that frame the span [start, end) in its sentence: from the speech cue on.

    A partial quote's own clause says what it was about ("said he was prepared to resign
    'immediately' if it would bring peace"); the words before the cue are the reporter's frame
    ("In a post marking the anniversary, he called ...") and would match unrelated statements.
    Without a cue only a few words on the left are kept. At most `reach` words each side.
    """
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    following = _SENTENCE_END.search(text, end)
    right = following.start() if following else len(text)
    lead = text[left:start]
    cues = list(_CUE.finditer(lead))
    before = _WORD_SPAN.findall(lead[cues[-1].end() :])[-reach:] if cues else _WORD_SPAN.findall(lead)[-4:]
    after = _WORD_SPAN.findall(text[end:right])[:reach]
    return " ".join(before + [text[start:end]] + after)
