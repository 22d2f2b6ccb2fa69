"""Words, sentences and mentions (names with titles, pronouns, descriptors) in masked text.

Quoted text is masked before these functions see it, so nothing inside quote marks is ever
taken for a speaker or a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from service.extract.lexicon import (
    ABBREVIATIONS,
    CUE_FORMS,
    DEMONYMS,
    GENDERED,
    HONORIFICS,
    KIN,
    MONTHS,
    NAME_PARTICLES,
    NAME_TITLES,
    NATIONALITY_STEMS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PARTY_TITLES,
    PORTFOLIOS,
    POST_NOMINALS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_HEADS,
    SURNAME_ROLES,
    WEEKDAYS,
    WRITTEN,
)
from service.extract.phrases import phrases_in

MentionKind = Literal["name", "org", "pronoun", "descriptor", "group", "unnamed"]
_WORD = re.compile(r"[^\W_](?:[\w\-]|[’'.](?=[^\W_]))*")
_POSSESSIVE = re.compile(r"[’']s$")
_GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_PREFIXED = re.compile(r"(?:al|el|ul|ad|as|ash|at|az|bin|ibn|abu|d|l)[-’'][A-Z]")
# A US lawmaker's party and state, "(D-N.J.)", "R-Texas": no one's name.
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_HYPHENATED_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|[a-z]+ing|led|based|born|made|run|held|owned)$")
_AGE = re.compile(r"-(?:year|month)s?-old$", re.IGNORECASE)  # "Eight-year-old Poppy Hughes"
# Capitalised abbreviations that are titles only right before a name ("FM Bilawal", not "Joy FM").
# Title words that stand before another title: "Deputy District Judge", "Assistant Chief Constable".
_TITLE_PREFIXES = frozenset(
    {"deputy", "assistant", "associate", "executive", "acting", "interim", "senior", "chief"}
)
_LEADING_TITLES = {"FM": "foreign minister"}
_GLUED_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Hon|Engr|Barr)\.(?=[A-Z][a-z])")
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "this", "that", "our", "my", "your", "x"]
)


@dataclass(frozen=True)
class Word:
    """A word of masked text at [start, end)."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        """Return the word lower-cased without a possessive ending."""
        return _POSSESSIVE.sub("", self.text).lower()


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
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split masked text into sentences; a period after an initial or abbreviation is no end."""
    bounds, begin = [], start
    # 'reported Friday."I cannot …': scraped copy may drop the space before a quote's opening mark
    for m in re.finditer(r"[.!?…]+[”\"’')\]]*\s+(?=[A-Z“\"‘'(])|[.!?…]+(?=[“\"]_)", masked[start:end]):
        stop = start + m.start()
        before = re.search(r"(\w+)$", masked[begin:stop])
        token = before.group(1) if before else ""
        if (len(token) == 1 and token.isupper()) or token.lower() in ABBREVIATIONS:
            continue
        if _retort(masked, m.group(0), start + m.end()):
            continue
        bounds.append((begin, start + m.end()))
        begin = start + m.end()
    if begin < end:
        bounds.append((begin, end))
    return bounds


# "“… isn't it?” Nehls shot back.": a capitalised speaker and a cue finish the quote's sentence.
_NAME_THEN_CUE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}([a-z]+)\b(?:\s+(back)\b)?")
# ", Food and Rural Affairs": the rest of a ministry's list of portfolios.
_PORTFOLIO_TAIL = re.compile(r", (?:[A-Z][\w-]+,? )+and [A-Z]")
_TIMES = WEEKDAYS | {"on", "today", "yesterday"}
_RETORTS = ("shot", "hit", "snapped", "fired", "roared", "struck")


def _retort(masked: str, boundary: str, after: int) -> bool:
    """Return True when a question or exclamation in quotes is followed by `Name said.`."""
    if not re.search(r"[?!][”\"’']", boundary):
        return False
    m = _NAME_THEN_CUE.match(masked, after)
    cue = m is not None and (m.group(1) in CUE_FORMS or m.group(1) == "pressed")  # "“…?” Whitfield pressed."
    return cue or (m is not None and m.group(1) in _RETORTS and m.group(2) is not None)


