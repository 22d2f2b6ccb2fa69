"""A learned second opinion on who spoke: each quote's candidate speakers, scored.

The rules give each quote one speaker, or none. On real news their picks go wrong in ways no
single rule sees: the subject of a narrative paragraph taken for the speaker of the quote below
it, a quote left without a speaker while the person quoted just before goes on talking. For each
quote the ranker scores its candidates (`candidates.py`) — the rules' pick, nobody, the speakers
of the quotes before and after it, the people named before it or after it in its paragraph — on
features of position and of the rules' evidence, never of names. It keeps the
rules' pick unless another candidate scores higher by the model's margin.

The model is a small ensemble of regression trees (gradient boosting) stored as JSON next to
this module and trained by `scripts/train-ranker` on annotated articles; scoring is pure Python.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from service.extract.candidates import FEATURES, Candidate, candidates, mention_type
from service.extract.found import Found
from service.extract.people import Person

MODEL = Path(__file__).with_name("ranker.json")


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

        A quote whose pick stands (`kept`) is left alone.
        """
        for f, options in zip(found, candidates(text, found, people), strict=True):
            if kept(f, options) or len(options) < 2:
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


def settled(f: Found) -> bool:
    """Return True for a quote the ranker leaves alone: a segment of one utterance, a quote the rules
    give to someone unnamed, one whose speaker is named beside a speech verb ("…,” said Steve), and
    one a body's spokesman speaks for the body ("a House of Lords spokesman said")."""
    tagged = f.cue is not None and f.confidence >= 0.95 and mention_type(f.mention) == "name"
    spoken_for = f.person is not None and f.person.kind == "org" and "spokes" in (f.mention or "").lower()
    return f.group is not None or (f.unnamed and f.person is None) or tagged or spoken_for


def kept(f: Found, options: list[Candidate]) -> bool:
    """Return True when the rules' pick stands: a settled quote, or one under its speaker's line."""
    # a round-up's speaker line above the quote: the structure the rules read
    return settled(f) or any("R" in c.sources and c.person is not None and c.headed for c in options)


@lru_cache(maxsize=1)
def default_ranker() -> Ranker | None:
    """Return the shipped model, or None when there is none."""
    return Ranker.load() if MODEL.exists() else None
