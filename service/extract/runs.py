"""Capitalised runs of words that may be names: where a run of a title, a name or a body ends.

`name_runs` finds the runs, with lowercase titles and particles ("de Klerk") and offices spelled
out ("Minister for Lands and Natural Resources"); `titles.mention_from_run` reads each.
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
    PARTY_TITLES,
    PORTFOLIOS,
    PREPOSITIONS,
    WEEKDAYS,
    is_honorific,
)
from service.extract.words import (
    DETERMINERS,
    POSSESSIVE,
    Word,
    capital,
    initialism,
    is_cue,
    is_possessive,
    is_role,
)

# Verbs a page opens a line with to call its reader: "Watch …", "Read more …", "Listen …".
_CALLS = frozenset(("watch", "read", "listen", "click", "subscribe"))
_PREFIXED = re.compile(r"(?:al|el|ul|ad|as|ash|at|az|bin|ibn|abu|d|l)[-’'][A-Z]")
# A US lawmaker's party and state, "(D-N.J.)", "R-Texas": no one's name.
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_HYPHENATED_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|[a-z]+ing|led|based|born|made|run|held|owned)$")
_AGE = re.compile(r"-(?:year|month)s?-old$", re.IGNORECASE)  # "Eight-year-old Poppy Hughes"
# ", Food and Rural Affairs": the rest of a ministry's list of portfolios.
_PORTFOLIO_TAIL = re.compile(r", (?:[A-Z][\w-]+,? )+and [A-Z]")


# Chambers, sides and departments whose officers are named "Speaker of the House X", "Leader of
# the Opposition X", "Minister of the Interior X".
_CHAMBERS = frozenset(
    [
        "house",
        "senate",
        "assembly",
        "parliament",
        "opposition",
        "commons",
        "lords",
        "council",
        "interior",
        "treasury",
    ]
)

# Words that make the weekday after them a date: "on Sunday Smith said", "last Friday Harris".
_DATE_LEADS = frozenset(
    ["on", "last", "next", "this", "by", "until", "since", "from", "every", "each", "of", "that"]
)


def _joined(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    if gap == " " or NICKNAME.fullmatch(gap) and capital(a) and capital(b) and b.low not in WEEKDAYS | MONTHS:
        return True  # "Luis ‘Toto’ Caputo": a quoted nickname inside a name
    initial = len(a.text) == 1 or a.text.lower() in ABBREVIATIONS or "." in a.text
    return initial and gap in (". ", ".")


def _plural_owner(text: str, a: Word, b: Word) -> bool:
    """Return True for `Farmers’ Union`: a plural possessive inside a body's name."""
    return (
        text[a.end : b.start] in ("’ ", "' ")
        and a.text.endswith("s")
        and capital(a)
        and capital(b)
        and b.low in _BODY_WORDS
    )


_BODY_WORDS = ORG_WORDS | {"associations", "unions"}


# "couldn’t", "won't": a verb with its negation, never part of a name.
_CONTRACTION = re.compile(r"n[’']t$|^(?:we|you|they|i|he|she|it|that|there)[’'](?:re|ve|ll|m|d|s)$")
# A quoted nickname, masked, between a given name and a surname: "Luis ‘____’ Caputo".
NICKNAME = re.compile(r" [“\"‘']_{2,20}[”\"’'] ")


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
        and capital(after)
    )


def _weekday_given(text: str, words: list[Word], i: int) -> bool:
    """Return True when a weekday is a given name: "Sunday Oliseh", whom the text calls "Oliseh".

    The surname must stand in the text without the weekday, and no date word may lead it in
    ("on Sunday Smith said", "last Friday Harris").
    """
    w = words[i]
    if w.low not in WEEKDAYS or i + 1 >= len(words) or not _joined(text, w, words[i + 1]):
        return False
    nxt = words[i + 1]
    if not capital(nxt) or nxt.low in NOT_NAME_WORDS or (i > 0 and words[i - 1].low in _DATE_LEADS):
        return False
    return re.search(rf"(?<!{re.escape(w.text)} )\b{re.escape(nxt.text)}\b", text) is not None


