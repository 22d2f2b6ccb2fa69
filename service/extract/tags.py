"""The speaker named in the tag after a quote: `“…,” he said`, `“…,” said Peskov`.

The mixin behind `Attributor` for rule 1 of attribution: the words after the closing mark, up to
the next quote, may be a cue and its subject in either order, with titles, possessives and
appositions around the name ("said Guyana's Elton Dharry", "said NPA head of communications,
Bulelwa Makeke,", "said Ocracoke Island resident and business owner Philip Howard").
"""

from __future__ import annotations

import re

from service.extract.focus import Focus
from service.extract.lexicon import CLAUSE_JOINERS, CONJUNCTIONS, DOCUMENTS, KIN, REPORTING, WRITTEN
from service.extract.marks import Span
from service.extract.mentions import document_pronoun
from service.extract.offices import lower_office
from service.extract.sentence import Sentence
from service.extract.words import Mention, is_cue, is_role, titled_in_relative_clause

# Words after a quote that open a new clause, whose subject did not say the quote.
_CLAUSE_OPENERS = CONJUNCTIONS
# Verbs whose object, not their subject, follows them: a name after "told" is the one told.
_TOLD_WHOM = frozenset(("told", "tells", "telling", "informed", "informs", "reminded", "assured"))


# Numbered seats before a councillor's title: "Ward 3 Coun. Nrinder Nann"; numbered branches of a
# union or a veterans' body before an officer's: "Branch 154 President Dennis Zebiere", "Local 1199".
_SEATS = frozenset(
    ("Ward", "District", "Division", "Precinct", "Pct", "Zone", "Branch", "Local", "Lodge", "Post", "Chapter")
)


