"""The subject the words before a cue name, read back from the cue: "Marta Nowak, 81, a survivor …, told".

Over time words ("Beijing on Tuesday accused"), a document ("the KCNA commentary said"), a `who`
after a comma, an aside in brackets ("Cllr Janet Clowes (Wybunbury, Con) said"), dashes ("Alan
Shearer - a former Newcastle captain - described"), addresses and comma phrases to the mention
they describe (walked by `Appositives`), seen through its preposition or title ("the head of
state added").
The base of `Subjects`, on top of `Sources`; `Subjects` supplies `_clause_subject` and
`_opening_clause_end`.
"""

from __future__ import annotations

import re

from service.extract.lexicon import BRIDGE_WORDS, COUNT, PLACE_NOUNS, WEEKDAYS
from service.extract.sentence import Sentence
from service.extract.sources import Sources
from service.extract.words import Mention, Word, is_role

# A masked quote and its closing mark right before a name: "“____,” Sefik Dzaferovic".
_QUOTE_BEFORE = re.compile(r"_[,.]?[”\"’'],?\s+$")
# A legislator's party letter in brackets right before a name: "Mark Warner (D) Virginia".
_PARTY_LETTER = re.compile(r"\([DRI]\)\s+$")
_SETTING_PREPOSITIONS = frozenset(("on", "at", "in", "during"))
_SETTING_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its"))


