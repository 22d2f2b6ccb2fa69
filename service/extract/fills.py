"""The passes after every quote has a first speaker: what a later quote or update tells of an earlier one.

The mixin behind `Attributor`: the open paragraphs of a quote that runs on take the speaker its
closing tag names; a quote left open takes the speaker named where the next paragraph closes
it; in a newest-first live blog an unnamed quote takes the person the update before it
introduced. Last, quotes that name nobody lose their speaker: a crowd's chant, a nationality's
adjective read as a name.
"""

from __future__ import annotations

import re

from service.extract.found import Found
from service.extract.lexicon import NATIONALITY_WORDS, plural_demonym
from service.extract.liveblog import reverse_updates, speaker_below
from service.extract.marks import Span
from service.extract.people import Person
from service.extract.tags import Tags

# A closing mark with no quote open, then the words that name who spoke: `…,” said X`.
_CLOSE_THEN_CUE = re.compile(r"[,.!?]([”\"])\s+\S")
# A crowd's words: a chant or a shout just before the quote in its sentence ("members chanting,
# “…!”", "chants of “…!”", "leading supporters to shout out, “…!”"), or a crowd's after it
# ("“…!” rang out from the crowd").
_CHANT_BEFORE = re.compile(
    r"\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|cries|cried|roar(?:s|ed|ing)?)\b[^.!?“”\"]{0,16}$",
    re.IGNORECASE,
)
_CHANT_AFTER = re.compile(r"^[^.!?]{0,40}\b(?:rang out|chanted|from the [\w-]+ crowd|from the crowd)\b")


class Fills(Tags):
    """Fill in speakers from quotes and updates that come later in the article."""

    def _clear_nobodies(self, out: list[Found]) -> None:
        """Take the speaker from quotes that name nobody: a nationality's adjective read as a name,
        a crowd's chant."""
        text = self.article.text
        for f in out:
            if f.person is not None and _nationality(f.person):
                # "Armenian protesters chanted “…”": an adjective no rule saw as one
                f.person, f.role, f.confidence = None, None, min(f.confidence, 0.3)
            words = text[f.span.start : f.span.end]
            cried = words.rstrip(" ”\"’'").endswith("!") and len(words.split()) <= 8
            before = text[max(0, f.span.open_at - 60) : f.span.open_at]
            after = text[f.span.close_at + 1 : f.span.close_at + 60]
            if cried and (_CHANT_BEFORE.search(before) or _CHANT_AFTER.search(after)):
                # "members chanting, “Vavi Vavi Vavi Vavi!”": the crowd's, nobody to name
                f.person, f.role, f.mention, f.cue = None, None, None, None
                f.unnamed, f.confidence = True, min(f.confidence, 0.3)

    def _adjacent(self, last: tuple[int, Found], si: int, span: Span) -> bool:
        """Return True when `span` continues the previous quote: same or next sentence, bare."""
        prev_si, prev = last
        if prev_si == si:
            return True
        s = self.sentences[si]
        bare = not self.masked[s.start : span.open_at].strip()
        continues = prev.span.runs_on and self.sentences[prev_si].block != s.block
        return bare and prev_si == si - 1 and (continues or self.sentences[prev_si].block == s.block)

    def _fill_from_update_below(self, placed: list[tuple[int, Found]]) -> None:
        """In a newest-first live blog, give an unnamed quote the person the update before it introduced."""
        updates = reverse_updates(self.article.text, self.article.blocks)
        blocks = {self.sentences[si].block for si, _ in placed}

        def quoted(first: int, end: int) -> bool:
            return any(first <= b < end for b in blocks)

        for si, f in placed if updates else ():
            said = (f.mention or "").lower()
            if f.cue is not None and said not in ("he", "she"):
                continue
            gender = {"he": "m", "she": "f"}.get(said)
            person = speaker_below(
                updates, self.sentences[si].block, self._named_in, quoted, f.person, gender
            )
            if person is not None:
                f.person, f.confidence = person, min(f.confidence, 0.7)

    def _fill_run_ons(self, placed: list[tuple[int, Found]], groups: int) -> None:
        """Give the open paragraphs of a quote the speaker named where it finally closes."""
        prev: tuple[int, Found] | None = None
        for si, f in placed:
            # "One of the activists told the paper, “I felt …⏎“I will do whatever it takes.”": the
            # paragraphs of an unnamed speaker's quote are hers, not a guess from further back
            guess = f.cue is None and (f.person is None or f.confidence <= 0.7)
            opened = prev is not None and prev[1].span.runs_on and prev[1].unnamed and prev[1].person is None
            if prev is not None and opened and guess and self._adjacent(prev, si, f.span):
                f.person, f.role, f.mention, f.unnamed, f.confidence = None, None, prev[1].mention, True, 0.2
            prev = (si, f)
        nxt: tuple[int, Found] | None = None
        for si, f in reversed(placed):
            # A guess from the paragraph before (no cue of its own) yields to the tag that closes
            # the quote ("…claiming that the flyer was sabotage.⏎“I checked …⏎“Race should not
            # matter,” tweeted Syed Saddiq."), when the tag names someone the story named before
            # ("said Lumpon", cut off by the page, is no one new).
            guessed = f.person is not None and f.cue is None and f.confidence <= 0.7
            if (
                nxt is not None
                and (f.person is None or guessed and nxt[1].cue is not None and _named_before(nxt[1], f))
                and f.span.runs_on
                and nxt[1].person is not None
                and nxt[1].kind == "direct"
                and self._adjacent((si, f), nxt[0], nxt[1].span)
            ):
                later = nxt[1]
                f.person, f.mention, f.role, f.cue = later.person, later.mention, later.role, later.cue
                f.confidence = min(later.confidence, 0.8)
                if later.group is None:
                    groups += 1
                    later.group = groups
                f.group = later.group
            nxt = (si, f)
        for si, f in placed:
            if f.person is None and f.span.runs_on:
                self._closed_below(si, f)

    def _closed_below(self, si: int, found: Found) -> None:
        """Credit a quote left open to the speaker named where the next paragraph closes it.

        "“The farmers had a lot of hopes …⏎Farmers will suffer …,” said Anil Trivedi, village
        head.": careless copy leaves out the mark that opens the second paragraph.
        """
        block = self.sentences[si].block
        below = [(sj, s) for sj, s in enumerate(self.sentences) if s.block == block + 1]
        for sj, s in below:
            if s.spans:
                return  # a paragraph with quotes of its own
            close = _CLOSE_THEN_CUE.search(self.masked, s.start, s.end)
            if close is None:
                continue
            at = close.start(1)
            subject, _ = self._post(s, Span(at, at, at, at, True))
            person = self._resolve(sj, subject) if subject is not None else None
            if subject is not None and person is not None:
                found.person, found.mention, found.confidence = person, subject.surface, 0.6
                found.role = person.roles[0] if person.roles else None
            return


def _named_before(later: Found, found: Found) -> bool:
    """Return True when the person `later` credits was named in full before `found` opens, or is
    named in full, with a title, in the tag ("…,” coach Santiago Phelan said.")."""
    if later.person is None:
        return False
    titled = later.role is not None and len((later.mention or "").split()) >= 3
    return titled or 0 <= later.person.first_at < found.span.start


def _nationality(p: Person) -> bool:
    """Return True for a nationality's adjective taken for a name ("Armenian", "Turkish"), which names
    nobody. (A town or a country may stand for its government: "Bucharest rejected".)"""
    low = p.name.lower()
    # ("Ethiopians": a people, no one speaker)
    return p.kind == "unknown" and not p.roles and (low in NATIONALITY_WORDS or plural_demonym(low))