def _org_after_and(text: str, words: list[Word], k: int) -> int | None:
    """Return where `Missing Families Forum` ends after `Hostages and`: capitalised words to an ORG head."""
    for x in range(k, min(k + 4, len(words))):
        if not capital(words[x]) or (x > k and not _joined(text, words[x - 1], words[x])):
            return None
        # ("the Securities and Exchange Commission (SEC)": its initials in brackets after it)
        if words[x].low in _ORG_HEADS and (
            x + 1 == len(words) or not capital(words[x + 1]) or not _joined(text, words[x], words[x + 1])
        ):
            return x
    return None


# Heads that end an organisation's name: "… Families Forum", "… Rural Affairs Council".
_ORG_HEADS = frozenset(
    ("forum", "association", "council", "committee", "foundation", "alliance", "coalition", "union")
    + ("federation", "society", "institute", "trust", "fund", "party", "network", "agency", "commission")
    + ("organisation", "organization", "league", "board", "authority", "centre", "center", "movement")
    + ("service", "services")
)


def _portfolio_list(text: str, words: list[Word], i: int, j: int) -> bool:
    """Return True at the comma of `Department for Farming, Food and Rural Affairs`."""
    # ("Minister for Environment, Conservation and Climate Change John Pundari": an office's too)
    return (
        (words[i].low in ORG_WORDS or capital(words[i]) and is_role(words[i].low))
        and any(words[x].text in ("of", "for") for x in range(i, j))
        and _PORTFOLIO_TAIL.match(text, words[j].end) is not None
    )


def _title_ahead(text: str, words: list[Word], i: int) -> int | None:
    """Return the index of a title's head when words[i:] read like `central bank chief Name`."""
    for k in range(i, min(i + 4, len(words) - 1)):
        w = words[k]
        if w.low == "and" and k > i and is_role(words[k - 1].low) and _joined(text, words[k - 1], w):
            continue  # "singer and musician Usher": two titles of one person
        if (
            not w.text.islower()
            or w.low in NOT_NAME_WORDS
            or w.low in PREPOSITIONS
            or (w.low in CUE_FORMS and not _cue_as_modifier(text, words, k))
            or (k > i and not _joined(text, words[k - 1], w))
        ):
            return None
        if is_role(w.low) and capital(words[k + 1]) and _joined(text, w, words[k + 1]):
            return k
    return None


def _cue_as_modifier(text: str, words: list[Word], k: int) -> bool:
    """Return True for the "brand" of "VW brand chief Thomas Schaefer": a word that is also a speech
    verb, between a body's name and a title."""
    after = words[k + 1]
    body = k > 0 and capital(words[k - 1]) and _joined(text, words[k - 1], words[k])
    # ("Farnan said constable Jason Reid": a verb's past, never a noun, is no modifier)
    verb = words[k].low.endswith("ed") or words[k].low in IRREGULAR_VERB_FORMS
    return body and not verb and after.text.islower() and is_role(after.low)


def _office_ahead(text: str, words: list[Word], i: int, j: int) -> bool:
    """Return True when `of`/`for` after words[j] goes on with a portfolio of a capitalised title.

    "Minister for Lands and Natural Resources Kweku Asoma Kyeremeh", "Secretary of State for
    Health Wes Streeting": the title, its portfolios, then the holder's name.
    """
    if j + 2 >= len(words) or not capital(words[j + 2]) or words[j + 2].low not in PORTFOLIOS:
        return False
    titled = capital(words[j]) and is_role(words[j].low)
    return titled or (words[j].low in PORTFOLIOS and any(is_role(w.low) and capital(w) for w in words[i:j]))


