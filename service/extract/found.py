"""A quoted span with the attribution the attributor found for it."""

from __future__ import annotations

from dataclasses import dataclass

from service.extract.marks import Span
from service.extract.people import Person


@dataclass
class Found:
    """A quoted span with its attribution."""

    span: Span
    kind: str
    person: Person | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    venue: str | None = None
    confidence: float = 0.2
    group: int | None = None
    tentative: bool = False  # a heading quote kept only if a body quote holds its words
    unnamed: bool = False  # someone unnamed spoke ("a source said", "asked by a reporter"): nobody to guess
