"""Appositions around a cue's subject: `X, the chief executive of Y, said`, `X of Y said`.

The base of `Appositives` (and so of `Subjects`): which mention the words next to a cue name,
through commas, dashes, prepositions and titles in lower case.
"""

from __future__ import annotations

import re

from service.extract.lexicon import COUNTRIES, US_STATES, state_short_form
from service.extract.offices import described_after
from service.extract.people import People
from service.extract.sentence import Sentence
from service.extract.words import Mention, before_determiner, is_cue, is_role, titled_in_relative_clause

# Participles that place someone before "in"/"at": "the official based in Gaza said".
_PLACED = frozenset(["based", "stationed", "located", "posted", "living", "staying"])
# Words that open a verb phrase after a subject: "…, Ezinne Kalu also expressed".
_VERB_LEADS = frozenset(
    ("also", "has", "had", "have", "was", "is", "will", "would", "then", "later", "further", "however")
    + ("who",)
)
# US states written in full: "Pasadena, California", "Houston, Texas".
_STATE_NAMES = frozenset(full or short for short, full in US_STATES.items())
# The last words of a street's name: "Woodland Avenue", "Wordsworth Road".
_STREETS = frozenset(("road", "avenue", "street", "lane", "boulevard", "crescent", "terrace", "highway"))
_APPOSITIVE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|\.|$)")


