"""A capitalised run read as a mention: the title, the holder's name, and what is neither.

"Chief Election Commissioner Sikandar Sultan Raja", "Ambassador to India Pham Sanh Chau",
"Conservative Liam Billington", "Collin Benjamin Head Coach of …": the title is told from the
name, and places, parties, credits and letters are kept out of it.
"""

from __future__ import annotations

import re

from service.extract.elsewhere import as_written, named_elsewhere, named_in_full
from service.extract.lexicon import (
    DEMONYMS,
    GENDERED,
    KIN,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PARTY_TITLES,
    PORTFOLIOS,
    POST_NOMINALS,
    PREPOSITIONS,
    STYLES,
    SURNAME_ROLES,
    is_honorific,
)
from service.extract.offices import (
    DEMONYM_NOUNS,
    GIVEN_COUNTRIES,
    REGIONS,
    SQUADS,
    TITLE_PREFIXES,
    acronym_before_name,
    country_words,
    described_after,
    dweller,
    holder_after_body,
    lower_office,
    name_before_title,
    named_between,
    named_on,
    spelled_out,
    stands_alone,
    without_place,
)
from service.extract.runs import NICKNAME
from service.extract.words import (
    DETERMINERS,
    POSSESSIVE,
    Mention,
    MentionKind,
    Word,
    capital,
    initialism,
    is_possessive,
    is_role,
)

_GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Capitalised abbreviations that are titles only right before a name ("FM Bilawal", not "Joy FM").
_LEADING_TITLES = {"FM": "foreign minister"}
# Titles that go with a single name as the name the world knows: "Pope Francis", "King Charles".
_REGNAL = frozenset(("king", "queen", "prince", "princess", "pope", "sheikh", "sheikha", "emir", "sultan"))
_GLUED_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Hon|Engr|Barr)\.(?=[A-Z][a-z])")


# Titles that are a surname only when the story names someone so in full ("Councillor Rosa
# Bishop"); elsewhere a title ("Bishop calls for prayers").
_RANK_SURNAMES = frozenset(("king", "bishop", "major", "pope"))
# The second word of a two-word title, not a surname after the first: "Deputy Head", "Sergeant Major".
_TITLE_TAILS = frozenset(("head", "major", "king", "pope"))


def _surname_role(text: str, words: list[Word], run: list[Word], first: int, k: int) -> bool:
    """Return True when the title word run[k] is a surname: `Alastair Cook`, not `the Cook`.

    "the bewildered Cook" is still Alastair Cook when the text names him in full.
    """
    w = run[k]
    if w.low not in SURNAME_ROLES or k != len(run) - 1 or not capital(w):
        return False
    after = first + len(run)
    if after < len(words) and words[after].text.islower() and is_role(words[after].low):
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


def mention_from_run(text: str, words: list[Word], first: int, last: int) -> Mention | None:
    """Return the mention words[first..last] make: title, holder's name, office, place and kind."""
    run = words[first : last + 1]
    if _no_name(run):
        return None
    run, first = _without_participle(text, run, first)
    guards, roles = _title_words(text, words, run, first)
    leading, head, name_words = _head(run, roles)
    gender, kin = _gender(text, words, run, first, head)
    name_words, lettered, gender = _without_letters(text, run, head, name_words, gender)
    office, name_words = _portfolios(text, run, head, name_words, lettered or leading)
    office, name_words = _office_before(text, words, first, name_words, office)
    name_words, placed, split_body, office = _place_after_office(text, words, first, name_words, office)
    if _nationality_adjective(words, run, first, last):
        return None  # "her Polish counterpart": a nationality adjective, nobody's name
    lows = {w.low for w in run}
    name_words = _without_demonym(text, name_words, lows)
    start, end = run[0].start, run[-1].end
    possessive = is_possessive(text, run[-1])
    if possessive and POSSESSIVE.search(run[-1].text):
        end -= 2
    prep = _after_preposition(text, words, first, placed, office)
    role = _role(text, run, head, office, kin)
    if not name_words:
        return _unnamed(text, run, first, last, head, role, start, end, possessive, prep)
    name_words, lows = _person(text, words, run, first, name_words, lows)
    if head < 0 and acronym_before_name(text, name_words):
        # "PCC Matthew Scott", "EC Mahbub": an office or body in capitals before the name
        role, name_words = name_words[0].text, name_words[1:]
        lows = {w.low for w in name_words}
    holder = holder_after_body(text, name_words)
    if holder:
        # "Chairman of the Talparo Regional Corporation Henry Awong": the body, then its officer
        name_words, lows, head = name_words[-holder:], {w.low for w in name_words[-holder:]}, -1
    name = _name(text, run, name_words, end, possessive)
    kind = _kind(words, run, first, head, lows, guards, split_body, name, name_words, possessive)
    before = words[first - 1].low if first > 0 else ""
    generation = {"elder": "elder", "senior": "elder", "younger": "younger", "junior": "younger"}.get(before)
    return Mention(
        first, last, kind, text[start:end], name, role, start, end, possessive, prep, gender, generation
    )


