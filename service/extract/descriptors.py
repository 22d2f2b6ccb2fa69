"""The person a descriptor or a bare title means, read against the titles the article gave its people.

"the Ukrainian leader", "the new coach", "Ukraine’s top diplomat", "the former Dutch prime minister",
"the CFO", "the O's skipper", "Moldovan president: ‘…’": the head, the adjectives and the country a
descriptor gives, matched against every title `People` noted, and the one holder of a bare title.
`references` and `headlines` ask these questions of an article's people.
"""

from __future__ import annotations

import re

from service.extract.lexicon import (
    KIN,
    LEADER_HEADS,
    NATIONALITY_STEMS,
    PORTFOLIOS,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    TITLE_ABBREVIATIONS,
    TITLE_SYNONYMS,
    country_stem,
)
from service.extract.people import People, Person
from service.extract.words import Mention
from service.names import fold

# Words before a title that say when or how someone holds it, not which title: "the new coach",
# "the first female managing director".
_TENURE = frozenset(
    ["new", "former", "interim", "acting", "outgoing", "incoming", "current", "longtime"]
    + ["female", "male", "first", "veteran", "embattled"]
)
_NEWCOMER = frozenset(["new", "interim", "incoming", "acting"])
# The ranks a body's leader may hold, for "the BNP leader" when no title of the article says "leader".
_OFFICERS = LEADER_HEADS | frozenset(["secretary", "chairman", "chairwoman", "chair", "head", "chief"])
# Modifiers that make another office of a title: a "shadow chancellor" is not "the chancellor".
_OTHER_OFFICE = frozenset(["shadow", "deputy", "vice", "former", "ex"])


def _norm(word: str) -> str:
    return re.sub(r"\W", "", fold(word))


def title_holder(people: People, head: str) -> Person | None:
    """Return the one person introduced with the title `head` (`President Irina Munteanu`)."""
    found = [
        p
        for p in people.persons
        if p.kind == "person" and any(head in map(_norm, r.split()) for r in p.roles)
    ]
    return found[0] if len(found) == 1 else None


def resolve_descriptor(people: People, mention: Mention, lede: bool = False) -> Person | None:
    """Return the most recently seen person whose titles fit `the Ukrainian leader`.

    In the lede (`lede`), a descriptor may name someone the article introduces only later
    ("Ukraine’s top diplomat warned …" before "Foreign Minister Andrii Sybiha"), when exactly
    one person of the whole article fits it.
    """
    spelled = ROLE_ABBREVIATIONS.get(mention.name, mention.name).split()  # "the CFO"
    head = spelled[-1]
    words = (mention.role or "").split()[:-1]
    given = [_norm(w) for w in words if not w.endswith(("’s", "'s"))]
    # "Ukraine’s foreign minister": a title of that country's (`Ukrainian Foreign Minister`)
    place = next((country_stem(_norm(w)[:-1]) for w in words if w.endswith(("’s", "'s"))), None)
    if mention.name in ROLE_ABBREVIATIONS:
        given = spelled[:-1]
    if head == "diplomat" and "top" in given:
        head, given = "minister", [*given, "foreign"]  # a country's top diplomat: its foreign minister
    # "the 49-year-old minister", "the top diplomat": no part of anyone's title
    adjectives = [a for a in given if a not in _TENURE and a != "top" and not a[:1].isdigit()]

    def holders(adjectives: list[str], before: bool = True, broad: bool = False) -> list[Person]:
        """Return the persons whose titles fit, introduced before the descriptor (or after it)."""
        return [
            p
            for p in people.persons
            if (head in KIN or p.first_at <= mention.start) == before
            and _fits_title(p, head, adjectives, given, place, broad)
        ]

    fitting = holders(adjectives)
    if not fitting and head == "leader" and adjectives:
        # "the BNP leader" after "BNP Secretary General Mirza Fakhrul": a body's one officer of rank
        fitting = holders(adjectives, broad=True)
        fitting = fitting if len(fitting) == 1 else []
    later = [p for p in holders(adjectives, before=False) if p.kind == "person"] if lede else []
    if len(fitting) > 1 and set(given) & _NEWCOMER:
        # "the new coach": of two holders of the title, the one the article introduced last.
        return max(fitting, key=lambda p: p.first_at)
    if not fitting and len(later) == 1:
        return later[0]
    if not fitting and not later:
        # "the embattled Speaker": a word no title in the article uses is a judgement, not
        # part of the title; a nationality or a portfolio always is ("the Ukrainian leader").
        in_titles = {_norm(w) for p in people.persons for r in p.roles for w in r.split()}
        lowered = {_norm(w) for w in words if w[:1].islower()}  # "South Dakota" is a place, kept
        kept = [
            a
            for a in adjectives
            if a not in lowered or a in in_titles or a[:4] in NATIONALITY_STEMS or a in PORTFOLIOS
        ]
        if kept != adjectives:
            fitting = holders(kept)
    return max(fitting, key=lambda p: p.last_seen, default=None)


def _spelled(word: str) -> list[str]:
    """Return the words an abbreviated title stands for: `cfo` → chief financial officer."""
    if word in TITLE_ABBREVIATIONS:
        return [TITLE_ABBREVIATIONS[word]]
    return ROLE_ABBREVIATIONS.get(word, word).split()


def _fits_title(
    p: Person, head: str, adjectives: list[str], given: list[str], place: str | None, broad: bool = False
) -> bool:
    """Return True when one of `p`'s titles has the head, adjectives and country of a descriptor."""
    for role in p.roles:
        words = [x for w in role.replace("-", " ").split() for x in _spelled(_norm(w))]
        if place and not any(w.startswith(place) for w in words):
            continue
        if "former" in given and "former" not in words:
            continue  # "the former Dutch prime minister" is not the Dutch prime minister
        heads = {w for w in words if w in ROLE_HEADS or w in KIN}
        fits = head in heads or (head == "leader" and bool(heads & (_OFFICERS if broad else LEADER_HEADS)))
        fits = fits or ("-" in head and all(h in words for h in head.split("-")))  # "Secretary-General"
        fits = fits or (head == "premier" and {"prime", "minister"} <= set(words))  # a prime minister
        fits = fits or (head == "judge" and "justice" in words)  # "Mr Justice McDermott" is a judge
        fits = fits or bool(TITLE_SYNONYMS.get(head, frozenset()) & heads)  # "the O's skipper": the manager
        other_office = (set(words) & _OTHER_OFFICE) - set(given)
        if fits and all(a in words for a in adjectives) and not other_office:
            return True
    return False
