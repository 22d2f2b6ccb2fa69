"""Capitalised runs that name nobody: a number spelled out, a work's title, a time zone, portfolios cut off.

"Forty-two", "North Carolina-based", "Housing and Local" (before "government Minister"), "Can't
Buy Me Love", "the song Happy Birthday", "6 p.m. ET" and the state of "Hollywood, Fla.,": `titles`
reads no mention from such a run.
"""

from __future__ import annotations

import re

from service.extract.lexicon import PORTFOLIOS, TIME_ZONES, state_short_form
from service.extract.words import Word, capital

# Pronouns a title in title case has and no name: "Buy Me Love", "All About My Mother".
_TITLE_PRONOUNS = frozenset(("Me", "My", "You", "Your", "We", "Us", "Our", "Him", "Her", "It"))
# "Forty-two", "Twenty": a number spelled out opening a sentence.
_NUMBER = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-\w+)?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands"
)
# Nouns for a work before its title: "the song Happy Birthday", "a rendition of Happy Birthday".
_WORKS = frozenset(("song", "songs", "track", "anthem", "album", "film", "movie", "book", "novel", "classic"))


def names_nobody(text: str, words: list[Word], first: int, run: list[Word]) -> bool:
    """Return True for a run starting at words[first] that names nobody."""
    return _no_name(run) or _work_title(text, words, first) or _time_zone(text, run) or _state(text, run)


def _no_name(run: list[Word]) -> bool:
    """Return True for a run that names nobody by its own words: "Forty-two", "North Carolina-based",
    "Buy Me Love", "Housing and Local" (portfolios cut off before "government Minister")."""
    if len(run) == 1 and _NUMBER.fullmatch(run[0].low):
        return True
    if run and run[-1].low.endswith("-based"):
        return True
    if any(w.text in _TITLE_PRONOUNS for w in run[1:]):
        return True  # "(Can't) Buy Me Love", "Got To Get You Into My Life": a song's or a film's title
    return len(run) > 1 and all(w.low in PORTFOLIOS or w.low == "and" for w in run) and run[-1].low != "and"


def _work_title(text: str, words: list[Word], first: int) -> bool:
    """Return True for a capitalised run right after a noun for a work: a title, nobody's name."""
    before = [w.low for w in words[max(0, first - 2) : first]]
    if not capital(words[first]) or not before or text[words[first - 1].end : words[first].start] != " ":
        return False  # ("film star Tom Cruise": a title before a name; "the song, Smith read")
    return before[-1] in _WORKS or before == ["rendition", "of"]


def _time_zone(text: str, run: list[Word]) -> bool:
    """Return True for a time zone's letters right after a clock time: "6 p.m. ET", "6pm GMT"."""
    if len(run) != 1 or run[0].text not in TIME_ZONES:
        return False
    return re.search(r"(?:\d|\b[ap]\.?m\.?)\s*$", text[max(0, run[0].start - 8) : run[0].start]) is not None


def _state(text: str, run: list[Word]) -> bool:
    """Return True for a US state's abbreviation after a place and a comma: "Hollywood, Fla.,"."""
    if len(run) != 1 or not state_short_form(text, run[0].text, run[0].end):
        return False
    return text[max(0, run[0].start - 2) : run[0].start] == ", "