def _particle_lead(text: str, words: list[Word], i: int) -> bool:
    """Return True when words[i] opens a name with a lowercase particle: `de Klerk`, `van der Merwe`."""
    k = i
    while k < len(words) and words[k].low in NAME_PARTICLES and not capital(words[k]):
        k += 1
    if k == i or k >= len(words) or not capital(words[k]) or words[k].low in NOT_NAME_WORDS:
        return False
    joined = all(_joined(text, words[j], words[j + 1]) for j in range(i, k))
    # "a van Driver" is a vehicle; a particle after a determiner opens no name.
    return joined and (i == 0 or words[i - 1].low not in DETERMINERS)


def _letters_after_title(words: list[Word], i: int, j: int) -> bool:
    """Return True when words[j] are a body's letters after a title: "Chairman PCB Mr Mohsin Naqvi"."""
    return j > i and capital(words[j - 1]) and is_role(words[j - 1].low) and initialism(words[j].text)


def name_runs(text: str, words: list[Word]) -> list[tuple[int, int]]:
    """Return [first, last] word ranges of capitalised runs, with lowercase titles and particles."""
    runs, i = [], 0
    while i < len(words):
        w = words[i]
        lead_title = not capital(w) and _title_ahead(text, words, i) is not None
        # "Speaking at …", "Asked …" open a sentence; "Ahmed al-Sharaa" does not.
        nxt_low = (
            i + 1 < len(words)
            and (not capital(words[i + 1]) or words[i + 1].low in NOT_NAME_WORDS)  # "Describing Thursday's …"
            and not _PREFIXED.match(words[i + 1].text)
        )
        # "INVESTMENT guru Aliko Dangote …": a lede's first word in capitals, a word, not an acronym
        kicker = i == 0 and len(w.text) > 6 and w.text.isupper() and nxt_low
        not_name = (
            kicker
            or (w.low == "more" and i + 1 < len(words) and words[i + 1].low == "than")  # "More than 50"
            or w.low in NOT_NAME_WORDS
            and not _initial(text, words, i)
            and not _weekday_given(text, words, i)
            # "Minister for Further and Higher Education": a portfolio's word after its office
            and not (i > 1 and words[i - 1].low in ("for", "of") and is_role(words[i - 2].low) and capital(w))
            or _AGE.search(w.low)
            or _CONTRACTION.search(w.low)  # "ANDY FARRELL COULDN’T resist a joke"
            or _PARTY_STATE.match(w.text)
            or _HYPHENATED_ADJECTIVE.search(w.text)  # "the US-drafted plan", "Kremlin-backed"
        )
        if (
            not (capital(w) or lead_title or _particle_lead(text, words, i))
            or (not_name and capital(w))
            or (i == 0 and nxt_low and _opener(text, words))  # searched last: it reads the whole text
            # "Responding, President Nana Akufo-Addo acknowledged …": a participle and a comma;
            # "Congratulating Dr Wooding on …": a participle before its object
            or (
                i == 0
                and w.low.endswith("ing")
                and (text[w.end : w.end + 1] == "," or i + 1 < len(words) and is_honorific(words[1].text))
                and not named_elsewhere(text, w)
            )
            # "Watch Manuel Marquez’s press conference here:": a page's call to its reader
            or (i == 0 and w.low in _CALLS and not named_elsewhere(text, w))
            # "Additionally, Yemeni rebels assert …": an adverb and a comma ("Kelly, 34," is named again)
            or (
                i == 0
                and w.low.endswith("ly")
                and text[w.end : w.end + 1] == ","
                and not named_elsewhere(text, w)
            )
        ):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and (
                _joined(text, words[j], words[j + 1])
                or _plural_owner(text, words[j], words[j + 1])
                or _portfolio_list(text, words, i, j)
                # "Hampshire & Isle of Wight Constabulary", "Marks & Spencer": one body's name
                or (
                    text[words[j].end : words[j + 1].start] == " & "
                    and capital(words[j])
                    and capital(words[j + 1])
                )
            )
        ):
            nxt = words[j + 1]
            # "Ukraine’s Ministry of Foreign Affairs": a country's ministry is named without it
            country = words[j].low[:4] in NATIONALITY_STEMS
            if (
                is_possessive(text, words[j])
                and not _people_of(text, words, j)
                and (country or not (capital(nxt) and nxt.low in ORG_WORDS and _joined(text, words[j], nxt)))
                and not _plural_owner(text, words[j], nxt)
            ):
                break  # "Trump's", but "the Prime Minister’s Office" is one name
            if (
                is_honorific(nxt.text)
                and not is_role(words[j].low)
                and words[j].low not in PARTY_TITLES
                and not _letters_after_title(words, i, j)
                and j + 2 < len(words)
                and capital(words[j + 2])
                and _joined(text, nxt, words[j + 2])
            ):
                break  # "candidate from Muzaffarpur Shri Ranjan Kumar": the honorific opens a name,
                # while a name may end in one ("Zaw Min Tun")
            caps = j > i and all(len(x.text) > 2 and x.text.isupper() for x in words[j - 1 : j + 1])
            if caps and nxt.text[1:].islower() and not is_role(words[j].low):
                break  # "GETTY IMAGES Conseslus Kipruto": a credit in capitals, then the name
            if nxt.text in ("Left", "Right") and j + 2 < len(words) and words[j + 2].low in ("to", "and"):
                break  # "… Tuilaepa Sa'ilele Malielegaoi Left to right: …": a caption's directions
            if capital(nxt) and nxt.low not in NOT_NAME_WORDS and not _CONTRACTION.search(nxt.low):
                j += 1
            elif nxt.text in _NUMBERED and j + 2 < len(words) and not capital(words[j + 2]):
                j += 1  # "Division One councillor", "League Two side": a numbered division
            elif _initial(text, words, j + 1):
                j += 1  # "Justice A. Arumughaswamy": an initial, not the article "A"
            elif nxt.text == "May" and words[j].text[1:].islower() and not _dated(words, j + 1):
                j += 1  # "Theresa May", "Javier May": a surname, not the month or the verb
            elif _PREFIXED.match(nxt.text):
                j += 1  # "Ahmed al-Sharaa", "Valéry d’Estaing"
            elif (
                (nxt.text in ("of", "for") or nxt.text == "on" and capital(words[j]))
                and (words[j].low in ORG_WORDS or words[j].low in ("isle", "isles") and nxt.text == "of")
                and j + 2 < len(words)
                and capital(words[j + 2])
                and words[j + 2].low not in WEEKDAYS | MONTHS
            ):
                j += 2  # "Bank of Canada", "Department for Transport", "Commission on Human Rights"
            elif (
                nxt.text == "of"
                and capital(words[j])
                and is_role(words[j].low)
                and j + 4 < len(words)
                and words[j + 2].low == "the"
                and words[j + 3].low in _CHAMBERS
                and capital(words[j + 4])
                and _joined(text, words[j + 3], words[j + 4])
            ):
                j += 3  # "Speaker of the House Mike Reyes": an office, then its holder's name
            elif nxt.text in ("of", "for") and _office_ahead(text, words, i, j):
                j += 2  # "Minister for Lands …", "Minister of State for Trade …": an office, then a name
            elif (
                nxt.text == "and"
                and words[j].low in PORTFOLIOS
                and any(words[x].text in ("of", "for") for x in range(i, j))
                and j + 2 < len(words)
                and capital(words[j + 2])
                and _joined(text, nxt, words[j + 2])
            ):
                j += 2  # "Department of Health and Social Care"
            elif (
                nxt.text == "and"
                and all(words[x].low in PORTFOLIOS for x in range(i, j + 1))
                and any(
                    is_role(words[x].low) and capital(words[x]) for x in range(j + 2, min(j + 6, len(words)))
                )
                and j + 2 < len(words)
                and capital(words[j + 2])
            ):
                j += 2  # "Housing and Local Government Minister Nga Kor Ming": portfolios before a title
            elif (
                nxt.text == "and"
                and words[i].low not in NOT_NAME_WORDS
                # ("Lt Gen Ahmed Sharif Chaudhry and National Disaster Management Authority (NDMA)
                # Chairman": a titled name, then another's title)
                and j - i < 4
                and not any(is_honorific(x.text) for x in words[i : j + 1])
                and (end := _org_after_and(text, words, j + 2)) is not None
            ):
                j = end  # "the Hostages and Missing Families Forum"
            elif (ahead := _title_ahead(text, words, j + 1)) is not None:
                j = ahead + 1  # "Canadian central bank chief Mikhail Petrov"
            elif nxt.low in NAME_PARTICLES or is_role(nxt.low):
                k = j + 1  # "von der Leyen", "Kremlin spokesman Dmitry Peskov"
                while k < len(words) and words[k].low in NAME_PARTICLES and not capital(words[k]):
                    k += 1
                if k == j + 1 and is_role(nxt.low):
                    k += 1
                    while k < len(words) and words[k].low in NAME_PARTICLES and not capital(words[k]):
                        k += 1  # "Hawk-Eye operator di Maria"
                if k < len(words) and capital(words[k]) and _joined(text, words[k - 1], words[k]):
                    j = k
                else:
                    break
            else:
                break
        if _titles_apposed(text, words, j):
            j += 1  # "Local councillor, Rose Swadling": the run modifies a title a name follows
        runs.append((i, j))
        i = j + 1
    return runs


