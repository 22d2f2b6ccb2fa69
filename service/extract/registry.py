"""One id per person across articles: spellings, transliterations and surnames merged safely.

Full names meet on `names.name_key` (case, accents and `-y`/`-yy`/`-iy` endings folded); a
shorter full name joins a longer one with the same surname and a subset of its tokens
(`Donald Trump` / `Donald J. Trump`); a surname alone joins the one full name with that
surname, and stays on its own when there are none or several. Groups named by a common noun
(`police`, `foreign ministry`) keep their article-scoped id and are never merged. Call `learn`
on every article before `resolve` to make the outcome independent of the order articles arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from service.domain import Speaker
from service.extract.extractor import ArticleExtraction
from service.names import name_key, name_tokens, slug


@dataclass
class _Entry:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quotes: set[str] = field(default_factory=set)
    first_seen: date | None = None
    last_seen: date | None = None
    base_count: int = 0

    @property
    def tokens(self) -> list[str]:
        # Cached per display name: resolving a corpus asks for them once per candidate.
        if self._tokens_of != self.name:
            self._tokens, self._tokens_of = name_tokens(self.name), self.name
        return self._tokens

    _tokens: list[str] = field(default_factory=list, repr=False, compare=False)
    _tokens_of: str | None = field(default=None, repr=False, compare=False)

    def add_forms(self, forms: Iterable[str], roles: Iterable[str]) -> None:
        for form in forms:
            if form and form not in self.aliases and form != self.name:
                self.aliases.append(form)
        for role in roles:
            if role and role not in self.roles:
                self.roles.append(role)

    def seen(self, day: date | None) -> None:
        if day is None:
            return
        self.first_seen = min(self.first_seen or day, day)
        self.last_seen = max(self.last_seen or day, day)


class SpeakerRegistry:
    """Assign cross-article speaker ids and canonical names; list the speakers seen."""

    def __init__(self, known: Iterable[Speaker] = ()) -> None:
        self._entries: list[_Entry] = []
        self._by_key: dict[str, _Entry] = {}
        # Entries by the last token of their display name: candidates without a full scan.
        self._by_surname: dict[str, list[_Entry]] = {}
        # Groups (`police`) are speakers of one article only: listed, never matched by name.
        self._groups: dict[str, _Entry] = {}
        for s in known:
            entry = _Entry(
                s.id, s.name, list(s.aliases), list(s.roles), set(), s.first_seen, s.last_seen, s.quote_count
            )
            if _is_group(s.name):
                self._groups[s.id] = entry
            else:
                self._add(entry)

    def _add(self, entry: _Entry) -> None:
        self._entries.append(entry)
        if entry.tokens:
            self._by_surname.setdefault(entry.tokens[-1], []).append(entry)
        for form in (entry.name, *entry.aliases):
            self._by_key.setdefault(name_key(form), entry)

    def _rename(self, entry: _Entry, name: str) -> None:
        old_surname = entry.tokens[-1] if entry.tokens else None
        entry.add_forms([entry.name], [])
        entry.name = name  # the fullest spelling is the display name
        if entry.tokens and entry.tokens[-1] != old_surname:
            if old_surname is not None:
                self._by_surname[old_surname].remove(entry)
            self._by_surname.setdefault(entry.tokens[-1], []).append(entry)

    def _find(self, name: str) -> _Entry | None:
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        tokens = name_tokens(name)
        if not tokens:
            return None
        same_surname = self._by_surname.get(tokens[-1], ())
        if len(tokens) > 1:
            for e in same_surname:
                full = e.tokens
                if len(full) > 1 and (set(tokens) <= set(full) or set(full) <= set(tokens)):
                    return e
            return None
        fulls = [e for e in same_surname if len(e.tokens) > 1]
        return fulls[0] if len(fulls) == 1 else None

    def _entry_for(self, name: str) -> _Entry:
        entry = self._find(name)
        if entry is None:
            entry = _Entry(slug(name), name)
            self._add(entry)
        elif len(name_tokens(name)) > len(entry.tokens):
            self._rename(entry, name)
        self._by_key.setdefault(name_key(name), entry)
        return entry

    def learn(self, result: ArticleExtraction) -> None:
        """Register the full names of an article's people without assigning ids."""
        for person in sorted(result.people, key=lambda p: -len(name_tokens(p.name))):
            if len(name_tokens(person.name)) > 1:
                self._entry_for(person.name).add_forms(person.aliases, person.roles)

    def resolve(self, result: ArticleExtraction) -> ArticleExtraction:
        """Return `result` with every quote's speaker and speaker_id made cross-article."""
        self.learn(result)
        people = {p.name: p for p in result.people}
        quotes = []
        for q in result.quotes:
            if q.speaker is None or q.speaker_id is None:
                quotes.append(q)
                continue
            if _is_group(q.speaker):  # named only within its article: keep its scoped id
                group = self._groups.setdefault(q.speaker_id, _Entry(q.speaker_id, q.speaker))
                group.add_forms([], [q.role] if q.role and q.role != q.speaker else [])
                group.quotes.add(q.id)
                group.seen(q.published)
                quotes.append(q)
                continue
            entry = self._entry_for(q.speaker)
            seen = people.get(q.speaker)
            entry.add_forms([q.speaker, *(seen.aliases if seen else ())], [q.role] if q.role else [])
            entry.quotes.add(q.id)
            entry.seen(q.published)
            quotes.append(replace(q, speaker=entry.name, speaker_id=entry.id))
        return replace(result, quotes=quotes)

    def speakers(self) -> list[Speaker]:
        """Return every speaker with at least one quote, most quoted first."""
        out = [
            Speaker(
                e.id,
                e.name,
                tuple(a for a in e.aliases if a != e.name),
                tuple(e.roles),
                e.base_count + len(e.quotes),
                0,
                e.first_seen,
                e.last_seen,
            )
            for e in (*self._entries, *self._groups.values())
            if e.quotes or e.base_count
        ]
        return sorted(out, key=lambda s: (-s.quote_count, s.name))


def _is_group(name: str) -> bool:
    """Return True for a speaker named by a common noun (`police`), not a proper name."""
    return name[:1].islower()
