"""Common-noun references to speakers: `the Ukrainian leader`, `the ministry`, `police`.

Pure regular-expression matching over masked text; `mentions` turns the matches into mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extract.elsewhere import named_in_full
from service.extract.lexicon import (
    BRIDGE_WORDS,
    CHAMBERS,
    CUE_FORMS,
    DEMONYMS,
    GROUP_HEADS,
    KIN,
    LOWER_ROLE_HEADS,
    OCCUPATION_ENDINGS,
    PORTFOLIOS,
    PREPOSITIONS,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    SURNAME_ROLES,
    country_stem,
)

# Groups that speak without a determiner: "police said", "officials said".
_BARE_GROUPS = (
    "police|officials|authorities|prosecutors|investigators|organisers|organizers|protesters|demonstrators"
    "|unions"
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len)[::-1])


_CUES = _alternation(CUE_FORMS | BRIDGE_WORDS)
# "the CFO": an abbreviated title in capitals.
# Occupations in -ist and -ologist are open-ended ("the microbial ecologist"), as `is_role` has it.
_OCCUPATION = r"[a-z]+(?:" + "|".join(OCCUPATION_ENDINGS) + ")"
_ROLE_ALTERNATION = (
    _alternation(ROLE_HEADS | LOWER_ROLE_HEADS)
    + "|"
    + "|".join(a.upper() for a in ROLE_ABBREVIATIONS)
    + "|"
    + _OCCUPATION
)
# "the embattled Speaker", "the Governor": a capitalised title is a descriptor too.
_DESCRIPTOR = re.compile(
    # (no second determiner among the modifiers: "The NRL fined the trainer" is two noun phrases)
    # ("An Taoiseach", "An Tánaiste": the Irish article before an Irish office)
    r"\b(?:(?:[Tt]he|[Ii]ts|An(?=\s+(?:Taoiseach|T[áa]naiste|Cathaoirleach)\b))\s+((?:(?!(?:the|a|an)\s)"
    r"(?:[A-Za-z][\w.-]*(?:[’']s)?|\d+[- ]year[- ]old)\s+){0,3}?"
    # "the former Australia and Japan coach": two modifiers joined by "and"
    r"|(?:[A-Za-z][\w.-]*\s+){1,2}and\s+[A-Z][\w.-]*\s+)("
    + _ROLE_ALTERNATION
    + "|"
    + "|".join(re.escape(w.capitalize()) for w in ROLE_HEADS)
    + r"|No\.?\s?\d{1,3})"  # "the Wallabies No.10", "the world No. 1": a squad number or a ranking
    r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he(?=\s+\w+\s+of\s+(?:\d+|two|three|four|five|six|seven|eight)\b))\s+()("
    + _alternation(KIN)
    + r")"
    r"|[Tt]he\s+((?:\d+[- ]year[- ]old\s+|[a-z][a-z-]+\s+)?)(\d+[- ]year[- ]old|(?i:"
    + _alternation(DEMONYMS)
    + r"))(?=\s*[,;:.!?—]|\s+(?:"
    + _CUES
    + r")\b)"
    # "the 62-year-old went further": an age before any verb (a nationality needs a cue or a
    # stop: "the American people" is nobody)
    r"|[Tt]he\s+()(\d+[- ]year[- ]old)(?=\s+[a-z]))"
    r"\b(?![’'-])(?!\.?\s+[A-Z])"
)
# First words of two-word countries: "South Korea’s government", "New Zealand’s prime minister".
_COUNTRY_FIRSTS = "South|North|East|West|New|Saudi|Sri|Costa|Puerto|Sierra|Burkina|Hong|Papua|El"
# "Ukraine’s top diplomat", "Russia's foreign minister": a country's office holder. Only when
# the possessive is a country (it begins like a nationality word): "Trump's adviser" is not.
_PLACE_DESCRIPTOR = re.compile(
    r"\b((?:"
    + _COUNTRY_FIRSTS
    + r")\s)?([A-Z][a-z]{3,})[’']s\s+((?:[a-z][\w-]*\s+){0,2}?)("
    + _alternation(ROLE_HEADS)
    + r")\b(?![’'-])(?!\.?\s+[A-Z])"
)
# "Russia’s defence ministry": a country's body.
_PLACE_GROUP = re.compile(
    r"\b((?:"
    + _COUNTRY_FIRSTS
    + r")\s)?([A-Z][a-z]{3,})[’']s\s+((?:[a-z][\w-]*\s+){0,2}?)("
    + _alternation(GROUP_HEADS)
    + r")\b(?![’'-])(?!\s+[A-Z])(?!\s+(?:"
    + _alternation(ROLE_HEADS)
    + r")\b)"  # "Sudan’s army chief X" is a title before a name
)
# "the veteran defense attorney": one more modifier may sit before the next title word.
_MORE_ROLE = re.compile(r"\s+(?:([a-z][a-z-]*)\s+)?(" + _alternation(ROLE_HEADS) + r")\b(?![’'-])")
_NOT_MODIFIER = CUE_FORMS | BRIDGE_WORDS | {"and", "or", "of", "to", "the", "a", "an", "was", "is", "has"}
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
# "the Minister for Lands and Natural Resources Kweku Asoma Kyeremeh": a capitalised title with its
# portfolio, which the name finder reads with the name after it.
_PLACED_PARTICIPLES = frozenset(["based", "stationed", "located", "posted", "quoted", "cited", "speaking"])
_CHAMBER_THEN_NAME = re.compile(r"\s+of\s+the\s+(?i:" + "|".join(sorted(CHAMBERS)) + r")\s+[A-Z]")
_OFFICE_NEXT = re.compile(r"\s+(?:of|for)\s+([A-Z][a-z]+)\b")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
# Title words that are also adjectives before a noun.
_ADJECTIVE_HEADS = frozenset(("official", "principal", "chief", "general", "head"))
_FUNCTION_WORDS = frozenset(
    ("who", "whose", "that", "which", "at", "in", "on", "for", "from", "with", "by", "but", "as", "if")
)
# "one of the officials said": one unnamed member of the group, not the group itself.
_PARTITIVE = re.compile(r"\b(?:[Oo]ne|[Aa]nother|[Ee]ach|[Ee]ither|[Nn]either)\s+of\s+$")
# "a foreign ministry official", "one senior EU official", "a senior U.S. official", "This
# businessman who runs …": someone the article does not name.
_UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|This)\s+((?:(?:[A-Z]\.){2,}\s+|[A-Za-z][\w-]*\s+){0,3}?)("
    + _alternation(ROLE_HEADS | LOWER_ROLE_HEADS)
    + r")\b(?![’'-])(?!\.?\s+[A-Z])"
)
# "Division One councillor": a numbered division's name, not "one councillor".
_NUMBERED = re.compile(r"\b[A-Z][a-z]+ One\Z")
# "Ms Grimes’s family said": someone's relatives, whom the article does not name.
_FAMILY_OF = re.compile(
    r"\b[A-Z][\w-]+(?:[’']s|[’'])\s+(family|relatives|parents|loved ones)\b(?!\s+(?:member|friend))"
)
# Lowercase heads only: "the Bank of Canada" is a name, "the bank" a reference to it.
_GROUP = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w’'-]+\s+){0,3}?)("
    + _alternation(GROUP_HEADS)
    + r")(?:s(?=\b))?"
    r"|()(" + _BARE_GROUPS + r"))\b(?![’'-])(?!\.?\s+[A-Z])"
)


@dataclass(frozen=True)
class Phrase:
    """A descriptor or group reference: [start, end) of the text, its head word and modifiers."""

    kind: str  # "descriptor", "unnamed" or "group"
    start: int
    end: int
    head_start: int
    head: str
    modifiers: str

    @property
    def role(self) -> str:
        """Return the phrase without its determiner: `Ukrainian leader`, `foreign ministry`, `CEO`."""
        head = self.head.upper() if self.head in ROLE_ABBREVIATIONS else self.head
        return f"{self.modifiers} {head}".strip()


def phrases_in(text: str, start: int, end: int) -> list[Phrase]:
    """Return descriptor, unnamed-person and group phrases in text[start:end], in that order."""
    out = []
    for m in _DESCRIPTOR.finditer(text, start, end):
        h = next(k for k in (2, 4, 6, 8) if m.group(k))
        head_start, head, mods, stop = m.start(h), m.group(h).lower(), (m.group(h - 1) or "").strip(), m.end()
        if re.fullmatch(r"no\.?\s?\d+", head):
            head = m.group(h)  # "No. 1" keeps its capital
        # "the chief executive": the title runs on while title words follow.
        named = False
        while (more := _MORE_ROLE.match(text, stop, end)) and h == 2:
            between = more.group(1)
            named = _CAPITAL_NEXT.match(text, more.end()) is not None and not between
            if named or (between and (between in _NOT_MODIFIER or between.endswith("ed"))):
                break
            mods, head = " ".join(x for x in (mods, head, between) if x), more.group(2).lower()
            head_start, stop = more.start(2), more.end()
        if named:
            continue  # "its chief executive Graham Astley": a title before a name, not a descriptor
        if (mods.split() or [""])[-1] in PREPOSITIONS:
            continue  # "The trial of Leader of the Opposition Pritam Singh": the title opens a name's run
        if text[head_start].isupper() and _CHAMBER_THEN_NAME.match(text, stop, end):
            continue  # "the Leader of the Opposition Pritam Singh": an office, then its holder's name
        if text[head_start:stop] == "Guard" and mods[-1:].isalpha() and mods.split()[-1][0].isupper():
            continue  # "the US Coast Guard", "the National Guard": a body's name, which the name finder reads
        office = _OFFICE_NEXT.match(text, stop, end)
        if office and text[head_start].isupper() and office.group(1).lower() in PORTFOLIOS:
            continue
        surname = text[head_start:stop]
        if head in SURNAME_ROLES and surname[:1].isupper() and named_in_full(text, surname):
            continue  # "the bewildered Cook" after "Alastair Cook": his surname, not a cook
        noun = _NEXT_WORD.match(text, stop, end)
        # ("the official based in Gaza said": a participle after it makes it the noun)
        participle = noun is not None and noun.group(1) in _PLACED_PARTICIPLES
        if (
            head in _ADJECTIVE_HEADS
            and noun
            and noun.group(1) not in _NOT_MODIFIER | _FUNCTION_WORDS
            and not participle
        ):
            continue  # "the military’s official newspaper", "the general election": an adjective
        # "One of the activist ‘koalas’ told": one unnamed member, not someone the title stands for
        kind = "unnamed" if _PARTITIVE.search(text, max(0, m.start() - 16), m.start()) else "descriptor"
        out.append(Phrase(kind, m.start(), stop, head_start, head, mods))
    for kind, pattern in (("descriptor", _PLACE_DESCRIPTOR), ("group", _PLACE_GROUP)):
        for m in pattern.finditer(text, start, end):
            if country_stem(m.group(2)) is not None:
                mods = f"{m.group(1) or ''}{m.group(2)}’s {m.group(3).strip()}".strip()
                out.append(Phrase(kind, m.start(), m.end(), m.start(4), m.group(4).lower(), mods))
    out += [
        Phrase("unnamed", m.start(), m.end(), m.start(2), m.group(2).lower(), m.group(1).strip())
        for m in _UNNAMED.finditer(text, start, end)
        if not _NUMBERED.search(text, max(0, m.start() - 40), m.start() + 3)
    ]
    out += [
        Phrase("unnamed", m.start(1), m.end(), m.start(1), m.group(1), "")
        for m in _FAMILY_OF.finditer(text, start, end)
    ]
    for m in _GROUP.finditer(text, start, end):
        head = 2 if m.group(2) else 4
        mods = (m.group(1) or "").strip()
        if any(w.lower() in _NOT_MODIFIER or w.lower() in ("in", "on", "for", "with") for w in mods.split()):
            continue  # "the head of the union", "The CFO said the firm" are not one noun phrase
        kind = "unnamed" if _PARTITIVE.search(text, max(0, m.start() - 16), m.start()) else "group"
        plural = "s" if text[m.end(head) : m.end()] == "s" else ""  # "the unions said"
        out.append(Phrase(kind, m.start(), m.end(), m.start(head), m.group(head).lower() + plural, mods))
    return out
