"""What stands around a holder's name in a capitalised run, and where the name starts.

An office and its portfolios ("Minister of Agrarian Policy and Food"), a place or body before the
name ("United States Anatoly Antonov", "Talparo Regional Corporation Henry Awong"), the area,
region or squads an office serves ("Akwa Ibom State", "Divisional Commissioner Eastern", "Head
Coach National Teams"): `titles.mention_from_run` and the `title_words` and `office_words` it
calls ask these questions of each run.
"""

from __future__ import annotations

import re
from itertools import pairwise

from service.extract.elsewhere import lower_elsewhere, named_in_full
from service.extract.glued import recurs
from service.extract.lexicon import (
    BODY_HEADS,
    COUNTRIES,
    CUE_FORMS,
    DEMONYMS,
    NAME_TITLES,
    ORG_WORDS,
    PORTFOLIOS,
    PREPOSITIONS,
    ROLE_ABBREVIATIONS,
)
from service.extract.words import DETERMINERS, Word, capital, initialism, is_plural_role, is_role

# Title words that stand before another title: "Deputy District Judge", "Assistant Chief Constable".
TITLE_PREFIXES = frozenset(
    {"deputy", "assistant", "associate", "executive", "acting", "interim", "senior", "chief", "rear"}
)


def described_after(text: str, words: list[Word], first: int) -> int | None:
    """Return where `of` stands in `Name of London-based analysts Capital Economics`, else None.

    The organisation a person belongs to may follow a few lower-case words that describe it.
    """
    if lower_office(words, first) is not None:
        return None  # "director of operations Alexa Levair": an office, not a body
    k = first - 1
    while k > 0 and first - k <= 3 and words[k].text not in ("of", "at", "from"):
        modifier = not capital(words[k]) or "-" in words[k].text  # "London-based analysts"
        if not modifier or words[k].low in CUE_FORMS | PREPOSITIONS | DETERMINERS:
            return None
        if text[words[k].end : words[k + 1].start] != " ":
            return None
        k -= 1
    if k < first - 1 and words[k].text in ("of", "at", "from"):
        if words[k].text == "of" and is_role(words[k - 1].low) and is_plural_role(words[first - 1].low):
            return None  # "The chair of judges Robert Macfarlane": the chair's own name, after the body
        return k
    return None


def lower_office(words: list[Word], first: int) -> int | None:
    """Return where the title of `director of operations Alexa Levair` starts: a lower-case title,
    "of" or "for", and one or two portfolios in lower case just before a name."""
    k = first - 1
    while k >= first - 2 and k > 1 and words[k].low in PORTFOLIOS and words[k].text.islower():
        k -= 1
    if k == first - 1 or words[k].low not in ("of", "for") or not words[k - 1].text.islower():
        return None
    return k - 1 if is_role(words[k - 1].low) else None


def without_place(text: str, name_words: list[Word]) -> list[Word]:
    """Drop a place or body that stands before a name: `United States Anatoly Antonov`.

    The words are dropped when the article uses them alone as a place or a body elsewhere ("in the
    United States", "the CFDT would have"), and at least two words of name remain.
    """
    for k in range(len(name_words) - 2, 0, -1):
        prefix = text[name_words[0].start : name_words[k - 1].end]
        after = re.escape(name_words[k].text)
        # ("the Mohammed bin Rashid Space Centre" names a body after the man, not him alone)
        alone = rf"(?:\b(?P<led>the|in|of|from|to|at) |\A|\n){re.escape(prefix)}\b(?! {after}| [A-Z])"
        # ("M.K. Kiran Kumar": initials with stops, a given name's, are no body)
        acronym = k == 1 and prefix.isupper() and len(prefix) > 1 and "." not in prefix
        found = re.search(alone, text) if acronym or " " in prefix else None
        # ("Adnan Zaylani Mohamad Zahid", then "Adnan Zaylani said" opening a paragraph: a long
        # name shortened, unless the text also names the rest on its own)
        shortened = found is not None and not found.group("led") and not recurs(text, name_words[-1].text)
        if found is not None and not shortened:
            return name_words[k:]
    return name_words


