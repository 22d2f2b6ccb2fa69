"""Who a mention refers to: names, titles, pronouns and bodies resolved to the article's people.

The mixin behind `Attributor`, on top of `Subjects` (which finds the mention a cue is about),
`Pronouns` (the person in focus a pronoun means) and `Unnamed` (whom "a Water UK spokesperson" or
"a medic who goes by “Zirka”" stands for): it expects `masked`, `sentences`, `people` and a
`_resolved` cache, all set up by the attributor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from service.extract.descriptors import resolve_descriptor
from service.extract.lexicon import COUNT, GENDERED, KIN, NATIONALITY_STEMS
from service.extract.people import Person
from service.extract.sentence import Sentence
from service.extract.unnamed import Unnamed
from service.extract.words import Mention, is_cue
from service.names import name_tokens

_YEARS_OLD = re.compile(r"\b(\d{1,2})[- ]year[- ]old\b")


class References(Unnamed):
    """Resolve mentions to people: names, titles, pronouns, groups and the bodies behind documents."""

    def _resolve(self, si: int, m: Mention) -> Person | None:
        key = (si, m.first)
        if key not in self._resolved:
            # In progress: a mention that leads back to itself ("… was told by the minister",
            # where the minister's own subject search finds the same phrase) resolves to nobody.
            self._resolved[key] = None
            person: Person | None
            if m.kind in ("name", "org"):
                person = self._officer_of(si, m) or self._namesake_in_focus(si, m)
                person = person or self.people.resolve_name(m, m.start)
            elif m.kind == "unnamed":
                # "an official said": nobody to name; "a medic who goes by “Zirka”": her call sign
                person = self._spoken_for(m) or self._call_sign(si, m) or self._identified_later(si, m)
            elif m.kind == "group":
                person = self._group_of(si, m)
            elif m.kind == "descriptor":
                person = self._descriptor_of(si, m)
            else:
                person = self._pronoun_of(si, m)
            self._resolved[key] = person
        return self._resolved[key]

    def _officer_of(self, si: int, m: Mention) -> Person | None:
        """Return the person holding the title before a body's name ("said the chairman PCB": the
        body's chairman), when the article names one."""
        if m.kind != "org" or not m.role or " " in m.role or not m.surface[:1].islower():
            return None
        title = replace(m, kind="descriptor", name=m.role.lower(), role=f"{m.name} {m.role}")
        person = self._descriptor_of(si, title)
        return person if person is not None and person.kind == "person" else None

    def _of_age(self, m: Mention) -> Person | None:
        """Return the one person of the age a descriptor gives ("the 28-year-old batsman"), if the
        article gives that age to exactly one person."""
        age = _YEARS_OLD.search(m.surface)
        if age is None:
            return None
        aged = [p for p in self.people.persons if p.kind == "person" and p.age == int(age.group(1))]
        return aged[0] if len(aged) == 1 else None

    def _group_of(self, si: int, m: Mention) -> Person | None:
        """Return the body a group mention stands for: "the ministry", "The UAW's national leadership"."""
        if m.name in _POSITIONS and not self.people.org_named(m.name, m.start):
            # "the center said" with no centre named: a player's position, the person in focus.
            return self._pronoun(si, m) or self.people.resolve_group(m, m.start)
        owner = _OWNER.match(m.role or "")
        if owner is not None and owner.group(1)[:4].lower() not in NATIONALITY_STEMS:
            # "The UAW's national leadership said": the organisation it belongs to ("Russia’s
            # defence ministry" is itself)
            name = owner.group(1)
            org = Mention(m.first, m.first, "org", name, name, None, m.start, m.start + len(name))
            return self.people.resolve_name(org, m.start)
        return self.people.resolve_group(m, m.start)

    def _descriptor_of(self, si: int, m: Mention) -> Person | None:
        """Return the person a descriptor means: a title's holder, the person in focus, or nobody."""
        aged = self._of_age(m)
        if aged is not None:
            aged.last_seen = max(aged.last_seen, m.start)
            return aged
        # "the head of state added", "the head of government": whoever leads the country
        leads = m.name == "head" and _OF_STATE.match(self.masked, m.end) is not None
        person = resolve_descriptor(
            self.people,
            replace(m, name="leader", role="leader") if leads else m,
            lede=self._in_lede(si),
        )
        body = self._body_named_after(m)
        if person is not None and body is not None and not _holds_at(person, body):
            person = None  # "The leader of LFI wrote": not the prime minister, whose title fits
        if person is None and body is not None and (body.isupper() or body in self.masked[: m.start]):
            # … but the surname just spoken of, whom the article has given no other title, when the
            # body is named before ("At La France Insoumise (LFI), Mélenchon castigated") or by its
            # letters only
            focus = self._pronoun(si, m)
            person = focus if focus is not None and not focus.roles else None
        elif person is None and self._unnamed_before(si, m.name) and not self._named_in_paragraph(si):
            pass  # "a delegate told …" earlier: "the delegate" is that unnamed person
        elif person is None and _OF_NAMED.match(self.masked, m.end):
            pass  # "The principal of Chapel Allerton College said": someone unnamed, not the focus
        elif person is None and m.name in KIN and _OF_SOMEONE.match(self.masked, m.end):
            pass  # "the daughter of one patient said": someone unnamed
        elif person is None and m.name in KIN and _COUNT_AFTER.match(self.masked, m.end):
            person = self._pronoun(si, m)  # "the father of two said": the person in focus
        elif person is None and m.name in KIN:
            person = self._kin_of_focus(si, m)  # "Her father shrugs": the family's other member
        elif person is None and m.name not in KIN and not re.search(r"[’']s ", m.role or ""):
            # "the 24-year-old said", "the Frenchman said": the person in focus; a descriptor
            # right before its cue is the subject itself, not a name before it ("Addressing
            # the youth at …, Accra (UPSA), the maverick politician said")
            own = not (
                m.last + 1 < len(self.sentences[si].words) and is_cue(self.sentences[si].words, m.last + 1)
            )
            person = self._pronoun(si, m, own_sentence=own)
            replying = _REPLY.match(self.masked, self.sentences[si].start) is not None
            if person is not None and replying and _holds_other(person, m):
                # "Responding, the First Minister said" after Mr Sarwar, the Labour leader, spoke:
                # the one answering is someone the article has given no title
                person = self._untitled_before(m.start)
        if person is not None and self._unnamed_since(si, m.name, person.last_seen):
            # "One GOP senator, speaking on condition of anonymity, …" then "the senator"
            person = None
        if person is not None:
            person.last_seen = max(person.last_seen, m.start)
        return person

    def _untitled_before(self, position: int) -> Person | None:
        """Return the person last seen before `position` of those the article gives no title."""
        untitled = [
            p
            for p in self.people.persons
            if p.kind == "person" and not p.roles and 0 <= p.last_seen < position
        ]
        return max(untitled, key=lambda p: p.last_seen, default=None)

    def _pronoun_of(self, si: int, m: Mention) -> Person | None:
        """Return the person a pronoun stands for; a speaking "he" or "she" teaches its gender."""
        person = self._pronoun(si, m)
        s = self.sentences[si]
        by_cue = is_cue(s.words, m.first + 1) if m.first + 1 < len(s.words) else False
        by_cue = by_cue or (m.first > 0 and is_cue(s.words, m.first - 1))
        if person is not None and person.gender is None and m.gender in ("m", "f") and by_cue:
            # only a pronoun that speaks teaches a gender: "He was listed in stable
            # condition" after "The chief said the victim …" is the victim, not the chief.
            person.gender, person.guessed = m.gender, True  # "…,” he says: later pronouns know who he is
        return person

    def _body_named_after(self, m: Mention) -> str | None:
        """Return the organisation of `the president of the RN`, when the article knows it as one."""
        of = _OF_ORG.match(self.masked, m.end)
        if of is None:
            return None
        name = of.group(1)
        known = any(p.kind == "org" and name in (p.name, *p.aliases) for p in self.people.persons)
        return name if known or (name.isupper() and len(name) > 1) else None

    def _namesake_in_focus(self, si: int, m: Mention) -> Person | None:
        """Return which of two people sharing the surname `m` names: the one just spoken of."""
        mates = self.people.namesakes(m)
        if len(mates) < 2:
            return None
        for sj in range(si - 1, max(-1, si - 4), -1):
            focus = self.sentences[sj].salient
            if focus is not None and focus in mates:
                focus.note(m, m.start)
                return focus
        return None

    def _kin_of_focus(self, si: int, m: Mention) -> Person | None:
        """Return the one relative, by shared surname, of the person just spoken of (`her father`)."""
        focus = next(
            (p for p in (x.salient for x in reversed(self.sentences[max(0, si - 4) : si])) if p is not None),
            None,
        )
        if focus is None or focus.kind != "person":
            return None
        family = set(name_tokens(focus.name)[1:])  # "Hollister-Ruiz": either half is the family
        gender = GENDERED.get(m.name)
        kin = [
            p
            for p in self.people.persons
            if p is not focus
            and p.kind == "person"
            and len(name_tokens(p.name)) > 1
            and family & set(name_tokens(p.name)[1:])
            and (gender is None or p.gender in (None, gender))
        ]
        return kin[0] if len(kin) == 1 else None

    def _in_lede(self, si: int) -> bool:
        """Return True when sentence si is in the first two body paragraphs."""
        return self.sentences[si].block in self._lede_blocks

    @cached_property
    def _lede_blocks(self) -> frozenset[int]:
        # The sentences are fixed once the attributor is built: work the lede out once.
        return frozenset(sorted({s.block for s in self.sentences})[:2])

    def _named_in_paragraph(self, si: int) -> bool:
        """Return True when a named person is in focus earlier in sentence si's paragraph.

        "Ushakov was curt. '…,' the Kremlin aide said": a descriptor right after a named person
        is that person, even when the lede spoke of "a senior Kremlin aide" before naming him.
        """
        block = self.sentences[si].block
        for sj in range(si - 1, -1, -1):
            s = self.sentences[sj]
            if s.block != block:
                return False
            if s.salient is not None and s.salient.kind == "person":
                return True
        return False

    def _unnamed_since(self, si: int, head: str, position: int) -> bool:
        """Return True when `a/one <head>` nobody names came after `position`, up to sentence si."""
        return any(
            m.kind == "unnamed" and m.name == head and m.start > position and not _predicate(s, m)
            for s in self.sentences[max(0, si - 6) : si + 1]
            for m in s.mentions
        )

    def _unnamed_before(self, si: int, head: str) -> bool:
        """Return True when the article spoke of an unnamed `a/one <head>` up to sentence si.

        "The Prime Minister's official spokesman said …" that named nobody counts too: a later
        "the spokesman" is that same unnamed person.
        """
        return any(
            (m.kind == "unnamed" and not _predicate(s, m))
            or (
                sj < si
                and m.kind == "descriptor"
                and re.search(r"[’']s ", m.role or "")
                and self._resolved.get((sj, m.first), s) is None
                and self._appositive_after(s, m, len(s.words)) is None  # "the committee's chairman, Rep. X,"
            )
            for sj, s in enumerate(self.sentences[: si + 1])
            for m in s.mentions
            if m.name == head
        )


