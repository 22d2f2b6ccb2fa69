"""The people (and organisations) of one article: every mention mapped to its fullest name.

"Nirmala Sitharaman" and later "N Sitharaman" or "Sitharaman", "Luka" after "Luka Kovač", a nickname
("commonly known as Gogo"), a body's letters ("MLHD"), a title's ("the CEC"), and "the ministry" or
"the group" for a body already named: `People` keeps each person's spellings, titles, gender and where
the article first names them. Which person a short form (a surname, a first name, an initial,
letters) means is read in `short_names`, which person a descriptor ("the Ukrainian leader") means
against those titles in `descriptors`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.extract.lexicon import (
    CORPORATE,
    COUNTRIES,
    DEMONYMS,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_HEADS,
    THING_HEADS,
)
from service.extract.short_names import ShortNames, same_person
from service.extract.words import Mention
from service.names import name_key, name_tokens

# A digit in a name: a code ("INTT4913-112ar", a photo's), a model or a season, never a person's.
_CODED = re.compile(r"\d")
# A web address's ending: "IAAF.org", "Amazon.com" is a site, never a person.
_DOMAIN = re.compile(r"\.(?:org|com|net|gov|edu|co|io)\b", re.IGNORECASE)
# Nationality words that are also given names: "Dane Coles", "Finn Russell", "Germán Burgos".
_GIVEN_DEMONYMS = frozenset(("dane", "finn", "german", "scot", "brit"))
# Adjectives of a continent, a games or a nation that open a title, an event or a body, not a name:
# "European Indoor gold", "Olympic silver", "the National Road Transport Hall of Fame".
_WIDE_ADJECTIVES = frozenset(
    ("european", "african", "asian", "arab", "nordic", "caribbean", "olympic")
    + ("national", "international", "federal")
)


def _paired(name: str, plain: set[str]) -> bool:
    """Return True for two names the story also writes apart, joined by a hyphen: "Jokowi-Prabowo"
    over a story of the two, "Tom Vilsack-Bob Stallman" from a photo's caption. ("Claire
    Ashby-Turner" is one person's.)"""
    parts = name.split("-")
    return len(parts) == 2 and all(p in plain for p in parts)


def _race(tokens: list[str]) -> bool:
    """Return True for a stage race's or a country's event: "Tour de France", "Giro d'Italia",
    "Tour des Flandres" ("Charles de Gaulle" ends in no country)."""
    particle = any(t in NAME_PARTICLES or t in ("of", "d") for t in tokens[1:-1])
    return tokens[0] in ("tour", "giro", "vuelta") or (particle and tokens[-1] in COUNTRIES)


def _adjective_led(tokens: list[str]) -> bool:
    """Return True for a name opened by a nationality or continent's adjective ("European Indoor"),
    or made of nationalities only ("Filipino American", "German American")."""
    if tokens[0] in _WIDE_ADJECTIVES or all(t in DEMONYMS for t in tokens):
        return True
    return tokens[0] in DEMONYMS and tokens[0] not in _GIVEN_DEMONYMS


# Heads that stand for whichever organisation is in view: "the group said" after "the RSF".
_ANY_ORG = frozenset(["group", "organisation", "organization", "movement", "militia", "coalition", "utility"])


@dataclass
class Person:
    """One person or organisation named in an article, with every form seen."""

    name: str
    kind: str  # "person" or "org"
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    guessed: bool = False  # the gender was learned from a pronoun that spoke, not from a title
    last_seen: int = -1
    first_at: int = -1  # where the article first names this person in full
    age: int | None = None  # "Hashmat Shahidi, 28,", "the 28-year-old Hashmat Shahidi"

    @property
    def key(self) -> str:
        """Return the matching key of the canonical name."""
        return name_key(self.name)

    @property
    def listed(self) -> bool:
        """Return True for a person or body the article names by some spelling, not a group."""
        return self.kind in ("person", "org") and bool(self.aliases)

    def note(self, mention: Mention, position: int) -> None:
        """Record a mention's spelling, title and position."""
        for form in (mention.name, mention.surface):
            if form and form not in self.aliases:
                self.aliases.append(form)
        if mention.role and mention.role not in self.roles:
            self.roles.append(mention.role)
        if mention.gender and (not self.gender or self.guessed):
            # a title's gender ("Mr Jones") outweighs one guessed from a pronoun
            self.gender, self.guessed = mention.gender, False
        self.last_seen = max(self.last_seen, position)


