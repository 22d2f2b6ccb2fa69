"""Who a pronoun, or a descriptor standing for the person in focus, refers to.

The mixin under `References`: "he said", "the statement said", "the 24-year-old said" go to the
person or body in focus in the same or a recent sentence, with gender, answers to questions and
a statement's issuer taken into account. `Bodies` reads "it" and "the statement", `pronoun_words`
the words around the pronoun; `References` supplies `_resolve`.
"""

from __future__ import annotations

from service.extract.bodies import Bodies
from service.extract.elsewhere import recurs
from service.extract.lexicon import ORG_WORDS, PREPOSITIONS
from service.extract.people import Person
from service.extract.pronoun_words import (
    after_opening_phrase,
    fits,
    is_place,
    parenthetical,
    subordinate_subject,
    tag_after_comma,
)
from service.extract.sentence import Sentence
from service.extract.words import Mention, is_cue


class Pronouns(Bodies):
    """Resolve pronouns and stand-in descriptors to the person or body in focus."""

    text: str  # the raw article text, for what quote marks hold

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
        person = self._named_after_body(si, pronoun, subject)
        if person is not None:
            return person
        return self._earlier_focus(si, pronoun)

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

    def _earlier_focus(self, si: int, pronoun: Mention) -> Person | None:
        """Return the person in focus in a sentence up to two paragraphs back, else `_unfocused`'s.

        Skips the asker of a question being answered and, after "he added", anyone not credited
        with speech; an unnamed speaker in focus means no one.
        """
        blocks_back = 0
        answering, spoken = self._turn_cues(si, pronoun)
        for sj in range(si - 1, max(-1, si - 12), -1):
            prev = self.sentences[sj]
            if spoken and prev.salient is not None and not prev.strong and id(prev.salient) not in spoken:
                continue
            # The open paragraphs of one quote running on are one turn, not several paragraphs.
            if prev.block != self.sentences[sj + 1].block and not any(sp.runs_on for sp in prev.spans):
                blocks_back += 1
                if blocks_back > 2:
                    break
            p = prev.salient
            if prev.unnamed and p is None:
                return None  # "One doctor, who asked not to be named, said …. ‘…,’ she said": unnamed
            if answering and p is not None and self._asker(sj) is p:
                continue  # "“…?” asked a reporter. “…,” she replied": not the one who asked
            if (
                p is not None
                and p.kind not in ("org", "group")
                # "Mapeza was naturally happy …. “…,” said the gaffer": a title stands for a
                # bare surname just spoken of, which a pronoun would not
                and (
                    prev.strong
                    or p.kind == "person"
                    or (pronoun.kind == "descriptor" and self._recurring(sj, si, p))
                )
                and fits(p, pronoun)
            ):
                return self._gendered_mate(sj, p, pronoun) or p
        return self._unfocused(si, pronoun)

    def _turn_cues(self, si: int, pronoun: Mention) -> tuple[bool, set[int] | None]:
        """Return whether the pronoun answers a question, and after "he added" the ids of those
        credited with speech before sentence si (None after any other word)."""
        s = self.sentences[si]
        after = s.words[pronoun.last + 1].low if pronoun.last + 1 < len(s.words) else ""
        # An answer: "he replied", or a quote right after someone's question ("So the answer is no?")
        answering = after in _REPLIES or any(w.low.startswith(("answer", "repl", "respon")) for w in s.words)
        answering = answering or (si > 0 and self._asks(self.sentences[si - 1]))
        # "David Bates came off the bench and Murty was delighted …. He added: “…”": one who adds
        # has spoken already.
        spoken = {id(p) for p in self._credited_before(si)} if after in _ADDING else None
        return answering, spoken

    def _unfocused(self, si: int, pronoun: Mention) -> Person | None:
        """Return a person named in the next two sentences when none before si has anyone in
        focus, else the only person named before sentence si."""
        if all(prev.salient is None for prev in self.sentences[:si]):
            return self._cataphora(si, pronoun)
        return self._only_person(self.sentences[si].start, pronoun)

    def _only_person(self, before: int, pronoun: Mention) -> Person | None:
        """Return the one person the article has named before `before` whom the pronoun fits.

        "… where 17-year-old Veysel Aydinoglu lived …. “We can’t live like this,” he says": no
        sentence in focus, but nobody else it could be.
        """
        if pronoun.gender not in ("m", "f"):
            return None
        named = [
            p
            for p in self.people.persons
            if p.kind == "person" and 0 <= p.first_at < before and fits(p, pronoun)
        ]
        # a person for sure: the story gives a gender or a title, or the name is no place or body's
        # ("the signing of Alvaro Morata from Real Madrid": one person, and a club)
        sure = [p for p in named if p.gender is not None or p.roles or not self._body_like(p)]
        return sure[0] if len(sure) == 1 else None

    def _body_like(self, person: Person) -> bool:
        """Return True when a name reads as a place's or a body's: "Real Madrid", "Bank of Ghana"."""
        return is_place(self.masked, person.name) or any(w.lower() in ORG_WORDS for w in person.name.split())

    def _credited_before(self, si: int) -> list[Person]:
        """Return the people and bodies credited with speech before sentence si, each once, in order."""
        out: dict[int, Person] = {}
        for x in self.sentences[:si]:
            if x.strong and x.salient is not None:
                out.setdefault(id(x.salient), x.salient)
        return list(out.values())

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

    def _recurring(self, sj: int, si: int, p: Person) -> bool:
        """Return True when `p`, in focus the sentence before, is named more than once: a person."""
        return sj == si - 1 and recurs(self.text, p.name)

    def _asks(self, s: Sentence) -> bool:
        """Return True when sentence `s` holds a quoted question."""
        return any(self.masked[x.start : x.end].rstrip().endswith("?") for x in s.spans)  # "?" stays unmasked

    def _asker(self, sj: int) -> Person | None:
        """Return who asks in sentence sj: its question's speaker, or the subject of its `asked`."""
        s = self.sentences[sj]
        if self._asks(s) and s.strong:
            return s.salient  # "Whitfield followed up: “So the answer is no?”"
        k = next((k for k, w in enumerate(s.words) if w.low == "asked"), None)
        subject = self._subject(s, k) if k is not None else None
        return self._resolve(sj, subject) if subject is not None else None  # not Peskov in "asked Peskov"

    def _gendered_mate(self, sj: int, salient: Person, pronoun: Mention) -> Person | None:
        """Return the one person of sentence `sj` of the pronoun's gender when `salient`'s is unknown.

        "Thornhill said she signed because Marsh told her …" then "…,” she said: Thornhill.
        """
        if salient.gender is not None or pronoun.gender not in ("m", "f"):
            return None
        fit: list[Person] = []
        s = self.sentences[sj]
        for m in s.mentions:
            speaks = m.last + 1 < len(s.words) and is_cue(s.words, m.last + 1)
            # "Sheriff Fryhoff, speaking after Gardner, said": a comma, so Gardner is not the one speaking
            speaks = speaks and "," not in self.masked[m.end : s.words[m.last + 1].start]
            p = self.people.known(m) if m.kind == "name" and speaks else None
            if p is not None and p.kind == "person" and p.gender == pronoun.gender and p not in fit:
                fit.append(p)
        return fit[0] if len(fit) == 1 else None

    def _cataphora(self, si: int, pronoun: Mention) -> Person | None:
        """Return who an opening pronoun anticipates: `“We are ready,” she said. Maria Lopez, …`."""
        for sj in range(si + 1, min(len(self.sentences), si + 3)):
            for m in self.sentences[sj].mentions:
                if m.kind == "name" and not m.possessive and not m.after_preposition:
                    person = self.people.resolve_name(m, m.start)
                    if person.kind == "person" and fits(person, pronoun):
                        return person
        return None


_REPLIES = frozenset(["replied", "responded", "answered", "retorted"])
_ADDING = frozenset(["added", "adds", "continued", "continues", "concluded", "reiterated"])
