"""The title words of a capitalised run told from the holder's name, and the office they name.

"Major Charles Kabona", "Lib Dem Ryan Priest", "Chairman PCB Mr Mohsin Naqvi", "Minister for Lands
and Natural Resources Kweku Asoma Kyeremeh", "Prime Minister of Kosovo Albin Kurti": where the title
ends, the gender it gives, the letters that go with the office, and the role the mention takes;
the portfolios and places that go with it are read in `office_words`. `titles.mention_from_run`
reads the holder's name after them.
"""

from __future__ import annotations

from service.extract.elsewhere import named_in_full
from service.extract.lexicon import (
    GENDERED,
    KIN,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PARTY_TITLES,
    PORTFOLIOS,
    POST_NOMINALS,
    STYLES,
    SURNAME_ROLES,
    is_honorific,
)
from service.extract.offices import (
    REGIONS,
    SQUADS,
    TITLE_PREFIXES,
    acronym_before_name,
    named_between,
    spelled_out,
)
from service.extract.words import (
    DETERMINERS,
    Word,
    capital,
    initialism,
    is_plural_role,
    is_possessive,
    is_role,
)

_GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Capitalised abbreviations that are titles only right before a name ("FM Bilawal", not "Joy FM").
_LEADING_TITLES = {"FM": "foreign minister"}


# Titles that are a surname only when the story names someone so in full ("Councillor Rosa
# Bishop"); elsewhere a title ("Bishop calls for prayers").
_RANK_SURNAMES = frozenset(("king", "bishop", "major", "pope"))
# The second word of a two-word title, not a surname after the first: "Deputy Head", "Sergeant Major".
_TITLE_TAILS = frozenset(("head", "major", "king", "pope"))
# A student's year, capitalised before a full name in school and college sport: "Senior Grace
# Glasscock" (not "senior officials", and not the given name of "Junior Hoilett").
_CLASS_YEARS = frozenset(("Freshman", "Sophomore", "Junior", "Senior", "Redshirt"))
_COMPASS = frozenset(("north", "south", "east", "west"))
# Words after a title that qualify it: "President Pro Tempore", "Professor Emeritus".
_QUALIFIERS = frozenset(("pro", "tempore", "pro-tem", "pro-tempore", "tem", "emeritus", "designate", "elect"))


def _surname_role(text: str, words: list[Word], run: list[Word], first: int, k: int) -> bool:
    """Return True when the title word run[k] is a surname: `Alastair Cook`, not `the Cook`.

    "the bewildered Cook" is still Alastair Cook when the text names him in full.
    """
    w = run[k]
    if w.low not in SURNAME_ROLES or k != len(run) - 1 or not capital(w):
        return False
    after = first + len(run)
    if (
        after < len(words)
        and words[after].text.islower()
        and is_role(words[after].low)
        and text[w.end : words[after].start] == " "  # ("Kieran Shepherd, curator of …": a name)
    ):
        return False  # "Head coach of Nigeria’s Super Eagles, Jose Peseiro": a title before a title
    if k > 0:
        prev = run[k - 1].low
        if is_role(prev) and prev not in TITLE_PREFIXES and w.low not in _TITLE_TAILS:
            return capital(run[k - 1])  # "IRC Mayor Baker said": a title, then the surname
        return not is_role(prev) and prev not in NOT_NAME_WORDS
    if named_in_full(text, w.text):
        return True
    if w.low in _RANK_SURNAMES:
        return False  # "Bishop calls for prayers" over "the Bishop of Ely": a title, unless a surname
    return first == 0 or words[first - 1].low not in DETERMINERS and not capital(words[first - 1])


