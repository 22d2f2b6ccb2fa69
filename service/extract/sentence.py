"""A sentence of masked body text, with its words, mentions, quotes and the person in focus."""

from __future__ import annotations

from dataclasses import dataclass

from service.extract.marks import Span
from service.extract.people import Person
from service.extract.words import Mention, Word


@dataclass
class Sentence:
    """One sentence of masked body text, with its words, mentions, quotes and focus."""

    block: int
    start: int
    end: int
    words: list[Word]
    mentions: list[Mention]
    spans: list[Span]
    salient: Person | None = None
    strong: bool = False
    unnamed: bool = False  # its quote was said by someone unnamed ("a senior diplomat told …")
