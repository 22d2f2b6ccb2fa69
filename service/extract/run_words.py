"""Whether a word of a sentence may open a name, or join the word before it in one capitalised run.

Words one space, an initial's stop or a quoted nickname joins ("J. R. Smith"); a lowercase particle
or title before a name ("van der Berg", "party leader Jane Doe"); a weekday that is a given name, a
month with a date beside it; an office with its portfolios ("Minister for Health and Social
Care"), a body named after "and" ("Parents and Teachers Association"), a possessor that opens one;
and a sentence's first word that opens it rather than names ("Speaking at …", "New figures show").
`runs.name_runs` asks these questions of each word.
"""

from __future__ import annotations

import re
from itertools import pairwise

from service.extract.elsewhere import lower_elsewhere, named_elsewhere
from service.extract.lexicon import (
    ABBREVIATIONS,
    CUE_FORMS,
    IRREGULAR_VERB_FORMS,
    MONTHS,
    NAME_PARTICLES,
    NATIONALITY_STEMS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PORTFOLIOS,
    PREPOSITION_PAIRS,
    PREPOSITIONS,
    WEEKDAYS,
)
from service.extract.offices import country_words
from service.extract.words import (
    DETERMINERS,
    POSSESSIVE,
    Word,
    capital,
    initialism,
    is_cue,
    is_plural_role,
    is_role,
)

# ", Food and Rural Affairs": the rest of a ministry's list of portfolios.
_PORTFOLIO_TAIL = re.compile(r", (?:[A-Z][\w-]+,? )+and [A-Z]")


# Words that make the weekday after them a date: "on Sunday Smith said", "last Friday Harris".
_DATE_LEADS = frozenset(
    ["on", "last", "next", "this", "by", "until", "since", "from", "every", "each", "of", "that"]
)


