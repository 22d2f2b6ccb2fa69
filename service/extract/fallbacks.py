"""The last readings of a quote the rules left without a speaker.

The mixin behind `Attributor`: a long quoted fragment in a sentence with no verb of saying goes
to the passive's agent or to the sentence's subject ("described as “…” by Dr. Emma Rutherford",
"Morgan credited his team for “…”"); a quote whose cue has a subject the rules cannot name goes
to the subject a parse of its one sentence gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from service.extract.article import ParsedArticle
from service.extract.found import Found
from service.extract.lexicon import COUNTRIES, POST_NOMINALS, venue_of
from service.extract.marks import Span
from service.extract.offices import DEMONYM_NOUNS
from service.extract.parser import SpeakerParser
from service.extract.references import References
from service.extract.titles import mention_from_run
from service.extract.words import Mention, is_role

# "was described as “…” by Dr. Emma Rutherford": the passive's agent, right after the quote.
_BY_AFTER = re.compile(r"[^\w\n]*\s+by\s+")


class Fallbacks(References):
    """Credit quotes no cue of the rules names: the agent or subject of the sentence, or a parse."""

    article: ParsedArticle
    _parser: Callable[[], SpeakerParser | None] | None

    def _uncued(self, si: int, span: Span, found: Found) -> None:
        """Credit a long quoted fragment in a sentence with no verb of saying.

        "described as “…” by Dr. Emma Rutherford" is hers; "Daneshvar dedicated it to “…”" and
        "Morgan credited his team for “…”" are the subject's. A subject that is no person or
        organisation ("This was in relation to “…”") leaves the quote without a speaker.
        """
        s = self.sentences[si]
        by = _BY_AFTER.match(self.masked, span.close_at + 1)
        subject: Mention | None = None
        if by is not None:
            subject = next((m for m in s.mentions if m.start >= by.end() and m.kind in ("name", "org")), None)
            subject = subject if subject is not None and subject.start <= by.end() + 5 else None
        if subject is None:
            limit = next((k for k, w in enumerate(s.words) if w.start >= span.open_at), len(s.words))
            subject = self._clause_subject(s, limit)
            # "The two ministers, who are in China to attend the ACD, 'reviewed …'": not a name
            # inside the subject's relative clause
            subject = subject if subject is not None and subject is s.mentions[0] else None
        if subject is None or subject.kind not in ("name", "org", "descriptor", "pronoun"):
            return
        person = self._resolve(si, subject)
        if person is not None and person.kind in ("person", "org"):
            found.person, found.confidence = person, 0.5
            found.mention = subject.surface
            found.role = person.roles[0] if person.roles else None

    def _fall_back(self, si: int, found: Found) -> None:
        """Give `found` the subject a parse of its sentence names when the rules left its cue unnamed."""
        s, span = self.sentences[si], found.span
        nxt = next((x.open_at for x in s.spans if x.open_at > span.open_at), s.end)
        # "… to “capitulation,” and the White House has not said which": another clause's verb
        joined = re.match(r"[”\"’'_.,!?\s]*(?:and|but)\b", self.masked[span.close_at : nxt])
        after = [] if joined else self._cues(s, span.close_at, nxt)[:1]
        cues = after or self._cues(s, s.start, span.open_at)[-1:]
        parser = self._parser() if self._parser is not None and cues else None
        if parser is None:
            return
        k = cues[0]
        got = parser.subject(self.masked, self.article.text, s.start, s.end, s.words[k].start)
        if got is None:
            return
        first = next((j for j, w in enumerate(s.words) if w.end > got.start), k)
        last = max((j for j, w in enumerate(s.words) if w.start < got.end), default=first)
        joined = re.match(
            r"-[\w’'-]+|[’'](?!s\b)\w+", self.masked[got.end : got.end + 40]
        )  # "al-Burhan" parsed as "al"
        name = self.masked[got.start : got.end + (joined.end() if joined else 0)]
        if name.islower():
            return  # "the don said": a common noun the rules do not know, not a name
        bare = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
        described, name = got.role in ("the", "a", "an") or bare != name, bare
        if described and (name.lower() in DEMONYM_NOUNS or is_role(name.lower())):
            return  # "the Dutchman said", "the Rabbi said": a descriptor the rules could not place, no body
        # "the Rt Rev Stephen Conway": the name without its style, read as the rules read a name
        read = mention_from_run(self.masked, s.words, first, last) if not joined else None
        if (
            read is not None
            and read.kind == "name"
            # ("Fr John O’Reilly PP": the letters after the name are no part of it either)
            and (name.endswith(" " + read.name) or _post_nominals(name, read.name))
            and read.name.lower() not in COUNTRIES  # "the WHO Uganda": a body's office, no title and name
        ):
            name = read.name
        surface = f"{got.role} {name}" if got.role else name
        kind: Any = "org" if got.kind == "org" else "name"
        mention = Mention(first, last, kind, surface, name, got.role, got.start, got.end, gender=got.gender)
        person = self.people.resolve_name(mention, mention.start)
        if person.kind == "unknown" and got.person:
            person.kind = "person"
        extra = person.name[: -len(name)].split() if person.name.endswith(" " + name) else []
        if extra and got.role and all(w in got.role.split() for w in extra):
            person.name = name  # the rules ran a title into the name: "House Lucy Powell"
        found.person, found.mention, found.cue = person, surface, s.words[k].text
        found.role = got.role or (person.roles[0] if person.roles else None)
        found.confidence = 0.75
        found.venue = venue_of(self.masked[s.start : s.end])


def _post_nominals(name: str, read: str) -> bool:
    """Return True when `name` is `read` with letters after it: "John O’Reilly PP", "Ann Lee MP"."""
    rest = name[len(read) :].split() if name.startswith(read + " ") else []
    return bool(rest) and all(x.rstrip(".,") in POST_NOMINALS for x in rest)