class ReadBack(Sources):
    """Read back from a speech cue over the words before it to the subject they name."""

    def _clause_subject(self, s: Sentence, limit: int) -> Mention | None:
        raise NotImplementedError  # `Subjects` finds the subject of a clause

    def _opening_clause_end(self, s: Sentence, limit: int) -> int:
        raise NotImplementedError  # `Subjects` knows where an opening clause ends

    def _read_back(self, s: Sentence, cue: int) -> Mention | None:
        """Return the subject the words before the cue name: "Marta Nowak, 81, a survivor …, told"."""
        w = s.words
        k = self._past_setting(s, self._past_time_words(s, cue - 1))
        if k < 0:
            return None
        if k > 1 and w[k - 1].low == "of" and _COUNT_WORD.fullmatch(w[k].low):
            k -= 2  # "the father of two said"
        # "the KCNA commentary said", "…, with Walid Abdel Wahab, who said"
        for source in (self._document_owner, self._antecedent_of_who):
            named = source(s, k)
            if named is not None:
                return named
        while k > 1 and w[k].low == "and" and w[k - 1].low.endswith("ed") and self._mention_ending(s, k - 2):
            k -= 2  # "Ms Whitcombe laughed and replied": the subject of both verbs
        k = self._past_brackets(s, k)
        apposed = self._unclosed_apposition(s, cue)
        if apposed is not None:
            return apposed
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
        """Return the word before the time, bridge and place words ending at `k` ("X on Monday said")."""
        w, text = s.words, self.masked
        while (
            k >= 0
            and (
                w[k].low in BRIDGE_WORDS
                or w[k].low in _WHEN  # "Beijing on Tuesday accused", "Peskov late on Sunday said"
                or (w[k].low == "the" and w[k + 1].low in _WHEN)  # "over the weekend", not "the reported"
                or (w[k].low.endswith("ly") and self._mention_ending(s, k) is None)
                # "Memory Chakanaka of Emganwini suburb said": the noun of a place named after "of"
                or (w[k].low in PLACE_NOUNS and k > 3 and w[k - 2].low in ("of", "from"))
            )
            and not re.search(r"[,;:—]", text[w[k].end : w[k + 1].start])
        ):
            k -= 1
        return k

    def _past_setting(self, s: Sentence, k: int) -> int:
        """Return the word before a short setting that ends at `k` when a name stands before it:
        "Mohammad Sami on the occasion said", "Tan at the launch told"."""
        w = s.words
        for j in range(k - 1, max(0, k - 4), -1):
            if w[j].low not in _SETTING_PREPOSITIONS or w[j + 1].low not in _SETTING_DETERMINERS:
                continue
            plain = all(x.text.islower() for x in w[j + 1 : k + 1])
            before = self._mention_ending(s, j - 1)
            spaced = not re.search(r"[,;:—–(]", self.masked[w[j - 1].end : w[k].end])
            # the name opens its clause ("United, Mohammad Sami on the occasion said"), not an object
            # ("raised it with Trump in a phone call")
            opens = before is not None and (
                before.first == 0 or re.search(r"[,;:]\s*$", self.masked[s.start : before.start]) is not None
            )
            if plain and spaced and opens and before is not None and before.kind == "name":
                return j - 1
            break
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
            opened = next((j for j in range(k, max(0, k - 16), -1) if text[w[j].start - 1] == "("), None)
            inside = text[w[opened].start : w[k].end] if opened is not None else ""
            # "Cllr Janet Clowes (Wybunbury, Con) said": her ward and party; "Governor Kazuo Ueda
            # (pictured) said": a caption's aside; "Cr Liz Martin (pictured; she heads up the Hall of
            # Fame) says": both
            if opened is not None and opened > 0:
                listed = ("," in inside and k - opened < 8) or ";" in inside
                k = opened - 1 if listed or inside.islower() and k - opened < 2 else k
        aside = self._mention_ending(s, k)
        if aside is not None and aside.first > 0 and text[aside.start - 1 : aside.start] == "(":
            k = aside.first - 1  # "A medic who goes by “Zirka” (Star) said": a translation in brackets
        return k

    def _unclosed_apposition(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of `“…,” X, a member of the Presidency said` or `X, Healthwatch England's
        national director said`: a name opening its clause whose apposition runs to the cue with
        its closing comma left out."""
        w, text = s.words, self.masked
        for first in s.mentions:
            if first.last + 2 >= cue:
                break
            if first.kind != "name":
                continue
            before = text[s.start : first.start]
            quoted = _QUOTE_BEFORE.search(before) is not None
            opens = quoted or not before.strip() or before.rstrip().endswith(",")
            lead = first.last + 1
            if not opens or not (lead + 1 < cue <= lead + 10) or text[first.end : w[lead].start] != ", ":
                continue
            if re.search(r"[,_;:—–]", text[w[lead].start : w[cue].start]):
                continue
            # an article or a title opens it after a quote ("“…,” Dominik Bartsch, WFP representative
            # to Jordan said"); elsewhere a title ends it, right before the cue
            titled = any(is_role(x.low) for x in w[lead : min(lead + 3, cue)])
            # ("“…”, Kusal Mendis, who had won the award told reporters": a "who" clause, too)
            if ((w[lead].low in ("a", "an", "the", "who") or titled) and quoted) or is_role(w[cue - 1].low):
                return first
        return None

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
        if m is not None and m.first > 1 and w[m.first - 1].low == "by" and w[m.first - 2].low.endswith("ed"):
            return None  # "The traders in an interview monitored by MyNewsGh.com explained": not the agent
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
        of = next((j for j in range(k - 1, max(0, k - 5), -1) if w[j].low == "of"), None)
        if of and self._mention_ending(s, k) is None and all(x.text.islower() for x in w[of : k + 1]):
            described = self._mention_ending(s, of - 1)  # "the captain of the home side said": the captain
            k = of - 1 if described is not None and described.kind == "descriptor" else k
        ending = self._mention_ending(s, k)
        bracketed = ending is not None and ending.first > 0 and text[ending.start - 1 : ending.start] == "("
        if (
            ending is not None
            and ending.first > 1
            and _MAIDEN.search(text, max(0, ending.start - 12), ending.start)
        ):
            # "Trustee Laura Cullen (nee Williams) pointed out": her name before the brackets
            prior = self._mention_ending(s, ending.first - 2)
            ending = prior if prior is not None and prior.kind == "name" else ending
        if self._title_letters(s, ending):
            ending = None  # "the permanent secretary (PS) said": the title's own letters
        elif ending is not None and bracketed and not ending.surface.isupper():  # not "(ECRE)", the body's
            prior = self._mention_ending(s, ending.first - 1)
            if prior is not None and prior.kind == "name":
                ending = prior  # "Cllr Mark Rhodes (Con), who is …, has lobbied": his party in brackets
        elif ending is not None and ending.first > 1 and _PARTY_LETTER.search(text, s.start, ending.start):
            prior = self._mention_ending(s, ending.first - 2)
            if prior is not None and prior.kind == "name":
                ending = prior  # "Sen. Mark Warner (D) Virginia told": his party, then his state
        return ending

    def _described_before_who(self, s: Sentence, m: Mention) -> Mention | None:
        """Return the mention a few words before the `who` (or the participle right after it) whose
        clause holds `m`: the one described ("The councillor commenting on the issues of X stated")."""
        w = s.words
        ending = {x.last + 1 for x in s.mentions}
        who = next(
            (
                j
                for j in range(m.first - 1, max(0, m.first - 24), -1)
                if w[j].low == "who" or j in ending and w[j].text.islower() and w[j].low.endswith("ing")
            ),
            None,
        )
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


_COUNT_WORD = re.compile(COUNT)
# A former name in brackets before a cue: "Laura Cullen (nee Williams) said".
_MAIDEN = re.compile(r"\((?:n[ée]e|born|formerly) $")
# What a title can be "of": "the head of state", "the chief of staff".
_OFFICES = frozenset(("state", "government", "staff", "defence", "defense", "police"))
# Time phrases between a subject and its verb: "Beijing on Tuesday accused".
_WHEN = WEEKDAYS | set(
    ("on", "late", "early", "last", "this", "morning", "afternoon", "evening", "night", "today")
    + ("yesterday", "tonight", "week", "weekend", "over")  # "X over the weekend called"
)


def _passive_quoted(w: list[Word], as_at: int) -> int | None:
    """Return where `quoted` stands in `X was quoted (by TASS) as saying`, else None."""
    for j in range(as_at - 1, max(0, as_at - 9), -1):
        if w[j].low == "quoted" and w[j - 1].low in ("was", "were", "is", "are", "been"):
            return j - 1
    return None