def joined(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    if gap == " " or NICKNAME.fullmatch(gap) and capital(a) and capital(b) and b.low not in WEEKDAYS | MONTHS:
        return True  # "Luis ‘Toto’ Caputo": a quoted nickname inside a name
    initial = len(a.text) == 1 or a.text.lower() in ABBREVIATIONS or "." in a.text
    return initial and gap in (". ", ".")


def plural_owner(text: str, a: Word, b: Word) -> bool:
    """Return True for `Farmers’ Union`: a plural possessive inside a body's name."""
    return (
        text[a.end : b.start] in ("’ ", "' ")
        and a.text.endswith("s")
        and capital(a)
        and capital(b)
        and b.low in _BODY_WORDS
    )


_BODY_WORDS = ORG_WORDS | {"associations", "unions"}


# A quoted nickname, masked, between a given name and a surname: "Luis ‘____’ Caputo".
NICKNAME = re.compile(r" [“\"‘'(]_{2,20}[”\"’')] ")


def dated(words: list[Word], k: int) -> bool:
    """Return True when words[k], a month, has a day or a year next to it: `May 2019`, `5 May`."""
    near = [words[x].text for x in (k - 1, k + 1) if 0 <= x < len(words)]
    return any(w[:1].isdigit() for w in near)


# Chinese and Vietnamese surnames written as English function words: "Vice Premier He Lifeng",
# "…, To Lam has swept aside rivals", "Do Hung Viet".
_FUNCTION_SURNAMES = frozenset(("He", "To", "Do", "Ma", "Hu", "Ha"))


def function_surname(text: str, words: list[Word], i: int) -> bool:
    """Return True when words[i], a function word's spelling, is a surname before a given name.

    Only inside a sentence of prose, capitalised where the word would not be, before a capitalised
    word that is no function word; not after a quote's opening or a colon ("said: “He Told …").
    """
    w = words[i]
    if w.text not in _FUNCTION_SURNAMES or i == 0 or i + 1 >= len(words) or not joined(text, w, words[i + 1]):
        return False
    nxt = words[i + 1]
    if not capital(nxt) or not nxt.text[1:].islower() or nxt.low in NOT_NAME_WORDS:
        return False
    if set(text[words[i - 1].end : w.start]) & set("“”\"‘’':([—–-"):
        return False
    return sum(x.text.islower() for x in words) >= 3  # prose, not a title


def is_initial(text: str, words: list[Word], k: int) -> bool:
    """Return True for `A.` before a capitalised word, or `A` before another initial: an initial
    (`A. Arumughaswamy`, "Justice A K Mehra"), not the article."""
    w = words[k]
    after = words[k + 1] if k + 1 < len(words) else None
    if len(w.text) != 1 or not w.text.isupper() or after is None or not capital(after):
        return False
    if text[w.end : after.start] == " ":
        return len(after.text) == 1 and k + 2 < len(words) and capital(words[k + 2])
    return text[w.end : w.end + 2] == ". " and after.start == w.end + 2


def weekday_given(text: str, words: list[Word], i: int) -> bool:
    """Return True when a weekday is a given name: "Sunday Oliseh", whom the text calls "Oliseh".

    The surname must stand in the text without the weekday, and no date word may lead it in
    ("on Sunday Smith said", "last Friday Harris").
    """
    w = words[i]
    if w.low not in WEEKDAYS or i + 1 >= len(words) or not joined(text, w, words[i + 1]):
        return False
    nxt = words[i + 1]
    if not capital(nxt) or nxt.low in NOT_NAME_WORDS or (i > 0 and words[i - 1].low in _DATE_LEADS):
        return False
    return re.search(rf"(?<!{re.escape(w.text)} )\b{re.escape(nxt.text)}\b", text) is not None


def org_after_and(text: str, words: list[Word], k: int) -> int | None:
    """Return where `Missing Families Forum` ends after `Hostages and`: capitalised words to an ORG head."""
    for x in range(k, min(k + 4, len(words))):
        if not capital(words[x]) or (x > k and not joined(text, words[x - 1], words[x])):
            return None
        # ("the Securities and Exchange Commission (SEC)": its initials in brackets after it)
        # ("… Exchange Commission Chairman Prof Shibli …": its officer's title after it)
        if words[x].low in _ORG_HEADS and (
            x + 1 == len(words)
            or not capital(words[x + 1])
            or not joined(text, words[x], words[x + 1])
            or is_role(words[x + 1].low)
        ):
            return x
    return None


# Heads that end an organisation's name: "… Families Forum", "… Rural Affairs Council".
_ORG_HEADS = frozenset(
    ("forum", "association", "council", "committee", "foundation", "alliance", "coalition", "union")
    + ("federation", "society", "institute", "trust", "fund", "party", "network", "agency", "commission")
    + ("organisation", "organization", "league", "board", "authority", "centre", "center", "movement")
    + ("service", "services", "administration", "department", "bureau", "ministry", "initiative")
)


def portfolio_list(text: str, words: list[Word], i: int, j: int) -> bool:
    """Return True at the comma of `Department for Farming, Food and Rural Affairs`."""
    # ("Minister for Environment, Conservation and Climate Change John Pundari": an office's too)
    return (
        (words[i].low in ORG_WORDS or capital(words[i]) and is_role(words[i].low))
        and any(words[x].text in ("of", "for") for x in range(i, j))
        and _PORTFOLIO_TAIL.match(text, words[j].end) is not None
    )


def title_ahead(text: str, words: list[Word], i: int) -> int | None:
    """Return the index of a title's head when words[i:] read like `central bank chief Name`."""
    if i > 0 and words[i - 1].low in _BEFORE_VERB:
        return None  # "the Eavis family, who host Glastonbury": a verb, no title
    for k in range(i, min(i + 4, len(words) - 1)):
        w = words[k]
        if w.low == "and" and k > i and is_role(words[k - 1].low) and joined(text, words[k - 1], w):
            continue  # "singer and musician Usher": two titles of one person
        if (
            not w.text.islower()
            or w.low in NOT_NAME_WORDS
            or w.low in PREPOSITIONS
            or (w.low in CUE_FORMS and not _cue_as_modifier(text, words, k))
            or (k > i and not joined(text, words[k - 1], w))
        ):
            return None
        if is_role(w.low) and capital(words[k + 1]) and joined(text, w, words[k + 1]):
            return k
    return None


# Words a verb follows, not a title: "who host", "they coach", "will judge".
_BEFORE_VERB = frozenset(("who", "which", "they", "we", "will", "would", "can", "could"))


def _cue_as_modifier(text: str, words: list[Word], k: int) -> bool:
    """Return True for the "brand" of "VW brand chief Thomas Schaefer": a word that is also a speech
    verb, between a body's name and a title."""
    after = words[k + 1]
    body = k > 0 and capital(words[k - 1]) and joined(text, words[k - 1], words[k])
    # ("Farnan said constable Jason Reid": a verb's past, never a noun, is no modifier)
    verb = words[k].low.endswith("ed") or words[k].low in IRREGULAR_VERB_FORMS
    return body and not verb and after.text.islower() and is_role(after.low)


def office_ahead(text: str, words: list[Word], i: int, j: int) -> bool:
    """Return True when `of`/`for` after words[j] goes on with a portfolio of a capitalised title.

    "Minister for Lands and Natural Resources Kweku Asoma Kyeremeh", "Secretary of State for
    Health Wes Streeting": the title, its portfolios, then the holder's name.
    """
    if j + 2 >= len(words) or not capital(words[j + 2]):
        return False
    if words[j + 2].low not in PORTFOLIOS and not country_words(words[j + 2 :]):
        return False  # ("Secretary of State for Wales Jo Stevens": the country is the portfolio)
    titled = capital(words[j]) and is_role(words[j].low)
    return titled or (words[j].low in PORTFOLIOS and any(is_role(w.low) and capital(w) for w in words[i:j]))


def particle_lead(text: str, words: list[Word], i: int) -> bool:
    """Return True when words[i] opens a name with a lowercase particle: `de Klerk`, `van der Merwe`."""
    k = i
    while k < len(words) and words[k].low in NAME_PARTICLES and not capital(words[k]):
        k += 1
    if k == i or k >= len(words) or not capital(words[k]) or words[k].low in NOT_NAME_WORDS:
        return False
    glued = all(joined(text, words[j], words[j + 1]) for j in range(i, k))
    # "a van Driver" is a vehicle; a particle after a determiner opens no name.
    return glued and (i == 0 or words[i - 1].low not in DETERMINERS)


def letters_after_title(words: list[Word], i: int, j: int) -> bool:
    """Return True when words[j] are a body's letters after a title: "Chairman PCB Mr Mohsin Naqvi"."""
    return j > i and capital(words[j - 1]) and is_role(words[j - 1].low) and initialism(words[j].text)


# Possessors that open a body's name: "People’s National Party", "Workers’ Party", "Women's Aid".
_COMMON_POSSESSORS = frozenset(("people", "peoples", "workers", "women", "children", "farmers", "citizens"))


def people_of(text: str, words: list[Word], j: int) -> bool:
    """Return True when possessive words[j] opens a body's name: `People’s National Party`."""
    if POSSESSIVE.sub("", words[j].low).rstrip("'’") not in _COMMON_POSSESSORS:
        return False
    ahead = words[j + 1 : j + 4]
    org = next((k for k, w in enumerate(ahead) if w.low in ORG_WORDS), None)
    run = [words[j], *ahead[: org + 1]] if org is not None else []
    return bool(run) and all(capital(b) and joined(text, a, b) for a, b in pairwise(run))


def titles_apposed(text: str, words: list[Word], j: int) -> bool:
    """Return True when a lower-case title follows words[j], then a comma and a name.

    "Local councillor, Rose Swadling", "Division One councillor, Rose Swadling": the capitalised
    words are the title's place or body, not a person.
    """
    if j + 2 >= len(words) or capital(words[j + 1]) or not is_role(words[j + 1].low):
        return False
    return text[words[j + 1].end : words[j + 2].start] == ", " and capital(words[j + 2])


_AUXILIARIES = frozenset(
    ("has", "was", "is", "does", "says", "adds", "tells", "writes", "insists", "continues", "keeps", "begins")
)


# Adjectives that open a sentence before a common noun: "New research", "Fresh clashes".
_OPENING_ADJECTIVES = frozenset(
    ("new", "fresh", "recent", "latest", "further", "early", "late", "several", "many", "most", "other")
)


# Adjectives that open a sentence before "to" and a verb: "Quick to claim credit, he …".
_ADJECTIVES_BEFORE_TO = frozenset(
    ("quick", "swift", "slow", "keen", "eager", "ready", "willing", "unwilling", "able", "unable")
    + ("happy", "glad", "proud", "sorry", "loath", "reluctant", "hesitant", "anxious", "desperate", "careful")
)


def opener(text: str, words: list[Word]) -> bool:
    """Return True when a sentence's first word, before a lower-case one, opens it rather than names.

    "Speaking at …" (a participle, unless the text names `Beijing` elsewhere), "Crews arriving on
    scene described …" (a common noun the text also writes in lower case).
    """
    w = words[0]
    if w.low.endswith(("ing", "ly", "ed")) and not named_elsewhere(text, w):
        return True
    if w.low in _OPENING_ADJECTIVES or (w.low, words[1].low) in PREPOSITION_PAIRS:
        return True  # "New research has revealed": an adjective before a noun; "Ahead of", a preposition
    if w.low in _ADJECTIVES_BEFORE_TO and words[1].low == "to":
        return True  # "Quick to claim credit for …, he was": an adjective and its verb
    if len(w.low) > 4 and is_plural_role(w.low) and not named_elsewhere(text, w):
        return True  # "Analysts at Capital Economics said": a plural title ("Peggy Sellers" is a name)
    if len(w.low) > 4 and w.low.endswith("s") and words[1].low in ("are", "were", "have"):
        return True  # "Policymakers are worried": a plural noun and its verb
    if "-" in w.text and w.text.rsplit("-", 1)[1][:1].islower() and not is_role(words[1].low):
        # "First-time masquerader Asia Lee": a compound adjective ("al-Burhan" is a name; "Hard-left
        # leader Jean-Luc Mélenchon" opens a title)
        return True
    if (
        len(words) > 2
        and words[1].low.endswith("s")
        and words[2].low in ("are", "were", "have")
        and not named_elsewhere(text, w)
    ):
        return True  # "Superhero costumes were worn by …": a word before a plural subject and its verb
    if (
        is_role(words[1].low)
        and text[w.end : words[1].start] == " "  # ("Bellocqière, president of Les Modérés")
        and not is_role(w.low)
        and w.low[:4] not in NATIONALITY_STEMS  # "Moldovan president": a descriptor
        and title_ahead(text, words, 1) is None  # "CGT co-secretary general Héctor Daer"
        # the title's body or place after it, or a comma ("Windies captain elated:" is a side's)
        and (len(words) < 3 or words[2].low in ("for", "at", "of", "with", "in") or text[words[1].end] == ",")
    ):
        return True  # "Regional officer for Unite, Gareth Scott": a word of a title, no name
    plural = len(words) > 2 and words[1].low.endswith("s") and words[1].low not in _AUXILIARIES
    if plural and is_cue(words, 2):
        return True  # "Previous reports suggested", "Police sources said": a word before a plural subject
    # ("“…,” Minister of Finance Ana Soler wrote": after a quote no sentence opens)
    after_quote = re.search(r"(?:_[”\"’']?|[”\"])\s*$", text[max(0, w.start - 4) : w.start]) is not None
    return not is_cue(words, 1) and not after_quote and lower_elsewhere(text, w)
