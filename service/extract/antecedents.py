"""Who in an earlier sentence a pronoun or stand-in descriptor refers to, for `Pronouns`.

The person in focus in a sentence up to two paragraphs back ("Murty was delighted …. He added:
“…”"), passing over the asker of a question being answered and, after "he added", anyone not yet
credited with speech; of that sentence's speakers, the one of the pronoun's gender; with no one in
focus, a person named in the next sentences ("“We are ready,” she said. Maria Lopez, …") or the
only person named before. The mixin between `Bodies` and `Pronouns`; `References` supplies
`_resolve`.
"""

from __future__ import annotations

from service.extract.bodies import Bodies
from service.extract.glued import recurs
from service.extract.lexicon import ORG_WORDS
from service.extract.people import Person
from service.extract.pronoun_words import fits, is_place
from service.extract.sentence import Sentence
from service.extract.words import Mention, is_cue


class Antecedents(Bodies):
    """Find the person in focus in an earlier sentence whom a pronoun may stand for."""

    text: str  # the raw article text, for what quote marks hold

    def _resolve(self, si: int, m: Mention) -> Person | None:
        raise NotImplementedError  # `References` resolves every kind of mention

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
                    or (pronoun.kind == "pronoun" and _opening_subject(prev, p))
                )
                and fits(p, pronoun)
            ):
                return self._gendered_mate(sj, p, pronoun) or p
            if (
                p is not None
                and p.kind == "org"
                and pronoun.kind == "pronoun"
                and pronoun.gender in ("m", "f")
            ):
                # "Bermuda Hospitals Board (BHB) president … Venetta Symonds commended …. “…,” she
                # said": a body opens the sentence, the one person in it is whom "she" means
                held = self._one_person_in(prev, pronoun)
                if held is not None:
                    return held
        return self._unfocused(si, pronoun)

    def _one_person_in(self, s: Sentence, pronoun: Mention) -> Person | None:
        """Return the person whose title follows the body opening sentence `s`: "Bermuda Hospitals
        Board (BHB) president and chief executive Venetta Symonds commended", if the pronoun fits."""
        body = s.mentions[0] if s.mentions else None
        if body is None or body.first != 0 or len(s.mentions) < 2:
            return None
        words = s.words
        for m in s.mentions[1:]:
            if m.kind == "name" and not m.possessive:
                # only the body's letters in brackets and lower-case title words between them
                between = words[body.last + 1 : m.first]
                titled = all(w.text.islower() or w.text.isupper() and len(w.text) <= 6 for w in between)
                p = self.people.known(m) if titled and m.first - body.last <= 8 else None
                return p if p is not None and p.kind == "person" and fits(p, pronoun) else None
        return None

    def _turn_cues(self, si: int, pronoun: Mention) -> tuple[bool, set[int] | None]:
        """Return whether the pronoun answers a question, and after "he added" the ids of those
        credited with speech before sentence si (None after any other word)."""
        s = self.sentences[si]
        after = s.words[pronoun.last + 1].low if pronoun.last + 1 < len(s.words) else ""
        # An answer: "he replied", or a quote right after someone's question ("So the answer is no?")
        answering = after in _REPLIES or any(w.low.startswith(("answer", "repl", "respon")) for w in s.words)
        # ("“… what do we do?” Dashield added. He posed whether …": no quote of its own, no answer)
        answering = answering or (si > 0 and bool(s.spans) and self._asks(self.sentences[si - 1]))
        # "David Bates came off the bench and Murty was delighted …. He added: “…”": one who adds
        # has spoken already.
        spoken = {id(p) for p in self._credited_before(si)} if after in _ADDING else None
        return answering, spoken

    def _unfocused(self, si: int, pronoun: Mention) -> Person | None:
        """Return a person named in the next two sentences when none before si has anyone in
        focus, else the only person named before sentence si."""
        if all(prev.salient is None for prev in self.sentences[:si]):
            # ("Fans sang for Paul McCartney as he began": the one person named before it)
            return self._only_person(pronoun.start, pronoun) or self._cataphora(si, pronoun)
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
        if len(sure) > 1:
            # ("Thai Prime Minister Ann Lee … her", then "Hun Sen", no gender): the one said to be a woman
            sure = [p for p in sure if p.gender == pronoun.gender]
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


def _opening_subject(s: Sentence, p: Person) -> bool:
    """Return True when a name of no known kind opens sentence `s` as its subject ("Dunbar was
    Yates' teammate last year"): "he" after it means that name, not a name some sentence before."""
    first = s.mentions[0] if s.mentions else None
    return (
        first is not None
        and first.first == 0
        and first.kind == "name"
        and not first.possessive
        and len(s.words) > first.last + 1
        and s.words[first.last + 1].low in _SUBJECT_VERBS
        and (first.name == p.name or first.name in p.aliases)
    )


_SUBJECT_VERBS = frozenset(("was", "is", "has", "had", "will", "would", "could", "did"))
