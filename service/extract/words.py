"""Words and sentences of masked text, and the mention record every finder returns.

Quoted text is masked before these functions see it, so nothing inside quote marks is ever
taken for a speaker or a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from service.extract.glued import glued_at, led_at
from service.extract.lexicon import (
    ABBREVIATIONS,
    CUE_FORMS,
    OCCUPATION_ENDINGS,
    ROLE_HEADS,
    WEEKDAYS,
    claims_prize,
)

MentionKind = Literal["name", "org", "pronoun", "descriptor", "group", "unnamed"]
# A full stop inside a word ("U.S.", "Amazon.com"), unless it glues two sentences together:
# "heavy flooding.Dillion says" is "flooding" and "Dillion".
# ("S&D", "AT&T", "M&S": an ampersand between capitals joins one name)
# An underscore ends a word: "Charlie Chesbrough_2 (002).jpg" is a photo's file name on a page.
# So does a double hyphen, a dash typed as two: "Tokyo--Denny Tamaki, governor of Okinawa".
_WORD = re.compile(
    r"[^\W_](?:[^\W_]|-(?!-)|[’'](?=[^\W_])|\.(?=[^\W_])(?![A-Z][a-z])|(?<=[A-Z])\.(?=[A-Z][a-z])|(?<=[A-Z])&(?=[A-Z]))*"
)
POSSESSIVE = re.compile(r"[’']s$")
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "this", "that", "our", "my", "your", "x"]
)


@dataclass(frozen=True)
class Word:
    """A word of masked text at [start, end)."""

    start: int
    end: int
    text: str
    # A masked quote and a comma stand between this word and the one before: "a “____”, says"
    after_quote: bool = False

    @cached_property
    def low(self) -> str:
        """Return the word lower-cased without a possessive ending (read hundreds of times a sentence)."""
        return POSSESSIVE.sub("", self.text).lower()


@dataclass(frozen=True)
class Mention:
    """A reference to someone: words [first, last] of a sentence and what they say about them."""

    first: int
    last: int
    kind: MentionKind
    surface: str
    name: str  # the name without title ("Dmitry Peskov"), or the descriptor's head words
    role: str | None
    start: int
    end: int
    possessive: bool = False
    after_preposition: bool = False
    gender: str | None = None
    generation: str | None = None  # "elder" or "younger": which of two same-named people


def words_of(text: str, start: int, end: int) -> list[Word]:
    """Return the words of text[start:end] with absolute offsets."""
    out: list[Word] = []
    for m in _WORD.finditer(text, start, end):
        at, word = m.start(), m.group()
        cut = glued_at(text, word, text[m.end() : m.end() + 30])
        if cut:
            gap = text[out[-1].end if out else start : at]
            out.append(Word(at, at + cut, word[:cut], "_" in gap and "," in gap))
            at, word = at + cut, word[cut:]
        led = led_at(word) if out and capital(out[-1]) and text[out[-1].end : at] == " " else 0
        if led:
            # "Chief Justice Martha Koome-led Bench": the name ends at the hyphen
            out.append(Word(at, at + led, word[:led]))
            at, word = at + led, word[led:]
        gap = text[out[-1].end if out else start : at]
        out.append(Word(at, m.end(), word, "_" in gap and "," in gap))
    return out


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split masked text into sentences; a period after an initial or abbreviation is no end."""
    bounds, begin = [], start
    # 'reported Friday."I cannot …': scraped copy may drop the space before a quote's opening mark
    # "heavy flooding.Dillion says": scraped copy may drop the space after a full stop
    for m in re.finditer(
        r"[.!?…]+[”\"’')\]]*\s+(?=[A-Z“\"‘'(])|[.!?…]+(?=[“\"]_)|(?<=[a-z]{2})\.(?=[A-Z][a-z])",
        masked[start:end],
    ):
        stop = start + m.start()
        before = re.search(r"(\w+)$", masked[begin:stop])
        token = before.group(1) if before else ""
        if (len(token) == 1 and token.isupper()) or token.lower() in ABBREVIATIONS:
            # "… for the continental U.S. “What had …": a dotted acronym ends the sentence before a quote
            quote_next = masked[start + m.end() : start + m.end() + 1] in '“"'
            if not (quote_next and re.search(r"[A-Z]\.[A-Z]$", masked[begin:stop])):
                continue
        if _retort(masked, m.group(0), start + m.end()):
            continue
        bounds.append((begin, start + m.end()))
        begin = start + m.end()
    if begin < end:
        bounds.append((begin, end))
    return bounds


# "“… isn't it?” Nehls shot back.": a capitalised speaker and a cue finish the quote's sentence
# ("“…?” Pearson rhetorically asked": an adverb between them).
_NAME_THEN_CUE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}(?:[a-z]+ly\s+)?([a-z]+)\b(?:\s+(back)\b)?")
_TIMES = WEEKDAYS | {"on", "today", "yesterday"}
_RETORTS = ("shot", "hit", "snapped", "fired", "roared", "struck")


