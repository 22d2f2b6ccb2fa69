"""Reading back from a cue over the comma phrases before it to the subject they describe.

"Marta Nowak, 81, a survivor of the camp, told", "Aakar Patel, Executive Director, Amnesty
International India, said", "Colette Sims, 55, of Wordsworth Road, Colne, said": the walk over
ages, titles, bodies and addresses between a name and its verb, and which name of an appositive
is the subject. The mixin between `Appositions` (the readers of one phrase) and `Sources`.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.extract.appositions import Appositions
from service.extract.lexicon import BODY_HEADS, is_honorific
from service.extract.sentence import Sentence
from service.extract.words import Mention, is_role


@dataclass(frozen=True)
class Stop:
    """Where reading back over a subject's appositives stopped: at word `k`, or `settled` on `subject`."""

    k: int
    subject: Mention | None = None
    settled: bool = False


class Appositives(Appositions):
    """Walk back over the appositives before a cue to the subject they describe."""

    def _through_appositives(self, s: Sentence, k: int) -> Stop:
        """Read back from word `k` over addresses and comma phrases to the subject they describe."""
        for step in range(4):  # "Marta Nowak, 81, a survivor of the camp, told"
            street = self._street_or_state_start(s, k)
            if street is not None:
                k = street - 1
                continue
            address = self._address_start(s, k)
            if address is not None:
                k = address - 1  # "Colette Sims, 55, of Wordsworth Road, Colne, said": her address
                if self._mention_ending(s, k) is not None:
                    break
                continue
            if not self._comma_after(s, k):
                break
            j = self._appositive_start(s, k)
            if j is None and step > 0:
                opener = self._opening_phrase(s, k)
                if opener is not None:
                    return Stop(k, opener, settled=True)
                break  # "… after Sen. Ron Kessler of Texas, the chamber's No. 2 Republican, told": Kessler
            if j is None:
                return Stop(k, None, settled=True)
            named, stop = self._appositive(s, j, k)
            if named is not None:
                return Stop(k, named, settled=True)
            k = j - 1
            if stop:
                break
        return Stop(k)

    def _comma_after(self, s: Sentence, k: int) -> bool:
        """Return True when a comma follows word k, past a bracketed short name after it.

        "Mathilde Panot, head of the group La France Insoumise (LFI), criticised": the comma
        after the bracket closes the appositive.
        """
        w, text = s.words, self.masked
        gap = text[w[k].end : w[k + 1].start]
        if gap.strip() == "(" and k + 2 < len(w) and text[w[k + 1].end : w[k + 2].start].startswith(")"):
            gap = text[w[k + 1].end : w[k + 2].start]
        return "," in gap

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

    def _holder_of_lower_title(self, s: Sentence, k: int) -> Mention | None:
        """Return the name before ", route director," ending at word k: a title in lower case
        between commas, right after a person's name."""
        w, text = s.words, self.masked
        if k < 1 or not w[k].text.islower() or not is_role(w[k].low):
            return None
        i = k
        while i > 1 and w[i - 1].text.islower() and text[w[i - 1].end : w[i].start] == " ":
            i -= 1
        if text[w[i - 1].end : w[i].start] != ", ":
            return None
        holder = self._mention_ending(s, i - 1)
        return (
            holder if holder is not None and holder.kind == "name" and not holder.after_preposition else None
        )

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
        if named is not None and before is not None and before.kind == "descriptor":
            # "Aakar Patel, Executive Director, Amnesty International India, said": the body is the
            # title's, and the name before the title speaks
            holder = self._mention_ending(s, before.first - 1) if before.first > 0 else None
            if (
                holder is not None
                and holder.kind == "name"
                and not holder.after_preposition  # ("head of state of Guinea-Bissau, the local president")
                and text[holder.end : before.start] == ", "
            ):
                return holder, False
        if named is not None and before is None:
            holder = self._holder_of_lower_title(s, j - 1)
            if holder is not None:
                return holder, False  # "Andreas Teschl, route director, Norfolkline, said": his firm
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


def _place_of_title(s: Sentence, before: Mention, named: Mention) -> bool:
    """Return True for `MP for Truro and Falmouth, Jayne Kirkham,`: the word before is a place."""
    if len(named.name.split()) < 2 or len(before.name.split()) > 1:
        return False
    return any(s.words[x].low in ("for", "of") for x in range(max(0, before.first - 4), before.first))
