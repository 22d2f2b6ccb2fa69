"""Mentions (names with titles, pronouns, descriptors) in the words of one masked sentence.

Quoted text is masked before these functions see it, so nothing inside quote marks is ever
taken for a speaker or a cue.
"""

from __future__ import annotations

from dataclasses import replace

from service.extract.lexicon import (
    DOCUMENTS,
    PREPOSITIONS,
    PRONOUNS,
)
from service.extract.phrases import phrases_in
from service.extract.runs import name_runs
from service.extract.titles import mention_from_run
from service.extract.words import DETERMINERS, Mention, MentionKind, Word, is_cue, is_plural_role, is_role

# A generation's suffix written after a name and a comma: "Herminio L. Roque, Jr.".
_GENERATIONS = frozenset(("jr", "sr", "jnr", "snr"))


def document_pronoun(words: list[Word], first: int) -> Mention:
    """Return `the statement` at words[first:first + 2] as the `it` of the body that issued it."""
    the, doc = words[first], words[first + 1]
    return Mention(
        first, first + 1, "pronoun", f"{the.text} {doc.text}", "it", None, the.start, doc.end, gender="n"
    )


def mentions_in(text: str, words: list[Word]) -> list[Mention]:
    """Return the name, organisation, pronoun and descriptor mentions among `words`."""
    found, taken = _phrase_mentions(text, words)
    found += _run_mentions(text, words, taken)
    found += _word_mentions(words, taken)
    found.sort(key=lambda m: m.first)
    _read_in_context(text, words, found)
    return _with_generations(text, found)


def _phrase_mentions(text: str, words: list[Word]) -> tuple[list[Mention], set[int]]:
    """Return the descriptor, unnamed and group phrases ("the Ukrainian leader") and the words they take."""
    found: list[Mention] = []
    taken: set[int] = set()
    index = {w.start: k for k, w in enumerate(words)}
    # (the character after the last word lets a pattern see the stop after "the Spaniard")
    for ph in phrases_in(text, words[0].start, min(len(text), words[-1].end + 1)) if words else []:
        k, k_end = index.get(ph.start), index.get(ph.head_start)
        while k_end is not None and k_end + 1 < len(words) and words[k_end + 1].start < ph.end:
            k_end += 1  # "the world No. 1": a head of two words
        if k is None or k_end is None or taken & set(range(k, k_end + 1)):
            continue
        prep = k > 0 and words[k - 1].low in PREPOSITIONS
        kind: MentionKind = (
            "group" if ph.kind == "group" else "unnamed" if ph.kind == "unnamed" else "descriptor"
        )
        surface = text[ph.start : ph.end]
        found.append(Mention(k, k_end, kind, surface, ph.head, ph.role, ph.start, ph.end, False, prep))
        taken |= set(range(k, k_end + 1))
    return found, taken


def _run_mentions(text: str, words: list[Word], taken: set[int]) -> list[Mention]:
    """Return the names in the capitalised runs no phrase took: "Chief Election Commissioner X"."""
    found: list[Mention] = []
    for first, last in name_runs(text, words):
        m = mention_from_run(text, words, first, last)
        overlap = taken & set(range(m.first, m.last + 1)) if m is not None else set()
        if m is not None and overlap and max(overlap) < last:
            # "Nairobi-area police boss Philip Ndolo": the name after the phrase "police" took
            m = mention_from_run(text, words, max(overlap) + 1, last)
            overlap = taken & set(range(m.first, m.last + 1)) if m is not None else set()
        if m is not None and not overlap:
            found.append(m)
    return found


# Speakers a story seldom names: "the spokesman said" with no spokesman named is nobody to guess.
_STAND_INS = frozenset(
    ("spokesman", "spokeswoman", "spokesperson", "delegate")
    + ("representative", "source", "official", "witness")
)


def stand_in(m: Mention) -> bool:
    """Return True for a descriptor whose head is a speaker a story seldom names."""
    return m.kind == "descriptor" and m.name.split()[-1].lower() in _STAND_INS


# Adverbs between a subject and its speech verb: "it also said", "the statement later added".
_ADVERBS = frozenset(("also", "later", "then", "further", "again", "earlier", "previously", "since"))


def _cue_after(words: list[Word], k: int) -> bool:
    """Return True when a speech verb follows word k, right after it or after one adverb."""
    if k + 1 < len(words) and is_cue(words, k + 1):
        return True
    adverb = k + 2 < len(words) and (words[k + 1].low in _ADVERBS or words[k + 1].low.endswith("ly"))
    return adverb and is_cue(words, k + 2)