def _retort(masked: str, boundary: str, after: int) -> bool:
    """Return True when a question or exclamation in quotes is followed by `Name said.`."""
    if not re.search(r"[?!][”\"’']", boundary):
        return False
    m = _NAME_THEN_CUE.match(masked, after)
    cue = m is not None and (m.group(1) in CUE_FORMS or m.group(1) == "pressed")  # "“…?” Whitfield pressed."
    return cue or (m is not None and m.group(1) in _RETORTS and m.group(2) is not None)


# Speech verbs that are also nouns after a name: "their Ofsted report", "his Instagram post".
_NOUN_CUES = frozenset(
    base + end for base in ("report", "post", "tweet", "claim", "note", "call") for end in ("", "s")
)
_OWNERS = frozenset(("their", "his", "her", "its", "our", "my", "your", "a", "an"))
_THROUGH = frozenset(("over", "through", "past", "into", "off", "out", "away"))
_JUDGED = frozenset(("considered", "considers", "found", "finds", "held", "holds", "determined"))


def _offered_words(words: list[Word], i: int) -> bool:
    """Return True when "offered" closes its sentence or only a name follows it: words offered."""
    rest = words[i + 1 :]
    if i > 0 and words[i - 1].low in ("was", "were", "been", "be", "being", "is", "are"):
        return False  # "a reward was offered": a thing offered
    return len(rest) <= 3 and all(w.text[:1].isupper() for w in rest)


# Words after "continue" when it goes on with something rather than speaks: "continue its campaign".
_GOING_ON = frozenset(("its", "the", "his", "her", "their", "our", "a", "to", "with"))


def is_cue(words: list[Word], i: int) -> bool:
    """Return True when word i is a speech verb rather than a noun such as `a post`."""
    low = words[i].text.lower()
    if low in ("put", "puts") and i + 1 < len(words) and words[i + 1].text == "it":
        return True  # "as Judge Amy Cole put it:"
    if low in _JUDGED and i + 1 < len(words) and words[i + 1].text == "that":
        return True  # "Safadi considered that “Russia has a major role …”", "the judge found that"
    if low in _RETORTS and i + 1 < len(words) and words[i + 1].text == "back":
        return True  # "Nehls shot back": a retort
    after = words[i + 1].text if i + 1 < len(words) else ""
    went_on = low in ("went", "goes") and after == "on" and i + 2 == len(words)  # (not "went on to win")
    if low in ("cut", "chimed", "broke", "butted") and after == "in" or went_on:
        return True  # "before Trump cut in: “…”", "His letter went on: “…”"
    if low == "pressed" and i + 1 == len(words):
        return True  # "“Why Ukraine?” the reporter pressed."
    if low == "offered" and _offered_words(words, i):
        return True  # "“That’s normal,” offered Schwickerath.", "“…,” she offered."
    if low in ("began", "begins") and (
        i + 1 == len(words) or words[i + 1].text in ("before", "when", "as", "but")
    ):
        return True  # "“We know that we owe you —” Merz began, before Trump cut in"
    in_part = i + 2 < len(words) and words[i + 1].text == "in" and words[i + 2].text == "part"
    if low in ("read", "reads") and (
        i + 1 == len(words) or in_part or i > 0 and words[i - 1].text in ("that", "which")
    ):
        return True  # "placards that read “…”", "“…,” the banner read.": written words
    if low not in CUE_FORMS or low in ("text", "texts", "email", "emails"):
        return False  # "the US text read as if": a noun; "texted", "emailed" are cues
    if low.startswith("call") and after == "off" or low.startswith("blast") and after in _THROUGH:
        return False  # "would call off the action", "blasting over a water hazard"
    owner = words[i - 2].text.lower() if i > 1 and words[i - 1].text[:1].isupper() else ""
    if low in _NOUN_CUES and (owner in _OWNERS or owner == "the" and not low.endswith("s")):
        return False  # "their Ofsted report", "the Reuters report": a noun ("The BBC reports": a verb)
    # "Jamaica would continue its campaign": going on with something ("he continued, the goal is" speaks)
    if low.startswith("continu") and after in _GOING_ON and words[i + 1].start - words[i].end == 1:
        return False
    if low == "ruled" and i + 1 < len(words) and words[i + 1].text == "out":
        return False  # "Moscow has ruled out NATO membership": a decision, the judge's "ruled" is speech
    if (
        low in ("state", "states")
        and i + 1 < len(words)
        and words[i + 1].text.islower()
        and words[i + 1].text != "that"
    ):
        return False  # "Hungarian state radio", "the state media": a noun
    if low in ("state", "states") and i > 0 and words[i - 1].text.lower() in ("of", "the", "a"):
        return False  # "secretary of state", "head of state": an office or a country
    if low in ("state", "states") and i > 0 and words[i].text[0].isupper():
        return False  # "Akwa Ibom State", "Ohio State": a place's name
    if low.startswith("claim") and claims_prize([w.text.lower() for w in words[i + 1 : i + 5]]):
        return False  # "Wigan claimed their first victory", "claimed gold": a win, not words
    if low.startswith("point") and (i + 1 >= len(words) or words[i + 1].text not in ("out", "to")):
        return False  # "at one point" is no cue; "pointed out" is
    if i > 0 and (low.endswith("ed") or low in ("written", "said")) and words[i - 1].text.lower() in _BE:
        return False  # a passive: "is denied", "was called", "had been written"
    nxt = i + 1
    while nxt < len(words) and nxt <= i + 2 and words[nxt].text.lower() in _TIMES:
        nxt += 1  # "agreed Saturday to resume"
    if low.startswith(("continu", "add", "agree")) and nxt < len(words) and words[nxt].text == "to":
        return False  # "would continue to invest", "added to the pressure", "would not agree to end"
    # ("selling a “fantasy”, says X": the quote and a comma part the article from the verb; "The
    # “self-taught banjo player” said" is a quoted subject)
    apart = words[i].after_quote
    return i == 0 or apart or words[i - 1].text.lower() not in DETERMINERS or low.endswith(("ed", "ing"))