_NUMBERED = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"))


# Possessors that open a body's name: "People’s National Party", "Workers’ Party", "Women's Aid".
_COMMON_POSSESSORS = frozenset(("people", "peoples", "workers", "women", "children", "farmers", "citizens"))


def _people_of(text: str, words: list[Word], j: int) -> bool:
    """Return True when possessive words[j] opens a body's name: `People’s National Party`."""
    if POSSESSIVE.sub("", words[j].low).rstrip("'’") not in _COMMON_POSSESSORS:
        return False
    ahead = words[j + 1 : j + 4]
    org = next((k for k, w in enumerate(ahead) if w.low in ORG_WORDS), None)
    run = [words[j], *ahead[: org + 1]] if org is not None else []
    return bool(run) and all(capital(b) and _joined(text, a, b) for a, b in pairwise(run))


def _titles_apposed(text: str, words: list[Word], j: int) -> bool:
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


def _opener(text: str, words: list[Word]) -> bool:
    """Return True when a sentence's first word, before a lower-case one, opens it rather than names.

    "Speaking at …" (a participle, unless the text names `Beijing` elsewhere), "Crews arriving on
    scene described …" (a common noun the text also writes in lower case).
    """
    w = words[0]
    if w.low.endswith(("ing", "ly", "ed")) and not named_elsewhere(text, w):
        return True
    if w.low in _OPENING_ADJECTIVES:
        return True  # "New research has revealed": an adjective before a noun
    if len(w.low) > 4 and w.low.endswith("s") and is_role(w.low[:-1]):
        return True  # "Analysts at Capital Economics said": a plural title, nobody's name
    if len(w.low) > 4 and w.low.endswith("s") and words[1].low in ("are", "were", "have"):
        return True  # "Policymakers are worried": a plural noun and its verb
    if (
        is_role(words[1].low)
        and text[w.end : words[1].start] == " "  # ("Bellocqière, president of Les Modérés")
        and not is_role(w.low)
        and w.low[:4] not in NATIONALITY_STEMS  # "Moldovan president": a descriptor
        and _title_ahead(text, words, 1) is None  # "CGT co-secretary general Héctor Daer"
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