class People(ShortNames):
    """Map name mentions to persons: full names first, then surnames to the full name."""

    def __init__(self, name_mentions: list[Mention]) -> None:
        self.persons: list[Person] = []
        self.nicknames: dict[str, Person] = {}  # "Godrey Avutiya, commonly known as Gogo"
        full = sorted(
            (m for m in name_mentions if len(name_tokens(m.name)) > 1),
            # "Nirmala Sitharaman" before "N Sitharaman": of names as long, the one with fewer initials
            key=lambda m: (-len(name_tokens(m.name)), sum(len(t) == 1 for t in name_tokens(m.name))),
        )
        placed = {m.name for m in name_mentions if m.after_preposition}
        # names and surnames written without a hyphen: "Budi Rahman", "Rahman"
        plain = {n for m in name_mentions if "-" not in m.name for n in (m.name, m.name.split()[-1])}
        for m in full:
            if self._full_match(m) is None:
                # "the World Cup", "at Celtic Park": an event's or a place's name is nobody's
                tokens = name_tokens(m.name)
                thing = tokens[-1] in THING_HEADS or tokens[-1] in PLACE_HEADS and m.name in placed
                # "Co Carlow": an Irish county; "St Johnstone", "St Helens": a saint's town or club
                thing = thing or tokens[0] in ("co", "county", "st", "saint")
                thing = thing or _CODED.search(m.name) is not None or _DOMAIN.search(m.name) is not None
                thing = thing or _adjective_led(tokens) or _race(tokens)
                thing = thing and not m.role and m.gender is None
                kind = "org" if m.kind == "org" else "unknown" if thing else "person"
                kind = "group" if _paired(m.name, plain) else kind
                self.persons.append(Person(m.name, kind, first_at=m.start))
        # A titled surname no full name explains (`Mr Justice Hollins`) is a person of its own.
        for m in name_mentions:
            token = name_tokens(m.name)
            if len(token) == 1 and m.kind == "name" and m.role and self._single(token[0], m) is None:
                self.persons.append(Person(m.name, "person", first_at=m.start))

    def learn(self, mentions: list[Mention]) -> None:
        """Record titles and genders of full-name mentions before any quote is attributed."""
        for m in mentions:
            person = self._full_match(m) if len(name_tokens(m.name)) > 1 else self._titled(m)
            if person is None:
                continue
            person.first_at = min(person.first_at, m.start)
            if m.role and m.role not in person.roles:
                person.roles.append(m.role)
            person.gender = person.gender or m.gender

    def learn_role(self, mention: Mention, role: str) -> None:
        """Record a title given beside a full name: `Daniel Okafor, the chief executive of …`."""
        tokens = name_tokens(mention.name)
        person = self._full_match(mention) if len(tokens) > 1 else self._titled(mention)
        if person is None and len(tokens) == 1 and mention.kind == "name":
            # "Faure, its first secretary,": a surname the article never gives in full is a person
            person = self._single(tokens[0], mention)
            if person is None:
                person = Person(mention.name, "person", first_at=mention.start)
                self.persons.append(person)
            person.kind = "person" if person.kind == "unknown" else person.kind
        role = re.sub(r"^(?:the|an?) ", "", role)  # "Daniel Okafor, a spokesperson": "spokesperson"
        if person is not None and person.kind == "person" and role not in person.roles:
            person.roles.append(role)

    def known(self, mention: Mention) -> Person | None:
        """Return the person a name mention means without noting the mention, if known already."""
        tokens = name_tokens(mention.name)
        if len(tokens) > 1:
            return self._full_match(mention)
        return self._single(tokens[0], mention) if tokens else None

    def _titled(self, mention: Mention) -> Person | None:
        """Return the person known only by the titled surname of `mention`, if any."""
        if mention.role is None or mention.kind != "name":
            return None
        tokens = name_tokens(mention.name)
        return next((p for p in self.persons if p.kind == "person" and name_tokens(p.name) == tokens), None)

    def _full_match(self, mention: Mention) -> Person | None:
        tokens = name_tokens(mention.name)
        nickname = self.nicknames.get(" ".join(tokens))
        if nickname is not None:
            return nickname
        role = (mention.role or "").lower()
        titled = mention.kind == "name" and (role not in ("", "the", "a", "an") or mention.gender is not None)
        for p in self.persons:
            named = name_tokens(p.name)
            if titled and p.kind == "org" and set(named[len(tokens) :]) & ORG_WORDS:
                continue  # "Senator Jacqui Lambie" is not the Jacqui Lambie Network, a body named after her
            if same_person(tokens, named) and (p.kind != "group" or tokens == named):
                return p  # ("Bob Stallman" is not the pair "Tom Vilsack-Bob Stallman")
        return None

    def resolve_name(self, mention: Mention, position: int) -> Person:
        """Return the person a name or organisation mention refers to, creating it if new."""
        tokens = name_tokens(mention.name)
        person = self._full_match(mention) if len(tokens) > 1 else None
        if person is None and len(tokens) == 1:
            person = self._single(tokens[0], mention)
        if person is None and mention.kind == "org" and _ACRONYM.fullmatch(mention.name):
            # "the CEC": the Chief Election Commissioner; "MLHD": the Murrumbidgee Local Health District
            person = self._initials_holder(mention.name) or self._initials_body(mention.name)
        if person is None:
            titled = mention.role is not None or mention.gender is not None
            titled = titled and _CODED.search(mention.name) is None
            kind = "org" if mention.kind == "org" else ("person" if titled else "unknown")
            person = Person(mention.name, kind, first_at=mention.start)
            self.persons.append(person)
        if person.kind == "unknown" and (mention.role or mention.gender):
            person.kind = "person"
        person.note(mention, position)
        return person

    def resolve_group(self, mention: Mention, position: int) -> Person:
        """Return the organisation `the ministry` or `police` refers to, else the group itself."""
        head = mention.name
        stem = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
        keys = {head, stem} | (CORPORATE if head in ("company", "firm") else set())
        named = [
            p
            for p in self.persons
            if p.kind == "org" and p.first_at <= position and keys & set(name_tokens(p.name))
        ]
        groups = [p for p in self.persons if p.kind == "group" and name_tokens(p.name)[-1:] == [head]]
        if not named and not groups and head in _ANY_ORG:
            named = [p for p in self.persons if p.kind == "org" and 0 <= p.first_at <= position]
        person = max(named or groups, key=lambda p: max(p.last_seen, p.first_at), default=None)
        if person is None:
            # "the official IRNA news agency": the body is the "IRNA news agency"
            words = (mention.role or head).split()
            named_from = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
            person = Person(" ".join(words[named_from:]), "group")
            self.persons.append(person)
        person.last_seen = max(person.last_seen, position)
        return person

    def org_named(self, head: str, position: int) -> bool:
        """Return True when an organisation named before `position` has `head` in its name."""
        for p in self.persons:
            tokens = set(name_tokens(p.name))
            stems = {t[:-1] for t in tokens if t.endswith("s")}  # "Centers for Disease Control"
            if p.kind == "org" and p.first_at <= position and head in tokens | stems:
                return True
        return False


# "CEC", "IGP": the initials of a title, standing for its holder.
_ACRONYM = re.compile(r"[A-Z]{3,5}")
