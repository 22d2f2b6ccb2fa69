"""Quotes standing alone, with no cue of their own, and the speaker before them they continue.

A paragraph of quote under `The mayor has defended the plan …`, under a heading that names its
speaker, or under `Here's an excerpt from the memo:` or `The statement followed …`; an
interviewer's prompt (`Asked about the injury:`, `On the race: “…”`) between the answers of a
quote sheet; a caption round-up (`“…”⏎An incredulous Maria Lopez is told …`); and the one person
the article has credited with speech so far. The mixin behind `Attributor`, on top of `Leads`,
whose `_writer` and `document_named` it reads.
"""

from __future__ import annotations

import re
from functools import cached_property

from service.extract.leads import Leads, document_named
from service.extract.lexicon import DOCUMENTS
from service.extract.marks import Span
from service.extract.people import Person
from service.extract.sentence import Sentence
from service.extract.words import Mention

# "On waiting to find out how she placed...", "Asked about the injury:": an interviewer's prompt
# on a line of its own between the answers of a quote sheet; the answers stay the speaker's.
# The prompt names nobody and has no comma: "On Twitter, Piñera said:" and "Asked about it, he
# said:" lead the words of the one they name.
_PROMPT = re.compile(
    r"(?:On|Asked|When asked|On being asked)\s[a-z0-9][\w’'-]*(?:\s[a-z0-9][\w’'-]*){0,24}"
    r"\s*(?::|\.\.\.|…)\s*"
)

# Words for what someone said, owned by the speaker: "Senator Collins’ remarks".
_SPOKEN = frozenset(("remarks", "speech", "comments", "testimony", "address", "words", "answers"))