def is_cue(words: list[Word], i: int) -> bool:
    """Return True when word i is a speech verb rather than a noun such as `a post`."""
    low = words[i].text.lower()
    if low == "put" and i + 1 < len(words) and words[i + 1].text == "it":
        return True  # "as Judge Amy Cole put it:"
    if low in _RETORTS and i + 1 < len(words) and words[i + 1].text == "back":
        return True  # "Nehls shot back": a retort
    if low in ("cut", "chimed", "broke", "butted") and i + 1 < len(words) and words[i + 1].text == "in":
        return True  # "before Trump cut in: “…”"
    if low == "pressed" and i + 1 == len(words):
        return True  # "“Why Ukraine?” the reporter pressed."
    if low == "began" and (i + 1 == len(words) or words[i + 1].text in ("before", "when", "as", "but")):
        return True  # "“We know that we owe you —” Merz began, before Trump cut in"
    in_part = i + 2 < len(words) and words[i + 1].text == "in" and words[i + 2].text == "part"
    if low in ("read", "reads") and (
        i + 1 == len(words) or in_part or i > 0 and words[i - 1].text in ("that", "which")
    ):
        return True  # "placards that read “…”", "“…,” the banner read.": written words
    if low not in CUE_FORMS or low in ("text", "texts", "email", "emails"):
        return False  # "the US text read as if": a noun; "texted", "emailed" are cues
    if low.startswith("call") and i + 1 < len(words) and words[i + 1].text == "off":
        return False  # "would call off the action"
    if (
        low in ("state", "states")
        and i + 1 < len(words)
        and words[i + 1].text.islower()
        and words[i + 1].text != "that"
    ):
        return False  # "Hungarian state radio", "the state media": a noun
    if low in ("state", "states") and i > 0 and words[i - 1].text.lower() in ("of", "the", "a"):
        return False  # "secretary of state", "head of state": an office or a country
    if low.startswith("point") and (i + 1 >= len(words) or words[i + 1].text not in ("out", "to")):
        return False  # "at one point" is no cue; "pointed out" is
    if i > 0 and (low.endswith("ed") or low in ("written", "said")) and words[i - 1].text.lower() in _BE:
        return False  # a passive: "is denied", "was called", "had been written"
    nxt = i + 1
    while nxt < len(words) and nxt <= i + 2 and words[nxt].text.lower() in _TIMES:
        nxt += 1  # "agreed Saturday to resume"
    if low.startswith(("continu", "add", "agree")) and nxt < len(words) and words[nxt].text == "to":
        return False  # "would continue to invest", "added to the pressure", "would not agree to end"
    return i == 0 or words[i - 1].text.lower() not in _DETERMINERS or low.endswith(("ed", "ing"))


def is_role(low: str) -> bool:
    """Return True for a title or occupation word: `minister`, `co-author`, `environmentalist`."""
    for prefix in (
        "co-",
        "sub-",
        "deputy-",
        "assistant-",
        "acting-",
        "under-",
        "vice-",
    ):  # "Sub-Inspector Jammeh"
        low = low.removeprefix(prefix)
    if low.startswith("under") and low[5:] in ROLE_HEADS:
        return True  # "Health Undersecretary Maria Rosario Vergeire"
    parts = low.split("-")
    if len(parts) == 2 and all(p in ROLE_HEADS for p in parts):
        return True  # "Brigadier-General Sitiveni Qiliho", "Lieutenant-Colonel"
    # Occupations in -ist are open-ended ("conservationist"); these endings spare verbs like "insist".
    return low in ROLE_HEADS or low.endswith(("ologist", "ographer", "alist", "ntist", "onist", "icist"))


def _possessive(text: str, word: Word) -> bool:
    """Return True for `Trump's` and for a plural possessive such as `Rovers’`."""
    after = text[word.end : word.end + 4]
    if _POSSESSIVE.search(word.text) or re.match(r"\.?[’']s\b", after):  # "Jr.'s"
        return True
    return word.text.endswith("s") and after[:1] in ("’", "'")


def _capital(word: Word) -> bool:
    return word.text[0].isupper()