_OF_STATE = re.compile(r"\s+of\s+(?:state|government)\b")


_OF_ORG = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


_OF_NAMED = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]")


_OF_SOMEONE = re.compile(r"\s+of\s+(?:a|an|one)\s+[a-z]")


_COUNT_AFTER = re.compile(r"\s+of\s+" + COUNT + r"\b")


def _predicate(s: Sentence, m: Mention) -> bool:
    """Return True for `she became a pharmacist`: a description of someone, not a new person."""
    return m.first > 0 and s.words[m.first - 1].low in _COPULAS


# Group heads that are also a player's position.
_POSITIONS = frozenset(("center", "centre"))


_COPULAS = frozenset(("became", "become", "becomes", "is", "was", "remains", "remained"))


# A sentence that answers the one who spoke before: "Responding, the First Minister said".
_REPLY = re.compile(r"\s*(?:Responding|Replying|In response|In reply|Hitting back|Answering)\b")


def _holds_other(person: Person, m: Mention) -> bool:
    """Return True when `person` has titles, none of them the title `m` gives."""
    return bool(person.roles) and not any(m.name in r.lower().split() for r in person.roles)


def _holds_at(person: Person, body: str) -> bool:
    """Return True when one of `person`'s titles names the organisation `body`."""
    # ("Welsh Conservatives" is not held by "the Welsh government's health minister": a nation's
    # adjective is no body's own word)
    words = {w.lower() for w in body.split() if w.lower()[:4] not in NATIONALITY_STEMS} or {body.lower()}
    return any(words & {w.lower().strip("(),") for w in role.split()} for role in person.roles)


# "UAW's national leadership": an organisation's name before a group noun.
_OWNER = re.compile(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)[’']s\s")