class Floating(Leads):
    """Find the speaker a quote standing alone continues."""

    @cached_property
    def _captions(self) -> dict[int, Person]:
        """Return the speaker each quote-only paragraph of a caption round-up has, by paragraph.

        "“Has it been that long?”⏎An incredulous Serena Williams is told …⏎“If I go with the
        white flag …”⏎Novak Djokovic tries to sound confident …": each quote stands alone and
        the paragraph below it names its speaker first. Only a run of two such pairs or more
        makes a round-up; a single pair is a quote continuing the speaker above it. A run does
        not start under a paragraph that credits someone with speech: that is news quoting the
        speaker above each quote.
        """
        blocks = self.article.blocks
        by_block: dict[int, list[int]] = {}
        for si, s in enumerate(self.sentences):
            by_block.setdefault(s.block, []).append(si)
        bodies = [b for b in by_block if blocks[b].kind == "body"]
        chain: list[tuple[int, Person]] = []
        out: dict[int, Person] = {}
        k = 0
        while k < len(bodies):
            b = bodies[k]
            below = k + 1 < len(bodies) and bodies[k + 1] == b + 1 and self._quote_only(by_block[b])
            person = self._caption(by_block[b + 1]) if below else None
            if person is not None and not chain and b - 1 in by_block and self._speaker_tag(by_block[b - 1]):
                person = None  # "…, Hill said.⏎“I was fortunate …”⏎Coll McLaughlin said …": news, no round-up
            if person is not None:
                chain.append((b, person))
                k += 2
                continue
            if len(chain) >= 2:
                out |= dict(chain)
            chain = []
            k += 1
        if len(chain) >= 2:
            out |= dict(chain)
        return out

    def _quote_only(self, sis: list[int]) -> bool:
        """Return True when the sentences `sis` of one paragraph hold one quote and nothing else."""
        spans = [sp for si in sis for sp in self.sentences[si].spans]
        start, end = self.sentences[sis[0]].start, self.sentences[sis[-1]].end
        if len(spans) != 1 or len(self.text[spans[0].start : spans[0].end].split()) < 4:
            return False
        outside = self.text[start : spans[0].open_at] + self.text[spans[0].close_at + 1 : end]
        return not outside.strip(" \t.,!?“”\"‘’'")

    def _speaker_tag(self, sis: list[int]) -> bool:
        """Return True when the last sentence of a paragraph credits someone named or a pronoun with speech.

        (Read without resolving the subject, which would fix its person before the sentences
        around it are read.)
        """
        s = self.sentences[sis[-1]]
        return any(
            (subject := self._subject(s, k)) is not None and subject.kind in ("name", "pronoun")
            for k in self._cues(s, s.start, s.end)
        )

    def _caption(self, sis: list[int]) -> Person | None:
        """Return the person a caption paragraph names first, before any quote of it; else None."""
        s, last = self.sentences[sis[0]], self.sentences[sis[-1]]
        if any(
            len(self.text[sp.start : sp.end].split()) >= 6 for si in sis for sp in self.sentences[si].spans
        ):
            return None  # a paragraph with a quote of its own is no caption ("mouthed 'Hi Dad'" is)
        if self.masked[last.start : last.end].rstrip().endswith(":"):
            return None  # "Rafael Nadal, with a smile, on his body:" leads the quote below it
        for k in self._cues(s, s.start, s.end):
            # "Roslea Shamrocks collected their title and joint-manager Adrian O'Donnell hailed …"
            subject = self._subject(s, k)
            person = (
                self._resolve(sis[0], subject) if subject is not None and subject.kind == "name" else None
            )
            if person is not None and person.kind == "person":
                return person
        for m in s.mentions:
            if m.first > 3 or m.kind != "name" or m.after_preposition:
                return None  # "World number one Roger Federer": a name first, past a word or two
            person = self._resolve(sis[0], m)
            if person is not None and person.kind == "person":
                return person
        return None

    def _floating(self, si: int) -> tuple[Person | None, float]:
        s = self.sentences[si]
        if s.block in self._captions:
            return self._captions[s.block], 0.7
        prompts = 0
        for sj in range(si - 1, max(-1, si - 6), -1):
            prev, adjacent = self.sentences[sj], si - 1 - prompts
            if prev.unnamed and not prev.strong:
                return None, 0.2
            if _PROMPT.fullmatch(self.masked, prev.start, prev.end) and not prev.spans and prompts == 0:
                prompts = 1
                continue
            if prev.block != s.block and self.article.blocks[prev.block].kind == "heading":
                return prev.salient, 0.6  # the name over a round-up's section, nobody named since
            if prev.block != s.block:
                # "On what they said in the huddle: “…”": a prompt opening the answer's paragraph
                opens = bool(s.spans) and (
                    s.spans[0].open_at == self.article.blocks[s.block].start or self._prompted(s, s.spans[0])
                )
                noun = (
                    document_named(self.masked[prev.start : prev.end]) if opens and sj == adjacent else None
                )
                if noun is not None:
                    # "Here's an excerpt from the memo:" over a paragraph of quote: the memo's writer
                    person = self._writer(sj, noun)
                    if person is not None:
                        return person, 0.7
                issuer = self._issuer_before(sj) if opens and sj == adjacent else None
                if issuer is not None:
                    return issuer, 0.6
                if opens and sj == adjacent and prev.strong:
                    return prev.salient, 0.7
                # (after a lead that names its own speaker: "Speaking since Eluned Morgan’s comments,
                # Rhun ap Iorwerth said:")
                owner = self._owner_of_words(sj) if opens and sj == adjacent else None
                if owner is not None:
                    return owner, 0.7
                subject = self._clause_subject(prev, len(prev.words)) if opens and sj == adjacent else None
                paired = self._speaker_earlier_in_block(sj) if subject and _paired(prev, subject) else None
                if paired is not None:
                    return paired, 0.5  # "X said …. Flanker Charlie Gamble and prop Angus Bell were threats"
                person = self._resolve(sj, subject) if subject is not None else None
                if person is not None and person.kind == "person" and not self._named_inside(s, person):
                    # "Simon Osei Mensah has justified the seizure …" then a paragraph of quote
                    # alone: the subject of the paragraph before.
                    return person, 0.5
                earlier = self._speaker_earlier_in_block(sj) if opens and sj == adjacent else None
                if earlier is not None:
                    return earlier, 0.5
                # (not when the quote's own sentence names someone: `"…", celebrated the leader, X`)
                alone = not any(m.kind == "name" for m in s.mentions)
                told = self._paragraph_about(sj) if opens and sj == adjacent and alone else None
                if told is not None and not self._named_inside(s, told):
                    return told, 0.45
                above = next((x for x in self.sentences[:sj] if x.block == prev.block - 1), None)
                if (
                    above is not None
                    and self.article.blocks[above.block].kind == "heading"
                    and not any(m.kind == "name" for m in prev.mentions)
                ):
                    return above.salient, 0.5  # "Asked about the injury:" under the name, the answer below
                break
            if prev.strong and prev.salient is not None:
                return prev.salient, 0.85 if sj == adjacent else 0.7
            if sj == adjacent and prev.salient is not None and prev.salient.kind == "person":
                return prev.salient, 0.55
        return self._sole_speaker(si), 0.4

    def _paragraph_about(self, sj: int) -> Person | None:
        """Return the person the opening sentence of sj's paragraph is about, when no sentence of
        that paragraph quotes anyone: "Patricia Maguire from Boho was unable to get an ambulance
        …. They were returning from …" over a paragraph of quote is her story, in her words."""
        block = [x for x in self.sentences[: sj + 1] if x.block == self.sentences[sj].block]
        lead = block[0]
        if lead is self.sentences[sj] or any(x.spans for x in block) or lead.salient is None:
            return None
        return lead.salient if lead.salient.kind == "person" else None

    def _prompted(self, s: Sentence, span: Span) -> bool:
        """Return True when an interviewer's prompt opens the quote's paragraph ("On the race: “…”")."""
        first = self.article.blocks[s.block].start
        return s.start == first and bool(_PROMPT.fullmatch(self.masked, first, span.open_at))

    def _sole_speaker(self, si: int) -> Person | None:
        """Return the one person the article has credited with speech before sentence si, if one.

        "Justice Carlisle Greaves has said." in the lede, paragraphs on the case, then a paragraph
        of quote alone: the only speaker so far is the one quoted.
        """
        s = self.sentences[si]
        if not s.spans or s.spans[0].open_at != self.article.blocks[s.block].start:
            return None
        speakers = [p for p in self._credited_before(si) if p.kind == "person"]
        return speakers[0] if len(speakers) == 1 else None

    def _named_inside(self, s: Sentence, person: Person) -> bool:
        """Return True when the first quote of `s` names `person` by surname: words about them.

        "German coach Gernot Rohr spent five years in charge." then "“There is no way we are not
        going to give Gernot Rohr credit …”": not Rohr's own words.
        """
        if not s.spans:
            return False
        surname = person.name.split()[-1]
        quoted = self.text[s.spans[0].start : s.spans[0].end]
        return re.search(rf"\b{re.escape(surname)}\b", quoted) is not None

    def _speaker_earlier_in_block(self, sj: int) -> Person | None:
        """Return who spoke earlier in sentence sj's paragraph when nobody is named after.

        "Henry said the tests would be a series. His side are aware …" over a paragraph of
        quote: Henry's words.
        """
        block = self.sentences[sj].block
        between: list[Person] = []
        for x in range(sj, -1, -1):
            s = self.sentences[x]
            if s.block != block:
                return None
            if x < sj and s.strong and s.salient is not None and s.salient.kind in ("person", "unknown"):
                # the subject of a verb of saying: a person even by a bare name
                return s.salient if all(p is s.salient for p in between) else None
            # another person in focus in between ends it ("the All Blacks are aware" is a team, no
            # speaker); "He had flown eleven missions, he said" about the speaker does not
            if s.salient is not None and s.salient.kind == "person":
                subject = self._clause_subject(s, len(s.words))
                if not (subject and _paired(s, subject)):
                    between.append(s.salient)
        return None

    def _owner_of_words(self, sj: int) -> Person | None:
        """Return X of "A transcript of Senator X’s remarks is as follows:" over a quote paragraph.

        A lead ending in a colon that names someone's remarks, speech or statement by a
        possessive: the paragraphs of quote below are those words.
        """
        s = self.sentences[sj]
        if not self.masked[s.start : s.end].rstrip().endswith(":"):
            return None
        for m in s.mentions:
            noun = s.words[m.last + 1].low if m.last + 1 < len(s.words) else ""
            if m.possessive and m.kind == "name" and (noun in DOCUMENTS or noun in _SPOKEN):
                return self._resolve(sj, m)
        return None

    def _issuer_before(self, sj: int) -> Person | None:
        """Return X when sentence sj is about a document ("The statement followed …") that a sentence
        just before says X issued ("a statement released on Sunday by Mike George"): the quote
        paragraph below it is the document's words."""
        w = self.sentences[sj].words
        if len(w) < 3 or w[0].low != "the" or w[1].low not in DOCUMENTS:
            return None
        for sk in range(sj - 1, max(-1, sj - 3), -1):
            by = self._issuer(self.sentences[sk], 0, len(self.sentences[sk].words))
            person = self._resolve(sk, by) if by is not None else None
            if person is not None:
                return person
        return None


def _paired(s: Sentence, m: Mention) -> bool:
    """Return True when name `m` is the first of two joined by "and": "Charlie Gamble and prop Angus Bell"."""
    w = s.words
    return (
        m.kind == "name"
        and m.last + 2 < len(w)
        and w[m.last + 1].low == "and"
        and any(n.kind == "name" and m.last + 2 <= n.first <= m.last + 3 for n in s.mentions)
    )