def _word_mentions(words: list[Word], taken: set[int]) -> list[Mention]:
    """Return the mentions one word makes: pronouns, "someone", "one said", "the statement said"."""
    found: list[Mention] = []
    for k, w in enumerate(words):
        if w.low in ("someone", "somebody") and k not in taken:
            # "someone at the back called out": a speaker nobody can name
            found.append(Mention(k, k, "unnamed", w.text, w.low, None, w.start, w.end))
            continue
        other = k == 1 and words[0].low == "the" and w.low == "other"
        if (k == 0 and w.low in ("one", "another") or other) and k + 1 < len(words) and is_cue(words, k + 1):
            # "One said Trump spoke for …", "The other described …": one of the people just mentioned
            found.append(Mention(k, k, "unnamed", w.text, w.low, None, w.start, w.end))
            continue
        member = _one_of(words, k) if k == 0 else None
        if member is not None and not taken & set(range(k, member + 1)):
            # "One of the climbers told The Star, “…”": one unnamed member of a crowd speaks
            found.append(Mention(k, member, "unnamed", w.text, w.low, None, w.start, words[member].end))
            continue
        # "it said", "they said": a body speaking; only right before a cue, so that "it is"
        # never becomes anyone's subject. "the statement said" is the body that issued it.
        body = w.low in ("it", "they") and _cue_after(words, k)
        if w.low in DOCUMENTS and k > 0 and words[k - 1].low == "the" and _cue_after(words, k):
            found.append(document_pronoun(words, k - 1))
            continue
        if body:
            found.append(Mention(k, k, "pronoun", w.text, w.low, None, w.start, w.end, gender="n"))
        elif w.text in PRONOUNS or w.text.lower() in PRONOUNS:
            prep = k > 0 and words[k - 1].low in PREPOSITIONS
            found.append(
                Mention(
                    k,
                    k,
                    "pronoun",
                    w.text,
                    w.text.lower(),
                    None,
                    w.start,
                    w.end,
                    False,
                    prep,
                    PRONOUNS[w.text.lower()],
                )
            )
    return found


def _read_in_context(text: str, words: list[Word], found: list[Mention]) -> None:
    """Mark, in place, names that are owners before a plural title or sit behind a preposition."""
    for x, m in enumerate(found):
        nxt = words[m.last + 1] if m.kind == "name" and m.last + 1 < len(words) else None
        if (
            nxt is not None
            and nxt.text.islower()
            and len(nxt.low) > 4
            and is_plural_role(nxt.low)
            and text[m.end : nxt.start] == " "
        ):
            # "angry Great Glen residents", "Labour councillors": a name before a plural title says
            # whose they are, like a possessive; it is not the one who speaks
            found[x] = m = replace(m, possessive=True)
        elif nxt is not None and _owns_title_before_name(text, words, m, found[x + 1 :]):
            found[x] = m = replace(m, possessive=True)
        prior = found[x - 1] if x else None
        if (
            prior is not None
            and prior.after_preposition
            and not m.after_preposition
            and m.kind == "name"
            and (
                prior.last == m.first - 2
                and words[m.first - 1].low in ("and", "or")
                # "with Megan Schutt, Darcie Brown and McGrath herself": a list that "and" closes
                or text[prior.end : m.start] == ", "
                and _list_closes(text, m, found[x + 1 : x + 2])
            )
        ):
            # "scoring through Elliot Dixon and Waisake Naholo": both behind the preposition
            found[x] = replace(m, after_preposition=True)
        elif (
            prior is not None
            and prior.after_preposition
            and prior.possessive
            and not m.after_preposition
            and prior.last == m.first - 1
            # (not "on Dublin's Angier Street Garret Fitzgerald": the street, not its resident)
            and (m.role is not None or m.surface.startswith(m.name))
        ):
            found[x] = replace(m, after_preposition=True)  # "the secretary of Kenya's Ministry of Health"


def _list_closes(text: str, m: Mention, following: list[Mention]) -> bool:
    """Return True when the name after `m` closes a list with "and": "…, Darcie Brown and McGrath"."""
    return (
        bool(following)
        and following[0].kind == "name"
        and text[m.end : following[0].start] in (" and ", ", and ")
    )