def title_words(text: str, words: list[Word], run: list[Word], first: int) -> tuple[set[int], list[int]]:
    """Return where a body's "Guard" stands and where the run's titles stand: "Major Charles Kabona"."""
    # "Ciarán Mac Gabhann TD": letters after a name are no title before it
    # ("The Assin Central MP, Kennedy Agyapong,": after a determiner the letters are a title)
    determined = first > 0 and words[first - 1].low in DETERMINERS
    titled = run[:-1] if len(run) > 2 and run[-1].text in POST_NOMINALS and not determined else run
    # "Major Charles Kabona": the rank, capitalised before a name (not "a major Chinese firm"); so is
    # a fellowship ("Senior Legal Fellow Hans von Spakovsky", not "a fellow Democrat")
    # "the US Coast Guard", "the National Guard": a capitalised "Guard" after a capital is a body
    guards = {k for k, w in enumerate(run) if w.text == "Guard" and k > 0 and capital(run[k - 1])}
    roles = [
        k
        for k, w in enumerate(titled)
        if (is_role(w.low) and k not in guards)
        or (w.text in ("Major", "Fellow") and k + 1 < len(titled))
        or (w.text in _CLASS_YEARS and k == 0 and len(titled) > 2)
    ]
    if not roles and len(titled) > 2 and titled[0].low in KIN and titled[0].low != "son":
        roles = [0]  # "Daughter Alison Johnson": a relation before a full name ("Son Heung-min" is a name)
    lead = _lead_titles(titled)
    if lead and (not roles or roles[0] >= lead):
        roles = sorted(set(roles) | set(range(lead)))
    if roles and _surname_role(text, words, run, first, roles[-1]):
        roles.pop()  # "England skipper Alastair Cook", "Cook made 176": the surname
    roles = roles[: named_between(text, titled, roles)]
    return guards, roles


def _lead_titles(titled: list[Word]) -> int:
    """Return how many party or plural titles lead a full name: "Lib Dem Ryan Priest"."""
    # "Conservative Liam Billington", "Lib Dem Ryan Priest", "Journalists Jamelle Wells", "Deputies
    # Robert Taylor": a party or a plural title before a full name
    lead = 0
    while lead < len(titled) - 3 and titled[lead].low in PORTFOLIOS and capital(titled[lead]):
        lead += 1
    if lead and _plural_title(titled[lead]) and lead < len(titled) - 2:
        return lead + 1  # "Foreign Ministers Ararat Mirzoyan and …": portfolios, then the plural title
    plural = next((k for k in range(1, len(titled) - 2) if _plural_title(titled[k])), None)
    if plural is not None and all(capital(w) for w in titled[:plural]):
        return plural + 1  # "Sinn Féin TDs Thomas Gould and …": a party, then the plural title
    lead = 0
    while lead < len(titled) - 2 and (
        titled[lead].low in PARTY_TITLES or (lead == 0 and _plural_title(titled[0]))
    ):
        lead += 1
    return lead


def _plural_title(w: Word) -> bool:
    """Return True for the plural of a title: "Journalists", "Deputies"."""
    low = w.low
    return (len(low) > 4 or w.text[:-1].isupper()) and (
        is_plural_role(low) or (low.endswith("ies") and is_role(low[:-3] + "y"))
    )  # ("TDs", "MPs": a title's letters in the plural)


def title_head(run: list[Word], roles: list[int]) -> tuple[str | None, int, list[Word]]:
    """Return a leading title's office, where the title ends (-1: none), the words after: "FM Bilawal"."""
    leading = _LEADING_TITLES.get(run[0].text) if len(run) > 1 and not roles else None
    head = roles[-1] if roles else 0 if leading else -1  # "FM Bilawal": a title only before a name
    # ("County Judge Ray West": a compass word ending the run after a given name is a surname)
    surname = len(run) - head == 3 and run[-1].low in _COMPASS  # a given name, then the compass word
    body = [w for w in run[head + 1 :] if w.low in ORG_WORDS and not (surname and w is run[-1])]
    if head >= 0 and body and all(capital(w) for w in run):
        head = -1  # "Premier League Match Centre": a title word inside an organisation's name
    name_words = run[head + 1 :]
    while (
        head >= 0 and len(name_words) > 2 and name_words[0].low in PORTFOLIOS | REGIONS | SQUADS | _QUALIFIERS
    ):
        # "Leader of the Official Opposition Kevin Falcon": the office runs over a portfolio word;
        # "Divisional Commissioner Eastern Luke Moroivalu": over the region it serves; "Head Coach
        # National Teams Devis Mangia": over the squads it leads; "Senate President Pro Tempore
        # Jinggoy Estrada": over the words that qualify it
        head, name_words = head + 1, name_words[1:]
    return leading, head, name_words