def named_between(text: str, run: list[Word], roles: list[int]) -> int:
    """Return how many of the title words in `run` are titles, the rest being parts of a name.

    In "Chief Election Commissioner Sikandar Sultan Raja" a given name stands between a title and
    a title word that people also carry as a name, so "Sultan" is the holder's name; a word that
    modifies a title ("Deputy Prime Minister", "Executive Vice President") is no name.
    """
    for n, (i, j) in enumerate(pairwise(roles), start=1):
        if (
            j - i > 1
            and run[j].low in NAME_TITLES
            and run[i].low not in TITLE_PREFIXES
            and all(given_name(text, w) for w in run[i + 1 : j])
        ):
            return n
    return len(roles)


def name_before_title(text: str, run: list[Word], head: int) -> int | None:
    """Return where the title starts in `Collin Benjamin Head Coach of …`, a name its title follows.

    Only when the words before the title look like a name, the surname recurs in the text, and
    the title goes on with "of" or a comma, as an appositive does.
    """
    t = head
    while t > 0 and (is_role(run[t - 1].low) or run[t - 1].low in TITLE_PREFIXES | {"head", "vice"}):
        t -= 1
    if t < 2 or t > 3 or not all(given_name(text, w) for w in run[:t]):
        return None
    surname = run[t - 1].text
    elsewhere = recurs(text, surname)
    # ("said Proteas Test captain, Dean Elgar": a full name after the comma holds the title)
    holder = re.match(r"\s*,\s*[A-Z][a-z][\w’'.-]*\s+[A-Z][a-z]", text[run[-1].end :])
    return t if elsewhere and not holder and re.match(r"\s*(?:,|of\b)", text[run[-1].end :]) else None


def given_name(text: str, w: Word) -> bool:
    """Return True when `w` looks like part of a person's name, not a word of a title."""
    low = w.low
    if not capital(w) or not w.text[1:].islower() or low in PORTFOLIOS | ORG_WORDS | DEMONYMS:
        return False
    if len(low) > 5 and low.endswith(
        ("al", "ion", "ive", "ary", "ic", "ing", "ed", "ry", "ty", "ment", "ics")
    ):
        return False  # "Financial", "Election", "Executive", "Secretary", "Operating"
    return not lower_elsewhere(text, w)


def holder_after_body(text: str, name_words: list[Word]) -> int:
    """Return how many words of `Talparo Regional Corporation Henry Awong` name its officer, else 0.

    A body's name runs into its officer's when no comma or title stands between them. The officer
    is the two or three name-like words after the body's last word, when the article uses the
    surname again on its own.
    """
    # ("Owner of Chimac on Dublin's Angier Street Garret Fitzgerald": a street runs into its resident's name)
    at = max((k for k, w in enumerate(name_words) if w.low in BODY_HEADS | AREAS | _STREETS), default=0)
    after = name_words[at + 1 :]
    if at and len(after) > 3 and after[0].low == "of" and all(given_name(text, w) for w in after[-2:]):
        # "Chairman of the Guilford County Board of Commissioners Jeff Phillips": the body's own "of"
        return 2 if recurs(text, after[-1].text) else 0
    if at == 0 or len(after) not in (2, 3) or not all(given_name(text, w) for w in after):
        return 0
    # ("Akwa Ibom State Goddy Umoh": an area's name ends at its word for an area, the surname may not recur)
    return len(after) if recurs(text, after[-1].text) or name_words[at].low in AREAS else 0