def _owns_title_before_name(text: str, words: list[Word], m: Mention, later: list[Mention]) -> bool:
    """Return True for "Enyimba" in "Enyimba assistant coach, Yemi Olanrewaju,": a name before a title
    in lower case and a comma, then the holder's name; the first name says whose title it is."""
    k = start = m.last + 1
    place = next((n for n in later if n.first == k + 1 and n.kind == "name"), None)
    if place is not None and words[k].low == "of":
        k = start = place.last + 1  # "Enyimba of Aba assistant coach, …": the club and its town
    while (
        k < len(words)
        and k - start < 3
        and words[k].text.islower()
        # ("Federated Farmers Waikato dairy chairperson, Craig Littin"; not "Trump called candidate, …")
        and not is_cue(words, k)
        and not words[k].low.endswith(("ed", "ing"))
        and text[words[k - 1].end : words[k].start] == " "
    ):
        k += 1
    if k == start or not is_role(words[k - 1].low) or text[words[k - 1].end : words[k - 1].end + 2] != ", ":
        return False
    return any(n.first == k and n.kind == "name" for n in later)


def _with_generations(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with a generation's suffix joined to the name before it, and an
    award's title joined to its winner's name."""
    merged: list[Mention] = []
    for m in found:
        prev = merged[-1] if merged else None
        if prev is not None and _award_title(text, prev, m):
            # "Player of the Match Ruairi O’Brien said": the title of an award, then the winner
            period, _, name = m.name.partition(" ")
            role, surface = f"{text[prev.start : m.start].strip()} {period}", text[prev.start : m.end]
            merged[-1] = replace(
                m,
                first=prev.first,
                start=prev.start,
                surface=surface,
                name=name,
                role=role,
                after_preposition=prev.after_preposition,
            )
            continue
        if prev is not None and _joined_titles(text, prev, m):
            # "Green Party TD and Justice Spokesperson Patrick Costello": two titles of one holder
            role = text[prev.start : m.end - len(m.name)].strip()
            merged[-1] = replace(
                m, first=prev.first, start=prev.start, surface=text[prev.start : m.end], role=role
            )
            continue
        if (
            prev is not None
            and prev.kind == "name"
            and m.name.lower() in _GENERATIONS
            and m.first == prev.last + 1
            and text[prev.end : m.start] == ", "
        ):
            # "Herminio L. Roque, Jr. said": the suffix after a comma is the name's own, nobody else
            merged[-1] = replace(prev, last=m.last, end=m.end, surface=text[prev.start : m.end])
            continue
        merged.append(m)
    return merged


# Spans of time or contests an award is named for: "Player of the Match", "Coach of the Year".
_AWARD_PERIODS = frozenset(
    ("match", "game", "year", "season", "month", "week", "day", "tournament", "series", "race")
)


def _award_title(text: str, prev: Mention, m: Mention) -> bool:
    """Return True for "Man" and "Match Kevin Doyle" of "Man of the Match Kevin Doyle"."""
    head, _, rest = m.name.partition(" ")
    return (
        m.kind == "name"
        and prev.kind in ("descriptor", "unnamed")
        and prev.first == m.first - 3
        and head.lower() in _AWARD_PERIODS
        and len(rest.split()) >= 2
        and text[prev.end : m.start] == " of the "
    )


def _joined_titles(text: str, prev: Mention, m: Mention) -> bool:
    """Return True for "Sinn Féin MLA" and "health spokesperson Colm Gildernew" of "Sinn Féin MLA
    and health spokesperson Colm Gildernew": a title with no article, "and", then a titled name."""
    titled = prev.kind == "descriptor" or prev.surface != prev.name and prev.surface.startswith(prev.name)
    return (
        titled
        and m.kind == "name"
        and m.role is not None
        and m.surface.endswith(m.name)
        and not prev.after_preposition
        and not prev.possessive
        and text[prev.end : m.start] == " and "
        and not prev.surface.lower().startswith(("the ", "a ", "an ", "his ", "her ", "their "))
    )


def _one_of(words: list[Word], k: int) -> int | None:
    """Return the last word of "One of the climbers" right before its verb of saying, if it is one."""
    if words[k].low not in ("one", "another") or k + 3 >= len(words) or words[k + 1].low != "of":
        return None
    for j in range(k + 3, min(len(words), k + 6)):
        if is_cue(words, j):
            lower = all(x.text.islower() for x in words[k + 1 : j])
            return j - 1 if lower and words[k + 2].low in DETERMINERS else None
    return None
