"""Who a pronoun, or a descriptor standing for the person in focus, refers to.

The mixin under `References`: "he said", "the statement said", "the 24-year-old said" go to the
person or body in focus in the same or a recent sentence, with gender, answers to questions and
a statement's issuer taken into account. `Bodies` reads "it" and "the statement", `Antecedents`
the person in focus in an earlier sentence, `pronoun_words` the words around the pronoun;
`References` supplies `_resolve`.
"""

from __future__ import annotations

from service.extract.antecedents import Antecedents
from service.extract.lexicon import CLAUSE_JOINERS, PREPOSITIONS
from service.extract.people import Person
from service.extract.pronoun_words import (
    after_opening_phrase,
    fits,
    is_place,
    owns_a_person,
    parenthetical,
    subordinate_subject,
    tag_after_comma,
)
from service.extract.words import Mention


class Pronouns(Antecedents):
    """Resolve pronouns and stand-in descriptors to the person or body in focus."""

    def _resolve(self, si: int, m: Mention) -> Person | None:
        raise NotImplementedError  # `References` resolves every kind of mention

    def _pronoun(self, si: int, pronoun: Mention, own_sentence: bool = True) -> Person | None:
        """Return who a pronoun or stand-in descriptor in sentence si refers to.

        In turn: a neuter's body; the person of a relative clause around it; its own sentence's
        subject, or a person named after a body subject; the person in focus in a recent sentence;
        with no one in focus, a person named just after it or the only person named before.
        """
        if pronoun.gender == "n":
            return self._neuter(si, pronoun)
        person = self._relative_which(si, pronoun)
        if person is not None:
            return person
        person = self._who_before(si, pronoun)
        if person is not None:
            return person
        subject = self._own_subject(si, pronoun, own_sentence)
        person = self._subject_person(si, pronoun, subject)
        if person is not None:
            return person
        person = self._named_after_body(si, pronoun, subject) or self._named_before_joiner(
            si, pronoun, subject
        )
        if person is not None:
            return person
        return self._earlier_focus(si, pronoun)

    def _named_before_joiner(self, si: int, pronoun: Mention, subject: Mention | None) -> Person | None:
        """Return the one person named in the main clause before ", though he" ("The relief was
        evident for coach Gareth Baber, though the Welshman said"): the clause is about that person."""
        s, w = self.sentences[si], self.sentences[si].words
        if subject is not None or pronoun.first < 2 or w[pronoun.first - 1].low not in CLAUSE_JOINERS:
            return None
        if pronoun.kind == "descriptor" and len(pronoun.surface.split()) > 2:
            return None  # "…, but, as the CMS experiment spokesperson puts it": someone new
        if self.masked[w[pronoun.first - 2].end : w[pronoun.first - 1].start].strip() != ",":
            return None
        named = {
            id(p): p
            for m in s.mentions
            if m.last < pronoun.first - 1 and m.kind == "name"
            for p in [self._resolve(si, m)]
            if p is not None and p.kind == "person"
        }
        person = next(iter(named.values())) if len(named) == 1 else None
        return person if person is not None and fits(person, pronoun) else None

    def _relative_which(self, si: int, pronoun: Mention) -> Person | None:
        """Return the last name before "in which he" when it is a person the pronoun fits."""
        s = self.sentences[si]
        w = s.words
        if (
            pronoun.first > 1
            and w[pronoun.first - 1].low == "which"
            and w[pronoun.first - 2].low in PREPOSITIONS
        ):
            # "a speech Lai gave last week in which he described": the relative clause's person
            near = [m for m in s.mentions if m.last < pronoun.first and m.kind == "name" and not m.possessive]
            person = self._resolve(si, near[-1]) if near else None
            if person is not None and person.kind == "person" and fits(person, pronoun):
                return person
        return None

    def _own_subject(self, si: int, pronoun: Mention, own_sentence: bool) -> Mention | None:
        """Return the mention of its own sentence the pronoun may stand for, if `own_sentence`.

        A cue's subject, else the clause's (not one set off by commas or an opening phrase), else a
        subordinate clause's, else (for a pronoun) a possessive name before it.
        """
        s = self.sentences[si]
        subject, _ = self._cue_subject(s, s.start, pronoun.start) if own_sentence else (None, None)
        if own_sentence and (subject is None or subject.kind == "pronoun"):
            subject = self._clause_subject(s, pronoun.first)
            if subject is not None and parenthetical(self.masked, s, subject, pronoun):
                subject = None  # "Poland, he said, would not …": the subject is not the speaker
            if subject is not None and after_opening_phrase(self.masked, s, pronoun):
                subject = None  # "At a forum in Sintra, Portugal, he told": a place, not the speaker
        if own_sentence and subject is None:
            subject = subordinate_subject(self.masked, s, pronoun)
        if own_sentence and subject is None and pronoun.kind == "pronoun":
            # "It marked Smith's final game, and he admitted …": the one whose game it was
            # (not a descriptor's, nor a name behind a preposition: "About Bruno Fernandes' penalty …
            # the goalkeeper came off the line" is about neither)
            subject = next(
                (
                    m
                    for m in s.mentions
                    if m.possessive
                    and m.kind == "name"
                    and m.last < pronoun.first
                    and not m.after_preposition
                    and not owns_a_person(s.words, m)
                ),
                None,
            )
        return subject

    def _subject_person(self, si: int, pronoun: Mention, subject: Mention | None) -> Person | None:
        """Return the person a name or descriptor `subject` is, if no body, thing, place, name
        in what a tag after a comma reports, or someone the pronoun does not fit."""
        s = self.sentences[si]
        if subject is not None and subject.kind in ("name", "descriptor"):
            person = self._resolve(si, subject)
            # "Her performance … won her the Volpi Cup … that she describes": a thing, not a woman
            thing = subject.first > 0 and s.words[subject.first - 1].low == "the"
            unknown = person is not None and person.kind == "unknown"
            place = (thing and person is not None and not person.roles) or (
                unknown and person is not None and is_place(self.masked, person.name)
            )
            # "Car makers such as Volvo … have jumped on the bandwagon, he said": a name of unknown
            # kind in what he reports is not who "he" is
            reported = (
                person is not None and person.kind == "unknown" and tag_after_comma(self.masked, pronoun)
            )
            if (
                person is not None
                and person.kind not in ("org", "group")
                and not place
                and not reported
                and fits(person, pronoun)
            ):
                return person  # "Russia would compensate …, he added" is not Russia
        return None

    def _named_after_body(self, si: int, pronoun: Mention, subject: Mention | None) -> Person | None:
        """Return the last person the pronoun fits named between a body `subject` and it, unless
        the pronoun opens a tag after a comma."""
        s = self.sentences[si]
        # (nor, after a body, anyone named in what he reports)
        if (
            subject is not None
            and subject.kind in ("org", "group")
            and not tag_after_comma(self.masked, pronoun)
        ):
            # "Meta has trimmed … as CEO Mark Zuckerberg pushes what he has called": the person
            # named between an organisation subject and the pronoun.
            for m in reversed(s.mentions):
                if m.first < pronoun.first and m.kind == "name" and not m.possessive:
                    person = self._resolve(si, m)
                    if person is not None and person.kind == "person" and fits(person, pronoun):
                        return person
        return None

    def _who_before(self, si: int, pronoun: Mention) -> Person | None:
        """Return X of `… to X (Con, Hillmorton) who referred to the agenda, which he said …`.

        A pronoun inside a relative clause on a person, a few words after "who" with no comma
        between, is that person.
        """
        s = self.sentences[si]
        w = s.words
        who = next((j for j in range(pronoun.first - 1, 0, -1) if w[j].low == "who"), None)
        if who is None or pronoun.first - who < 3 or "," in self.masked[w[who].end : pronoun.start]:
            return None  # ("Jeff Gorell, who he said was …": who is what he said, not who says it)
        end = w[who - 1].end
        before = self.masked[s.start : w[who].start].rstrip()
        if before.endswith(")") and "(" in before:
            end = s.start + len(before[: before.rindex("(")].rstrip())  # "Ian Picker (Con, Hillmorton) who"
        m = next((x for x in s.mentions if x.end == end and x.kind == "name" and not x.possessive), None)
        person = self._resolve(si, m) if m is not None else None
        return person if person is not None and person.kind == "person" and fits(person, pronoun) else None
