"""The sources a cue names other than by its subject.

`according to X`, `a joint statement released in Abuja by X`, `the Kremlin's statement`,
`A new report, published by X, says`, `the X commentary said`, `reported X saying`, `quoted X as
saying`, `quoted X to have said`, and the main clause after an opening `Saying “…”,`.
The base of `ReadBack` (and so of `Subjects`), on top of `Appositives`.
"""

from __future__ import annotations

import re

from service.extract.appositives import Appositives
from service.extract.lexicon import DOCUMENTS, REPORTING
from service.extract.mentions import document_pronoun
from service.extract.sentence import Sentence
from service.extract.words import Mention, Word

_RELEASED = frozenset(("released", "issued", "published", "posted", "sent", "put", "signed"))


def _behalf(w: list[Word], k: int) -> bool:
    """Return True when word k ends "on behalf of": the body named next is the one speaking."""
    return k > 1 and w[k].low == "of" and w[k - 1].low == "behalf" and w[k - 2].low == "on"


class Sources(Appositives):
    """Read who an `according to`, a document or a report names as the source of words."""

    def _according_to(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of `according to X` at the cue `according`: a source, a pronoun, a document's issuer."""
        w, text = s.words, self.masked
        source = next((m for m in s.mentions if m.first == cue + 2), None)
        if source is not None and source.possessive:
            # "According to Ukraine's Foreign Minister Andrii Sybiha": the minister, not Ukraine
            source = next((m for m in s.mentions if m.first == source.last + 1), source)
        if source is None and cue + 2 < len(w) and w[cue + 2].low in ("him", "her"):
            return _pronoun_at(w, cue + 2)  # "According to him, “…”": the one just spoken of
        if source is None and cue + 3 < len(w) and w[cue + 2].low == "the" and w[cue + 3].low in DOCUMENTS:
            return document_pronoun(w, cue + 2)  # "According to the statement, the cell will …"
        if source is None:
            return self._issuer(s, cue + 2, cue + 7)  # "according to a statement released by X"
        if source.last + 1 >= len(w):
            return source
        bare = source.kind == "descriptor" and w[source.first].low not in ("the", "a", "an")
        if bare and text[source.end : source.end + 2] == ", ":
            # "according to Buccaneers coach, Rhulani Mokwena": a title without its article, then its
            # holder in apposition ("According to the president, Argentina's economy …" is no such)
            named = next((m for m in s.mentions if m.first == source.last + 1 and m.kind == "name"), None)
            if (
                named is not None
                and not named.possessive
                and re.match(r"\s*(?:[,.;]|$)", text[named.end : s.end])
            ):
                return named
        nxt = w[source.last + 1]
        # "according to UN figures": data, not a speaker; only a word after a name.
        data = nxt.text.islower() and not re.search(r"[,;:.—]", text[source.end : nxt.start])
        return None if data else source

    def _quoted_by(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of `reported X saying`, `quoted X as saying` at either verb: the one quoted."""
        w = s.words
        if w[cue].low in REPORTING:
            quoted = next((m for m in s.mentions if m.first == cue + 1), None)
            after = quoted.last + 1 if quoted is not None else len(w)
            after += 1 if after < len(w) and w[after].low == "as" else 0
            # "the article reported Tiafoe saying", "Reuters quoted Tiafoe as saying": the one quoted
            if quoted is not None and quoted.kind == "name" and after < len(w) and w[after].low == "saying":
                return quoted
        if w[cue].low == "saying" and cue > 1:
            quoted = self._mention_ending(s, cue - 2 if w[cue - 1].low == "as" else cue - 1)
            if (
                quoted is not None
                and quoted.kind == "name"
                and quoted.first > 0
                and w[quoted.first - 1].low in REPORTING
            ):
                return quoted
        return None

    def _quoted_to_have(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of `quoted X to have said` at the cue `said`: the one quoted."""
        w = s.words
        if cue > 3 and w[cue].low == "said" and w[cue - 1].low == "have" and w[cue - 2].low == "to":
            # "he quoted Buhari to have said": the one quoted
            quoted = self._mention_ending(s, cue - 3)
            if quoted is not None and quoted.first > 0 and w[quoted.first - 1].low in REPORTING:
                return quoted
        return None

    def _after_opening_quote(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of `Saying it “…,” X cut the ribbon`: an opening participle's quote is said by the
        subject of the main clause just after it."""
        close = next((x.close_at for x in s.spans if x.open_at > s.words[cue].start), None)
        if close is None:
            return None
        m = next((m for m in s.mentions if m.start > close), None)
        if m is None or m.kind not in ("name", "descriptor") or self.masked[close + 1 : m.start].strip(" ,"):
            return None
        return m

    def _issuer(self, s: Sentence, lo: int, hi: int) -> Mention | None:
        """Return X of `a joint statement released by X` / `X's statement` among words [lo, hi)."""
        w = s.words
        for k in range(max(0, lo), min(hi, len(w))):
            if w[k].low not in DOCUMENTS:
                continue
            owner = next((m for m in s.mentions if m.possessive and m.last in (k - 1, k - 2)), None)
            if owner is not None and owner.kind in ("name", "org"):
                return owner  # "the Kremlin's statement"
            j = k + 1
            if j < len(w) and w[j].low in _RELEASED:
                j += 1
                # "a statement released in Abuja on Sunday by Mike George": the place and day, then by
                # whom; "a release sent on behalf of the RCMP": for whom
                j = next((b for b in range(j, min(len(w), j + 8)) if w[b].low == "by" or _behalf(w, b)), j)
            if j < len(w) and w[j].low == "on":
                # "A statement on Chelsea’s official website read": the site's owner
                site = next((m for m in s.mentions if m.possessive and m.first in (j + 1, j + 2)), None)
                if site is not None and site.kind in ("name", "org"):
                    return site
            # "an editorial in the Global Times", "a release on behalf of the RCMP"
            if j < len(w) and (w[j].low in ("by", "from", "in") or _behalf(w, j)):
                by = next((m for m in s.mentions if m.first in (j + 1, j + 2)), None)
                if by is not None and by.kind in ("name", "org", "group"):
                    return by  # "a joint statement by the unions said"
        return None

    def _published_by(self, s: Sentence, cue: int) -> Mention | None:
        """Return X of `A new report, published by X, says`: a document's issuer set off by commas."""
        w = s.words
        k = cue - 1
        doc = next((j for j in range(k, max(-1, k - 10), -1) if w[j].text in DOCUMENTS), None)
        issuer = self._issuer(s, doc, cue) if doc is not None else None
        if issuer is not None and self.masked[issuer.end : w[cue].start].strip() == ",":
            return issuer  # "A new report, published by Ofsted, says"
        return None

    def _document_owner(self, s: Sentence, k: int) -> Mention | None:
        """Return X of `the X commentary said` when a document ends at word `k`: its owner."""
        w = s.words
        if w[k].low in DOCUMENTS and k > 0:
            owner = self._mention_ending(s, k - 1)
            if owner is not None and owner.kind in ("name", "org"):
                return owner  # "the KCNA commentary said": KCNA
            if owner is None and w[k - 1].low in ("his", "her"):
                return _pronoun_at(w, k - 1)  # "His letter went on:": the one the pronoun stands for
        return None


_PRONOUN_GENDERS = {"him": "m", "his": "m", "her": "f"}


def _pronoun_at(w: list[Word], k: int) -> Mention:
    """Return word k, "him", "his" or "her", as a pronoun mention of its gender."""
    return Mention(
        k, k, "pronoun", w[k].text, "he", None, w[k].start, w[k].end, gender=_PRONOUN_GENDERS[w[k].low]
    )
