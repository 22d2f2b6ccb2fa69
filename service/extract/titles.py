"""A capitalised run read as a mention: the holder's name and kind once the title is off.

"Pope Francis", "the Italian Renato Moretti", "Ambassador to India Pham Sanh Chau", "Collin Benjamin
Head Coach of …", "the Harambee Stars": `mention_from_run` has `title_words` and `office_words` tell
the title and office from the name, then reads the name as the text writes it, a nationality or
place before it, a name before the title, and whether the run names a person or a body.
"""

from __future__ import annotations

import re

from service.extract.elsewhere import as_written, named_elsewhere
from service.extract.glued import recurs
from service.extract.lexicon import CHAMBERS, ORG_WORDS, PORTFOLIOS, POST_NOMINALS, PREPOSITIONS
from service.extract.name_fronts import place_first, without_demonym, without_field
from service.extract.nameless import names_nobody
from service.extract.office_words import office_before, place_after_office, portfolios
from service.extract.offices import (
    TITLE_PREFIXES,
    acronym_before_name,
    described_after,
    given_name,
    holder_after_body,
    name_before_title,
    named_on,
    without_place,
)
from service.extract.run_words import NICKNAME
from service.extract.title_words import (
    title_gender,
    title_head,
    title_role,
    title_words,
    without_letters,
)
from service.extract.words import (
    DETERMINERS,
    POSSESSIVE,
    Mention,
    MentionKind,
    Word,
    before_determiner,
    capital,
    is_possessive,
    is_role,
)

# Titles that go with a single name as the name the world knows: "Pope Francis", "King Charles".
_REGNAL = frozenset(
    ("king", "queen", "prince", "princess", "pope", "sheikh", "sheikha", "shaikh", "sheik", "emir", "sultan")
    # religious scholars known by a title and one name: "Mufti Ikram"
    + ("mufti", "maulana", "mullah")
    + ("dj",)  # a stage name: "DJ Tumi" ("Radio DJ Johnnie Walker" is a title and a full name)
)
_GLUED_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Hon|Engr|Barr)\.(?=[A-Z][a-z])")


def mention_from_run(text: str, words: list[Word], first: int, last: int) -> Mention | None:
    """Return the mention words[first..last] make: title, holder's name, office, place and kind."""
    run = words[first : last + 1]
    if names_nobody(text, words, first, run):
        return None
    run, first = _without_participle(text, run, first)
    guards, roles = title_words(text, words, run, first)
    leading, head, name_words = title_head(run, roles)
    gender, kin = title_gender(text, words, run, first, head)
    name_words, lettered, gender = without_letters(text, run, head, name_words, gender)
    office, name_words = portfolios(text, run, head, name_words, lettered or leading)
    office, name_words = office_before(text, words, first, name_words, office)
    name_words, placed, split_body, office = place_after_office(text, words, first, name_words, office)
    if _nationality_adjective(words, run, first, last):
        return None  # "her Polish counterpart": a nationality adjective, nobody's name
    lows = {w.low for w in run}
    name_words = without_demonym(text, name_words, lows)
    name_words = _after_adjective(name_words)
    if head >= 0 or first > 0 and words[first - 1].low in ("and", "for", "of"):
        # ("Commissioner for Values and Transparency Vera Jourova": a portfolio's last words)
        name_words = without_field(name_words)
    if (
        len(name_words) > 2
        and name_words[0].low in CHAMBERS
        and first > 2
        and [w.low for w in words[first - 2 : first]] == ["of", "the"]
        and is_role(words[first - 3].low)
        and not any(w.low in ORG_WORDS for w in name_words[1:])
    ):
        # "leader of the House Lucy Powell": the chamber, then its officer
        name_words, lows = name_words[1:], lows - {name_words[0].low}
    start, end = run[0].start, run[-1].end
    possessive = is_possessive(text, run[-1])
    if possessive and POSSESSIVE.search(run[-1].text):
        end -= 2
    prep = _after_preposition(text, words, first, placed, office)
    if first > 0 and words[first - 1].low in ("in", "at", "from", "near") and place_first(text, name_words):
        name_words = name_words[1:]  # "at the party's headquarters in Accra Asiedu Nketia said"
    member = first > 1 and words[first - 1].low == "for" and is_role(words[first - 2].low)
    member = member and run[-1].text in POST_NOMINALS and len(name_words) > 3
    if member:
        # "Shadow Minister for North Wales Darren Millar MS": the office's field, then the member
        name_words, prep = [w for w in name_words if w.text not in POST_NOMINALS][-2:], False
    role = title_role(text, run, head, office, kin)
    if not name_words:
        return _unnamed(text, run, first, last, head, role, start, end, possessive, prep)
    name_words, lows = _person(text, words, run, first, name_words, lows)
    acting = len(name_words) > 2 and name_words[0].low in TITLE_PREFIXES
    if head < 0 and acronym_before_name(text, name_words[acting:]):
        # "PCC Matthew Scott", "EC Mahbub", "Acting CAO Byron McCorkell": an office or body in
        # capitals before the name
        role = text[name_words[0].start : name_words[acting].end]
        name_words = name_words[acting + 1 :]
        lows = {w.low for w in name_words}
    holder = holder_after_body(text, name_words)
    if holder:
        # "Chairman of the Talparo Regional Corporation Henry Awong": the body, then its officer
        name_words, lows, head = name_words[-holder:], {w.low for w in name_words[-holder:]}, -1
        prep = False  # ("on Dublin's Angier Street Garret Fitzgerald": the street is behind "on", not he)
    name = _name(text, run, name_words, end, possessive)
    kind = _kind(words, run, first, head, lows, guards, split_body, name, name_words, possessive)
    kind = "name" if member else kind
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