def is_role(low: str) -> bool:
    """Return True for a title or occupation word: `minister`, `co-author`, `environmentalist`."""
    if "-" in low and low.replace("-", "") in ROLE_HEADS:
        return True  # "Co-ordinator Andie Milne": a title also written with a hyphen
    for prefix in (
        "co-",
        "sub-",
        "deputy-",
        "assistant-",
        "acting-",
        "under-",
        "vice-",
        "staff-",
        "lance-",
        "chief-",
    ):  # "Sub-Inspector Jammeh", "Staff-Sergeant Jason Sauve"
        low = low.removeprefix(prefix)
    for suffix in ("-elect", "-designate"):
        if low.endswith(suffix) and is_role(low.removesuffix(suffix)):
            return True  # "Mayor-elect Zohran Mamdani", "Governor-designate": one chosen, not yet in office
    if low.startswith("under") and low[5:] in ROLE_HEADS:
        return True  # "Health Undersecretary Maria Rosario Vergeire"
    parts = low.split("-")
    if len(parts) == 2 and all(p in ROLE_HEADS for p in parts):
        return True  # "Brigadier-General Sitiveni Qiliho", "Lieutenant-Colonel"
    return low in ROLE_HEADS or low.endswith(OCCUPATION_ENDINGS)


def titled_in_relative_clause(words: list[Word], lo: int, hi: int) -> bool:
    """Return True when words[lo:hi] hold a relative clause ending in a title, so that a name
    right after them is that title's holder: "the assistant coach who stood in for the head
    coach, Tom Reed" (Reed is the head coach, not the assistant)."""
    between = words[lo:hi]
    return (
        len(between) > 1
        and any(w.low in ("who", "which", "whose") for w in between)
        and is_role(between[-1].low)
    )


def is_plural_role(low: str) -> bool:
    """Return True for the plural of a title or occupation word: `analysts`, `judges`."""
    return low.endswith("s") and is_role(low[:-1])


def is_possessive(text: str, word: Word) -> bool:
    """Return True for `Trump's` and for a plural possessive such as `Rovers’`."""
    after = text[word.end : word.end + 4]
    if POSSESSIVE.search(word.text) or re.match(r"\.?[’']s\b", after):  # "Jr.'s"
        return True
    return word.text.endswith("s") and after[:1] in ("’", "'")


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")


def before_determiner(text: str, words: list[Word], first: int) -> int:
    """Return the index of the word before the determiner of the name at `first`: the "of" of "of the
    University", "of the 2nd District" and "of Maine’s 2nd District" (an ordinal after a determiner
    or an owner); `first - 1` when none stands between."""
    k = first - 1
    # ("in 12th, Gasly said": an ordinal set off by a comma is no part of the name's phrase)
    ordinal = k > 0 and _ORDINAL.fullmatch(words[k].low) is not None and text[words[k].end] == " "
    k -= ordinal
    if k > 0 and (words[k].low in ("the", "a", "an") or ordinal and is_possessive(text, words[k])):
        k -= 1
    return k


def capital(word: Word) -> bool:
    """Return True when the word begins with a capital letter."""
    return word.text[0].isupper()


def initialism(word: str) -> bool:
    """Return True for two to five capital letters: "PCB", "FRSC"."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()
