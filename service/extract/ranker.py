"""A learned second opinion on who spoke: each quote's candidate speakers, scored.

The rules give each quote one speaker, or none. On real news their picks go wrong in ways no
single rule sees: the subject of a narrative paragraph taken for the speaker of the quote below
it, a quote left without a speaker while the person quoted just before goes on talking. For each
quote the ranker scores a handful of candidates — the rules' pick, nobody, the speakers of the
quotes before and after it, the last person named before it and the first named after it in its
paragraph — on features of position and of the rules' evidence, never of names. It keeps the
rules' pick unless another candidate scores higher by the model's margin.

The model is a small ensemble of regression trees (gradient boosting) stored as JSON next to
this module and trained by `scripts/train-ranker` on annotated articles; scoring is pure Python.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from service.extract.found import Found
from service.extract.people import Person

MODEL = Path(__file__).with_name("ranker.json")

_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_CUE = re.compile(
    r"\b(?:said|says|told|added|asked|explained|stated|noted|according|insisted|argued|wrote|tweeted"
    r"|continued|recalled|stressed)\b"
)
_MARKS = " “”\"‘’'.,_"
# Candidate sources: the rules' pick, nobody, the previous and next quotes' speakers, the last
# person named before the quote and the first named after it in its paragraph.
_SOURCES = ("R", "N", "P", "X", "M", "A")
# The length of a candidate's feature vector: its sources, 11 more of the candidate, 14 of the quote twice.
FEATURES = len(_SOURCES) + 11 + 2 * 14


@dataclass
class Candidate:
    """One possible speaker of a quote (None for nobody) with its features."""

    person: Person | None
    sources: set[str] = field(default_factory=set)
    features: list[float] = field(default_factory=list)


@dataclass(frozen=True, order=True)
class _Seen:
    start: int
    end: int
    key: str


def _key(person: Person | None) -> str:
    return person.name if person is not None else ""


def _mention_type(mention: str | None) -> str:
    if mention is None:
        return "none"
    low = mention.lower()
    if low in _PRONOUNS:
        return "pronoun"
    return "descriptor" if low.split()[0] in _DETERMINERS else "name"


def _paragraph(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def candidates(text: str, found: list[Found], people: list[Person]) -> list[list[Candidate]]:
    """Return, for each quote in `found`, its candidate speakers with their features."""
    masked = list(text)
    for f in found:
        masked[f.span.start : f.span.end] = "_" * (f.span.end - f.span.start)
    blank = "".join(masked)
    named = {p.name: p for p in people if p.kind in ("person", "org") and p.aliases}
    forms = {name: {*p.aliases, name} for name, p in named.items()}
    seen = sorted(
        _Seen(m.start(), m.end(), name)
        for name, spellings in forms.items()
        for form in spellings
        if len(form) >= 3
        for m in re.finditer(rf"\b{re.escape(form)}\b", blank)
    )
    counts: dict[str, int] = {}
    for f in found:
        if f.person is not None:
            counts[_key(f.person)] = counts.get(_key(f.person), 0) + 1
    return [_candidates_of(text, blank, found, i, named, forms, seen, counts) for i in range(len(found))]


def _candidates_of(
    text: str,
    blank: str,
    found: list[Found],
    i: int,
    named: dict[str, Person],
    forms: dict[str, set[str]],
    seen: list[_Seen],
    counts: dict[str, int],
) -> list[Candidate]:
    f = found[i]
    start, end = f.span.start, f.span.end
    before = next((found[j] for j in range(i - 1, -1, -1) if found[j].person is not None), None)
    after = next((found[j] for j in range(i + 1, len(found)) if found[j].person is not None), None)
    first, last = _paragraph(text, start)
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
        add(named[earlier[-1].key], "M")
    if later:
        add(named[later[0].key], "A")
    mention = _mention_type(f.mention)
    confidence = round(f.confidence, 2)
    base = [
        confidence,
        f.cue is not None,
        mention == "pronoun",
        mention == "descriptor",
        mention == "name",
        mention == "none",
        f.kind == "direct",
        start - first <= 1,
        len(outside.strip(_MARKS)) < 3,
        math.log1p(end - start),
        len(counts),
        f.person is None,
        _CUE.search(outside) is not None,
        start / max(1, len(text)),
    ]
    since = before.span.end if before is not None else 0
    between = [s for s in seen if since <= s.start < start]  # named since the quote before
    for key, c in picks.items():
        spellings = forms.get(key, {key} if key else set())
        inside = any(len(s) > 2 and s in text[start:end] for s in spellings)
        last_seen = [s.start for s in earlier if s.key == key]
        person = named.get(key)
        features = [
            *(source in c.sources for source in _SOURCES),
            len(c.sources),
            inside,
            len({s.key for s in between if s.key != key}),
            any(s.key == key for s in between),
            (start - last_seen[-1]) / 1000 if last_seen else 5,
            any(s.key == key and first <= s.start < last for s in seen),
            person is not None and person.kind == "person",
            person is not None and person.kind == "org",
            counts.get(key, 0) / max(1, len(found)),
            (start - before.span.end) / 1000 if before is not None and "P" in c.sources else 0,
            (after.span.start - end) / 1000 if after is not None and "X" in c.sources else 0,
            *(x * ("R" in c.sources) for x in base),
            *(x * ("N" in c.sources) for x in base),
        ]
        c.features = [float(x) for x in features]
    return list(picks.values())


@dataclass(frozen=True)
class Ranker:
    """Gradient-boosted regression trees over candidate features, and the margin to switch."""

    trees: list[dict[str, list[Any]]]
    rate: float
    margin: float
    bias: float = 0.0  # the log-odds of the training prior, so that a score is the model's log-odds

    @classmethod
    def load(cls, path: Path = MODEL) -> Ranker:
        """Read a model written by `scripts/train-ranker`."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["features"] != FEATURES:
            raise ValueError(f"{path} scores {data['features']} features, not {FEATURES}: retrain it")
        return cls(data["trees"], data["learning_rate"], data["margin"], data.get("bias", 0.0))

    def score(self, features: list[float]) -> float:
        """Return the model's log-odds that the candidate is the speaker."""
        total = 0.0
        for tree in self.trees:
            node = 0
            while tree["left"][node] >= 0:
                node = (
                    tree["left"][node]
                    if features[tree["feature"][node]] <= tree["threshold"][node]
                    else tree["right"][node]
                )
            total += tree["value"][node]
        return self.bias + self.rate * total

    def rerank(self, text: str, found: list[Found], people: list[Person]) -> None:
        """Give each quote the best-scoring candidate when it beats the rules' pick by the margin.

        Segments of one utterance (split quotes, paragraphs of one quote) keep their shared speaker.
        """
        for f, options in zip(found, candidates(text, found, people), strict=True):
            if f.group is not None or len(options) < 2:
                continue
            scored = [(self.score(c.features), c) for c in options]
            pick = next(s for s, c in scored if "R" in c.sources)
            best, choice = max(scored, key=lambda sc: sc[0])
            if "R" in choice.sources or best - pick <= self.margin:
                continue
            f.person = choice.person
            f.role = choice.person.roles[0] if choice.person is not None and choice.person.roles else None
            f.mention, f.cue = None, None  # the cue the rules read names someone else
            f.confidence = min(f.confidence, 1 / (1 + math.exp(-best)))


@lru_cache(maxsize=1)
def default_ranker() -> Ranker | None:
    """Return the shipped model, or None when there is none."""
    return Ranker.load() if MODEL.exists() else None
