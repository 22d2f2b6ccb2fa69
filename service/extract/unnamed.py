"""Whom an unnamed mention stands for, for `References`.

"a Water UK spokesperson" speaks for Water UK, "a company spokesman" for the company in focus; "a
medic who goes by “Zirka”" is Zirka; "A High Court judge has hit back …", opening a story, is the
one person of the article with such a title, named in the next two paragraphs. "An official said"
names nobody. The mixin between `Pronouns` and `References`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.extract.article import ParsedArticle
from service.extract.descriptors import resolve_descriptor
from service.extract.lexicon import DEMONYMS, GROUP_HEADS
from service.extract.people import Person
from service.extract.pronouns import Pronouns
from service.extract.words import Mention, is_role


class Unnamed(Pronouns):
    """Resolve an unnamed mention to the body it speaks for, its call sign or who it turns out to be."""

    article: ParsedArticle

    def _spoken_for(self, m: Mention) -> Person | None:
        """Return the body `a Water UK spokesperson` speaks for; None for any other unnamed speaker."""
        if not m.name.startswith("spokes") or not m.role:
            return None
        body = _body_named(m.role.split()[:-1])
        if body.lower() in DEMONYMS:
            return None  # "an Israeli army spokesperson": a nationality names no body
        group = next((w for w in m.role.split()[:-1] if w in GROUP_HEADS), None)
        if not body and group is not None:
            # "a company spokesman said": the company in focus
            return self.people.resolve_group(
                Mention(m.first, m.last, "group", group, group, group, m.start, m.end), m.start
            )
        if not body:
            return None  # "a spokeswoman said"
        return self.people.resolve_name(
            Mention(m.first, m.last, "org", body, body, None, m.start, m.end), m.start
        )

    def _identified_later(self, si: int, m: Mention) -> Person | None:
        """Return who `A High Court judge has hit back …`, opening the story, turns out to be.

        A story's first sentence may hold back the name of the one it is about and give it
        later ("Mr Justice Paul McDermott was dealing with …"): the one person of the article
        whose title has that head.
        """
        head = m.name
        if m.first != 0 or head.startswith("spokes") or not is_role(head):
            return None
        first = min(
            (s.block for s in self.sentences if self.article.blocks[s.block].kind == "body"), default=-1
        )
        if self.sentences[si].block != first or any(x.block == first for x in self.sentences[:si]):
            return None
        person = resolve_descriptor(self.people, replace(m, kind="descriptor", role=head), lede=True)
        # named soon after, in the next two paragraphs, as such a story does
        bodies = sorted({x.block for x in self.sentences if x.block >= first})[:3]
        soon = self.article.blocks[bodies[-1]].end
        return person if person is not None and m.start < person.first_at < soon else None

    def _call_sign(self, si: int, m: Mention) -> Person | None:
        """Return the person an unnamed mention introduces by a quoted call sign or nickname."""
        for span in self.sentences[si].spans:
            lead = self.masked[m.end : span.open_at]
            if span.open_at > m.end and len(lead) < 60 and _CALLED.search(lead):
                name = self.text[span.start : span.end].strip(" ,.")
                if name[:1].isupper() and len(name.split()) <= 2:
                    found = Mention(m.first, m.last, "name", name, name, None, span.start, span.end)
                    person = self.people.resolve_name(found, span.start)
                    person.kind = "person"
                    return person
        return None


# "with the call sign “Kit”", "who goes by “Zirka”": the name someone is known by.
_CALLED = re.compile(r"(?:call ?sign|goes by|go by|nom de guerre|known as|nicknamed)\s*$")


# Small words inside a body's name: "House of Commons", "Department for Transport".
_INNER = frozenset(["of", "for", "and", "the", "on"])


def _body_named(words: list[str]) -> str:
    """Return the body named in a spokesman's title: "House of Commons" in "House of Commons spokesman"."""
    caps = [k for k, w in enumerate(words) if w[:1].isupper()]
    if not caps:
        return ""
    inner = words[caps[0] : caps[-1] + 1]
    if all(w[:1].isupper() or w in _INNER for w in inner):
        return " ".join(inner)
    return " ".join(w for w in words if w[:1].isupper())
