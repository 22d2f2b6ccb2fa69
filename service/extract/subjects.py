"""Which mention each speech cue is about: the cues, their subjects and clause subjects.

The mixin behind `Attributor`, on top of `ReadBack` (the subject the words before a cue name,
read back over its appositives), `Sources` (`according to X`, `a statement released by X`,
`reported X saying`) and `Appositions` (the commas, prepositions and titles around a subject):
it finds a sentence's cues and the subject of each, the subject of a clause and where an opening
clause (`Asked whether X …,`) ends. It expects `masked` (the text with quotes blanked),
`sentences`, `people` and a `_resolved` cache, all set up by the attributor.
"""

from __future__ import annotations

import re

from service.extract.lexicon import BRIDGE_WORDS, CONJUNCTIONS, DOCUMENTS, INVERTED, KIN, is_honorific
from service.extract.mentions import document_pronoun
from service.extract.people import Person
from service.extract.pronoun_words import coordinated_object
from service.extract.readback import ReadBack
from service.extract.sentence import Sentence
from service.extract.words import Mention, is_cue, is_role


class Subjects(ReadBack):
    """Find the mention that is the subject of each speech cue."""

    _resolved: dict[tuple[int, int], Person | None]

    def _subject(self, s: Sentence, cue: int) -> Mention | None:
        """Return the mention that is the subject of the cue word at index `cue`, if any."""
        w, text = s.words, self.masked
        if w[cue].low in _OPENING_PARTICIPLES and (
            cue == 0 or re.search(r"(?:--|[—–])\s*$", text[s.start : w[cue].start])
        ):
            return self._after_opening_quote(s, cue)
        if cue + 1 < len(w) and w[cue].low == "according" and w[cue + 1].low == "to":
            return self._according_to(s, cue)
        if cue + 2 < len(w) and w[cue + 1].low == "by" and w[cue].low in _TOLD:
            # "he had been told by a whip that he would 'regret it'": the one who told
            return next((m for m in s.mentions if m.first == cue + 2), None)
        # "reported X saying", "A new report, published by X, says", "quoted X to have said"
        for source in (self._quoted_by, self._published_by, self._quoted_to_have):
            named = source(s, cue)
            if named is not None:
                return named
        k = cue - 1
        if k < 0:
            return None
        if w[cue].low.endswith("ing") and "," in text[w[k].end : w[cue].start]:
            return None  # "…, adding" takes the clause subject
        # "in what his lawyer said was a “…”": someone of his, unnamed, not he ("his spokesperson"
        # speaks for him)
        owned = k > 0 and w[k - 1].low in ("his", "her", "their") and is_role(w[k].low)
        if owned and w[k].low not in KIN and not w[k].low.startswith("spokes"):
            start, end = w[k - 1].start, w[k].end
            return Mention(k - 1, k, "unnamed", text[start:end], w[k].low, None, start, end)
        return self._set_off_tag(s, cue) or self._read_back(s, cue)

    def _first_of_pair(self, s: Sentence, m: Mention) -> int:
        """Return where "Azmi Sbaiti and Marc Handley" begins when `m` is the second name of it."""
        if m.first > 1 and s.words[m.first - 1].low == "and":
            before = self._mention_ending(s, m.first - 2)
            if before is not None and before.kind == "name":
                return before.first
        return m.first

    def _set_off_tag(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of "Losing the port, said X, “is a blow”": a reporting verb set off by commas
        inside the sentence, its speaker named right after it (a title allowed) and the quote right
        after that. ("Daniel Whitmore, mitigating, said Doyle, a father of two, had …": what was
        said of Doyle.)"""
        m = self._inverted_name(s, cue)
        return m if m is not None and _THEN_QUOTE.match(self.masked, m.end) else None

    def _inverted_cue(self, s: Sentence, k: int) -> bool:
        """Return True when word k is a reporting verb that may come before its subject, after a
        comma: "…, said X"."""
        w = s.words
        return k > 0 and w[k].low in INVERTED and "," in self.masked[w[k - 1].end : w[k].start]

    def _inverted_name(self, s: Sentence, k: int) -> Mention | None:
        """Return the name right after such a verb at word k (a title allowed), else None."""
        if not self._inverted_cue(s, k):
            return None
        return next(
            (m for m in s.mentions if m.first == k + 1 and m.kind == "name" and not m.possessive), None
        )

    def _clause_subject(self, s: Sentence, limit: int) -> Mention | None:
        skip = self._opening_clause_end(s, limit)
        for m in s.mentions:
            if m.first >= limit:
                break
            counted = (
                m.first > 1 and s.words[m.first - 1].low == "of" and s.words[m.first - 2].low in _AMOUNTS
            )
            embedded = m.first > 0 and s.words[m.first - 1].low in ("whether", "if")
            if embedded:
                continue  # "When a reporter asked X whether she would vote, the senator …": not "she"
            if coordinated_object(s, m):
                continue  # "a call between her and Cambodian leader Hun Sen was leaked": an object too
            if not m.possessive and (not m.after_preposition or counted) and m.first > skip:
                office = next(
                    (
                        n
                        for n in s.mentions
                        if n.first == m.last + 2 and n.role and n.role.startswith(m.surface)
                    ),
                    None,
                )
                if m.kind == "descriptor" and office is not None and s.words[m.last + 1].low in ("of", "for"):
                    return office  # "Chief of Defence Intelligence Kyrylo Budanov": one titled name
                posted = m.last + 3 < len(s.words) and s.words[m.last + 1].low == "to"
                envoy = next(
                    (n for n in s.mentions if n.kind == "name" and n.first in (m.last + 2, m.last + 3)),
                    None,
                )
                # "Russia’s new Ambassador to the United States Anatoly Antonov presented": the envoy
                right_after = envoy is not None and (
                    s.words[m.last + 2].low == "the" or envoy.first == m.last + 2
                )
                if (
                    m.kind == "descriptor"
                    and posted
                    and envoy is not None
                    and not envoy.possessive
                    and right_after
                ):
                    return envoy
                if m.kind in ("descriptor", "unnamed"):
                    # "The head of the UN agency, Philippe Lazzarini, renewed": the name in apposition;
                    # "An elder statesman …, Chief Solomon Gyang, appealed" too.
                    return self._appositive_after(s, m, limit) or m
                return self._titled_after_comma(s, m) or m
        return None

    def _titled_after_comma(self, s: Sentence, m: Mention) -> Mention | None:
        """Return Y of "Highlands and Islands (Scottish Labour) MSP, Rhoda Grant has expressed": a name
        after a comma that closes a title in capitals opening the sentence with `m`, before its verb."""
        w = s.words
        for n in s.mentions:
            if n.first <= m.last + 1 or n.kind != "name" or n.possessive or n.last + 1 >= len(w):
                continue
            title = w[n.first - 1]
            if self.masked[title.end : n.start] != ", " or not (
                is_role(title.low) and title.text[:1].isupper()
            ):
                continue
            lead = all(x.low in ("and", "of", "the") or x.text[:1].isupper() for x in w[m.first : n.first])
            return n if lead and w[n.last + 1].text.islower() else None
        return None

    def _opening_clause_end(self, s: Sentence, limit: int) -> int:
        """Return the last word of an opening subordinate clause (`Asked whether X …,`), else -1.

        Its mentions are not the subject of the sentence: "Asked whether Putin might meet him,
        Ushakov was curt" is about Ushakov.
        """
        w = s.words
        # "Facing a bruising session of Prime Minister's Questions, the Prime Minister told": a participle
        # ("Outgoing Gov. Mike DeWine": an adjective before a name, not a participle clause)
        participle = (
            len(w) > 1
            and w[0].low.endswith("ing")
            and (w[1].text.islower() or is_honorific(w[1].text))  # "Congratulating Dr Wooding on …,"
            and w[0].low != "according"
            # ("Schilling said that …": a name ending in -ing)
            and not any(m.first == 0 and m.kind == "name" for m in s.mentions)
        )
        # "In a Twitter post early on Thursday, Trump insisted": an opening phrase of place or time
        phrase = bool(w) and w[0].low in _OPENING_PREPOSITIONS
        # "But before any of the residents had a chance to speak, Gorsuch summed up": a coordinator first
        joined = len(w) > 1 and w[0].low in ("but", "and", "yet") and w[1].low in _SUBORDINATORS
        if not w or (w[0].low not in _SUBORDINATORS and not participle and not phrase and not joined):
            return -1
        for k in range(min(limit, len(w) - 1)):
            if "," in self.masked[w[k].end : w[k + 1].start]:
                if w[k + 1].low in _SUBORDINATORS and k < 10:
                    continue  # "In March, after COVID-19 hit New York City, Regal sent": a second opening
                return k if not phrase or k < 10 else -1
        return -1

    def _cues(self, s: Sentence, lo: int, hi: int) -> list[int]:
        return [
            k
            for k, w in enumerate(s.words)
            if lo <= w.start and w.end <= hi and is_cue(s.words, k) and not self._naming_far(s, k, hi)
        ]

    def _naming_far(self, s: Sentence, k: int, hi: int) -> bool:
        """Return True for `what Kyiv calls` whose own object ends before the span at `hi`.

        "Zakharova mocked what Kyiv calls Operation “Spiderweb” … as a “terrorist show”": the
        relative clause names one thing; the quotes after it belong to the main verb's subject.
        """
        w = s.words
        m = self._mention_ending(s, k - 1) if k > 0 else None
        if m is None or m.first == 0 or w[m.first - 1].low != "what":
            return False
        # "what Marsh described on the call as “…”" is near: that quote is what it names.
        return len(self.masked[w[k].end : hi].split()) > 6

    def _relative_antecedent(self, s: Sentence, k: int) -> Mention | None:
        """Return X of `X, who … was caught appearing to call him “Daddy”`: the cue's clause is X's."""
        w = s.words
        who = next((j for j in range(k - 1, max(0, k - 24), -1) if w[j].low == "who"), None)
        if who is None or any(
            who < m.first < k and m.kind in ("name", "pronoun", "descriptor") and not m.after_preposition
            for m in s.mentions
        ):
            return None
        antecedent = self._mention_ending(s, who - 1)
        address = self._address_start(s, who - 1) if antecedent is not None else None
        if address is not None:
            antecedent = self._mention_ending(s, address - 1)  # "X, of Y Street, Accrington, who …"
        if (
            antecedent is None
            or antecedent.kind != "name"
            or (antecedent.after_preposition and not antecedent.role)
        ):
            # "an economist at the Kiel Institute for the World Economy who …": not the institute, but
            # "the resignation of Labour MP Daniel Hurst, who stood down citing …" is Hurst's
            return None
        return antecedent

    def _cue_subject(self, s: Sentence, lo: int, hi: int) -> tuple[Mention | None, int | None]:
        """Return the subject and index of the last cue in [lo, hi) that has one."""
        cues = self._cues(s, lo, hi)
        w = s.words
        if (
            len(cues) > 1
            and w[cues[-1]].low.endswith("ing")
            and w[cues[-1]].low != "according"  # ("…, according to Stewart": the source, read below)
            and "," in self.masked[w[cues[-1] - 1].end : w[cues[-1]].start]
        ):
            # "… Sir Peter Hendy who said the station was “fabulous”, adding “…”": who said it adds it
            earlier, _ = self._cue_subject(s, lo, w[cues[-1]].start)
            if earlier is not None:
                return earlier, cues[-1]
        rel = cues[-1] - 1 if cues else 0
        while rel > 1 and s.words[rel].low in BRIDGE_WORDS:
            rel -= 1  # "the group, which has branded her a “RINO”"
        if cues and rel > 0 and s.words[rel].low in ("which", "who"):
            # "he asked the crowd, which roared back, “…”", "Merz, who told reporters “…”": the
            # relative clause's antecedent speaks ("Boyle Jr., an accountant who says": his name)
            antecedent = self._mention_ending(s, rel - 1)
            if (
                antecedent is not None
                and antecedent.after_preposition
                and s.words[self._first_of_pair(s, antecedent) - 1].low != "by"
                # "according to the defence ministry, which said …": the source is the antecedent
                and not (antecedent.first > 1 and s.words[antecedent.first - 2].low == "according")
            ):
                # "Kiernan, the college's director for England, who described": Kiernan, not England
                j = self._appositive_start(s, rel - 1)
                named = self._mention_ending(s, j - 1) if j is not None else None
                antecedent = named if named is not None and named.kind == "name" else None
            w = s.words
            if antecedent is None and rel > 1 and w[rel - 1].low in DOCUMENTS and w[rel - 2].low == "the":
                return document_pronoun(w, rel - 2), cues[-1]  # "according to the statement, which said …"
            if s.words[rel].low == "which" or (antecedent is not None and antecedent.kind == "name"):
                return antecedent, cues[-1]
        for k in reversed(cues):
            subject = self._subject(s, k)
            if subject is not None:
                return subject, k
        antecedent = self._relative_antecedent(s, cues[-1]) if cues else None
        if antecedent is not None:
            return antecedent, cues[-1]
        if cues and cues[-1] > 0 and s.words[cues[-1] - 1].low in ("that", "which"):
            return None, None  # "a declaration that described … as “ironclad”": the declaration's words
        if cues:
            subject = self._clause_subject(s, cues[0])
            if subject is None:
                # "In a joint statement released by the White House, the two sides said": its issuer
                subject = self._issuer(s, 0, cues[0])
            return subject, cues[-1]
        return None, None


# The comma closing a tag set off inside a sentence, and the quote it leads into: `said X, “…`.
_THEN_QUOTE = re.compile(r"\s*,\s*[“\"‘'«]")
# Words opening a subordinate clause before the main one, whose subject follows the comma.
_SUBORDINATORS = CONJUNCTIONS | {"asked", "pressed", "questioned", "once", "as"}
_OPENING_PREPOSITIONS = frozenset(("in", "on", "at", "during", "following", "amid", "despite", "under"))


_TOLD = frozenset(("told", "warned", "assured", "reminded", "informed", "urged", "asked"))
# "Hundreds of protesters marched": the people counted are the subject.
_AMOUNTS = frozenset(
    ("hundreds", "thousands", "dozens", "scores", "millions", "some", "many", "most", "several")
)
# Participles of saying that open a sentence before a quote: "Saying it “…,” X helped cut".
_OPENING_PARTICIPLES = frozenset(("saying", "insisting", "stressing", "declaring", "warning", "noting"))