def acronym_before_name(text: str, name_words: list[Word]) -> bool:
    """Return True for `PCC Matthew Scott` (the surname recurs) or `EC Mahbub` (a given name the
    text writes in full elsewhere): letters in capitals that are no part of the name after them."""
    first, rest = name_words[0].text, name_words[1:]
    if not initialism(first) or not rest:
        return False
    # ("McAuliffe" is written so)
    if not all(w.text[:1].isupper() and not w.text.isupper() and w.low not in ORG_WORDS for w in rest):
        return False  # ("US State Department" is a body's name)
    if first.lower() in ROLE_ABBREVIATIONS:
        return True  # "CAO Neill": a title's letters
    # two letters must stand for words the text writes out ("Election Commissioner"), not for a
    # man's given names ("CY Leung")
    if len(first) < 3 and not spelled_out(text, first):
        return False
    if len(rest) > 1:
        return recurs(text, rest[-1].text)
    # "CJ Koome" after "Chief Justice Martha Koome": a spelled-out title's letters before a surname
    return named_on(text, rest[0]) or (
        spelled_out(text, first) and named_in_full(text, rest[0].text, but=first)
    )


def spelled_out(text: str, letters: str) -> bool:
    """Return True when the text writes out words with these initials: `PCB`, "Pakistan Cricket Board"."""
    spelled = r"\b" + r"\w+\s+(?:(?:and|of|for|the)\s+)?".join(letters) + r"\w+"
    return re.search(spelled, text) is not None


def named_on(text: str, w: Word) -> bool:
    """Return True when the text gives more of a name after `w`: `Faisal bin Farhan`, `Harry Kane`."""
    return re.search(rf"\b{re.escape(w.text)}\s+(?:[A-Z]|(?:bin|ibn|al|el)\b)", text) is not None


# Words that end the name of an administrative area: "Akwa Ibom State", "Kisumu County".
AREAS = frozenset(("state", "county", "province", "district", "region", "prefecture", "governorate"))
_STREETS = frozenset(("street", "road", "avenue", "lane", "boulevard", "drive", "terrace", "square"))
# Squads an office leads, written after its title: "Head Coach National Teams".
SQUADS = frozenset(("team", "teams", "squad", "squads"))
# Countries that are also given names: "in Jordan Henderson's words" names no country.
GIVEN_COUNTRIES = frozenset(("jordan", "chad", "georgia", "israel", "india", "kenya", "china"))
# Regions an office serves, written after its title: "Divisional Commissioner Eastern".
REGIONS = frozenset(
    ("eastern", "western", "northern", "southern", "central", "north", "south", "east", "west")
)
# Nationality nouns that are nobody's given name: "Irishman McGregor" is McGregor ("German
# Efromovich" may be a name).
DEMONYM_NOUNS = frozenset(
    d
    for d in DEMONYMS
    if d.endswith(("man", "woman")) or d in ("briton", "spaniard", "brit", "kiwi", "aussie")
)


def dweller(text: str, w: Word) -> bool:
    """Return True for `Portlander` when the story names Portland: one who lives in a place."""
    return (
        len(w.text) > 6
        and w.text.endswith("er")
        and re.search(rf"\b{re.escape(w.text[:-2])}\b", text) is not None
    )


def country_words(name_words: list[Word]) -> int:
    """Return how many of the first words of `name_words` name a country: 2 for "Sri Lanka"."""
    for n in (3, 2, 1):
        if len(name_words) > n and " ".join(w.low for w in name_words[:n]) in COUNTRIES:
            return n
    return 0


def stands_alone(text: str, w: Word, nxt: Word) -> bool:
    """Return True when the text names `w` elsewhere without the word that follows it here."""
    alone = len(re.findall(rf"\b{re.escape(w.text)}\b", text))
    return alone > len(re.findall(rf"\b{re.escape(w.text)}\s+{re.escape(nxt.text)}\b", text))


# "a vote of no-confidence in Kaja Kallas as prime minister": the office a name is said to hold
_AS_OFFICE = re.compile(r" as (?:the |its |their )?((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)")


def office_held(masked: str, at: int) -> str | None:
    """Return the office named by "as" right after a name ending at `at` ("… as prime minister"),
    the longest run of words there that ends in a title ("as the new coach"; not "as a friend")."""
    held = _AS_OFFICE.match(masked, at)
    words = held.group(1).split() if held else []
    return next((" ".join(words[:k]) for k in range(len(words), 0, -1) if is_role(words[k - 1])), None)
