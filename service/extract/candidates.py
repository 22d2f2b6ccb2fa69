"""Each quote's candidate speakers and the features the ranker scores them on.

The candidates are the rules' pick, nobody, the speakers of the quotes before and after, the
last person named before the quote and the first named after it in its paragraph, and everyone
else named before it or after it in its paragraph. The features are positions and the rules'
evidence, never names: how the rules found their pick, where each candidate is named (in the
headline, in the paragraph before, as the subject of a speech verb), how often, and how far
back; and, on every candidate's row, the same facts about the rules' pick, so that the model
weighs the two against each other.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from service.extract.found import Found
from service.extract.people import Person

_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_CUE = re.compile(
    r"\b(?:said|says|told|added|asked|explained|stated|noted|according|insisted|argued|wrote|tweeted"
    r"|continued|recalled|stressed)\b"
)
# "Lopez said", "Lopez, the coach, told": a name as the subject of a speech verb just after it.
_SAYS = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,2}?(?:said|says|told|added|explained|stated|noted|insisted|argued|wrote"
    r"|tweeted|continued|recalled|stressed|asked|warned|admitted|replied)\b"
)
# "said Lopez", "according to the coach, Lopez": a name just after a speech verb.
_SAID = re.compile(
    r"\b(?:said|says|told|added|according to|explained|stated|noted|insisted|argued|wrote|tweeted"
    r"|warned|admitted|replied)\W{1,3}(?:\w+\W+){0,4}$"
)
_MARKS = " “”\"‘’'.,_"
_SOURCES = ("R", "N", "P", "X", "M", "A", "E")
_QUOTE = 15  # features of the quote, given once on the rules' pick's row and once on nobody's
_TAIL = 11  # features of the candidate after the quote's and the context's
_OWN = 11 + _TAIL  # features of the candidate that are repeated for the rules' pick on every row
# The length of a candidate's feature vector.
FEATURES = len(_SOURCES) + 11 + 2 * _QUOTE + 3 + _TAIL + _OWN
# Where the candidate's own features sit: after its sources, and after the quote's and context's.
_OWN_INDEXES = [*range(len(_SOURCES), len(_SOURCES) + 11), *range(FEATURES - _OWN - _TAIL, FEATURES - _OWN)]
# "Tomasz Wrona" or "Nia Ali, silver medalist" on a line of its own: a round-up's speaker line.
_NAME_LINE = re.compile(r"^[ \t]*([A-Z][^\n,(]{2,60}?)[ \t]*(?:[,(][^\n]{0,80})?$", re.MULTILINE)


@dataclass
class Candidate:
    """One possible speaker of a quote (None for nobody) with its features."""

    person: Person | None
    sources: set[str] = field(default_factory=set)
    features: list[float] = field(default_factory=list)
    headed: bool = False  # named on a line of its own above the quote, as a round-up names its speakers


@dataclass(frozen=True, order=True)
class _Seen:
    start: int
    end: int
    key: str
    says: bool = False  # the subject of a speech verb just after it ("Lopez said")
    said: bool = False  # just after a speech verb ("said Lopez")


@dataclass(frozen=True)
class _Article:
    """What the features need to know of the whole article."""

    text: str
    blank: str  # the text with every quote blanked out
    found: list[Found]
    named: dict[str, Person]
    forms: dict[str, set[str]]
    seen: list[_Seen]  # every name outside quotes, in text order
    counts: dict[str, int]  # quotes per speaker by the rules
    own: dict[str, list[_Seen]]  # each person's names outside quotes, in text order
    headline: set[str]  # persons named in the first two lines
    persons: int  # how many persons are named
    lines: list[tuple[int, str]]  # lines that may be a name alone: where they start, the name


def _key(person: Person | None) -> str:
    return person.name if person is not None else ""


def mention_type(mention: str | None) -> str:
    """Return how the rules' mention names the speaker: "name", "pronoun", "descriptor" or "none"."""
    if mention is None:
        return "none"
    low = mention.lower()
    if low in _PRONOUNS:
        return "pronoun"
    return "descriptor" if low.split()[0] in _DETERMINERS else "name"