def title_gender(
    text: str, words: list[Word], run: list[Word], first: int, head: int
) -> tuple[str | None, str]:
    """Return the gender of the title or a kin word, and the word before the run: "her husband, Richard"."""
    gender = GENDERED.get(run[head].low) if head >= 0 else None
    kin = words[first - 1].low if first > 0 else ""
    if kin in GENDERED and text[words[first - 1].end : run[0].start] in (", ", " "):
        gender = GENDERED[kin]  # "her husband, Richard Ashby"
    if head > 0 and run[0].low.rstrip(".") in _GENDERED_HONORIFICS:
        gender = _GENDERED_HONORIFICS[run[0].low.rstrip(".")]  # "Mr Justice Hollins"
    return gender, kin


def without_letters(
    text: str, run: list[Word], head: int, name_words: list[Word], gender: str | None
) -> tuple[list[Word], str | None, str | None]:
    """Return the name words without "KC", a body's letters or "Mr", the letters' office, the gender."""
    possessive_run = is_possessive(text, run[-1]) if run else False
    while len(name_words) > 2 and name_words[-1].text.rstrip(".,") in POST_NOMINALS and not possessive_run:
        name_words = name_words[:-1]  # "Anne Gillespie KC": the letters after the name are no part of it
    lettered = None
    if head >= 0 and _office_letters(text, name_words):
        # "Chairman PCB Mr Mohsin Naqvi", "Director NDMA Ali Khan": the body's letters are the office's
        lettered, name_words = text[run[0].start : name_words[0].end], name_words[1:]
    elif (
        head >= 0
        and len(name_words) == 1
        and initialism(name_words[0].text)
        and spelled_out(text, name_words[0].text)
    ):
        # "Chairman PCB replied": the title of a body the story names in full, no name of its own
        name_words = []
    while name_words and is_honorific(name_words[0].text):
        honorific = name_words[0].low.rstrip(".")
        gender = _GENDERED_HONORIFICS.get(honorific) or GENDERED.get(honorific, gender)
        name_words = name_words[1:]
    return name_words, lettered, gender


def title_role(text: str, run: list[Word], head: int, office: str | None, kin: str) -> str | None:
    """Return the role: the office, else the title words, else the kin word before: "her husband"."""
    # ("H.H. Sheikh", "Her Majesty Queen": the style of address is no part of the title)
    styled = next((k for k in range(head) if run[k].low.rstrip(".") not in STYLES), head)
    role = office or (text[run[styled].start : run[head].end] if head >= 0 else (kin if kin in KIN else None))
    if role and role.split()[0].lower() == "the":
        role = role[4:]
    return role


def _office_letters(text: str, name_words: list[Word]) -> bool:
    """Return True when the first of the words after a title are a body's letters, not the name's."""
    if len(name_words) > 2 and is_honorific(name_words[1].text):
        return initialism(name_words[0].text)  # "PCB Mr Mohsin Naqvi"
    if len(name_words) < 3:
        return False
    letters = name_words[0].text
    # "Director FRSC Musa Ali" with "the Federal Road Safety Corps" written out ("Senator JD Vance"
    # has two letters, a name's)
    return (initialism(letters) and len(letters) > 2 and spelled_out(text, letters)) or acronym_before_name(
        text, name_words
    )
