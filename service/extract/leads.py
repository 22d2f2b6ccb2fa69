"""Speakers named away from the quote's own cue: labels, bylines, colon lead-ins and closing tags.

`“…” — Quote from X:`, `— Priya Ramanathan, economist` under a quoted paragraph, `X was more
upbeat: “…”`, `“…” That was the message from X`, `…, the agency said Friday` closing a sentence,
and quotes standing alone that continue the speaker before them. The mixin behind `Attributor`.
"""

from __future__ import annotations

import re
from functools import cached_property

from service.extract.article import ParsedArticle
from service.extract.lexicon import CLAUSE_JOINERS, DOCUMENTS, PREPOSITIONS
from service.extract.marks import Span
from service.extract.mentions import mentions_in
from service.extract.people import Person
from service.extract.references import References
from service.extract.sentence import Sentence
from service.extract.words import DETERMINERS, Mention, is_role, words_of

# "Quote from Syniehubov: “…”", "Quote: “…”": a label before a quote, as Ukrainian outlets write.
_QUOTE_LABEL = re.compile(r"\s*(?:Quote|Quoted|In (?:his|her) words)(?: from ([^:]{2,60}))?:\s*$")

# "His words, “…”", "In her own words: “…”": a possessive lead-in with no verb.
_OWN_WORDS = re.compile(r"(?:[Ii]n )?(?:[Hh]is|[Hh]er) (?:own )?words\s*[,:]?")
_OWNER = {"his": "m", "her": "f"}
# "Here's an excerpt from the memo:", "Read the full statement:": a document's words follow.
_FROM_DOCUMENT = re.compile(r"\b(?:from|of|[Rr]ead) (?:the|her|his|their|its) (?:full |entire )?(\w+)\s*:$")
# "— Priya Ramanathan, Asean economist": a byline under a quoted paragraph.
# "“…” – Erik ten Hag on Marcus Rashford": a name after a dash closing the paragraph, a topic allowed.
# "“…”—Marin Cilic, men’s singles champ, on whether …", "“…”—Champion Serena Williams, when asked
# if …": a title after a comma, or the question, before the end of the paragraph.
_DASH_CREDIT = re.compile(
    r"\s*[—–-]{1,2}\s*([A-Z][\w’'.-]*(?: [A-Za-z][\w’'.-]*){0,4}?)"
    r"(?:\s+on\s+[^\n]{1,80}|(?:,[^\n,]{2,40})?,\s+(?:on|when|after)\s+[^\n]{1,300})?\s*$"
)
_DASH_BYLINE = re.compile(r"[—–-]{1,2}\s*([A-Z][^,\n—–]{2,60}?)\s*(?:,|$)")

# "On waiting to find out how she placed...", "Asked about the injury:": an interviewer's prompt
# on a line of its own between the answers of a quote sheet; the answers stay the speaker's.
# The prompt names nobody and has no comma: "On Twitter, Piñera said:" and "Asked about it, he
# said:" lead the words of the one they name.
_PROMPT = re.compile(
    r"(?:On|Asked|When asked|On being asked)\s[a-z0-9][\w’'-]*(?:\s[a-z0-9][\w’'-]*){0,24}"
    r"\s*(?::|\.\.\.|…)\s*"
)

_NAMED_AFTER = re.compile(
    r"(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:[\w’'-]+\s+){0,4}?(?:from|of|by)"
    r"|So\s+said|The\s+words\s+(?:came\s+from|were\s+those\s+of))\s"
)


