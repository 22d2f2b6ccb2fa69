"""Attribution: find who said each quoted span of an article, and how it was said.

Rules, in order, for a quote inside a sentence (quoted text masked, so cues never come from
inside quote marks):
1. A label (`Quote from X: “…”`, `Quote: “…”`) names its speaker; after an interviewer's prompt
   (`On the race: “…”`) the answer is the speaker in focus's.
2. A cue before the quote in the sentence (`X wrote on X: “…”`, `X called it “…”`): the subject
   of the last cue that has one; an `-ing` cue after a comma inherits the clause subject. Only a
   verb-first named tag after a comma that closes the quote (`… “in response,” said X`) wins
   over it.
3. A colon lead-in with no cue (`Asked whether …, the former prime minister was blunt: “…”`).
4. A cue right after the quote: `“…,” he said`, `“…,” said Peskov`, `“…,” according to X`, then
   a tag that closes the sentence after all its quotes.
5. A quote alone in its sentence (a split or floating quote): a credit after a dash, a byline,
   a name right after, else the latest speaker of its paragraph, or of the previous paragraph
   when the paragraph opens with the quote.
Sentences the rules leave with an unnamed cue fall back to a parse (`fallbacks.py`).
Pronouns go to the subject of a speech cue (else the clause subject) of the same or a recent
sentence; descriptors (`the Ukrainian leader`) to the latest person whose title fits.
Anything else keeps no speaker. Headings attribute only in the form `Name: ‘…’`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from service.extract.article import ParsedArticle
from service.extract.fallbacks import Fallbacks
from service.extract.fills import Fills
from service.extract.floating import Floating
from service.extract.found import Found
from service.extract.headlines import Headlines
from service.extract.lexicon import venue_of
from service.extract.marks import Span
from service.extract.masking import quoted_and_masked
from service.extract.mentions import mentions_in, stand_in
from service.extract.name_lines import name_heading
from service.extract.parser import SpeakerParser
from service.extract.people import Person
from service.extract.roster import learn_quoted_given_names, roster
from service.extract.sentence import Sentence
from service.extract.speech import is_speech
from service.extract.words import Mention, is_cue, sentences, words_of

# The end of a sentence after its tag's speaker, an appositive allowed: ", chief executive."
_CLOSING = re.compile(r"(?:,[^,\n]{1,80})?[\s.!?”\"’']*")
# ", although for Lopez the disbelief …": a clause that turns the story to someone else.
_TURN = re.compile(r",\s+(?:although|though|while|whereas|but)\s+for\s+$")
# "rejected claims that the Government is ‘…’": a quote inside a claim someone else made.
_DENIED = re.compile(
    r"\b(?:reject|rejected|rejects|denied|denies|deny|dismissed|dismisses|refuted|refutes|disputed)\s+"
    r"(?:the\s+|their\s+|opposition\s+)?(?:claims?|accusations?|allegations?|suggestions?|charges?)\s+"
    r"(?:that|of)\b[^.]*$"
)


class Attributor(Headlines, Floating, Fills, Fallbacks):
    """Attribute every quote of one parsed article."""

    def __init__(
        self, article: ParsedArticle, parser: Callable[[], SpeakerParser | None] | None = None
    ) -> None:
        self.article = article
        self._parser = parser
        self.text = article.text
        self.block_spans, masked = quoted_and_masked(article)
        blocks = article.blocks
        self.masked = masked
        self.sentences: list[Sentence] = []
        for b, spans in self.block_spans:
            line = name_heading(article, masked, self.block_spans, b) if blocks[b].kind == "heading" else None
            if line is not None:
                # "Manuel Pellegrini" over a paragraph of his words: a round-up names the speaker
                # of the section below on a line of its own.
                words = words_of(masked, *line)
                named = Sentence(b, *line, words, mentions_in(masked, words), [])
                named.strong = True
                self.sentences.append(named)
            if blocks[b].kind != "body":
                continue
            for start, end in sentences(self.masked, blocks[b].start, blocks[b].end):
                words = words_of(self.masked, start, end)
                inside = [s for s in spans if start <= s.open_at < end]
                if not words and not inside:
                    continue  # a line blanked out whole: a dateline or an interviewer's question
                self.sentences.append(Sentence(b, start, end, words, mentions_in(self.masked, words), inside))
        self.people = roster(article, self.masked, self.sentences, self.block_spans)
        for s in self.sentences:
            if s.strong and not s.spans and blocks[s.block].kind == "heading":
                s.salient = self.people.known(s.mentions[0])
        self._resolved: dict[tuple[int, int], Person | None] = {}

    # -- quotes --------------------------------------------------------------------------
    def _kind(self, s: Sentence, span: Span) -> str:
        before = self.masked[s.start : span.open_at].rstrip().lstrip("*•·▪-–— ")  # a bulleted line
        quoted = self.article.text[span.start : span.end]
        if not before or before[-1] in '.!?”"…':
            return "direct"
        first = quoted.lstrip("‘’'\"“ ")[:1]  # "‘Too Late’ Jerome Powell should …": a sentence all the same
        # "said, “there was a rumour that … immaterial now. But now …”": sentences all the same
        opens_clause = (
            first.isupper() or quoted[:1] in "…." or re.search(r"\w[.!?] +[A-Z]", quoted) is not None
        )
        lead_words = words_of(before, 0, len(before))
        cue_last = bool(lead_words) and before[-1].isalpha() and is_cue(lead_words, len(lead_words) - 1)
        # `“A,” she added, “but …”` continues a direct quote even in lower case.
        resumes = before[-1] == "," and any(x.close_at < span.open_at for x in s.spans)
        # "— “Is Thursday still the date?” one reporter called out —": a sentence set off by dashes
        return "direct" if resumes or opens_clause and (before[-1] in ":,—–" or cue_last) else "partial"

    def _turned_to(self, si: int, s: Sentence) -> Person | None:
        """Return Y of `“…,” he added, although for Y the disbelief was the result`: the story turns to Y."""
        for m in s.mentions:
            lead = self.masked[s.start : m.start]
            if m.kind == "name" and _TURN.search(lead) and (not s.spans or s.spans[-1].close_at < m.start):
                person = self._resolve(si, m)
                return person if person is not None and person.kind == "person" else None
        return None

    def _translation(self, last: Found, span: Span) -> bool:
        """Return True when `span` opens right after a bracket that follows the quote `last`."""
        between = self.article.text[last.span.close_at + 1 : span.open_at]
        return (
            last.person is not None
            and len(between) < 80
            and between.rstrip().endswith(("(", "["))
            and "\n" not in between
        )

    def _attribute(self, si: int, span: Span) -> Found:
        s = self.sentences[si]
        found = Found(span, self._kind(s, span))
        labelled = self._labelled(si, span)
        if labelled is not None:
            found.person, found.confidence = labelled
            found.role = found.person.roles[0] if found.person and found.person.roles else None
            return found
        if found.kind == "direct" and self._prompted(s, span):
            # "On what they said in the huddle: “…”": the answer of the speaker in focus
            found.person, found.confidence = self._floating(si)
            found.role = found.person.roles[0] if found.person and found.person.roles else None
            return found
        subject, cue = (None, None)
        if self.masked[s.start : span.open_at].strip(" _“”\"‘’'"):
            subject, cue = self._cue_subject(s, s.start, span.open_at)
        if subject is not None and self._comma_closed(span):
            # "The campaign will continue “in response to …,” said Ayesha Raza Farooq": a tag right
            # after a quote its comma closes names the speaker, not the clause around the quote
            tagged, at = self._post(s, span)
            if tagged is not None and at is not None and tagged.kind == "name" and tagged.first == at + 1:
                subject, cue = tagged, at
        if subject is None and found.kind == "direct":
            # "Asked whether …, the former Dutch prime minister was blunt: “…”"
            person, confidence, asker = self._colon_lead(si, span)
            if person is None and asker is not None:
                found.mention, found.unnamed = asker, True  # "X was asked by a reporter: “…?”"
                return found
            if person is not None:
                found.person, found.confidence = person, confidence
                found.role = person.roles[0] if person.roles else None
                return found
        if subject is None:
            subject, cue = self._post(s, span)
        if subject is None:
            # "Negotiators drafted an “updated framework” after talks, according to a statement
            # released by the White House": the sentence's source, however far after the quote
            nxt = next((x.open_at for x in s.spans if x.open_at > span.open_at), s.end)
            k = next((k for k in self._cues(s, span.close_at, nxt) if s.words[k].low == "according"), None)
            subject, cue = (self._subject(s, k), k) if k is not None else self._trailing_tag(s)
        if subject is None:
            subject, cue = self._inverted_after(s)
        if subject is not None and cue is not None:
            person = self._resolve(si, subject)
            if person is None and (subject.kind == "unnamed" or stand_in(subject)):
                # "told by a whip", "a source said", "the spokesman said" with no spokesman named:
                # someone unnamed spoke; nobody to guess
                found.mention, found.cue, found.unnamed = subject.surface, s.words[cue].text, True
            if person is not None:
                found.person, found.mention, found.cue = person, subject.surface, s.words[cue].text
                found.role = subject.role or (person.roles[0] if person.roles else None)
                found.confidence = {"pronoun": 0.85, "descriptor": 0.85, "group": 0.8}.get(subject.kind, 0.95)
                found.venue = venue_of(self.masked[s.start : s.end])
                return found
        # "“…”—Champion Serena Williams, when asked if …": a credit's own cue is no tag
        credit = (None, 0.2) if found.kind != "direct" else self._dash_credit(si, found.span)
        if credit[0] is not None:
            found.person, found.confidence = credit
            found.role = credit[0].roles[0] if credit[0].roles else None
        elif found.kind == "direct" and not any(is_cue(s.words, k) for k in range(len(s.words))):
            person, confidence = self._dash_byline(si)
            if person is None:
                person, confidence = self._named_after(si)
            if person is None:
                person, confidence = self._statement_by(si)
            if person is None:
                person, confidence = self._floating(si)
            if person is not None:
                found.person, found.confidence = person, confidence
                found.role = person.roles[0] if person.roles else None
        return found

    def _comma_closed(self, span: Span) -> bool:
        """Return True when a comma ends the quote, inside or just outside its closing mark."""
        text = self.article.text
        return text[span.end - 1 : span.end] == "," or text[span.close_at + 1 : span.close_at + 2] == ","

    def _inverted_after(self, s: Sentence) -> tuple[Mention | None, int | None]:
        """Return X of "It was “total chaos” in the city, said the chairman of the traders, X.":
        a tag after a comma that closes the sentence after all its quotes, read as a quote's tag."""
        last = s.spans[-1].close_at if s.spans else s.start
        for k in self._cues(s, last, s.end):
            w = s.words[k]
            if not self._inverted_cue(s, k):
                continue
            subject, cue = self._post(s, Span(w.start - 1, w.start - 1, w.start - 1, w.start - 1, True))
            if subject is not None and _CLOSING.fullmatch(self.masked, subject.end, s.end):
                return subject, cue
        return None, None

    def run(self) -> list[Found]:
        """Return every quote of the article with its speaker, cue, venue and confidence."""
        out: list[Found] = []
        headings = {b: spans for b, spans in self.block_spans if self.article.blocks[b].kind != "body"}
        groups = 0
        placed: list[tuple[int, Found]] = []
        last: tuple[int, Found] | None = None
        done_headings: set[int] = set()
        for si, s in enumerate(self.sentences):
            for b in [b for b in headings if b < s.block and b not in done_headings]:
                out.extend(self._heading_all(b, headings[b]))
                done_headings.add(b)
            for span in s.spans:
                found = self._attribute(si, span)
                before = self.masked[s.start : span.open_at].rstrip(" “\"‘'")
                quoted = self.article.text[span.start : span.end]
                has_cue = any(is_cue(s.words, k) for k in range(len(s.words)))
                after = self.article.text[span.close_at : s.end]
                if not is_speech(before, quoted, found.kind, found.cue is not None, has_cue, after):
                    continue
                if found.person is None and has_cue and found.mention is None:
                    self._fall_back(si, found)
                if found.person is None and found.kind == "partial" and not has_cue:
                    self._uncued(si, span, found)
                if found.kind == "partial" and _DENIED.search(before):
                    # "Martin rejected claims that the Government is ‘abandoning renters’": the
                    # words of whoever made the claims, not of the one who rejects them
                    found.person, found.mention, found.role, found.confidence = None, None, None, 0.2
                if last is not None and self._translation(last[1], span):
                    # "“Asean tidak akan tunduk …,” he said. (“Asean will not bow …”)": the same words
                    found.person, found.confidence, found.kind = (
                        last[1].person,
                        last[1].confidence,
                        last[1].kind,
                    )
                    found.role = last[1].role
                # Only direct segments split one utterance; partial quotes woven into one
                # sentence ("branded him a 'traitor' and said he 'lied'") are separate claims.
                if (
                    last is not None
                    and found.person is not None
                    and found.person is last[1].person
                    and found.kind == last[1].kind == "direct"
                    and self._adjacent(last, si, span)
                ):
                    if last[1].group is None:
                        groups += 1
                        last[1].group = groups
                    found.group = last[1].group
                out.append(found)
                placed.append((si, found))
                last = (si, found)
                relative = found.cue is not None and self._relative_cue(s, self._cue_index(s, span))
                if found.person is not None and not relative:
                    s.salient, s.strong = found.person, True
                elif found.mention is not None:
                    s.unnamed = True  # a bare quote next is that unnamed speaker's too
            if not s.strong and not self.masked[s.start : s.end].startswith("("):
                # "(Nitish Kumar ji has brought …)": a translation in brackets moves no focus
                self._set_salience(si, s)
            # "Postecoglou said he was “clipped”, while Popovic lamented …": the last one to speak
            turned = self._turned_to(si, s) or self._joined_subject(si, s, speaking=True)
            if turned is not None:
                s.salient, s.strong = turned, True
        self._fill_run_ons(placed, groups)
        self._fill_from_update_below(placed)
        self._fill_headlines(out, [f for _, f in placed])
        self._clear_nobodies(out)
        learn_quoted_given_names(self.article.text, self.masked, self.people)
        return out
