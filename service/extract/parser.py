"""The parser fallback: ask spaCy for the subject of a speech cue the rules could not name.

The rules give up on names their capitalisation tests reject (`He Jiankui`, `de Klerk`, `said
Chancellor of the Duchy of Lancaster Pat McFadden`). For those quotes only, one sentence is
parsed with its quoted text replaced by a short placeholder (`“Q,” said X`), so the parser sees
the clause around the quote, not the quote. The answer is a name span in article offsets; the attributor
resolves it against the article's people like any other mention, and never over a speaker
the rules found.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from service.extract.lexicon import is_honorific

log = logging.getLogger(__name__)

_HOLE = re.compile(r"_+")
_PLACEHOLDER = "Q"
_NAMED = ("PERSON", "ORG", "GPE")
_PROPER = ("NNP", "NNPS")
_PRONOUNS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "who", "whom", "that", "which", "this", "these", "one"]
)
# Clauses hanging off a subject say something about it; names inside them are not the speaker.
_CLAUSES = frozenset(["relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "prep"])


@dataclass(frozen=True)
class ParsedSubject:
    """A speaker the parser found: the name at [start, end), its title and kind, in article offsets."""

    start: int
    end: int
    role: str | None
    kind: str  # "name" or "org"
    gender: str | None = None
    person: bool = False  # the entity recogniser called it a person


class SpeakerParser:
    """Parse single sentences with a spaCy pipeline to find the subject of a cue word."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        # Only the tagger, parser and entity recogniser are needed; the rest is skipped.
        self._disable = [p for p in nlp.pipe_names if p not in ("tok2vec", "tagger", "parser", "ner")]
        self.calls = 0

    def subject(self, masked: str, raw: str, start: int, end: int, cue_at: int) -> ParsedSubject | None:
        """Return the named subject of the cue starting at `cue_at` in masked[start:end], if any.

        `raw` is the unmasked article text. An `-ing` or coordinated cue without a subject of its
        own takes its clause's subject.
        """
        text, origin = _with_placeholders(masked, raw, start, end)
        if not text.strip():
            return None
        self.calls += 1
        doc = self.nlp(text, disable=self._disable)
        holes = {i for i, c in enumerate(text) if c == _PLACEHOLDER and origin[i] < 0}
        verb = next((t for t in doc if origin[t.idx] == cue_at), None)
        if verb is None:
            return None
        subject = _subject_of(verb, holes)
        if subject is None:
            return None
        return _named(doc, subject, holes, origin, masked)


def _with_placeholders(masked: str, raw: str, start: int, end: int) -> tuple[str, list[int]]:
    """Return the sentence with each masked quote as `Q`, and each character's article offset.

    A comma that closed the quote stays (`“Q,” said X`): without it the parser reads
    `“Q” said X` as a noun phrase more often.
    """
    parts: list[str] = []
    origin: list[int] = []
    pos = start
    for m in _HOLE.finditer(masked, start, end):
        parts.append(masked[pos : m.start()])
        origin.extend(range(pos, m.start()))
        comma = "," if raw[m.end() - 1] == "," else ""
        parts.append(_PLACEHOLDER + comma)
        origin.extend([-1] * (1 + len(comma)))  # no article text behind a placeholder
        pos = m.end()
    parts.append(masked[pos:end])
    origin.extend(range(pos, end))
    origin.append(end)
    return "".join(parts), origin


def _subject_of(verb: Any, holes: set[int]) -> Any | None:
    """Return the subject token of `verb` (`according to X`: the object of `to`), not a placeholder."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
        return next((c for c in objects if c.idx not in holes), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx not in holes), None)
    if subject is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head is not verb:
        return _subject_of(verb.head, holes)  # "X cut its outlook, saying …": X speaks
    return subject


def _named(doc: Any, subject: Any, holes: set[int], origin: list[int], masked: str) -> ParsedSubject | None:
    """Return the person or organisation a subject phrase names, with the title before it."""
    if subject.lower_ in _PRONOUNS:
        return None  # pronouns are the rules' business
    inside = {t.i for t in _phrase(subject)}
    ents = [
        e
        for e in doc.ents
        if e.label_ in _NAMED
        and all(t.i in inside and t.idx not in holes for t in e if not t.is_punct)
        # the subject's own name, or a person named in its title ("Chancellor of the Duchy … Pat McFadden")
        and (subject.i in range(e.start, e.end) or e.label_ == "PERSON" and _proper(subject))
    ]
    ent = next((e for e in reversed(ents) if e.label_ == "PERSON"), ents[-1] if ents else None)
    if ent is not None:
        first, last = ent.start, ent.end - 1
        kind = "name" if ent.label_ == "PERSON" else "org"
    elif _proper(subject):
        first = subject.i
        while (
            first > 0
            and doc[first - 1].dep_ == "compound"
            and doc[first - 1].head.i in range(first, subject.i + 1)
        ):
            first -= 1
        last, kind = subject.i, "name"
    else:
        return None  # "the latter", "an official": no name for the rules to resolve
    gender = None
    while first < last and is_honorific(doc[first].text):
        gender = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}.get(doc[first].lower_.rstrip("."), gender)
        first += 1
    lo, hi = origin[doc[first].idx], origin[doc[last].idx + len(doc[last].text) - 1] + 1
    head = min(inside)
    role = masked[origin[doc[head].idx] : lo].strip(" ,") if head < first else ""
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
    if lo < 0 or hi <= lo:
        return None
    if lo > 1 and masked[lo - 1] == "-" and masked[lo - 2].isalpha():
        return None  # "The Commissioner-General … noted": the tail of a hyphenated title, no name
    is_person = ent is not None and ent.label_ == "PERSON"
    return ParsedSubject(lo, hi, role or None, kind, gender, is_person)


def _proper(token: Any) -> bool:
    """Return True for a proper noun, including the ones taggers miss: `eBay`, `d’Souza`."""
    return token.tag_ in _PROPER or any(c.isupper() for c in token.text[1:])


def _phrase(token: Any) -> list[Any]:
    """Return the tokens of the subject's phrase, without clauses that describe it."""
    out = [token]
    for child in token.children:
        if child.dep_ in _CLAUSES and not (child.dep_ == "prep" and child.i > token.i and _keeps(child)):
            continue
        out.extend(_phrase(child))
    return out


def _keeps(prep: Any) -> bool:
    """Return True for `Leader of the House Lucy Powell`: a title's `of` phrase holding the name."""
    return prep.lower_ == "of" and any(t.ent_type_ == "PERSON" for t in prep.subtree)


def load_parser(nlp: Any, models: tuple[str, ...]) -> SpeakerParser | None:
    """Return a parser over `nlp`, else over the first installed model, else None (logged once)."""
    if nlp is not None:
        return SpeakerParser(nlp)
    try:
        import spacy
    except ImportError:
        log.warning("spaCy is not installed; quotes are attributed by the rules alone")
        return None
    for name in models:
        try:
            return SpeakerParser(spacy.load(name, exclude=["lemmatizer"]))
        except OSError:
            continue
    log.warning(
        "no spaCy model installed (tried %s); quotes are attributed by the rules alone", ", ".join(models)
    )
    return None
