"""Which mention each speech cue is about: cue subjects and clause subjects.

The mixin behind `Attributor`, on top of `Sources` (`according to X`, `a statement released by
X`, `reported X saying`) and `Appositions` (the commas, prepositions and titles around a
subject): it expects `masked` (the text with quotes blanked), `sentences`, `people` and a
`_resolved` cache, all set up by the attributor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extract.lexicon import (
    BODY_HEADS,
    BRIDGE_WORDS,
    CONJUNCTIONS,
    DOCUMENTS,
    WEEKDAYS,
    is_honorific,
)
from service.extract.mentions import document_pronoun
from service.extract.people import Person
from service.extract.sentence import Sentence
from service.extract.sources import Sources
from service.extract.words import Mention, Word, is_cue, is_role


@dataclass(frozen=True)
class _ReadBack:
    """Where reading back over a subject's appositives stopped: at word `k`, or `settled` on `subject`."""

    k: int
    subject: Mention | None = None
    settled: bool = False


class Subjects(Sources):
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
        quoted = self._quoted_by(s, cue)
        if quoted is not None:
            return quoted
        k = cue - 1
        if k < 0:
            return None
        issuer = self._published_by(s, cue)
        if issuer is not None:
            return issuer
        quoted = self._quoted_to_have(s, cue)
        if quoted is not None:
            return quoted
        if w[cue].low.endswith("ing") and "," in text[w[k].end : w[cue].start]:
            return None  # "…, adding" takes the clause subject
        return self._read_back(s, cue)

    def _read_back(self, s: Sentence, cue: int) -> Mention | None:
        """Return the subject the words before the cue name: "Marta Nowak, 81, a survivor …, told"."""
        w = s.words
        k = self._past_time_words(s, cue - 1)
        if k < 0:
            return None
        if k > 1 and w[k - 1].low == "of" and _COUNT_WORD.fullmatch(w[k].low):
            k -= 2  # "the father of two said"
        owner = self._document_owner(s, k)
        if owner is not None:
            return owner
        antecedent = self._antecedent_of_who(s, k)
        if antecedent is not None:
            return antecedent
        while k > 1 and w[k].low == "and" and w[k - 1].low.endswith("ed") and self._mention_ending(s, k - 2):
            k -= 2  # "Ms Whitcombe laughed and replied": the subject of both verbs
        k = self._past_brackets(s, k)
        dashed = self._dashed_name(s, k, cue)
        if dashed is not None:
            return dashed
        if w[cue].low in ("saying", "telling", "stating") and k > 0 and w[k].low == "as":
            return self._quoted_as_saying(s, k)
        back = self._through_appositives(s, k)
        if back.settled:
            return back.subject
        return self._subject_ending(s, cue, back.k)

    def _past_time_words(self, s: Sentence, k: int) -> int:
        """Return the word before the time and bridge words that end at `k`: "Beijing on Tuesday accused"."""
        w, text = s.words, self.masked
        while (
            k >= 0
            and (
                w[k].low in BRIDGE_WORDS
                or w[k].low in _WHEN  # "Beijing on Tuesday accused", "Peskov late on Sunday said"
                or (w[k].low == "the" and w[k + 1].low in _WHEN)  # "over the weekend", not "the reported"
                or (w[k].low.endswith("ly") and self._mention_ending(s, k) is None)
            )
            and not re.search(r"[,;:—]", text[w[k].end : w[k + 1].start])
        ):
            k -= 1
        return k

    def _antecedent_of_who(self, s: Sentence, k: int) -> Mention | None:
        """Return X of `…, X, who said` when word `k` is a `who` after a comma: the one it stands for."""
        w = s.words
        if k > 0 and w[k].low == "who" and "," in self.masked[w[k - 1].end : w[k].start]:
            antecedent = self._mention_ending(s, k - 1)
            # ("… director for England, who described": a place inside an appositive is no antecedent)
            placed = (
                antecedent is not None
                and antecedent.after_preposition
                and w[antecedent.first - 1].low != "with"
            )
            if antecedent is not None and antecedent.kind in ("name", "descriptor") and not placed:
                return antecedent  # "… with Walid Abdel Wahab, who said: “…”": the one "who" stands for
        return None

    def _past_brackets(self, s: Sentence, k: int) -> int:
        """Return where the subject ends before an aside in brackets that ends at word `k`."""
        w, text = s.words, self.masked
        if text[w[k].end : w[k + 1].start].startswith(")"):
            opened = next((j for j in range(k, max(0, k - 8), -1) if text[w[j].start - 1] == "("), None)
            inside = text[w[opened].start : w[k].end] if opened is not None else ""
            # "Cllr Janet Clowes (Wybunbury, Con) said": her ward and party; "Governor Kazuo Ueda
            # (pictured) said": a caption's aside
            if opened is not None and opened > 0 and ("," in inside or inside.islower() and k - opened < 2):
                k = opened - 1
        aside = self._mention_ending(s, k)
        if aside is not None and aside.first > 0 and text[aside.start - 1 : aside.start] == "(":
            k = aside.first - 1  # "A medic who goes by “Zirka” (Star) said": a translation in brackets
        return k

    def _dashed_name(self, s: Sentence, k: int, cue: int) -> Mention | None:
        """Return X of `X - a former Newcastle captain - described`: the name before the dashes."""
        w, text = s.words, self.masked
        if re.search(r"\s[-–]\s|—", text[w[k].end : w[cue].start]):
            # "Alan Shearer - a former Newcastle captain - described": the name before the dashes
            d = k
            while d > 0 and k - d < 16 and not re.search(r"\s[-–]\s|—", text[w[d - 1].end : w[d].start]):
                d -= 1
            dashed = self._mention_ending(s, d - 1) if d > 0 and k - d < 16 else None
            if dashed is not None and dashed.kind == "name":
                return dashed
        return None

    def _quoted_as_saying(self, s: Sentence, as_at: int) -> Mention | None:
        """Return X of `quoted X as saying` or `X was quoted by TASS as saying`, `as` at word `as_at`."""
        passive = _passive_quoted(s.words, as_at)
        if passive is not None:
            return self._clause_subject(s, passive)  # "X was quoted by TASS as saying"
        return self._mention_ending(s, as_at - 1)  # "Interfax quoted Peskov as saying"

    def _through_appositives(self, s: Sentence, k: int) -> _ReadBack:
        """Read back from word `k` over addresses and comma phrases to the subject they describe."""
        w, text = s.words, self.masked
        for step in range(4):  # "Marta Nowak, 81, a survivor of the camp, told"
            address = self._address_start(s, k)
            if address is not None:
                k = address - 1  # "Colette Sims, 55, of Wordsworth Road, Colne, said": her address
                if self._mention_ending(s, k) is not None:
                    break
                continue
            if "," not in text[w[k].end : w[k + 1].start]:
                break
            j = self._appositive_start(s, k)
            if j is None and step > 0:
                opener = self._opening_phrase(s, k)
                if opener is not None:
                    return _ReadBack(k, opener, settled=True)
                break  # "… after Sen. Ron Kessler of Texas, the chamber's No. 2 Republican, told": Kessler
            if j is None:
                return _ReadBack(k, None, settled=True)
            named, stop = self._appositive(s, j, k)
            if named is not None:
                return _ReadBack(k, named, settled=True)
            k = j - 1
            if stop:
                break
        return _ReadBack(k)

    def _opening_phrase(self, s: Sentence, k: int) -> Mention | None:
        """Return the unnamed phrase opening the sentence when the mention ending at `k` is a place in it."""
        opener = s.mentions[0] if s.mentions and s.mentions[0].first <= 1 else None
        if opener is not None and opener.kind == "unnamed":
            # "One resident living close to Willowbank Brae, who asked not to be named, said": the
            # phrase opening the sentence is the subject, not the place named inside it
            last = self._mention_ending(s, k)
            spokes = opener.name.startswith("spokes")  # "a spokesman for X, …, said" speaks for X
            if last is not None and last.after_preposition and last is not opener and not spokes:
                return opener
        return None

    def _appositive(self, s: Sentence, j: int, k: int) -> tuple[Mention | None, bool]:
        """Return the subject named in the comma phrase j..k, else None and whether to stop reading back."""
        w, text = s.words, self.masked
        named = self._appositive_name(s, j, k)
        before = self._mention_ending(s, j - 1)
        if before is not None and before.first > 0 and text[before.start - 1 : before.start] == "(":
            before = self._mention_ending(s, before.first - 1)  # "Les Républicains (LR), who …": see through
        # "Sen. Marion Caldwell, D-Wash., said": a name before the commas keeps the floor.
        # "The Commissioner for Local Government and Chieftaincy Affairs, Mr Wale Ahmed, said":
        # an honorific marks the person the title before the commas belongs to.
        titled = named is not None and is_honorific(named.surface.split()[0])
        if named is not None and before is not None and _short_for(named, before):
            # "acting head of the Zimbabwe Teachers Association, Zimta, told": its short name
            return None, False
        body = before is not None and (
            before.kind == "org" or before.name.split()[-1].lower() in BODY_HEADS | {"college", "school"}
        )
        if named is not None and " " not in named.name and body:
            return None, False  # "the president of Queens College, Cambridge,": the college's town
        if named is not None and (
            before is None
            or before.kind != "name"
            or before.after_preposition
            or titled
            or _place_of_title(s, before, named)
        ):
            return named, False
        seg = self._appositive_start(s, j - 1) if before is not None else None
        one_word = named is not None and len(named.name.split()) == 1
        if one_word and before is not None and seg is not None and before.first > seg:
            return None, False  # "the president of Queens' College, Cambridge,": a place, look further back
        if w[j].low in ("which", "where", "whose") and before is not None and before.kind == "org":
            # "Léon, head of the CFDT, which had taken part …, called": the CFDT's clause
            return None, False
        # "Priya Natarajan, the chief executive of Sparrow, a start-up …, said": look past
        # a name that sits behind a preposition inside an earlier appositive.
        if before is not None and not before.after_preposition and self._address_start(s, j - 1) is None:
            return None, True
        return None, False

    def _subject_ending(self, s: Sentence, cue: int, k: int) -> Mention | None:
        """Return the subject ending at word `k` before the cue, seen through its preposition or title."""
        w = s.words
        m = self._behind_preposition(s, self._ending_at(s, k))
        if m is None or m.after_preposition or m.kind == "descriptor":
            # ("Judith Hardisty, interim Chair at the Health Board said": the name the title follows)
            m = self._opened_by_titled(s, cue) or m
        kept = cue > 0 and w[cue - 1].low in ("kept", "keeps", "keep")  # "he kept repeating"
        if (
            m is not None
            and w[cue].low.endswith("ing")
            and not kept
            and (m.first == 0 or w[m.first - 1].low != "with")
        ):
            return None  # "a resolution … advocating": only "with X saying" names the subject
        if m is not None and m.after_preposition:
            # "A man in his 70s who was clearing mud … in the city of Izumi said": the man, not Izumi
            described = self._described_before_who(s, m)
            if described is not None:
                return described
        return m

    def _ending_at(self, s: Sentence, k: int) -> Mention | None:
        """Return the mention ending at word `k`: the head of "the head of state", a name before its party."""
        w, text = s.words, self.masked
        if self._mention_ending(s, k) is None and k >= 2 and w[k - 1].low == "of" and w[k].low in _OFFICES:
            k -= 2  # "the head of state added": the head
        ending = self._mention_ending(s, k)
        bracketed = ending is not None and ending.first > 0 and text[ending.start - 1 : ending.start] == "("
        if self._title_letters(s, ending):
            ending = None  # "the permanent secretary (PS) said": the title's own letters
        elif ending is not None and bracketed and not ending.surface.isupper():  # not "(ECRE)", the body's
            prior = self._mention_ending(s, ending.first - 1)
            if prior is not None and prior.kind == "name":
                ending = prior  # "Cllr Mark Rhodes (Con), who is …, has lobbied": his party in brackets
        return ending

    def _described_before_who(self, s: Sentence, m: Mention) -> Mention | None:
        """Return the mention a few words before the `who` whose clause holds `m`: the one described."""
        w = s.words
        who = next((j for j in range(m.first - 1, max(0, m.first - 24), -1) if w[j].low == "who"), None)
        # the nearest mention before "who", a few words of description allowed ("A man in his 70s who")
        before = next((x for x in reversed(s.mentions) if who and x.last < who and who - x.last <= 4), None)
        if (
            before is not None
            and before.kind in ("unnamed", "name", "descriptor")
            and not before.after_preposition
        ):
            return before
        return None

    def _opened_by_titled(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of `X, councillor for Highlands Ward and spokesperson for the Group on the
        Council said`: a name opening the sentence, its title in lower case running to the cue."""
        w = s.words
        # ("Congratulating Dr Wooding on his appointment, Judith Hardisty, interim Chair at …, said":
        # the name that opens the main clause, after an opening participle's)
        skip = self._opening_clause_end(s, cue)
        first = next((m for m in s.mentions if m.first > skip), None)
        if first is None or first.kind != "name" or first.first > skip + 2 or first.last + 2 >= cue:
            return None
        lead = w[first.last + 1 : first.last + 4]
        if self.masked[first.end : lead[0].start] != ", " or not lead[0].text.islower():
            return None
        if not any(is_role(x.low) for x in lead):
            return None
        # "Lynne Tolmachoff, a spokesperson for the California Department of Forestry (Cal Fire)
        # confirmed": a body's short name in brackets is part of the title
        between = re.sub(r"\s\([^()]{1,40}\)", "", self.masked[lead[0].start : w[cue].start])
        return None if re.search(r"[,;:—()]", between) else first

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
                return m
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
        )
        # "In a Twitter post early on Thursday, Trump insisted": an opening phrase of place or time
        phrase = bool(w) and w[0].low in _OPENING_PREPOSITIONS
        if not w or (w[0].low not in _SUBORDINATORS and not participle and not phrase):
            return -1
        for k in range(min(limit, len(w) - 1)):
            if "," in self.masked[w[k].end : w[k + 1].start]:
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
                and s.words[antecedent.first - 1].low != "by"
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


# Words opening a subordinate clause before the main one, whose subject follows the comma.
_SUBORDINATORS = CONJUNCTIONS | {"asked", "pressed", "questioned", "once", "as"}
_OPENING_PREPOSITIONS = frozenset(("in", "on", "at", "during", "following", "amid", "despite", "under"))


_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_COUNT_WORD = re.compile(_COUNT)
_TOLD = frozenset(("told", "warned", "assured", "reminded", "informed", "urged", "asked"))
# What a title can be "of": "the head of state", "the chief of staff".
_OFFICES = frozenset(("state", "government", "staff", "defence", "defense", "police"))
# "Hundreds of protesters marched": the people counted are the subject.
_AMOUNTS = frozenset(
    ("hundreds", "thousands", "dozens", "scores", "millions", "some", "many", "most", "several")
)
# Time phrases between a subject and its verb: "Beijing on Tuesday accused".
_WHEN = WEEKDAYS | set(
    ("on", "late", "early", "last", "this", "morning", "afternoon", "evening", "night", "today")
    + ("yesterday", "tonight", "week", "weekend", "over")  # "X over the weekend called"
)
# Participles of saying that open a sentence before a quote: "Saying it “…,” X helped cut".
_OPENING_PARTICIPLES = frozenset(("saying", "insisting", "stressing", "declaring", "warning", "noting"))


def _short_for(short: Mention, body: Mention) -> bool:
    """Return True when one-word `Zimta` abbreviates `Zimbabwe Teachers Association` just before it.

    Its letters start as the body's first word does and take the initials of the others in order.
    """
    words = [x for x in body.name.split() if x[:1].isupper()]
    letters = short.name.lower()
    if " " in short.name or len(words) < 2 or not letters.isalpha() or body.kind not in ("org", "name"):
        return False
    head, rest = words[0].lower(), "".join(x[0].lower() for x in words[1:])
    # "Zimta" (Zim-T-A) and "NUT" (N-U-T) alike: some letters of the first word, then initials
    return any(letters[:cut] == head[:cut] and letters[cut:] == rest for cut in range(1, len(head) + 1))


def _passive_quoted(w: list[Word], as_at: int) -> int | None:
    """Return where `quoted` stands in `X was quoted (by TASS) as saying`, else None."""
    for j in range(as_at - 1, max(0, as_at - 9), -1):
        if w[j].low == "quoted" and w[j - 1].low in ("was", "were", "is", "are", "been"):
            return j - 1
    return None


def _place_of_title(s: Sentence, before: Mention, named: Mention) -> bool:
    """Return True for `MP for Truro and Falmouth, Jayne Kirkham,`: the word before is a place."""
    if len(named.name.split()) < 2 or len(before.name.split()) > 1:
        return False
    return any(s.words[x].low in ("for", "of") for x in range(max(0, before.first - 4), before.first))