class Appositions:
    """Read the appositions and prepositions around the subject of a cue."""

    masked: str
    sentences: list[Sentence]
    people: People

    def _mention_ending(self, s: Sentence, k: int) -> Mention | None:
        return next((m for m in s.mentions if m.last == k and not m.possessive), None)

    def _appositive_start(self, s: Sentence, k: int) -> int | None:
        """Return where the comma-delimited phrase ending at word k begins (`, who faced …,`)."""
        w, text = s.words, self.masked
        j = k
        while j > 0 and "," not in text[w[j - 1].end : w[j].start] and k - j < 32:
            j -= 1
        return None if j <= 0 or k - j >= 32 else j

    def _title_letters(self, s: Sentence, m: Mention | None) -> bool:
        """Return True for the `(PS)` of `the permanent secretary (PS)`: a title's own letters."""
        return (
            m is not None
            and m.first > 0
            and self.masked[m.start - 1 : m.start] == "("
            and m.surface.isupper()
            and is_role(s.words[m.first - 1].low)
        )

    def _address_start(self, s: Sentence, k: int) -> int | None:
        """Return where `, of Wordsworth Road, Colne` begins when a town ends at word k.

        A name filling a comma phrase right after a phrase opened by "of" or "from" is the rest of
        someone's address, not the subject of the cue after it.
        """
        town = self._mention_ending(s, k)
        if town is None or town.first < 2 or "," not in self.masked[s.words[town.first - 1].end : town.start]:
            return None
        j = self._appositive_start(s, town.first - 1)
        if j is None or s.words[j].low not in ("of", "from") or town.first - j > 6:
            return None
        return j if self._mention_ending(s, town.first - 1) is not None else None

    def _street_or_state_start(self, s: Sentence, k: int) -> int | None:
        """Return where `, Woodland Avenue` or `, Ala.` begins when a street's name or a US state's
        short form ends at word k after a comma.

        "Harjinder Singh Gahir, president of the Ramgarhia Gurdwara, Woodland Avenue, said", "a
        poster from Millbrook, Ala., wrote": an address, not the subject of the cue after it.
        """
        street = self._mention_ending(s, k)
        w = s.words[k]
        state = state_short_form(self.masked, w.text, w.end)
        if (
            street is not None
            and street.first > 1
            and (street.name in _STATE_NAMES or street.name.lower() in COUNTRIES)
        ):
            # "… at Caltech in Pasadena, California, said": the state or country of a place just named
            town = self._mention_ending(s, street.first - 1)
            state = state or (town is not None and town.after_preposition)
        if street is None or street.first < 1 or not (w.low in _STREETS or state):
            return None
        return street.first if "," in self.masked[s.words[street.first - 1].end : street.start] else None

    def _appositive_name(self, s: Sentence, j: int, k: int) -> Mention | None:
        """Return the name that fills the phrase j..k (`the head of the union, Everett Olsen,`)."""
        named = next((m for m in s.mentions if m.first == j and m.last == k and m.kind == "name"), None)
        if named is None and s.words[j].low == "the":
            # "The Dean of Manchester, the Very Reverend Rogers Govender, said": a styled name after "the"
            named = next(
                (m for m in s.mentions if m.first == j + 1 and m.last == k and m.kind == "name" and m.role),
                None,
            )
        if named is None and {"name", "identified"} & {x.low for x in s.words[j : k + 1]}:
            # "a man, who gave his name only as Luis, said"
            named = next((m for m in s.mentions if j < m.first <= k and m.kind == "name"), None)
        return named

    def _titled_before(self, s: Sentence, prep: int) -> Mention | None:
        """Return X of `X, president of Swansea UCU said`: a name, then its title in lower case."""
        w, k = s.words, prep - 1
        while (
            k > 0
            and prep - k <= 4
            and w[k].text.islower()
            and "," not in self.masked[w[k - 1].end : w[k].start]
        ):
            k -= 1
        titled = any(is_role(x.low) for x in w[k:prep]) and w[k].text.islower()
        if k <= 0 or not titled or self.masked[w[k - 1].end : w[k].start] != ", ":
            return None
        named = self._mention_ending(s, k - 1)
        return named if named is not None and named.kind == "name" and not named.after_preposition else None

    def _behind_preposition(self, s: Sentence, m: Mention | None) -> Mention | None:
        """Return the head of `X of Y said` / `X in Y said` rather than Y, unless X is a spokesperson."""
        if m is None or not m.after_preposition or m.first < 2:
            return m
        # "the Leader of the Opposition asked", "Rep. Ann Kerr of the 2nd District said": the head
        # before "of the"
        prep = max(0, before_determiner(self.masked, s.words, m.first))
        described = described_after(self.masked, s.words, m.first)
        if described is not None:
            prep = described  # "William Jackson of London-based analysts Capital Economics commented"
        if s.words[prep].low not in ("of", "in", "at", "for", "from", "with"):
            return m
        head = self._mention_ending(s, prep - 1)
        if s.words[prep].low == "with" and (
            head is None or head.kind != "name" or self.masked[head.end : s.words[prep].start] != " "
        ):
            return m  # "with Peskov insisting": Peskov is the subject; "Epling with the Chamber said": Epling
        if head is None and prep > 1 and s.words[prep - 1].low in _PLACED:
            head = self._mention_ending(s, prep - 2)  # "The Palestinian official based in Gaza said"
        if head is None and prep > 1 and s.words[prep - 1].text.isdigit():
            head = self._mention_ending(s, prep - 2)  # "Brendan Brennan, 46, of Dell Road said": his street
        if head is None and m.first <= 2 and self.masked[m.end : m.end + 1] == ",":
            return None  # "Back in Lewisham, …": an opening place, not a speaker
        if head is None:
            head = self._titled_before(s, prep)
        if head is None and s.words[prep].low in ("in", "from", "near") and m.kind == "name" and not m.role:
            # "A resident of the estate in Carlow said": the place is nobody; the one who lives there
            # speaks, named or not
            opener = s.mentions[0] if s.mentions else None
            unnamed = (
                opener is not None and opener.first <= 1 and opener.kind in ("unnamed", "descriptor", "group")
            )
            return opener if unnamed and opener is not m else None
        if self._title_letters(s, head):
            return None  # "the permanent secretary (PS) of the ministry said": the one titled, before
        if head is None or head.kind == "pronoun" or head.name.startswith("spokes"):
            return m
        if head.kind in ("name", "org") and m.kind == "name" and m.role:
            return m  # "Bureau of Meteorology senior meteorologist Tristan Mahony said": the titled person
        if (
            head.kind == "descriptor"
            and m.kind == "name"
            and m.role
            and m.role.startswith(head.surface.split()[-1])
        ):
            return m  # "Secretary of State Marco Rubio told": the office's holder, named
        fielded = m.name != m.surface and s.words[prep + 1].low == "the" and m.first == prep + 2
        if head.kind == "descriptor" and m.kind == "name" and fielded and head.surface[:1].isupper():
            return m  # "President of the Republic Nikos Christodoulides said": the holder after the field
        # "Michelle Epling with the Madison Chamber of Commerce said": through both prepositions
        return self._behind_preposition(s, head) if head.after_preposition else head

    def _appositive_after(self, s: Sentence, m: Mention, limit: int) -> Mention | None:
        for n in s.mentions:
            if n.kind == "name" and m.last < n.first < min(limit, m.last + 12):
                text = self.masked
                if titled_in_relative_clause(s.words, m.last + 1, n.first):
                    continue
                # ", Rep. Sam Graves (R-Mo.), who …": the name between commas, a note allowed
                if text[max(0, n.start - 3) : n.start].rstrip().endswith(",") and _APPOSITIVE_END.match(
                    text, n.end
                ):
                    return n
                # "The assistant captain of the team, Ezinne Kalu also expressed …": a subject in
                # apposition, its second comma left out, opening the sentence.
                nxt = s.words[n.last + 1] if n.last + 1 < len(s.words) else None
                # ("Meanwhile, Kiulu assemblyman, Datuk Ann Lee who is …": after an opening adverb too)
                opens = m.first == 0 or m.first == 1 and text[s.words[0].end : s.words[0].end + 1] == ","
                if (
                    opens
                    and text[n.start - 2 : n.start] == ", "
                    and nxt is not None
                    and (nxt.low in _VERB_LEADS or nxt.low.endswith("ed") or is_cue(s.words, n.last + 1))
                    and text[n.end : nxt.start] == " "
                ):
                    return n
        return None
