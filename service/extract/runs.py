"""Capitalised runs of words that may be names: where a run of a title, a name or a body ends.

`name_runs` walks a sentence's words: it passes over a word that opens no name ("More than",
"the US-drafted plan", a page's "Watch …"), carries a run on while `run_words` joins the next word
to it ("van der Berg", "Department for Transport"), and ends it at a possessive ("Jane Doe's"), an
honorific that opens the next name, a credit in capitals or a caption's directions;
`titles.mention_from_run` reads each run.
"""

from __future__ import annotations

import re

from service.extract.elsewhere import named_elsewhere, said_lead
from service.extract.lexicon import (
    CHAMBERS,
    COUNTRIES,
    HEADLINE_VERBS,
    INVERTED_CUES,
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
from service.extract.office_words import body_then_name
from service.extract.offices import GIVEN_COUNTRIES
from service.extract.run_words import (
    dated,
    function_surname,
    is_initial,
    joined,
    letters_after_title,
    office_ahead,
    opener,
    org_after_and,
    particle_lead,
    people_of,
    plural_owner,
    portfolio_list,
    title_ahead,
    titles_apposed,
    weekday_given,
)
from service.extract.words import Word, capital, is_possessive, is_role

# Verbs a page opens a line with to call its reader: "Watch …", "Read more …", "Listen …".
_CALLS = frozenset(
    ("watch", "read", "listen", "click", "subscribe", "check", "see", "find", "follow", "share")
)
_PREFIXED = re.compile(r"(?:al|el|ul|ad|as|ash|at|az|bin|ibn|abu|d|l)[-’'][A-Z]")
# A US lawmaker's party and state, "(D-N.J.)", "R-Texas": no one's name.
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_HYPHENATED_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|[a-z]+ing|led|based|born|made|run|held|owned)$")
_AGE = re.compile(r"-(?:year|month)s?-old$", re.IGNORECASE)  # "Eight-year-old Poppy Hughes"
# A letter or a particle hyphenated to a word: "U-turn", "X-ray", "a Call-In process", "Sign-Up"; a
# place joined by a preposition: "Walton-on-the-Hill", "Stratford-upon-Avon".
_HYPHENATED_THING = re.compile(r"^[A-Z]-[a-z]|-(?:In|Out|Up|Off|Over|Down|Back)$|-(?:on|upon|under|by)-")
_STORMS = frozenset(("storm", "hurricane", "cyclone", "typhoon", "tornado"))


# "couldn’t", "won't": a verb with its negation, never part of a name.
_CONTRACTION = re.compile(r"n[’']t$|^(?:we|you|they|i|he|she|it|that|there)[’'](?:re|ve|ll|m|d|s)$")


def _storm_named(words: list[Word], i: int) -> bool:
    """Return True for a storm's name: "the storm Daniel", "the storm named Daniel"."""
    named = i > 1 and words[i - 1].low in ("named", "called", "dubbed")
    before = words[i - 1 - named] if i > named else None
    return before is not None and before.text in _STORMS