class Leads(References):
    """Find speakers that no cue next to the quote names."""

    article: ParsedArticle

    def _trailing_tag(self, s: Sentence) -> tuple[Mention | None, int | None]:
        """Return the speaker of a reporting tag closing the sentence after all its quotes.

        "Roskomnadzor has begun “gradually restricting” access to WhatsApp …, the agency said
        Friday, in the latest step …": what the sentence reports is the agency's.
        """
        last = s.spans[-1].close_at if s.spans else s.start
        for k in self._cues(s, last, s.end):
            subject = self._subject(s, k)
            if subject is None or subject.kind == "unnamed" or subject.first == 0:
                continue
            first = subject.first
            while (
                subject.kind in ("group", "unnamed")
                and first > 1
                and subject.first - first < 3
                and (s.words[first - 1].text.islower() or s.words[first - 1].text.isdigit())
                and s.words[first - 1].low not in CLAUSE_JOINERS | PREPOSITIONS | DETERMINERS
                and self.masked[s.words[first - 1].end : s.words[first].start] == " "
            ):
                first -= 1  # "…, 10 major trade unions said": the words that describe the group
            before = s.words[first - 1]
            tail = self.masked[s.words[k].end : s.end]
            if (
                "," in self.masked[before.end : s.words[first].start]
                and before.low not in CLAUSE_JOINERS
                and re.match(r"\s*(?:[\w’'-]+\s+){0,3}?[\w’'-]*\s*(?:[,.;]|$)", tail)
            ):
                return subject, k
        return None, None

    @cached_property
    def _captions(self) -> dict[int, Person]:
        """Return the speaker each quote-only paragraph of a caption round-up has, by paragraph.

        "“Has it been that long?”⏎An incredulous Serena Williams is told …⏎“If I go with the
        white flag …”⏎Novak Djokovic tries to sound confident …": each quote stands alone and
        the paragraph below it names its speaker first. Only a run of two such pairs or more
        makes a round-up; a single pair is a quote continuing the speaker above it.
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
                    _document_named(self.masked[prev.start : prev.end]) if opens and sj == adjacent else None
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
                subject = self._clause_subject(prev, len(prev.words)) if opens and sj == adjacent else None
                person = self._resolve(sj, subject) if subject is not None else None
                if person is not None and person.kind == "person" and not self._named_inside(s, person):
                    # "Simon Osei Mensah has justified the seizure …" then a paragraph of quote
                    # alone: the subject of the paragraph before.
                    return person, 0.5
                earlier = self._speaker_earlier_in_block(sj) if opens and sj == adjacent else None
                if earlier is not None:
                    return earlier, 0.5
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
                between.append(s.salient)
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

    def _writer(self, si: int, noun: str) -> Person | None:
        """Return who issued `the memo` of sentence si: the person or body of the sentence that
        last spoke of a memo ("Priya Raman told staff in the memo …"), else the body in focus."""
        for sj in range(si - 1, max(-1, si - 6), -1):
            s = self.sentences[sj]
            if any(w.low == noun for w in s.words) and s.salient is not None:
                return s.salient
        return self._body(si, 0, issued=True)

    def _colon_lead(self, si: int, span: Span) -> tuple[Person | None, float, str | None]:
        """Return the named subject of `X was more upbeat: “…”`, a lead-in with no speech verb.

        Also returns, as the third value, who asked when someone unnamed did ("a reporter").
        """
        s = self.sentences[si]
        lead = self.masked[s.start : span.open_at].rstrip()
        words = _OWN_WORDS.fullmatch(lead)
        if words is not None and s.words:
            # "His words, “…”", "In her own words: “…”": the person the pronoun stands for
            first = 1 if s.words[0].low == "in" else 0
            own = s.words[first]
            pronoun = Mention(
                first, first, "pronoun", own.text, own.low, None, own.start, own.end, gender=_OWNER[own.low]
            )
            person = self._pronoun(si, pronoun)
            return (
                (person, 0.75, None) if person is not None and person.kind == "person" else (None, 0.2, None)
            )
        if not lead.endswith(":"):
            return None, 0.2, None
        noun = _document_named(lead)
        if noun is not None:
            # "Here's an excerpt from the memo: “…”": whoever wrote the memo
            person = self._writer(si, noun)
            return (person, 0.7, None) if person is not None else (None, 0.2, None)
        asked = re.search(r"\b(?:was|were|been|is|being) (?:asked|questioned|told)\b(?:.*\bby\b)?", lead)
        if asked is not None:
            # "the head of government was asked point-blank by presenter Anne Coudray: “…?”" is hers;
            # "Tusk was asked by a reporter: “…?”" is the unnamed reporter's
            after = s.start + asked.end()
            after_by = (
                [m for m in s.mentions if after <= m.start < span.open_at]
                if asked.group(0).endswith("by")
                else []
            )
            by = next((m for m in after_by if m.kind == "name"), None)
            person = self._resolve(si, by) if by is not None else None
            if person is not None and person.kind != "org":
                return person, 0.75, None
            asker = next((m.surface for m in after_by if m.kind in ("unnamed", "descriptor")), None)
            return None, 0.2, asker if by is None else None
        limit = next((k for k, w in enumerate(s.words) if w.start >= span.open_at), len(s.words))
        subject = self._clause_subject(s, limit)
        gendered = subject is not None and subject.kind == "pronoun" and subject.gender in ("m", "f")
        if subject is None or (subject.kind not in ("name", "descriptor") and not gendered):
            return None, 0.2, None  # "Asked whether …, he laughed: “…”" is his
        person = self._resolve(si, subject)
        return (person, 0.75, None) if person is not None and person.kind == "person" else (None, 0.2, None)

    def _dash_byline(self, si: int) -> tuple[Person | None, float]:
        """Return X of a `— X, Asean economist` line right under a paragraph that is only quotes."""
        s, blocks, text = self.sentences[si], self.article.blocks, self.article.text
        para = blocks[s.block]
        if s.block + 1 >= len(blocks) or not all(x.open_at <= para.start + 1 for x in s.spans[:1]):
            return None, 0.2
        line = blocks[s.block + 1]
        dash = _DASH_BYLINE.match(text, line.start, line.end)
        if dash is None or any(t.block == s.block and t.start > s.end for t in self.sentences):
            return None, 0.2  # no byline, or more text follows the quote in its paragraph
        return self._credited(text, dash.start(1), dash.end(1))

    def _dash_credit(self, si: int, span: Span) -> tuple[Person | None, float]:
        """Return X of `“…” – X on Marcus Rashford`: the credit after the last quote of a paragraph."""
        block = self.article.blocks[self.sentences[si].block]
        tail = self.masked[span.close_at + 1 : block.end]
        credit = _DASH_CREDIT.match(tail)
        if credit is None:
            return None, 0.2
        at = span.close_at + 1
        return self._credited(self.masked, at + credit.start(1), at + credit.end(1))

    def _credited(self, text: str, lo: int, hi: int) -> tuple[Person | None, float]:
        """Return the person a credit line names at text[lo:hi] (`Priya Ramanathan, Asean economist`)."""
        words = words_of(text, lo, hi)
        mentions = mentions_in(text, words)
        named = next((m for m in mentions if m.kind == "name" and m.first == 0), None)
        if named is not None and named.possessive:
            # "Womens’ singles champion Serena Williams": the name after the possessive's title
            named = next((m for m in mentions if m.kind == "name" and m.first > named.last), None)
        if named is None:
            return None, 0.2
        person = self.people.resolve_name(named, named.start)
        person.kind = "person" if person.kind == "unknown" else person.kind
        return person, 0.8

    def _named_after(self, si: int) -> tuple[Person | None, float]:
        """Return the person the next sentence names as the speaker: `That was the message from X`."""
        if si + 1 >= len(self.sentences):
            return None, 0.2
        nxt = self.sentences[si + 1]
        if not _NAMED_AFTER.match(self.masked, nxt.start):
            return None, 0.2
        w = nxt.words
        for m in nxt.mentions:
            # "from Mayor of St. Stephen, Allan MacEachern": the place of a title is nobody
            office = m.first > 1 and w[m.first - 1].low in ("of", "for") and is_role(w[m.first - 2].low)
            if m.kind == "name" and not m.possessive and not office:
                person = self._resolve(si + 1, m)
                if person is not None and person.kind != "org":
                    return person, 0.8
        return None, 0.2

    def _labelled(self, si: int, span: Span) -> tuple[Person | None, float] | None:
        """Return who a label names: X for `Quote from X: “…”`, the last speaker for `Quote: “…”`.

        None when the quote has no label.
        """
        s = self.sentences[si]
        label = _QUOTE_LABEL.match(self.masked, s.start, span.open_at)
        if label is None or label.end() != span.open_at:
            return None
        if label.group(1):
            named = next(
                (m for m in s.mentions if m.start >= label.start(1) and m.kind in ("name", "org")), None
            )
            person = self._resolve(si, named) if named is not None else None
            return (person, 0.9) if person is not None else None
        prev = self.sentences[si - 1] if si > 0 else None
        return (prev.salient, 0.75) if prev is not None and prev.strong else None


def _document_named(lead: str) -> str | None:
    """Return `memo` when `lead` ends by naming a written document whose words follow."""
    document = _FROM_DOCUMENT.search(lead.rstrip())
    noun = document.group(1).lower() if document is not None else None
    return noun if noun in DOCUMENTS else None