class Tags(Focus):
    """Find the speaker a quote's closing tag names."""

    def _issued_by(self, s: Sentence, k: int) -> Mention | None:
        """Return Y of `a (joint) statement by Y said`, `said a statement from Y`, `a statement issued by
        Y` starting at word k: who issued the document."""
        w = s.words
        j = k + 1 if k < len(w) and w[k].low in ("a", "an", "the") else k
        j += 1 if j < len(w) and w[j].text.islower() and w[j].low not in WRITTEN else 0
        if j + 1 >= len(w) or w[j].low not in WRITTEN:
            return None
        j += 1 if w[j + 1].low in ("issued", "released", "signed", "sent") else 0
        if j + 1 >= len(w) or w[j + 1].low not in ("by", "from"):
            return None
        return next(
            (m for m in s.mentions if m.first in (j + 2, j + 3) and m.kind in ("name", "org", "group")), None
        )

    def _titled_name_after(self, s: Sentence, place: Mention) -> Mention | None:
        """Return Y of `said Ocracoke Island resident and business owner Y`: a place, a title, the name."""
        k = place.last + 1
        while k < len(s.words) and k - place.last <= 6 and s.words[k].text.islower():
            k += 1
        titled = any(is_role(w.low) for w in s.words[place.last + 1 : k])
        # the name's mention may take the lower-case title in ("business owner Philip Howard")
        named = next((m for m in s.mentions if place.last < m.first <= k and m.kind == "name"), None)
        gap = self.masked[place.end : named.start] if named is not None else ","
        # ("said Clark Planetarium operations manager, Rob Morris": a comma after the title too)
        gap = gap[: -len(", ")] if named is not None and named.first == k and gap.endswith(", ") else gap
        return named if titled and k > place.last + 1 and "," not in gap else None

    def _titled_after(self, s: Sentence, k: int) -> bool:
        """Return True when a title in lower case starts at word k: `said NPA head of communications`."""
        return k < len(s.words) and s.words[k].text.islower() and is_role(s.words[k].low)

    def _possessed(self, s: Sentence, owner: Mention) -> Mention | None:
        """Return who `said Guyana's Elton Dharry` or `said Tom Reed's father` names: not the owner.

        A name right after the possessive is the speaker; a relative or a title in lower case is an
        unnamed speaker ("Terence Crutcher's father"); anything else leaves the owner.
        """
        k = owner.last + 1
        if (
            k + 1 < len(s.words)
            and s.words[k].text.islower()
            and s.words[k + 1].text.islower()
            and is_role(s.words[k + 1].low)
            and not is_role(s.words[k].low)
        ):
            k += 1  # "said Hamilton City's outgoing mayor": a word before the title
        while (
            k < len(s.words)
            and s.words[k].text.islower()
            and (s.words[k].low in KIN or is_role(s.words[k].low))
        ):
            k += 1  # "said Ayansh's mother Julie Tiwari": the name after the relative
        # ("said sheriff's office spokesperson Capt. Sarah Bigham": the name run took the title in)
        named = next(
            (m for m in s.mentions if owner.last < m.first <= k <= m.last and m.kind == "name"), None
        )
        if named is not None or k == owner.last + 1:
            return named or owner
        w = s.words[k - 1]
        surface = self.masked[owner.start : w.end]
        if w.low not in KIN:
            # "said Hamilton City's outgoing mayor": the holder of that title, whom the story names
            role = self.masked[s.words[owner.last + 1].start : w.end]
            return Mention(owner.first, k - 1, "descriptor", surface, w.low, role, owner.start, w.end)
        return Mention(owner.first, k - 1, "unnamed", surface, w.low, None, owner.start, w.end)

    def _post(self, s: Sentence, span: Span) -> tuple[Mention | None, int | None]:
        nxt = next((x.open_at for x in s.spans if x.open_at > span.open_at), s.end)
        ws = [k for k, w in enumerate(s.words) if span.close_at < w.start and w.end <= nxt]
        if not ws or re.search(r"[^\s,.!?”\"’'_—–-]", self.masked[span.close_at + 1 : s.words[ws[0]].start]):
            return None, None
        k = ws[0]
        if s.words[k].low in _CLAUSE_OPENERS or s.words[k].low in ("and", "but"):
            return None, None  # "would be “theatre” unless Moscow agreed": another clause's subject
        capital_name = s.words[k].text[:1].isupper() and any(
            m.first == k and m.kind == "name" for m in s.mentions
        )
        if s.words[k].low in _TOLD_WHOM:
            return None, None  # "One of the activist ‘koalas’ told News Of The Area": whom it was told
        if is_cue(s.words, k) and not capital_name:  # "“…” Brands said": a name, not the verb "brands"
            # ("…”, pointed out the cyclist": the particle of a verb of two words, then the speaker)
            particle = k + 1 < len(s.words) and s.words[k + 1].low in ("out", "up")
            after = next((m for m in s.mentions if m.first == k + 1 + particle), None)
            if (
                after is None
                and k + 1 < len(s.words)
                and (s.words[k + 1].low == "the" or s.words[k + 1].text.isdigit())
            ):
                # "said the Minister of State for Trade Sarah Moyo": a titled name after "the", or
                # after a year ("said 1968 Open winner Virginia Wade")
                # ("said the chairman PCB": a title, then its body's letters)
                after = next(
                    (
                        m
                        for m in s.mentions
                        if m.first == k + 2 and m.role and (m.kind == "name" or m.surface[:1].islower())
                    ),
                    None,
                )
            if after is None and k + 1 < len(s.words) and s.words[k + 1].low in ("his", "her", "their"):
                # "said his widow Lissie Harper": a kinsman or colleague named after the possessive
                after = next(
                    (
                        m
                        for m in s.mentions
                        if k + 2 <= m.first <= k + 4
                        and m.kind == "name"
                        and m.role
                        and all(w.text.islower() for w in s.words[k + 2 : m.first])
                    ),
                    None,
                )
            if after is None:
                # "said director of operations Alexa Levair": a lower-case office, then the name
                after = next(
                    (m for m in s.mentions if m.kind == "name" and lower_office(s.words, m.first) == k + 1),
                    None,
                )
            if after is None:
                after = self._issued_by(s, k + 1)  # "said a joint statement from the Public Workers Union"
            if (
                after is None
                and k + 2 < len(s.words)
                and s.words[k + 1].low == "the"
                and s.words[k + 2].low in DOCUMENTS
            ):
                after = document_pronoun(s.words, k + 1)  # "said the statement": the body that issued it
            seat = after.last + 2 if after is not None and after.name in _SEATS else len(s.words)
            if after is not None and seat < len(s.words) and s.words[seat - 1].text.isdigit():
                # "said Ward 3 Coun. Nrinder Nann": a numbered ward, then the councillor
                after = next(
                    (m for m in s.mentions if seat <= m.first <= seat + 2 and m.kind == "name"), after
                )
            if s.words[k].low == "according":
                after = self._subject(s, k)
            if after is not None and after.possessive:
                after = self._possessed(s, after)
            elif after is not None and after.kind in ("name", "org"):
                after = self._titled_name_after(s, after) or after
            if after is not None and after.kind == "unnamed" and after.name.startswith("spokes"):
                # "said a spokeswoman for the ministry": the ministry speaks.
                body = next(
                    (m for m in s.mentions if m.first == after.last + 2 and m.after_preposition), None
                )
                after = body if body is not None and s.words[after.last + 1].low == "for" else after
            elif (
                after is None
                or after.possessive
                or after.kind in ("descriptor", "unnamed", "group")
                or (after.kind == "org" and self._titled_after(s, after.last + 1))
            ):
                # "said Hartwell's planning director, Ian Moss": the name in apposition speaks.
                titled = after is not None and after.kind == "descriptor"
                named = next(
                    (
                        m
                        for m in s.mentions
                        if m.kind == "name"
                        and k + 1
                        < m.first
                        # "said Warning Coordination Meteorologist with the National Weather Service -
                        # Slidell, Frank Revitte": a title with its body, then the name
                        <= k + (16 if any(x.low == "name" for x in s.words[k : m.first]) or titled else 7)
                        and self.masked[s.words[m.first - 1].end : m.start].strip() == ","
                        and not titled_in_relative_clause(s.words, k + 1, m.first)
                    ),
                    None,
                )
                after = named or after
            return after, k
        # The speaker may follow a few lowercase modifiers: "harbour master Lin Osei said".
        head = next(
            (
                m
                for m in s.mentions
                if k <= m.first <= k + 3
                and m.kind != "pronoun"
                and all(s.words[j].text.islower() and not is_cue(s.words, j) for j in range(k, m.first))
            ),
            None,
        )
        if head is None:
            head = next((m for m in s.mentions if m.first == k), None)
        if head is None:
            head = self._issued_by(s, k)  # "“…,” a joint statement by the unions said"
        if head is None or re.search(r"[,;:]", self.masked[s.words[k].start : head.start]):
            return None, None
        cues = self._cues(s, s.words[head.last].end, nxt)
        if re.match(r",\s+who\b", self.masked[head.end : head.end + 6]):
            # "“…,” Leavitt, who sparred with reporters over reports that …, added.": the cue that
            # closes the relative clause, not a word inside it
            # ("“…”, Kusal Mendis, who had won the award told reporters": its closing comma left out)
            cues = [c for c in cues if "," in self.masked[s.words[c - 1].end : s.words[c].start]] or cues
        for c in cues[:1]:
            subject = self._subject(s, c)
            if c - head.last > 40 or subject is None:  # long appositives: "X, who oversees …, said"
                continue
            between = self.masked[head.end : subject.start]
            if subject is not head and "," in between and set(between.lower().split()) & CLAUSE_JOINERS:
                continue  # "“…” Merz began, before Trump cut in": another clause's speaker
            if subject is head or head.first < subject.first < c:  # "a spokesman for the company said"
                return subject, c
            if subject.first == c + 1 and s.words[c].low in REPORTING:
                return subject, c  # "“…,” the article reported Tiafoe saying": the one quoted
        return None, None