def name_runs(text: str, words: list[Word]) -> list[tuple[int, int]]:
    """Return [first, last] word ranges of capitalised runs, with lowercase titles and particles."""
    runs, i = [], 0
    while i < len(words):
        w = words[i]
        lead_title = not capital(w) and title_ahead(text, words, i) is not None
        # "Speaking at …", "Asked …" open a sentence; "Ahmed al-Sharaa" does not.
        nxt_low = (
            i + 1 < len(words)
            and (not capital(words[i + 1]) or words[i + 1].low in NOT_NAME_WORDS)  # "Describing Thursday's …"
            and not _PREFIXED.match(words[i + 1].text)
            # "Majed bin Mohammed Al-Ansari": a patronymic's particle inside the name
            and not (
                words[i + 1].text in ("bin", "bint", "ibn") and i + 2 < len(words) and capital(words[i + 2])
            )
        )
        # "INVESTMENT guru Aliko Dangote …": a lede's first word in capitals, a word, not an acronym
        kicker = i == 0 and len(w.text) > 6 and w.text.isupper() and nxt_low
        not_name = (
            kicker
            or (w.low == "more" and i + 1 < len(words) and words[i + 1].low == "than")  # "More than 50"
            or w.low in NOT_NAME_WORDS
            and not is_initial(text, words, i)
            and not weekday_given(text, words, i)
            and not function_surname(text, words, i)
            # "Minister for Further and Higher Education": a portfolio's word after its office
            and not (i > 1 and words[i - 1].low in ("for", "of") and is_role(words[i - 2].low) and capital(w))
            or _AGE.search(w.low)
            or _CONTRACTION.search(w.low)  # "ANDY FARRELL COULDN’T resist a joke"
            or _PARTY_STATE.match(w.text)
            or _HYPHENATED_ADJECTIVE.search(w.text)  # "the US-drafted plan", "Kremlin-backed"
            or _HYPHENATED_THING.search(w.text) is not None
            or _storm_named(words, i)
            or w.low in INVERTED_CUES  # "Says Rambhau Avhad, a farmer: “…”": the cue, then its speaker
            or i == 0
            and said_lead(text, words)
        )
        if (
            not (capital(w) or lead_title or particle_lead(text, words, i))
            or (not_name and capital(w))
            or (i == 0 and nxt_low and opener(text, words))  # searched last: it reads the whole text
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
            # "Alongside Habeck, co-party leader Annalena Baerbock …": a preposition opening a sentence
            or (i == 0 and w.low in PREPOSITIONS and not named_elsewhere(text, w))
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
                joined(text, words[j], words[j + 1])
                or plural_owner(text, words[j], words[j + 1])
                or portfolio_list(text, words, i, j)
                # "Hampshire & Isle of Wight Constabulary", "Marks & Spencer": one body's name
                or (
                    text[words[j].end : words[j + 1].start] == " & "
                    and capital(words[j])
                    and capital(words[j + 1])
                )
            )
        ):
            nxt = words[j + 1]
            if nxt.low in HEADLINE_VERBS and j > i:
                break  # "Suvendu Adhikari Slams TMC's Mega Rally": a headline's verb after a full name
            # "Ukraine’s Ministry of Foreign Affairs": a country's ministry is named without it
            country = words[j].low[:4] in NATIONALITY_STEMS
            if (
                is_possessive(text, words[j])
                and not people_of(text, words, j)
                and (country or not (capital(nxt) and nxt.low in ORG_WORDS and joined(text, words[j], nxt)))
                and not plural_owner(text, words[j], nxt)
            ):
                break  # "Trump's", but "the Prime Minister’s Office" is one name
            if (
                is_honorific(nxt.text)
                and not is_role(words[j].low)
                and not is_honorific(words[j].text)  # "Datuk Ir Shahelmey Yahya": two honorifics
                and words[j].low not in PARTY_TITLES
                and not letters_after_title(words, i, j)
                and j + 2 < len(words)
                and capital(words[j + 2])
                and joined(text, nxt, words[j + 2])
                # ("prosecutor Gopal Sri Ram": "Sri" inside a name after its given name, not a place)
                and not (
                    nxt.text == "Sri"
                    and words[j].low not in ("tan", "datuk", "dato", "seri")  # "Tan Sri Noh Omar": a style
                    and (i == 0 or words[i - 1].low not in PREPOSITIONS)
                )
            ):
                break  # "candidate from Muzaffarpur Shri Ranjan Kumar": the honorific opens a name,
                # while a name may end in one ("Zaw Min Tun")
            # ("CEO R.J. Scaringe": initials with stops are a given name, not a credit's capitals)
            caps = j > i and all(
                len(x.text) > 2 and x.text.isupper() and x.text.isalpha() for x in words[j - 1 : j + 1]
            )
            if caps and nxt.text[1:].islower() and not is_role(words[j].low):
                break  # "GETTY IMAGES Conseslus Kipruto": a credit in capitals, then the name
            if nxt.text in ("Left", "Right") and j + 2 < len(words) and words[j + 2].low in ("to", "and"):
                break  # "… Tuilaepa Sa'ilele Malielegaoi Left to right: …": a caption's directions
            if j > i and is_possessive(text, nxt) and nxt.low in COUNTRIES and nxt.low not in GIVEN_COUNTRIES:
                break  # "Nigeria coach Jose Peseiro Cameroon's defenders": a country's, after a name
            if capital(nxt) and nxt.low not in NOT_NAME_WORDS and not _CONTRACTION.search(nxt.low):
                j += 1
            elif function_surname(text, words, j + 1):
                j += 1  # "Vice Premier He Lifeng"
            elif nxt.text in _NUMBERED and j + 2 < len(words) and not capital(words[j + 2]):
                j += 1  # "Division One councillor", "League Two side": a numbered division
            elif is_initial(text, words, j + 1):
                j += 1  # "Justice A. Arumughaswamy": an initial, not the article "A"
            elif nxt.text == "May" and words[j].text[1:].islower() and not dated(words, j + 1):
                j += 1  # "Theresa May", "Javier May": a surname, not the month or the verb
            elif nxt.text == "Weeks" and words[j].text[1:].islower() and words[j].low not in NOT_NAME_WORDS:
                j += 1  # "Trevor Weeks": a surname, not a span of time
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
                and words[j + 3].low in CHAMBERS
                and capital(words[j + 4])
                and joined(text, words[j + 3], words[j + 4])
            ):
                j += 3  # "Speaker of the House Mike Reyes": an office, then its holder's name
            elif (
                nxt.text in ("of", "at")
                and capital(words[j])
                and is_role(words[j].low)
                and j + 3 < len(words)
                and words[j + 2].low == "the"
                and body_then_name(text, words, j + 3)
            ):
                # "Head of the KPK News Section Ali Fikri", "Environment Manager at the Environment
                # Agency Andrew Raine": an office in a body, then its holder
                j += 3
            elif nxt.text in ("of", "for") and office_ahead(text, words, i, j):
                j += 2  # "Minister for Lands …", "Minister of State for Trade …": an office, then a name
            elif (
                nxt.text == "and"
                and words[j].low in PORTFOLIOS
                and any(words[x].text in ("of", "for") for x in range(i, j))
                and j + 2 < len(words)
                and capital(words[j + 2])
                and joined(text, nxt, words[j + 2])
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
                nxt.low == "and"  # ("National Oceanic And Atmospheric Administration": a title's capitals)
                and words[i].low not in NOT_NAME_WORDS
                # ("Lt Gen Ahmed Sharif Chaudhry and National Disaster Management Authority (NDMA)
                # Chairman": a titled name, then another's title)
                and j - i < 4
                and not any(is_honorific(x.text) for x in words[i : j + 1])
                and (end := org_after_and(text, words, j + 2)) is not None
            ):
                j = end  # "the Hostages and Missing Families Forum"
            elif (ahead := title_ahead(text, words, j + 1)) is not None:
                j = ahead + 1  # "Canadian central bank chief Mikhail Petrov"
            elif nxt.low in NAME_PARTICLES or is_role(nxt.low):
                k = j + 1  # "von der Leyen", "Kremlin spokesman Dmitry Peskov"
                while k < len(words) and words[k].low in NAME_PARTICLES and not capital(words[k]):
                    k += 1
                if k == j + 1 and is_role(nxt.low):
                    k += 1
                    while k < len(words) and words[k].low in NAME_PARTICLES and not capital(words[k]):
                        k += 1  # "Hawk-Eye operator di Maria"
                if k < len(words) and capital(words[k]) and joined(text, words[k - 1], words[k]):
                    j = k
                else:
                    break
            else:
                break
        if titles_apposed(text, words, j):
            j += 1  # "Local councillor, Rose Swadling": the run modifies a title a name follows
        runs.append((i, j))
        i = j + 1
    return runs


_NUMBERED = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"))