def _without_participle(text: str, run: list[Word], first: int) -> tuple[list[Word], int]:
    """Return the run and its first index without a sentence-initial participle: "Speaking at ..."."""
    while (
        run
        and first == 0
        and run[0].text.endswith("ing")
        and len(run) > 1
        and not named_elsewhere(text, run[0])
    ):
        run, first = run[1:], first + 1  # "Speaking at ...", a sentence-initial participle
    return run, first


def _title_words(text: str, words: list[Word], run: list[Word], first: int) -> tuple[set[int], list[int]]:
    """Return where a body's "Guard" stands and where the run's titles stand: "Major Charles Kabona"."""
    # "Ciarán Mac Gabhann TD": letters after a name are no title before it
    # ("The Assin Central MP, Kennedy Agyapong,": after a determiner the letters are a title)
    determined = first > 0 and words[first - 1].low in DETERMINERS
    titled = run[:-1] if len(run) > 2 and run[-1].text in POST_NOMINALS and not determined else run
    # "Major Charles Kabona": the rank, capitalised before a name (not "a major Chinese firm")
    # "the US Coast Guard", "the National Guard": a capitalised "Guard" after a capital is a body
    guards = {k for k, w in enumerate(run) if w.text == "Guard" and k > 0 and capital(run[k - 1])}
    roles = [
        k
        for k, w in enumerate(titled)
        if (is_role(w.low) and k not in guards) or (w.text == "Major" and k + 1 < len(titled))
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
    while lead < len(titled) - 2 and (
        titled[lead].low in PARTY_TITLES
        or (
            lead == 0
            and len(titled[0].low) > 4
            and titled[0].low.endswith("s")
            and (
                is_role(titled[0].low[:-1])
                or (titled[0].low.endswith("ies") and is_role(titled[0].low[:-3] + "y"))
            )
        )
    ):
        lead += 1
    return lead


def _head(run: list[Word], roles: list[int]) -> tuple[str | None, int, list[Word]]:
    """Return a leading title's office, where the title ends (-1: none), the words after: "FM Bilawal"."""
    leading = _LEADING_TITLES.get(run[0].text) if len(run) > 1 and not roles else None
    head = roles[-1] if roles else 0 if leading else -1  # "FM Bilawal": a title only before a name
    if head >= 0 and any(w.low in ORG_WORDS for w in run[head + 1 :]) and all(capital(w) for w in run):
        head = -1  # "Premier League Match Centre": a title word inside an organisation's name
    name_words = run[head + 1 :]
    while head >= 0 and len(name_words) > 2 and name_words[0].low in PORTFOLIOS | REGIONS | SQUADS:
        # "Leader of the Official Opposition Kevin Falcon": the office runs over a portfolio word;
        # "Divisional Commissioner Eastern Luke Moroivalu": over the region it serves; "Head Coach
        # National Teams Devis Mangia": over the squads it leads
        head, name_words = head + 1, name_words[1:]
    return leading, head, name_words


def _gender(text: str, words: list[Word], run: list[Word], first: int, head: int) -> tuple[str | None, str]:
    """Return the gender of the title or a kin word, and the word before the run: "her husband, Richard"."""
    gender = GENDERED.get(run[head].low) if head >= 0 else None
    kin = words[first - 1].low if first > 0 else ""
    if kin in GENDERED and text[words[first - 1].end : run[0].start] in (", ", " "):
        gender = GENDERED[kin]  # "her husband, Richard Ashby"
    if head > 0 and run[0].low.rstrip(".") in _GENDERED_HONORIFICS:
        gender = _GENDERED_HONORIFICS[run[0].low.rstrip(".")]  # "Mr Justice Hollins"
    return gender, kin


def _without_letters(
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


def _portfolios(
    text: str, run: list[Word], head: int, name_words: list[Word], office: str | None
) -> tuple[str | None, list[Word]]:
    """Return the office and the holder's name words of "Minister for Lands … Kweku Asoma Kyeremeh"."""
    if not (head >= 0 and name_words and name_words[0].text in ("of", "for")):
        return office, name_words
    # "Minister for Lands and Natural Resources Kweku Asoma Kyeremeh": the portfolios run to
    # the last joining word, then over portfolio words; the rest is the holder's name, and
    # "the Minister for Trade" names nobody.
    k = 1 + max(k for k, w in enumerate(name_words[:-1]) if w.text in ("of", "for", "and"))
    if k < len(name_words) - 1:
        k += 1  # the word after the joining word is the office's, whatever it is ("Water and Power")
    if name_words[k - 1].low == "the" and k < len(name_words) - 1:
        k += 1  # "Speaker of the House Mike Reyes": the word after the article is the office's
    while k < len(name_words) - 1 and name_words[k].low in PORTFOLIOS:
        k += 1
    office = text[run[0].start : name_words[k - 1].end]
    # "Commissioner for Local Government and Chieftaincy Affairs": the office alone
    name_words = name_words[k:] if {name_words[k].low, name_words[-1].low}.isdisjoint(PORTFOLIOS) else []
    if not name_words:
        office = text[run[0].start : run[-1].end]
    return office, name_words


def _office_before(
    text: str, words: list[Word], first: int, name_words: list[Word], office: str | None
) -> tuple[str | None, list[Word]]:
    """Return the office of a title before the run, the name after its portfolios: "Secretary for Housing"."""
    lower = lower_office(words, first)
    if lower is not None and office is None:
        office = text[words[lower].start : words[first - 1].end]  # "director of operations"
    if first > 1 and words[first - 1].low in ("for", "of") and is_role(words[first - 2].low):
        while len(name_words) > 2 and (
            name_words[0].low in PORTFOLIOS
            or name_words[0].low == "and"
            or (name_words[1].low in PORTFOLIOS and len(name_words) > 3)  # "for Peace Operations X Y"
        ):
            name_words = name_words[1:]  # "Secretary for Housing Winnie Ho": the portfolio, then the name
            office = text[words[first - 2].start : name_words[0].start].strip()  # "Secretary of State"
    return office, name_words


def _place_after_office(
    text: str, words: list[Word], first: int, name_words: list[Word], office: str | None
) -> tuple[list[Word], int, bool, str | None]:
    """Return the name words after a place, how many words the place has, whether a body's name was
    split off, and the office: "Prime Minister of Kosovo Albin Kurti"."""
    posted_in = first > 1 and words[first - 1].low in ("for", "of", "in") and is_role(words[first - 2].low)
    placed = country_words(name_words) if posted_in else 0
    if posted_in and not placed and len(name_words) > 2 and stands_alone(text, name_words[0], name_words[1]):
        placed = 1
    if placed and len(name_words) - placed >= 2:
        # "Prime Minister of Kosovo Albin Kurti", "spokesperson in Italy Flavio Di Giacomo": a
        # country, or a place the story names on its own, then the name
        name_words = name_words[placed:]
        office = text[words[first - 2].start : name_words[0].start].strip()
    elif (
        first > 0 and words[first - 1].low == "in" and name_words and name_words[0].low not in GIVEN_COUNTRIES
    ):
        # "… Bread Making Industry in Romania Aurel Popescu said": a country after "in", then a name
        placed = country_words(name_words)
        name_words = name_words[placed:] if len(name_words) - placed >= 2 else name_words
    split_body = False
    if posted_in and not placed:
        # "director of Property Council of Australia Adina Cirson": a body named for its country,
        # then the holder's name
        body = _country_body(name_words)
        if body is not None:
            at, placed = body
            name_words, split_body = name_words[at:], True
            office = text[words[first - 2].start : name_words[0].start].strip()
    return name_words, placed, split_body, office


def _country_body(name_words: list[Word]) -> tuple[int, int] | None:
    """Return where the name starts after a body named for its country, and the country's length:
    "Property Council of Australia Adina Cirson"."""
    for c in range(2, len(name_words) - 2):
        n = country_words(name_words[c:])
        body = name_words[:c]
        if n and name_words[c - 1].low == "of" and any(w.low in ORG_WORDS for w in body):
            return (c + n, n) if len(name_words) - c - n >= 2 else None
    return None


def _nationality_adjective(words: list[Word], run: list[Word], first: int, last: int) -> bool:
    """Return True for a nationality adjective after a determiner: "her Polish counterpart"."""
    return bool(
        len(run) == 1
        and first > 0
        and words[first - 1].low in DETERMINERS
        and last + 1 < len(words)
        and words[last + 1].text.islower()
        and re.search(r"(?:ish|ese|ian|ch|an)$", run[0].low)
    )


def _without_demonym(text: str, name_words: list[Word], lows: set[str]) -> list[Word]:
    """Return the name words without a nationality or where one lives: "the Italian Renato Moretti"."""
    while (
        (len(name_words) > 2 or len(name_words) == 2 and name_words[0].low in DEMONYM_NOUNS)
        and name_words[0].low in DEMONYMS
        and not lows & ORG_WORDS
    ):
        name_words = name_words[1:]  # "the Italian Renato Moretti": a nationality, then the name
    local = name_words[:1] and name_words[0].low == "local" and not lows & ORG_WORDS  # not "Local Government"
    while len(name_words) > 2 and (dweller(text, name_words[0]) or local):
        # "Portlander Hayley Rundell", "Local Awie Rasa": where she lives, then her name
        name_words = name_words[1:]
    return name_words


def _after_preposition(text: str, words: list[Word], first: int, placed: int, office: str | None) -> bool:
    """Return True when the run follows a preposition: "at the University of Bristol"."""
    # "at the University of Bristol": a determiner sits between the preposition and the name.
    det = first > 1 and words[first - 1].low in ("the", "a", "an")
    # ("spokesman in Italy Flavio Di Giacomo": the preposition is the office's, before its place)
    prep = first > 0 and words[first - 1 - det].low in PREPOSITIONS and not (placed and office)
    return prep or described_after(text, words, first) is not None


def _role(text: str, run: list[Word], head: int, office: str | None, kin: str) -> str | None:
    """Return the role: the office, else the title words, else the kin word before: "her husband"."""
    # ("H.H. Sheikh", "Her Majesty Queen": the style of address is no part of the title)
    styled = next((k for k in range(head) if run[k].low.rstrip(".") not in STYLES), head)
    role = office or (text[run[styled].start : run[head].end] if head >= 0 else (kin if kin in KIN else None))
    if role and role.split()[0].lower() == "the":
        role = role[4:]
    return role


def _unnamed(
    text: str,
    run: list[Word],
    first: int,
    last: int,
    head: int,
    role: str | None,
    start: int,
    end: int,
    possessive: bool,
    prep: bool,
) -> Mention | None:
    """Return the mention of a run with no name after its title: a name before it, or a descriptor."""
    if head >= 2:
        behind = name_before_title(text, run, head)
        if behind is not None:
            # "Collin Benjamin Head Coach of the Namibian national team,": the title after the name
            name = text[run[0].start : run[behind - 1].end]
            role = text[run[behind].start : run[head].end]
            return Mention(first, last, "name", text[start:end], name, role, start, end, possessive, prep)
    if role is None:
        return None
    return Mention(
        first, last, "descriptor", text[start:end], run[head].low, role, start, end, possessive, prep
    )


def _person(
    text: str, words: list[Word], run: list[Word], first: int, name_words: list[Word], lows: set[str]
) -> tuple[list[Word], set[str]]:
    """Return the name words and their lower forms without a place or body before them:
    "Ambassador to India Pham Sanh Chau"."""
    person_words = without_place(text, name_words)
    # "Ambassador to India X", "Minister of Defense of Ukraine X": a country after an office
    # ("Ambassador to the United Nations Vasily Nebenzya": a body after "the")
    at = first - 1 if first > 2 and words[first - 1].low == "the" else first
    posted = at > 1 and (
        (words[at - 1].low in ("to", "for") and is_role(words[at - 2].low))
        or (words[at - 1].low == "of" and words[at - 2].low in PORTFOLIOS and capital(words[at - 2]))
    )
    if posted and person_words is name_words and len(name_words) > 2 and len(name_words) == len(run):
        # "Ambassador to India Pham Sanh Chau": the country the envoy is posted to, then the name
        country = re.escape(text[name_words[0].start : name_words[1].end])
        two = len(name_words) > 3 and re.search(rf"\b{country}\b(?! {re.escape(name_words[2].text)})", text)
        person_words = name_words[2:] if two else name_words[1:]
        if len(name_words) > 3 and name_words[1].low in ORG_WORDS:
            person_words = name_words[2:]  # "United Nations", "European Union": a body of two words
        if not all(capital(w) for w in person_words):
            person_words = name_words  # "spokesperson for the Department of Homeland Security": a body
    if person_words is not name_words and not {w.low for w in person_words} & ORG_WORDS:
        return person_words, {w.low for w in person_words}
    return name_words, lows


def _name(text: str, run: list[Word], name_words: list[Word], end: int, possessive: bool) -> str:
    """Return the holder's name as the text writes it: "Pope Francis", "Prince Faisal bin Farhan"."""
    name_start = name_words[0].start
    at = run.index(name_words[0]) if name_words[0] in run else 0
    if len(name_words) == 1 and at > 0 and run[at - 1].low in _REGNAL and not named_on(text, name_words[0]):
        name_start = run[at - 1].start  # "Pope Francis", "Sheikh Hasina": known by title and one name
    # "Prince Faisal bin Farhan": a royal's title is part of the name ("Crown Prince" is an office)
    royal = at > 0 and run[at - 1].low in ("prince", "princess", "sheikh", "sheikha")
    if (
        royal
        and (at < 2 or run[at - 2].low != "crown")
        and any(w.text in ("bin", "bint", "ibn") for w in name_words)
    ):
        name_start = run[at - 1].start
    glued = _GLUED_HONORIFIC.match(name_words[0].text)
    if glued and len(name_words) > 1:
        name_start += glued.end()  # "Dr.Muazu Babangida Aliyu": an honorific with no space after it
    name = NICKNAME.sub(" ", text[name_start : end if possessive else name_words[-1].end])
    half = len(name) // 2
    if len(name_words) > 2 and " " in name[:half] and name[:half] == name[half:]:
        name = name[:half]  # "Steve SmithSteve Smith": a caption's name printed twice, glued
    if len(name_words) > 1 and name.isupper():
        name = as_written(text, name)  # "ANDY FARRELL couldn’t resist": a lede's capitals
    adjective = _NAMED_ADJECTIVE.search(name) if len(name_words) > 1 else None
    if adjective is not None:
        name = name[: adjective.start()]  # "the Ange Postecoglou-coached visitors": the coach
    return name


def _kind(
    words: list[Word],
    run: list[Word],
    first: int,
    head: int,
    lows: set[str],
    guards: set[int],
    split_body: bool,
    name: str,
    name_words: list[Word],
    possessive: bool,
) -> MentionKind:
    """Return "org" for a body, a side or letters, else "name": "the Harambee Stars", "the All Blacks"."""
    acronym = len(name_words) == 1 and name.isupper() and len(name) > 1
    # "the Harambee Stars", "the All Blacks": a side or a body, named in the plural after "the"
    side = head < 0 and first > 0 and words[first - 1].low == "the" and run[-1].text.endswith("s")
    side = side and not possessive and not run[-1].text.endswith("ss")
    return (
        "org" if ((lows & ORG_WORDS or guards) and head < 0 and not split_body) or acronym or side else "name"
    )


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


# "Ange Postecoglou-coached", "Marco Rojas-inspired": a name made an adjective.
_NAMED_ADJECTIVE = re.compile(r"-(?:[a-z]{3,}ed|led|based|born|made|run|held|owned)$")
# "Forty-two", "Twenty": a number spelled out opening a sentence.
_NUMBER = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-\w+)?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands"
)


def _no_name(run: list[Word]) -> bool:
    """Return True for a capitalised run that names nobody: "Forty-two", "North Carolina-based",
    "Housing and Local" (portfolios cut off before "government Minister")."""
    if len(run) == 1 and _NUMBER.fullmatch(run[0].low):
        return True
    if run and run[-1].low.endswith("-based"):
        return True
    return len(run) > 1 and all(w.low in PORTFOLIOS or w.low == "and" for w in run) and run[-1].low != "and"