def _after_adjective(name_words: list[Word]) -> list[Word]:
    """Return the name words after a hyphenated adjective: "North American-based Linamar" is Linamar."""
    cut = [k for k, w in enumerate(name_words[:-1]) if _NAMED_ADJECTIVE.search(w.text)]
    return name_words[cut[-1] + 1 :] if cut else name_words


def _after_preposition(text: str, words: list[Word], first: int, placed: int, office: str | None) -> bool:
    """Return True when the run follows a preposition: "at the University of Bristol"."""
    # "at the University of Bristol": a determiner sits between the preposition and the name.
    k = before_determiner(text, words, first)
    # ("spokesman in Italy Flavio Di Giacomo": the preposition is the office's, before its place)
    prep = k >= 0 and words[k].low in PREPOSITIONS and not (placed and office)
    return prep or described_after(text, words, first) is not None


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
    held = at == first - 1 and words[at - 1].low in ("to", "for", "of") and is_role(words[at - 2].low)
    if (
        held
        and len(name_words) > 2
        and recurs(text, name_words[-1].text)
        and given_name(text, name_words[-2])
    ):
        # "Spokesperson for the West Philippine Sea Jay Tarriela", "President of the Republic Nikos
        # Christodoulides": the field after "the", then the holder the story names by surname alone
        return name_words[-2:], {w.low for w in name_words[-2:]}
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
    """Return the holder's name as the text writes it: "Pope Francis" (known by title and one name),
    "Faisal bin Farhan" (a prince's style before a full name is no part of it)."""
    name_start = name_words[0].start
    at = run.index(name_words[0]) if name_words[0] in run else 0
    regnal = (
        at > 0
        and run[at - 1].low in _REGNAL
        and (run[at - 1].low == "dj" or not named_on(text, name_words[0]))
    )
    if len(name_words) == 1 and regnal:
        name_start = run[at - 1].start  # "Pope Francis", "Sheikh Hasina": known by title and one name
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
    # ("the Guilford County Board of Commissioners Jeff Phillips": a holder's name after the body)
    side = side and (not name_words or name_words[0] is run[0])
    at = next((k for k, w in enumerate(run) if w is name_words[0]), 0) if name_words else 0
    # "Mr. West", "Ms North": a person's honorific before a word that may end a body's name
    personal = at > 0 and run[at - 1].low.rstrip(".") in _PERSONAL_HONORIFICS
    return (
        "org"
        if ((lows & ORG_WORDS or guards) and head < 0 and not split_body and not personal) or acronym or side
        else "name"
    )


_PERSONAL_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame"))


# "Ange Postecoglou-coached", "Marco Rojas-inspired": a name made an adjective.
_NAMED_ADJECTIVE = re.compile(r"-(?:[a-z]{3,}ed|led|based|born|made|run|held|owned)$")
