"""Which person a short form of a name means, for `People`.

A name without its last part or with an initial for a given name ("Tengku Zafrul", "N Sitharaman"),
a surname ("Sitharaman"; of two people sharing it, the one the article introduced first), a first
name ("Luka" after "Luka Kovač") or its short form ("Sam" after "Samantha Smith"), a surname
misspelt by a letter ("Rute", "Zangeneh"), the people a bare surname may mean, and the letters of
a title or of a body's name ("the CEC", "MLHD"). `People` supplies `persons` and `nicknames`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.lexicon import KIN, NAME_PARTICLES
from service.extract.words import Mention
from service.names import name_key, name_tokens

if TYPE_CHECKING:
    # for annotations only: people.py, where `Person` lives, imports this module
    from service.extract.people import Person


_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def _surname(tokens: list[str]) -> str:
    return tokens[-2] if len(tokens) > 1 and tokens[-1] in _SUFFIXES else tokens[-1]


# "bin", "bint", "ibn": "son of", "daughter of" in a patronymic chain.
_PATRONYMIC = frozenset(["bin", "bint", "ibn"])


def _given(tokens: list[str]) -> str | None:
    """Return the name before a patronymic chain: "Hamdan" of "Hamdan bin Mohammed bin Rashid"."""
    at = next((k for k, t in enumerate(tokens) if t in _PATRONYMIC), None)
    return tokens[at - 1] if at else None


def same_person(short: list[str], long: list[str]) -> bool:
    """Return True when `short` names the same person as `long` (all tokens, same surname)."""
    given = _given(short)
    if given is not None and given != _given(long):
        return False  # "Mohammed bin Rashid Al Maktoum" is not "Hamdan bin Mohammed bin Rashid Al Maktoum"
    if len(short) > 1 and short == long[: len(short)] and not set(long[len(short) :]) & _SUFFIXES:
        return True  # "Tengku Zafrul" is Tengku Zafrul Aziz: a name without its last part
    # "N Sitharaman" is Nirmala Sitharaman: an initial stands for a given name it begins
    return (
        bool(short)
        # ("Ali Mohamud" and "Ali Mohamed", each named in full, are two people)
        and (short[-1] == long[-1] or len(short) < len(long) and transliterated(short[-1], long[-1]))
        and all(t in long or (len(t) == 1 and any(x.startswith(t) for x in long[:-1])) for t in short[:-1])
    )


class ShortNames:
    """Resolve one-word names, namesakes and initials to the people `People` knows."""

    persons: list[Person]
    nicknames: dict[str, Person]

    def _initials_holder(self, acronym: str) -> Person | None:
        """Return the one person whose title `acronym` abbreviates: `IGP`, Inspector General of Police."""
        found = [
            p
            for p in self.persons
            if p.kind == "person" and any(_initials(r).upper() == acronym for r in p.roles)
        ]
        return found[0] if len(found) == 1 else None

    def _initials_body(self, acronym: str) -> Person | None:
        """Return the one body whose name `acronym` abbreviates, making it a body if it was not.

        A person of known gender is none ("Mr Juan Martin Lobbe" is no "JML").
        """
        found = [
            p for p in self.persons if p.name != acronym and p.gender is None and _initials(p.name) == acronym
        ]
        if len(found) != 1:
            return None
        found[0].kind = "org"
        return found[0]

    def _single(self, token: str, mention: Mention) -> Person | None:
        """Return the person a one-word name means: a surname first, else a unique first name.

        Of several people sharing a surname, the one the article introduced first is meant
        unless a title (`Mrs.`) or `the elder`/`the younger` says otherwise.
        """
        if token in self.nicknames:
            return self.nicknames[token]
        gender = mention.gender
        # (a bare name never means a group: "Prabowo" is not "Jokowi-Prabowo", the pair)
        fits = [
            p
            for p in self.persons
            if (gender is None or p.gender in (None, gender) or p.guessed) and p.kind != "group"
        ]
        matches = [
            p
            for p in fits
            if token in name_tokens(p.name)[1:] or (p.kind == "org" and name_key(p.name) == token)
        ]
        # "Ashby" means Helen Ashby rather than Claire Ashby-Turner.
        matches = [p for p in matches if _surname(name_tokens(p.name)) == token] or matches
        matches = _unhyphenated([p for p in matches if not _tail_only(p.name, token)])
        if len(matches) > 1 and gender is not None:
            matches = [p for p in matches if p.gender == gender] or matches
        if len(matches) > 1 and mention.role:
            # "Magistrate Wong" after the activist Joshua Wong and Magistrate Lily Wong: the one so titled
            title = mention.role.lower().split()[-1]
            matches = [
                p for p in matches if any(r.lower().split()[-1:] == [title] for r in p.roles)
            ] or matches
        if len(matches) > 1 and mention.generation:
            junior = [p for p in matches if name_tokens(p.name)[-1] in _SUFFIXES - {"sr"}]
            senior = [p for p in matches if p not in junior]
            matches = (junior if mention.generation == "younger" else senior) or matches
        if matches:
            return min(matches, key=lambda p: (p.first_at < 0, p.first_at))
        # "Luka" after "Luka Kovač": a first name, when it names exactly one person.
        firsts = [p for p in fits if p.kind == "person" and name_tokens(p.name)[:1] == [token]]
        if len(firsts) == 1:
            return firsts[0]
        if len(firsts) > 1 and all(len(p.name.split()) == 2 and "-" in p.name.split()[1] for p in firsts):
            # "Kim said" after "Kim Sang-sik" and "Kim Jin-su": a family name first, shared; as with
            # a shared surname, the one introduced first
            return min(firsts, key=lambda p: (p.first_at < 0, p.first_at))
        # "Sam said" after "Samantha Smith": a first name's short form, its first letters, when it
        # begins one person's first name only
        short = [
            p
            for p in fits
            if p.kind == "person"
            and len(token) >= 3
            and len(name_tokens(p.name)) > 1
            and len(name_tokens(p.name)[0]) >= len(token) + 2
            and name_tokens(p.name)[0].startswith(token)
        ]
        if len(short) == 1 and not firsts:
            return short[0]
        # "said Rute" after "Mark Rutte": a surname misspelt by one letter, when one person has it
        near = [
            p
            for p in fits
            if p.kind == "person"
            and len(name_tokens(p.name)) > 1
            and (_one_edit(token, name_tokens(p.name)[-1]) or transliterated(token, name_tokens(p.name)[-1]))
        ]
        return near[0] if len(near) == 1 else None

    def namesakes(self, mention: Mention) -> list[Person]:
        """Return the people whose surname is the one-word name `mention` (`Sharma`)."""
        tokens = name_tokens(mention.name)
        if len(tokens) != 1 or mention.role or mention.gender or mention.generation:
            return []
        mates = [p for p in self.persons if p.kind == "person" and _surname(name_tokens(p.name)) == tokens[0]]
        mates = _unhyphenated(mates)
        # A father and son ("Jr.", "Sr.") or a family: the bare surname stays with the main person.
        for p in mates:
            if name_tokens(p.name)[-1] in _SUFFIXES or any(r.split()[-1].lower() in KIN for r in p.roles):
                return []
        return mates


def _tail_only(name: str, token: str) -> bool:
    """Return True when `token` is in `name` only as the second half of a double-barrelled surname:
    "Duda" after "First Lady Agata Kornhauser-Duda" is her husband, never her ("al-Sharaa" and
    "El-Sisi" have a particle first, and are called "Sharaa" and "Sisi")."""
    tail = False
    for word in name.split()[1:]:
        parts = word.split("-")
        if len(parts) == 2 and all(x[:1].isupper() and len(x) >= 3 for x in parts):
            if parts[0].lower() in NAME_PARTICLES:
                return False
            tail = tail or name_tokens(parts[1])[:1] == [token]
            if name_tokens(parts[0])[:1] == [token]:
                return False
        elif token in name_tokens(word):
            return False
    return tail


def _unhyphenated(people: list[Person]) -> list[Person]:
    """Return those of `people` whose surname is a word of its own, if any: "Clr Turner" means
    Graham Turner rather than Julie Stewart-Turner."""
    return [p for p in people if "-" not in p.name.split()[-1]] or people


_JOINING = frozenset(("of", "for", "and", "the", "&"))


def _initials(words: str) -> str:
    """Return the first letters of `words` but the joining ones: "Inspector General of Police" is "IGP"."""
    return "".join(w[0] for w in words.replace("-", " ").split() if w.lower() not in _JOINING)


_VOWELS = frozenset("aeiouy")


def transliterated(a: str, b: str) -> bool:
    """Return True when `a` and `b`, five letters or more with the same first letter, differ only in
    vowels, glides and a closing "h": one Arabic name romanised twice ("Rudayneh", "Rudeineh",
    "Rudeine"; "Harari", "Hariri")."""
    return (
        a != b
        and min(len(a), len(b)) >= 5
        and a[0] == b[0]
        and len(_skeleton(a)) >= 3
        and _skeleton(a) == _skeleton(b)
    )


def _skeleton(token: str) -> str:
    """Return a token's consonants, doubled letters once and a closing "h" dropped: "rudayneh" is "rdn"."""
    return re.sub(r"[aeiouyw]", "", re.sub(r"(.)\1+", r"\1", token.removesuffix("h")))


def _one_edit(a: str, b: str) -> bool:
    """Return True when `a` and `b`, both five letters or more, differ by one letter added or dropped,
    or (six letters or more, past the first) by one vowel for another or two letters swapped:
    "Zangeneh" for "Zanganeh", "Embleton" for "Embelton", as a story misspells or transliterates."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(a) < 6 or diff[0] == 0:
            return False
        vowel = len(diff) == 1 and a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        return vowel or swapped
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