def _joined(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    if (
        gap == " "
        or _NICKNAME.fullmatch(gap)
        and _capital(a)
        and _capital(b)
        and b.low not in WEEKDAYS | MONTHS
    ):
        return True  # "Luis ‘Toto’ Caputo": a quoted nickname inside a name
    initial = len(a.text) == 1 or a.text.lower() in ABBREVIATIONS or "." in a.text
    return initial and gap in (". ", ".")


# "couldn’t", "won't": a verb with its negation, never part of a name.
_CONTRACTION = re.compile(r"n[’']t$")
# A quoted nickname, masked, between a given name and a surname: "Luis ‘____’ Caputo".
_NICKNAME = re.compile(r" [“\"‘']_{2,20}[”\"’'] ")


def _dated(words: list[Word], k: int) -> bool:
    """Return True when words[k], a month, has a day or a year next to it: `May 2019`, `5 May`."""
    near = [words[x].text for x in (k - 1, k + 1) if 0 <= x < len(words)]
    return any(w[:1].isdigit() for w in near)


def _initial(text: str, words: list[Word], k: int) -> bool:
    """Return True for `A.` before a capitalised word: an initial (`A. Arumughaswamy`)."""
    w = words[k]
    after = words[k + 1] if k + 1 < len(words) else None
    return (
        len(w.text) == 1
        and w.text.isupper()
        and text[w.end : w.end + 2] == ". "
        and after is not None
        and after.start == w.end + 2
        and _capital(after)
    )


def _as_written(text: str, name: str) -> str:
    """Return a name set in capitals as the text writes its words elsewhere, else capitalised."""

    def written(w: str) -> str | None:
        found = re.search(r"\b" + re.escape(w[0]) + re.escape(w[1:].lower()) + r"\b", text)
        return found.group() if found else None

    words = re.findall(r"[^\W\d_]+", name)
    if not any(written(w) for w in words):
        return name  # "UN OCHA": capitals the text never writes otherwise are an acronym's
    return re.sub(r"[^\W\d_]+", lambda m: written(m.group()) or m.group().capitalize(), name)


def _org_after_and(text: str, words: list[Word], k: int) -> int | None:
    """Return where `Missing Families Forum` ends after `Hostages and`: capitalised words to an ORG head."""
    for x in range(k, min(k + 4, len(words))):
        if not _capital(words[x]) or (x > k and not _joined(text, words[x - 1], words[x])):
            return None
        if words[x].low in _ORG_HEADS and (x + 1 == len(words) or not _capital(words[x + 1])):
            return x
    return None


# Heads that end an organisation's name: "… Families Forum", "… Rural Affairs Council".
_ORG_HEADS = frozenset(
    ("forum", "association", "council", "committee", "foundation", "alliance", "coalition", "union")
    + ("federation", "society", "institute", "trust", "fund", "party", "network", "agency", "commission")
    + ("organisation", "organization", "league", "board", "authority", "centre", "center", "movement")
)


def _portfolio_list(text: str, words: list[Word], i: int, j: int) -> bool:
    """Return True at the comma of `Department for Farming, Food and Rural Affairs`."""
    return (
        words[i].low in ORG_WORDS
        and any(words[x].text in ("of", "for") for x in range(i, j))
        and _PORTFOLIO_TAIL.match(text, words[j].end) is not None
    )


def _title_ahead(text: str, words: list[Word], i: int) -> int | None:
    """Return the index of a title's head when words[i:] read like `central bank chief Name`."""
    for k in range(i, min(i + 4, len(words) - 1)):
        w = words[k]
        if (
            not w.text.islower()
            or w.low in NOT_NAME_WORDS
            or w.low in PREPOSITIONS
            or w.low in CUE_FORMS
            or (k > i and not _joined(text, words[k - 1], w))
        ):
            return None
        if is_role(w.low) and _capital(words[k + 1]) and _joined(text, w, words[k + 1]):
            return k
    return None


def _office_ahead(text: str, words: list[Word], i: int, j: int) -> bool:
    """Return True when `of`/`for` after words[j] goes on with a portfolio of a capitalised title.

    "Minister for Lands and Natural Resources Kweku Asoma Kyeremeh", "Secretary of State for
    Health Wes Streeting": the title, its portfolios, then the holder's name.
    """
    if j + 2 >= len(words) or not _capital(words[j + 2]) or words[j + 2].low not in PORTFOLIOS:
        return False
    titled = _capital(words[j]) and is_role(words[j].low)
    return titled or (words[j].low in PORTFOLIOS and any(is_role(w.low) and _capital(w) for w in words[i:j]))


def _particle_lead(text: str, words: list[Word], i: int) -> bool:
    """Return True when words[i] opens a name with a lowercase particle: `de Klerk`, `van der Merwe`."""
    k = i
    while k < len(words) and words[k].low in NAME_PARTICLES and not _capital(words[k]):
        k += 1
    if k == i or k >= len(words) or not _capital(words[k]) or words[k].low in NOT_NAME_WORDS:
        return False
    joined = all(_joined(text, words[j], words[j + 1]) for j in range(i, k))
    # "a van Driver" is a vehicle; a particle after a determiner opens no name.
    return joined and (i == 0 or words[i - 1].low not in _DETERMINERS)


def _sequences(text: str, words: list[Word]) -> list[tuple[int, int]]:
    """Return [first, last] word ranges of capitalised runs, with lowercase titles and particles."""
    runs, i = [], 0
    while i < len(words):
        w = words[i]
        lead_title = not _capital(w) and _title_ahead(text, words, i) is not None
        # "Speaking at …", "Asked …" open a sentence; "Ahmed al-Sharaa" does not.
        nxt_low = (
            i + 1 < len(words)
            and (
                not _capital(words[i + 1]) or words[i + 1].low in NOT_NAME_WORDS
            )  # "Describing Thursday's …"
            and not _PREFIXED.match(words[i + 1].text)
        )
        # "INVESTMENT guru Aliko Dangote …": a lede's first word in capitals, a word, not an acronym
        kicker = i == 0 and len(w.text) > 6 and w.text.isupper() and nxt_low
        not_name = (
            kicker
            or w.low in NOT_NAME_WORDS
            and not _initial(text, words, i)
            or _AGE.search(w.low)
            or _CONTRACTION.search(w.low)  # "ANDY FARRELL COULDN’T resist a joke"
            or _PARTY_STATE.match(w.text)
            or _HYPHENATED_ADJECTIVE.search(w.text)  # "the US-drafted plan", "Kremlin-backed"
        )
        if (
            not (_capital(w) or lead_title or _particle_lead(text, words, i))
            or (not_name and _capital(w))
            or (i == 0 and nxt_low and _opener(text, words))  # searched last: it reads the whole text
            # "Responding, President Nana Akufo-Addo acknowledged …": a participle and a comma
            or (
                i == 0
                and w.low.endswith("ing")
                and text[w.end : w.end + 1] == ","
                and not _named_elsewhere(text, w)
            )
        ):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and (
            _joined(text, words[j], words[j + 1]) or _portfolio_list(text, words, i, j)
        ):
            nxt = words[j + 1]
            # "Ukraine’s Ministry of Foreign Affairs": a country's ministry is named without it
            country = words[j].low[:4] in NATIONALITY_STEMS
            if _possessive(text, words[j]) and (
                country or not (_capital(nxt) and nxt.low in ORG_WORDS and _joined(text, words[j], nxt))
            ):
                break  # "Trump's", but "the Prime Minister’s Office" is one name
            if (
                nxt.low.rstrip(".") in HONORIFICS
                and not is_role(words[j].low)
                and words[j].low not in PARTY_TITLES
            ):
                break  # "candidate from Muzaffarpur Shri Ranjan Kumar": the honorific opens a name
            caps = j > i and all(len(x.text) > 2 and x.text.isupper() for x in words[j - 1 : j + 1])
            if caps and nxt.text[1:].islower() and not is_role(words[j].low):
                break  # "GETTY IMAGES Conseslus Kipruto": a credit in capitals, then the name
            if _capital(nxt) and nxt.low not in NOT_NAME_WORDS and not _CONTRACTION.search(nxt.low):
                j += 1
            elif _initial(text, words, j + 1):
                j += 1  # "Justice A. Arumughaswamy": an initial, not the article "A"
            elif nxt.text == "May" and words[j].text[1:].islower() and not _dated(words, j + 1):
                j += 1  # "Theresa May", "Javier May": a surname, not the month or the verb
            elif _PREFIXED.match(nxt.text):
                j += 1  # "Ahmed al-Sharaa", "Valéry d’Estaing"
            elif (
                (nxt.text in ("of", "for") or nxt.text == "on" and _capital(words[j]))
                and words[j].low in ORG_WORDS
                and j + 2 < len(words)
                and _capital(words[j + 2])
                and words[j + 2].low not in WEEKDAYS | MONTHS
            ):
                j += 2  # "Bank of Canada", "Department for Transport", "Commission on Human Rights"
            elif nxt.text in ("of", "for") and _office_ahead(text, words, i, j):
                j += 2  # "Minister for Lands …", "Minister of State for Trade …": an office, then a name
            elif (
                nxt.text == "and"
                and words[j].low in PORTFOLIOS
                and any(words[x].text in ("of", "for") for x in range(i, j))
                and j + 2 < len(words)
                and _capital(words[j + 2])
                and _joined(text, nxt, words[j + 2])
            ):
                j += 2  # "Department of Health and Social Care"
            elif (
                nxt.text == "and"
                and all(words[x].low in PORTFOLIOS for x in range(i, j + 1))
                and any(
                    is_role(words[x].low) and _capital(words[x]) for x in range(j + 2, min(j + 6, len(words)))
                )
                and j + 2 < len(words)
                and _capital(words[j + 2])
            ):
                j += 2  # "Housing and Local Government Minister Nga Kor Ming": portfolios before a title
            elif (
                nxt.text == "and"
                and words[i].low not in NOT_NAME_WORDS
                and (end := _org_after_and(text, words, j + 2)) is not None
            ):
                j = end  # "the Hostages and Missing Families Forum"
            elif (ahead := _title_ahead(text, words, j + 1)) is not None:
                j = ahead + 1  # "Canadian central bank chief Mikhail Petrov"
            elif nxt.low in NAME_PARTICLES or is_role(nxt.low):
                k = j + 1  # "von der Leyen", "Kremlin spokesman Dmitry Peskov"
                while k < len(words) and words[k].low in NAME_PARTICLES and not _capital(words[k]):
                    k += 1
                if k == j + 1 and is_role(nxt.low):
                    k += 1
                    while k < len(words) and words[k].low in NAME_PARTICLES and not _capital(words[k]):
                        k += 1  # "Hawk-Eye operator di Maria"
                if k < len(words) and _capital(words[k]) and _joined(text, words[k - 1], words[k]):
                    j = k
                else:
                    break
            else:
                break
        runs.append((i, j))
        i = j + 1
    return runs


def _opener(text: str, words: list[Word]) -> bool:
    """Return True when a sentence's first word, before a lower-case one, opens it rather than names.

    "Speaking at …" (a participle, unless the text names `Beijing` elsewhere), "Crews arriving on
    scene described …" (a common noun the text also writes in lower case).
    """
    w = words[0]
    if w.low.endswith(("ing", "ly", "ed")) and not _named_elsewhere(text, w):
        return True
    if len(w.low) > 4 and w.low.endswith("s") and is_role(w.low[:-1]):
        return True  # "Analysts at Capital Economics said": a plural title, nobody's name
    return not is_cue(words, 1) and _lower_elsewhere(text, w)


def _lower_elsewhere(text: str, w: Word) -> bool:
    """Return True when `Crews` opening a sentence is written `crews` elsewhere in the text."""
    return w.text[1:].islower() and re.search(r"\b" + re.escape(w.low) + r"\b", text) is not None


def _named_elsewhere(text: str, w: Word) -> bool:
    """Return True when `Beijing` (not `Speaking`) is capitalised mid-sentence elsewhere in the text."""
    return re.search(r"[a-z,] " + re.escape(w.text) + r"\b", text) is not None


def described_after(text: str, words: list[Word], first: int) -> int | None:
    """Return where `of` stands in `Name of London-based analysts Capital Economics`, else None.

    The organisation a person belongs to may follow a few lower-case words that describe it.
    """
    k = first - 1
    while k > 0 and first - k <= 3 and words[k].text not in ("of", "at", "from"):
        modifier = not _capital(words[k]) or "-" in words[k].text  # "London-based analysts"
        if not modifier or words[k].low in CUE_FORMS | PREPOSITIONS | _DETERMINERS:
            return None
        if text[words[k].end : words[k + 1].start] != " ":
            return None
        k -= 1
    return k if k < first - 1 and words[k].text in ("of", "at", "from") else None


def _without_place(text: str, name_words: list[Word]) -> list[Word]:
    """Drop a place or body that stands before a name: `United States Anatoly Antonov`.

    The words are dropped when the article uses them alone as a place or a body elsewhere ("in the
    United States", "the CFDT would have"), and at least two words of name remain.
    """
    for k in range(len(name_words) - 2, 0, -1):
        prefix = text[name_words[0].start : name_words[k - 1].end]
        after = re.escape(name_words[k].text)
        alone = rf"(?:\b(?:the|in|of|from|to|at) |\A|\n){re.escape(prefix)}\b(?! {after})"
        acronym = k == 1 and prefix.isupper() and len(prefix) > 1
        if (acronym or " " in prefix) and re.search(alone, text):
            return name_words[k:]
    return name_words


def _named_between(text: str, run: list[Word], roles: list[int]) -> int:
    """Return how many of the title words in `run` are titles, the rest being parts of a name.

    In "Chief Election Commissioner Sikandar Sultan Raja" a given name stands between a title and
    a title word that people also carry as a name, so "Sultan" is the holder's name; a word that
    modifies a title ("Deputy Prime Minister", "Executive Vice President") is no name.
    """
    for n, (i, j) in enumerate(pairwise(roles), start=1):
        if (
            j - i > 1
            and run[j].low in NAME_TITLES
            and run[i].low not in _TITLE_PREFIXES
            and all(_given_name(text, w) for w in run[i + 1 : j])
        ):
            return n
    return len(roles)


def _name_before_title(text: str, run: list[Word], head: int) -> int | None:
    """Return where the title starts in `Collin Benjamin Head Coach of …`, a name its title follows.

    Only when the words before the title look like a name, the surname recurs in the text, and
    the title goes on with "of" or a comma, as an appositive does.
    """
    t = head
    while t > 0 and (is_role(run[t - 1].low) or run[t - 1].low in _TITLE_PREFIXES | {"head", "vice"}):
        t -= 1
    if t < 2 or t > 3 or not all(_given_name(text, w) for w in run[:t]):
        return None
    surname = run[t - 1].text
    elsewhere = len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1
    return t if elsewhere and re.match(r"\s*(?:,|of\b)", text[run[-1].end :]) else None


def _given_name(text: str, w: Word) -> bool:
    """Return True when `w` looks like part of a person's name, not a word of a title."""
    low = w.low
    if not _capital(w) or not w.text[1:].islower() or low in PORTFOLIOS | ORG_WORDS | DEMONYMS:
        return False
    if len(low) > 5 and low.endswith(
        ("al", "ion", "ive", "ary", "ic", "ing", "ed", "ry", "ty", "ment", "ics")
    ):
        return False  # "Financial", "Election", "Executive", "Secretary", "Operating"
    return not _lower_elsewhere(text, w)


def _surname_role(words: list[Word], run: list[Word], first: int, k: int) -> bool:
    """Return True when the title word run[k] is a surname: `Alastair Cook`, not `the Cook`."""
    w = run[k]
    if w.low not in SURNAME_ROLES or k != len(run) - 1 or not _capital(w):
        return False
    if k > 0:
        return not is_role(run[k - 1].low) and run[k - 1].low not in NOT_NAME_WORDS
    return first == 0 or words[first - 1].low not in _DETERMINERS and not _capital(words[first - 1])


def _mention_from_run(text: str, words: list[Word], first: int, last: int) -> Mention | None:
    run = words[first : last + 1]
    while (
        run
        and first == 0
        and run[0].text.endswith("ing")
        and len(run) > 1
        and not _named_elsewhere(text, run[0])
    ):
        run, first = run[1:], first + 1  # "Speaking at ...", a sentence-initial participle
    # "Ciarán Mac Gabhann TD": letters after a name are no title before it
    # ("The Assin Central MP, Kennedy Agyapong,": after a determiner the letters are a title)
    determined = first > 0 and words[first - 1].low in _DETERMINERS
    titled = run[:-1] if len(run) > 2 and run[-1].text in POST_NOMINALS and not determined else run
    # "Major Charles Kabona": the rank, capitalised before a name (not "a major Chinese firm")
    roles = [k for k, w in enumerate(titled) if is_role(w.low) or (w.text == "Major" and k + 1 < len(titled))]
    # "Conservative Liam Billington", "Lib Dem Ryan Priest", "Journalists Jamelle Wells": a party or
    # a plural title before a full name
    lead = 0
    while lead < len(titled) - 2 and (
        titled[lead].low in PARTY_TITLES
        or (
            lead == 0
            and len(titled[0].low) > 4
            and titled[0].low.endswith("s")
            and is_role(titled[0].low[:-1])
        )
    ):
        lead += 1
    if lead and (not roles or roles[0] >= lead):
        roles = sorted(set(roles) | set(range(lead)))
    if roles and _surname_role(words, run, first, roles[-1]):
        roles.pop()  # "England skipper Alastair Cook", "Cook made 176": the surname
    roles = roles[: _named_between(text, titled, roles)]
    leading = _LEADING_TITLES.get(run[0].text) if len(run) > 1 and not roles else None
    head = roles[-1] if roles else 0 if leading else -1  # "FM Bilawal": a title only before a name
    if head >= 0 and any(w.low in ORG_WORDS for w in run[head + 1 :]) and all(_capital(w) for w in run):
        head = -1  # "Premier League Match Centre": a title word inside an organisation's name
    name_words = run[head + 1 :]
    gender = GENDERED.get(run[head].low) if head >= 0 else None
    kin = words[first - 1].low if first > 0 else ""
    possessive_run = _possessive(text, run[-1]) if run else False
    if kin in GENDERED and text[words[first - 1].end : run[0].start] in (", ", " "):
        gender = GENDERED[kin]  # "her husband, Richard Ashby"
    if head > 0 and run[0].low.rstrip(".") in _GENDERED_HONORIFICS:
        gender = _GENDERED_HONORIFICS[run[0].low.rstrip(".")]  # "Mr Justice Hollins"
    while len(name_words) > 2 and name_words[-1].text.rstrip(".,") in POST_NOMINALS and not possessive_run:
        name_words = name_words[:-1]  # "Anne Gillespie KC": the letters after the name are no part of it
    while name_words and name_words[0].low.rstrip(".") in HONORIFICS:
        honorific = name_words[0].low.rstrip(".")
        gender = _GENDERED_HONORIFICS.get(honorific) or GENDERED.get(honorific, gender)
        name_words = name_words[1:]
    office = leading
    if head >= 0 and name_words and name_words[0].text in ("of", "for"):
        # "Minister for Lands and Natural Resources Kweku Asoma Kyeremeh": the portfolios run to
        # the last joining word, then over portfolio words; the rest is the holder's name, and
        # "the Minister for Trade" names nobody.
        k = 1 + max(k for k, w in enumerate(name_words[:-1]) if w.text in ("of", "for", "and"))
        if k < len(name_words) - 1:
            k += 1  # the word after the joining word is the office's, whatever it is ("Water and Power")
        while k < len(name_words) - 1 and name_words[k].low in PORTFOLIOS:
            k += 1
        office = text[run[0].start : name_words[k - 1].end]
        # "Commissioner for Local Government and Chieftaincy Affairs": the office alone
        name_words = name_words[k:] if {name_words[k].low, name_words[-1].low}.isdisjoint(PORTFOLIOS) else []
        if not name_words:
            office = text[run[0].start : run[-1].end]
    if first > 1 and words[first - 1].low in ("for", "of") and is_role(words[first - 2].low):
        while len(name_words) > 2 and (name_words[0].low in PORTFOLIOS or name_words[0].low == "and"):
            name_words = name_words[1:]  # "Secretary for Housing Winnie Ho": the portfolio, then the name
            office = text[words[first - 2].start : name_words[0].start].strip()  # "Secretary of State"
    if (
        len(run) == 1
        and first > 0
        and words[first - 1].low in _DETERMINERS
        and last + 1 < len(words)
        and words[last + 1].text.islower()
        and re.search(r"(?:ish|ese|ian|ch|an)$", run[0].low)
    ):
        return None  # "her Polish counterpart": a nationality adjective, nobody's name
    lows = {w.low for w in run}
    while len(name_words) > 2 and name_words[0].low in DEMONYMS and not lows & ORG_WORDS:
        name_words = name_words[1:]  # "the Italian Renato Moretti": a nationality, then the name
    start, end = run[0].start, run[-1].end
    possessive = _possessive(text, run[-1])
    if possessive and _POSSESSIVE.search(run[-1].text):
        end -= 2
    # "at the University of Bristol": a determiner sits between the preposition and the name.
    det = first > 1 and words[first - 1].low in ("the", "a", "an")
    prep = first > 0 and words[first - 1 - det].low in PREPOSITIONS
    prep = prep or described_after(text, words, first) is not None
    role = office or (text[run[0].start : run[head].end] if head >= 0 else (kin if kin in KIN else None))
    if role and role.split()[0].lower() == "the":
        role = role[4:]
    if not name_words and head >= 2:
        behind = _name_before_title(text, run, head)
        if behind is not None:
            # "Collin Benjamin Head Coach of the Namibian national team,": the title after the name
            name = text[run[0].start : run[behind - 1].end]
            role = text[run[behind].start : run[head].end]
            return Mention(first, last, "name", text[start:end], name, role, start, end, possessive, prep)
    if not name_words:
        if role is None:
            return None
        return Mention(
            first, last, "descriptor", text[start:end], run[head].low, role, start, end, possessive, prep
        )
    person_words = _without_place(text, name_words)
    # "Ambassador to India X", "Minister of Defense of Ukraine X": a country after an office
    posted = first > 1 and (
        (words[first - 1].low in ("to", "for") and is_role(words[first - 2].low))
        or (
            words[first - 1].low == "of" and words[first - 2].low in PORTFOLIOS and _capital(words[first - 2])
        )
    )
    if posted and person_words is name_words and len(name_words) > 2 and len(name_words) == len(run):
        # "Ambassador to India Pham Sanh Chau": the country the envoy is posted to, then the name
        country = re.escape(text[name_words[0].start : name_words[1].end])
        two = len(name_words) > 3 and re.search(rf"\b{country}\b(?! {re.escape(name_words[2].text)})", text)
        person_words = name_words[2:] if two else name_words[1:]
    if person_words is not name_words and not {w.low for w in person_words} & ORG_WORDS:
        name_words, lows = person_words, {w.low for w in person_words}
    name_start = name_words[0].start
    glued = _GLUED_HONORIFIC.match(name_words[0].text)
    if glued and len(name_words) > 1:
        name_start += glued.end()  # "Dr.Muazu Babangida Aliyu": an honorific with no space after it
    name = _NICKNAME.sub(" ", text[name_start : end if possessive else name_words[-1].end])
    if len(name_words) > 1 and name.isupper():
        name = _as_written(text, name)  # "ANDY FARRELL couldn’t resist": a lede's capitals
    acronym = len(name_words) == 1 and name.isupper() and len(name) > 1
    # "the Harambee Stars", "the All Blacks": a side or a body, named in the plural after "the"
    side = head < 0 and first > 0 and words[first - 1].low == "the" and run[-1].text.endswith("s")
    side = side and not possessive and not run[-1].text.endswith("ss")
    kind: MentionKind = "org" if (lows & ORG_WORDS and head < 0) or acronym or side else "name"
    before = words[first - 1].low if first > 0 else ""
    generation = {"elder": "elder", "senior": "elder", "younger": "younger", "junior": "younger"}.get(before)
    return Mention(
        first, last, kind, text[start:end], name, role, start, end, possessive, prep, gender, generation
    )


_ISSUED = WRITTEN | {"message"}


def document_pronoun(words: list[Word], first: int) -> Mention:
    """Return `the statement` at words[first:first + 2] as the `it` of the body that issued it."""
    the, doc = words[first], words[first + 1]
    return Mention(
        first, first + 1, "pronoun", f"{the.text} {doc.text}", "it", None, the.start, doc.end, gender="n"
    )


def mentions_in(text: str, words: list[Word]) -> list[Mention]:
    """Return the name, organisation, pronoun and descriptor mentions among `words`."""
    found: list[Mention] = []
    taken: set[int] = set()
    index = {w.start: k for k, w in enumerate(words)}
    for ph in phrases_in(text, words[0].start, words[-1].end) if words else []:
        k, k_end = index.get(ph.start), index.get(ph.head_start)
        if k is None or k_end is None or taken & set(range(k, k_end + 1)):
            continue
        prep = k > 0 and words[k - 1].low in PREPOSITIONS
        kind: MentionKind = (
            "group" if ph.kind == "group" else "unnamed" if ph.kind == "unnamed" else "descriptor"
        )
        surface = text[ph.start : ph.end]
        found.append(Mention(k, k_end, kind, surface, ph.head, ph.role, ph.start, ph.end, False, prep))
        taken |= set(range(k, k_end + 1))
    for first, last in _sequences(text, words):
        m = _mention_from_run(text, words, first, last)
        overlap = taken & set(range(m.first, m.last + 1)) if m is not None else set()
        if m is not None and overlap and max(overlap) < last:
            # "Nairobi-area police boss Philip Ndolo": the name after the phrase "police" took
            m = _mention_from_run(text, words, max(overlap) + 1, last)
            overlap = taken & set(range(m.first, m.last + 1)) if m is not None else set()
        if m is not None and not overlap:
            found.append(m)
    for k, w in enumerate(words):
        if w.low in ("someone", "somebody") and k not in taken:
            # "someone at the back called out": a speaker nobody can name
            found.append(Mention(k, k, "unnamed", w.text, w.low, None, w.start, w.end))
            continue
        other = k == 1 and words[0].low == "the" and w.low == "other"
        if (k == 0 and w.low in ("one", "another") or other) and k + 1 < len(words) and is_cue(words, k + 1):
            # "One said Trump spoke for …", "The other described …": one of the people just mentioned
            found.append(Mention(k, k, "unnamed", w.text, w.low, None, w.start, w.end))
            continue
        # "it said", "they said": a body speaking; only right before a cue, so that "it is"
        # never becomes anyone's subject. "the statement said" is the body that issued it.
        body = w.low in ("it", "they") and k + 1 < len(words) and is_cue(words, k + 1)
        if (
            w.low in _ISSUED
            and k > 0
            and words[k - 1].low == "the"
            and k + 1 < len(words)
            and is_cue(words, k + 1)
        ):
            found.append(document_pronoun(words, k - 1))
            continue
        if body:
            found.append(Mention(k, k, "pronoun", w.text, w.low, None, w.start, w.end, gender="n"))
        elif w.text in PRONOUNS or w.text.lower() in PRONOUNS:
            prep = k > 0 and words[k - 1].low in PREPOSITIONS
            found.append(
                Mention(
                    k,
                    k,
                    "pronoun",
                    w.text,
                    w.text.lower(),
                    None,
                    w.start,
                    w.end,
                    False,
                    prep,
                    PRONOUNS[w.text.lower()],
                )
            )
    return sorted(found, key=lambda m: m.first)
