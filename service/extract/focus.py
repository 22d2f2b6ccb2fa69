"""Who each sentence is about, so that a pronoun or a bare quote after it knows whom it means.

The mixin behind `Attributor`: the subject of the sentence's reporting verb, else of its main
clause, else a person it names; and the person the text below a heading is about.
"""

from __future__ import annotations

from service.extract.lexicon import BRIDGE_WORDS, CONJUNCTIONS
from service.extract.marks import Span
from service.extract.people import Person
from service.extract.pronoun_words import owns_a_person
from service.extract.references import References
from service.extract.sentence import Sentence
from service.extract.words import Mention, is_cue

_PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "from", "outside", "of"))
# Verbs of a prize handed to someone: "was presented by X to Y".
_HANDED = frozenset(("presented", "awarded", "handed", "given"))


# Conjunctions opening a clause after the main one: "…, after his sister Grace praised him".
_LATER_CLAUSES = frozenset(
    ("after", "because", "when", "while", "since", "before", "although", "though", "until")
)
# "Below are some quotes from Governor Lesetja Kganyago", "Following are excerpts of remarks by
# …": a list of someone's quotes follows.
_QUOTE_LIST = frozenset(("quotes", "quotations", "comments", "remarks", "excerpts", "extracts", "highlights"))


class Focus(References):
    """Track the person in focus sentence by sentence."""

    def _subject_below(self, b: int) -> Person | None:
        """Return the person the first body sentence after block `b` is about, if it names one."""
        si = next((si for si, s in enumerate(self.sentences) if s.block > b), None)
        if si is None:
            return None
        s = self.sentences[si]
        subject = self._clause_subject(s, len(s.words))
        person = self._resolve(si, subject) if subject is not None and subject.kind == "name" else None
        return person if person is not None and person.kind == "person" else None

    def _named_in(self, first: int, end: int) -> list[Person]:
        """Return the persons named in blocks [first, end), in text order."""
        out: list[Person] = []
        for s in self.sentences:
            for m in s.mentions if first <= s.block < end else ():
                place = m.first > 0 and s.words[m.first - 1].low in _PLACE_PREPOSITIONS  # "in Port Linden"
                p = self.people.known(m) if m.kind == "name" and not place else None
                if p is not None and p not in out:
                    out.append(p)
        return out

    def _main_cue_subject(self, s: Sentence) -> tuple[Mention | None, int | None]:
        """Return the subject of the sentence's reporting verb: the first cue's, if a name or title.

        "Pemberton said the BMA had written to Streeting …" is about Pemberton, not the BMA.
        """
        skip = self._opening_clause_end(s, len(s.words))  # "Asked by Reid whether …, Osei said"
        # "The 67-year-old … brushed off an ad campaign by a group, which has branded her a “RINO”":
        # a relative clause's cue is not the sentence's
        cues = [k for k in self._cues(s, s.start, s.end) if k > skip and not self._relative_cue(s, k)]
        if not cues:
            return None, None
        inverted = self._inverted_tag(s, cues[-1])
        if inverted is not None:
            return inverted, cues[-1]
        first = self._subject(s, cues[0])
        subject: Mention | None
        cue: int | None
        if first is not None and first.kind in ("name", "descriptor", "pronoun") and not first.possessive:
            subject, cue = first, cues[0]
        else:
            subject, cue = self._cue_subject(s, s.start, s.end)
        if subject is not None and cue is not None and subject.kind == "descriptor":
            subject = self._holder_named(s, subject, cue) or subject
        if subject is not None and subject.first > 2 and self._subordinate(s, subject):
            return None, None  # "The corner-forward was speaking …, after his sister Grace praised him"
        return subject, cue

    def _subordinate(self, s: Sentence, subject: Mention) -> bool:
        """Return True when `subject` opens a clause after a conjunction that follows the main
        clause's own subject: the sentence is about that one, not about who spoke in the clause."""
        joint = next((c for c in range(subject.first - 1, 0, -1) if s.words[c].low in _LATER_CLAUSES), None)
        if joint is None or joint < subject.first - 4:
            return False
        main = self._clause_subject(s, joint)
        # ("The corner-forward was speaking …": a subject opening the sentence, named or not)
        opened = s.words[0].low in ("the", "his", "her", "their")
        return opened or main is not None and main.first == 0 and main.kind in ("name", "descriptor")

    def _holder_named(self, s: Sentence, title: Mention, cue: int) -> Mention | None:
        """Return Y of `the Legal Adviser of the PDP in Akwa Ibom State Goddy Umoh, described`: the name
        that ends a title's phrase of bodies and places, before the cue and with no comma between."""
        inside = [m for m in s.mentions if title.last < m.first and m.last < cue]
        covered = {k for m in inside for k in range(m.first, m.last + 1)}
        for m in inside:
            if "," in self.masked[title.end : m.start]:
                return None
            ends = m.last + 1 == cue or self.masked[m.end : m.end + 1] == ","
            # ("the Chief Minister of Assam, said": the place a title is of holds nothing; a name the
            # place runs into does: "in Akwa Ibom State Goddy Umoh")
            placed = m.after_preposition and m.name == m.surface
            if m.kind != "name" or not ends or placed:
                continue
            gap = [
                w for k, w in enumerate(s.words[title.last + 1 : m.first], title.last + 1) if k not in covered
            ]
            return m if all(w.low in ("of", "in", "for", "at", "the") for w in gap) else None
        return None

    def _inverted_tag(self, s: Sentence, k: int) -> Mention | None:
        """Return X of "…, but the labour climate was a concern, said X": the speaker named after
        a reporting verb that closes the sentence's reported speech after a comma."""
        w = s.words
        m = self._inverted_name(s, k)
        # "Nicholas Chapman, mitigating, said Clarke was full of remorse": what was said of Clarke
        if m is None or m.last + 1 < len(w) and self.masked[m.end : w[m.last + 1].start].strip() != ",":
            return None
        return m

    def _joined_subject(self, si: int, s: Sentence, speaking: bool = False) -> Person | None:
        """Return the person named as the subject of a clause after "but" or "while", if any (and
        `speaking`: of a speech verb)."""
        w = s.words
        for m in _clause_openers(s, ("but", "while", "whereas")):
            if w[m.last + 1].text.islower() and (not speaking or is_cue(w, m.last + 1)):
                person = self._resolve(si, m)
                # ("while Popovic lamented": one who speaks is someone, if of unknown kind so far)
                if person is not None and (person.kind == "person" or speaking and person.kind == "unknown"):
                    return person
        return None

    def _interviewee(self, si: int, s: Sentence) -> Person | None:
        """Return Y of "The Linc spoke to Y", "… interviewed Y": the person a paper or a body
        heard, whom a "he said" next stands for."""
        w = s.words
        for m in s.mentions:
            two = [x.low for x in w[max(0, m.first - 2) : m.first]]
            heard = (
                two[-1:] == ["interviewed"] or len(two) == 2 and two[0] in _HEARD and two[1] in ("to", "with")
            )
            person = self._resolve(si, m) if heard and m.kind == "name" else None
            if person is not None and person.kind == "person":
                return person
        return None

    def _cue_index(self, s: Sentence, span: Span) -> int:
        """Return the index of the last cue before `span` in its sentence, else 0."""
        cues = self._cues(s, s.start, span.open_at)
        return cues[-1] if cues else 0

    def _relative_cue(self, s: Sentence, k: int) -> bool:
        """Return True for a cue in a relative clause: `which has branded`, `who said`."""
        rel = k - 1
        while rel > 0 and s.words[rel].low in BRIDGE_WORDS:
            rel -= 1
        if rel >= 0 and s.words[rel].low in ("which", "who", "that"):
            return True
        # "the buildings, which Mr Kenny said are empty,": the clause's own subject comes between
        subject = next((m for m in s.mentions if m.last == rel), None)
        return (
            subject is not None and subject.first > 0 and s.words[subject.first - 1].low in ("which", "whom")
        )

    def _opinion_holder(self, si: int, s: Sentence) -> Person | None:
        """Return X of "Rigondeaux defended his title …, and Quigg feels criticism … is unwarranted":
        the person whose view a later clause gives, whom a quote below goes on with."""
        m = next(
            (m for m in _clause_openers(s, ("and", "but", "while")) if s.words[m.last + 1].low in _OPINIONS),
            None,
        )
        person = self._resolve(si, m) if m is not None else None
        return person if person is not None and person.kind not in ("org", "group") else None

    def _quoted_below(self, si: int, s: Sentence) -> Person | None:
        """Return X of "Below are some quotes from X …": the speaker of the list of quotes after it."""
        lows = [w.low for w in s.words]
        if len(lows) < 4 or lows[0] not in ("below", "following", "here") or lows[1] not in ("are", "is"):
            return None
        for m in s.mentions:
            if (
                m.kind == "name"
                and lows[m.first - 1] in ("from", "by")
                and _QUOTE_LIST & set(lows[2 : m.first])
            ):
                return self._resolve(si, m)
        return None

    def _set_salience(self, si: int, s: Sentence) -> None:
        quoted = self._quoted_below(si, s)
        if quoted is not None:
            s.salient, s.strong = quoted, True
            return
        subject, _ = self._main_cue_subject(s)
        if subject is None:
            # "… to Councillor Ian Picker who referred to the agenda which he said would be “…”":
            # the speaker of a relative clause on a person is the one in focus
            pronoun = next((m for m in s.mentions if m.kind == "pronoun" and m.gender in ("m", "f")), None)
            speaker = self._who_before(si, pronoun) if pronoun is not None and s.spans else None
            if speaker is not None:
                s.salient, s.strong = speaker, True
                return
        if subject is not None and subject.first > 0 and s.words[subject.first - 1].low in CONJUNCTIONS:
            subject = None  # "Lucia spoke first, because Ava had said …": the main clause is about Lucia
        if subject is not None and any(is_cue(s.words, k) for k in range(len(s.words))):
            person = self._resolve(si, subject)
            if person is not None:
                s.salient, s.strong = person, subject.kind not in ("org", "group")
                return
            if subject.kind == "unnamed":
                s.unnamed = True  # "One doctor, who asked not to be named, said …": a "she" next is her
        topic = next((m for m in s.mentions if m.first == 1 and m.kind == "name"), None)
        if topic is not None and s.words[0].low in ("for", "like", "unlike"):
            person = self._resolve(
                si, topic
            )  # "For Jennifer Castillo, a teacher who …, the numbers matter less"
            if person is not None and person.kind != "org":
                s.salient = person
                return
        held = self._opinion_holder(si, s)
        if held is not None:
            s.salient = held
            return
        subject = self._clause_subject(s, len(s.words))
        if subject is not None:
            s.salient = self._resolve(si, subject)
        if s.salient is not None and s.salient.kind != "person":
            # "Gloucester have slipped to 10th but Davies refused to be downbeat": a side, then the
            # person of the clause after "but"
            s.salient = self._joined_subject(si, s) or self._interviewee(si, s) or s.salient
        given = next((k for k, w in enumerate(s.words) if w.low in _HANDED), None)
        passive = (
            given is not None and given > 0 and s.words[given - 1].low in ("was", "were", "is", "are", "been")
        )
        if given is not None and (s.salient is None or s.salient.kind != "person" or passive):
            # "The Palme d'Or was presented by Charlize Theron to Michael Moore": the one it went to
            for m in s.mentions:
                person = self._resolve(si, m) if m.kind == "name" and m.first > given and _to(s, m) else None
                if person is not None and person.kind == "person":
                    s.salient = person
                    return
        if s.salient is None:
            # "Asked whether she …, Munteanu laughed", "was described as … by Dr. Emma Rutherford":
            # the named person of a sentence whose grammatical subject names nobody.
            for m in s.mentions:
                before = s.words[m.first - 1].low if m.first else ""
                agent = m.after_preposition and before == "by"
                # "It fell to Manager Karl Marginson to sum up …", "It was left to X to …": the one it fell to
                agent = agent or (before == "to" and s.words[0].low == "it" and m.first <= 4)
                # "with Megan Schutt, Darcie Brown and McGrath herself all coming to the fore"
                agent = (
                    agent or m.last + 1 < len(s.words) and s.words[m.last + 1].low in ("himself", "herself")
                )
                # "The briefing came hours after Trump lashed out": the subject of a clause.
                clause = (
                    before in CONJUNCTIONS
                    and m.last + 1 < len(s.words)
                    and s.words[m.last + 1].text.islower()
                )
                team = m.first > 0 and s.words[m.first - 1].low == "the"  # "the Harambee Stars": a side
                # "Bruno Junqueira's car wriggled and hit the wall": the owner of the subject, a thing
                # ("Greater Sudbury’s bilingual mayor-elect was flanked" is about the mayor-elect)
                owned = m.last + 1 < len(s.words) and s.words[m.last + 1].text.islower()
                owned = owned and not owns_a_person(s.words, m)
                if (
                    m.kind == "name"
                    and (not m.possessive or owned and m is s.mentions[0])
                    and not team
                    and (not m.after_preposition or agent or clause)
                ):
                    person = self._resolve(si, m)
                    if person is not None and person.kind == "person":
                        s.salient = person
                        break


_HEARD = frozenset(("spoke", "talked", "speaking", "talking", "spoken", "talks", "speaks"))


def _clause_openers(s: Sentence, joiners: tuple[str, ...]) -> list[Mention]:
    """Return the names, not possessive, that open a clause after one of `joiners`, a word after them."""
    w = s.words
    return [
        m
        for m in s.mentions
        if m.kind == "name"
        and not m.possessive
        and m.first > 0
        and w[m.first - 1].low in joiners
        and m.last + 1 < len(w)
    ]


def _to(s: Sentence, m: Mention) -> bool:
    """Return True when mention `m` comes right after "to": "presented … to Michael Moore"."""
    return m.first > 0 and s.words[m.first - 1].low == "to"


# Verbs giving a person's view, not their words: "and Quigg feels criticism … is unwarranted".
_OPINIONS = frozenset(("feels", "felt", "believes", "believed", "thinks", "reckons", "hopes", "fears"))