def _paragraph(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _headline_end(text: str) -> int:
    """Return the end of the first two non-empty lines."""
    lines = pos = 0
    for line in text.split("\n"):
        pos += len(line) + 1
        lines += bool(line.strip())
        if lines >= 2:
            break
    return pos


def candidates(text: str, found: list[Found], people: list[Person]) -> list[list[Candidate]]:
    """Return, for each quote in `found`, its candidate speakers with their features."""
    masked = list(text)
    for f in found:
        masked[f.span.start : f.span.end] = "_" * (f.span.end - f.span.start)
    blank = "".join(masked)
    named = {p.name: p for p in people if p.listed}
    forms = {name: {*p.aliases, name} for name, p in named.items()}
    seen = sorted(
        _Seen(
            m.start(),
            m.end(),
            name,
            _SAYS.match(blank[m.end() : m.end() + 40]) is not None,
            _SAID.search(blank[max(0, m.start() - 40) : m.start()]) is not None,
        )
        for name, spellings in forms.items()
        for form in spellings
        if len(form) >= 3
        for m in re.finditer(rf"\b{re.escape(form)}\b", blank)
    )
    counts: dict[str, int] = {}
    for f in found:
        if f.person is not None:
            counts[_key(f.person)] = counts.get(_key(f.person), 0) + 1
    own: dict[str, list[_Seen]] = {}
    for s in seen:
        own.setdefault(s.key, []).append(s)
    end = _headline_end(text)
    article = _Article(
        text,
        blank,
        found,
        named,
        forms,
        seen,
        counts,
        own,
        {s.key for s in seen if s.start < end},
        sum(1 for k in own if named[k].kind == "person"),
        [(m.start(), m.group(1)) for m in _NAME_LINE.finditer(text) if len(m.group(1).split()) <= 5],
    )
    return [_candidates_of(article, i) for i in range(len(found))]


def _candidates_of(a: _Article, i: int) -> list[Candidate]:
    text, blank, found, seen = a.text, a.blank, a.found, a.seen
    f = found[i]
    start, end = f.span.start, f.span.end
    before = next((found[j] for j in range(i - 1, -1, -1) if found[j].person is not None), None)
    after = next((found[j] for j in range(i + 1, len(found)) if found[j].person is not None), None)
    first, last = _paragraph(text, start)
    previous = _paragraph(text, first - 2) if first > 1 else (0, 0)  # the paragraph before
    outside = blank[first:last]
    earlier = [s for s in seen if s.end <= start]
    later = [s for s in seen if s.start >= end and s.start < last]
    picks: dict[str, Candidate] = {}

    def add(person: Person | None, source: str) -> None:
        picks.setdefault(_key(person), Candidate(person)).sources.add(source)

    add(f.person, "R")
    add(None, "N")
    if before is not None:
        add(before.person, "P")
    if after is not None:
        add(after.person, "X")
    if earlier:
        add(a.named[earlier[-1].key], "M")
    if later:
        add(a.named[later[0].key], "A")
    for s in (*earlier, *later):
        add(a.named[s.key], "E")  # everyone else named before the quote, or after it in its paragraph
    mention = mention_type(f.mention)
    quote = [
        round(f.confidence, 2),
        f.cue is not None,
        mention == "pronoun",
        mention == "descriptor",
        mention == "name",
        mention == "none",
        f.kind == "direct",
        start - first <= 1,
        len(outside.strip(_MARKS)) < 3,
        math.log1p(end - start),
        len(a.counts),
        f.person is None,
        _CUE.search(outside) is not None,
        start / max(1, len(text)),
        text[start:end].rstrip(_MARKS).endswith("?"),  # a question, perhaps a reporter's
    ]
    before_text = blank[previous[0] : previous[1]].rstrip()
    context = [before_text.endswith("?"), before_text.endswith(":"), a.persons]
    since = before.span.end if before is not None else 0
    between = [s for s in seen if since <= s.start < start]  # named since the quote before
    top = max(map(len, a.own.values()), default=0)
    in_previous = [s for s in seen if previous[0] <= s.start < previous[1]]
    for key, c in picks.items():
        spellings = a.forms.get(key, {key} if key else set())
        last_seen = [s.start for s in earlier if s.key == key]
        person = a.named.get(key)
        own = a.own.get(key, [])
        c.features = [
            *(source in c.sources for source in _SOURCES),
            len(c.sources),
            any(len(s) > 2 and s in text[start:end] for s in spellings),
            len({s.key for s in between if s.key != key}),
            any(s.key == key for s in between),
            (start - last_seen[-1]) / 1000 if last_seen else 5,
            any(first <= s.start < last for s in own),
            person is not None and person.kind == "person",
            person is not None and person.kind == "org",
            a.counts.get(key, 0) / max(1, len(found)),
            (start - before.span.end) / 1000 if before is not None and "P" in c.sources else 0,
            (after.span.start - end) / 1000 if after is not None and "X" in c.sources else 0,
            *(x * ("R" in c.sources) for x in quote),
            *(x * ("N" in c.sources) for x in quote),
            *context,
            key in a.headline,
            len(own),
            len(own) == top > 0,
            any(s.key == key for s in in_previous),
            bool(key) and bool(in_previous) and in_previous[0].key == key,  # it opens the paragraph before
            any(s.says for s in own),
            any(s.said for s in own),
            person is not None and bool(person.roles),
            text.count("\n", last_seen[-1], start) if last_seen else 20,  # paragraphs since last named
            any(first <= s.start < last and s.says for s in own),
            a.persons == 1 and person is not None and person.kind == "person",
        ]
        c.headed = any(at < start and line in spellings for at, line in a.lines)
    rules = picks[_key(f.person)].features
    for c in picks.values():
        c.features = [float(x) for x in [*c.features, *(rules[k] for k in _OWN_INDEXES)]]
    return list(picks.values())
