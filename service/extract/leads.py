"""Speakers named away from the quote's own cue: labels, bylines, colon lead-ins and closing tags.

`“…” — Quote from X:`, `— Priya Ramanathan, economist` under a quoted paragraph, `X was more
upbeat: “…”`, `His words, “…”`, `The minister was asked by a reporter: “…?”`, `“…” That was the
message from X`, `…, the agency said Friday` closing a sentence, and the writer of a document a
lead names (`Here's an excerpt from the memo:`), which `floating` reads too. The base of
`Floating` (and so of `Attributor`), on top of `References`.
"""

from __future__ import annotations

import re

from service.extract.article import ParsedArticle
from service.extract.glued import recurs
from service.extract.lexicon import CLAUSE_JOINERS, DOCUMENTS, PREPOSITIONS
from service.extract.marks import Span
from service.extract.masking import QUESTION
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
    r"(?:\s+on\s+[^\n]{1,80}|(?:,[^\n,]{2,40})?,\s+(?:on|when|after)\s+[^\n]{1,300})?"
    r"(?:\s*\([^()\n]{1,60}\))?\s*$"  # "– Nick Murch (Channel swimmer 2016)": a note in brackets
)
_DASH_BYLINE = re.compile(r"[—–-]{1,2}\s*([A-Z][^,\n—–]{2,60}?)\s*(?:,|$)")
# "‘‘I accept, politically, that …’’⏎Mayor Helen Worboys": a pull quote's credit on a line of its
# own, a title and a name and nothing else, no dash.
_CREDIT_LINE = re.compile(r"[ \t]*([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,4})[ \t]*")

# A release's heading naming whose words follow: "Statement by …", "Remarks from …".
_STATEMENT_BY = re.compile(r"(?:Joint )?(?:Statement|Remarks|Speech|Address|Message|Comments?) (?:by|from) ")
_NAMED_AFTER = re.compile(
    r"(?:(?:That|This|Those|These|Such)(?:\s+(?:was|were|is|are)|[’']s)\s+(?:[\w’'-]+\s+){0,4}?(?:from|of|by)"
    r"|So\s+said|The\s+words\s+(?:came\s+from|were\s+those\s+of|of))\s"
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
        noun = document_named(lead)
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
        if text[line.start : line.end].rstrip().endswith(":"):
            return None, 0.2  # "— Davis on Jackson’s no-comment:": a lead-in to the quote below
        dash = _DASH_BYLINE.match(text, line.start, line.end) or self._credit_line(s.block + 1)
        if dash is None or any(t.block == s.block and t.start > s.end for t in self.sentences):
            return None, 0.2  # no byline, or more text follows the quote in its paragraph
        return self._credited(text, dash.start(1), dash.end(1))

    def _credit_line(self, b: int) -> re.Match[str] | None:
        """Return the match of a pull quote's credit line `Mayor Helen Worboys` at block `b`.

        A line that names the speaker of the paragraph below it (a round-up of reactions) is no
        credit of the quote above, nor is a name line followed by another quote.
        """
        blocks, text = self.article.blocks, self.article.text
        if blocks[b].kind not in ("heading", "body"):
            return None  # "Hide Ad" under a quote: page furniture
        below = blocks[b + 1] if b + 1 < len(blocks) else None
        if below is not None and (
            text[below.start : below.start + 1] in "“\"‘'«" or QUESTION.match(text, below.start)
        ):
            return None  # a name over the next quote, or over a question put to them ("Q: How …?")
        if any(s.block == b and s.strong for s in self.sentences):
            return None
        # the quote above sits under its speaker's name line ("U.S. captain Davis Love III – …")
        if (
            b > 1
            and blocks[b - 2].kind == "heading"
            and any(s.block == b - 2 and s.strong for s in self.sentences)
        ):
            return None
        line = _CREDIT_LINE.fullmatch(text, blocks[b].start, blocks[b].end)
        named = line.group(1).split() if line is not None else [""]
        if below is not None and text.startswith(named[0] + " ", below.start) and not recurs(text, named[-1]):
            # "Ikorodu City Coach Disappointed⏎Ikorodu City head coach Bright Ozebagbe has …": a
            # subheading over the paragraph it sums up
            return None
        return line

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

    def _statement_by(self, si: int) -> tuple[Person | None, float]:
        """Return X of a heading "Statement by UNICEF Executive Director X about …" right over the
        paragraph that opens with the quote: a release whose words are X's."""
        s, blocks = self.sentences[si], self.article.blocks
        heading = blocks[s.block - 1] if s.block > 0 else None
        if heading is None or heading.kind != "heading" or not s.spans:
            return None, 0.2
        by = _STATEMENT_BY.match(self.masked, heading.start, heading.end)
        if by is None or self.masked[blocks[s.block].start : s.spans[0].open_at].strip():
            return None, 0.2
        words = words_of(self.masked, by.end(), heading.end)
        named = next((m for m in mentions_in(self.masked, words) if m.kind in ("name", "org")), None)
        person = self.people.resolve_name(named, named.start) if named is not None else None
        return (person, 0.7) if person is not None else (None, 0.2)

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


def document_named(lead: str) -> str | None:
    """Return `memo` when `lead` ends by naming a written document whose words follow."""
    document = _FROM_DOCUMENT.search(lead.rstrip())
    noun = document.group(1).lower() if document is not None else None
    return noun if noun in DOCUMENTS else None
