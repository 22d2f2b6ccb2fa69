"""The passes of `roster` that learn what the text says of the people it names.

After each name: a bare title (", counsel for Mr Khan,"), a title in a relative clause ("Paula
Southgate, who has been Hamilton’s mayor"), a US lawmaker's party and state (", D-Pa."), a
constituency in brackets ("Kimani Kuria (Molo)"), an age (", 52,"). In each sentence: a nickname
("Godrey Avutiya commonly known as Gogo"), a title in apposition ("Daniel Okafor, the chief
executive"), a body ("Hamas says it has handed") or a side ("The Super Eagles were"). Over the
article: the title a headline gives the main person, names only ever written as things' ("added
the Holy Grail"), each of a couple ("owners Joe and Camilla Greco"), and the two sides of a score
line ("Kaizer Chiefs 3-2 Orlando Pirates"). `roster_genders` learns genders.
"""

from __future__ import annotations

import re

from service.extract.article import ParsedArticle
from service.extract.lexicon import (
    NOT_NAME_WORDS,
    ORG_WORDS,
    PARTIES,
    PREPOSITIONS,
    TITLE_ABBREVIATIONS,
    US_STATES,
)
from service.extract.offices import office_held
from service.extract.people import People, Person
from service.extract.sentence import Sentence
from service.extract.words import Mention, is_cue, is_role, words_of
from service.names import name_key, name_tokens

# ", counsel for Mr Khan,", ", lead negotiator for the union,": a title with no article after a name.
_BARE_ROLE = re.compile(r",\s+((?:[a-z][a-z-]*\s+){0,2}?([a-z][a-z-]*))\s+(?:for|of|to|at)\s")
# "Kimani Kuria (Molo)": a constituency in brackets after a name.
_SEAT = re.compile(r"\s*\(([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\)")
# ", D-Pa.,", "(R-Texas)": a US lawmaker's party and state.
_PARTY_STATE = re.compile(r"\s*[,(]\s*([RDI])-((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+)\s*[,.)]?")
_AGE_NEXT = re.compile(r",\s*\d{1,3}\s*[,.;]")
# "Paula Southgate, who has been Hamilton’s mayor for six years,": a title in a relative clause.
_WHO_IS = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)\s+(?:the\s+|a\s+|an\s+)?"
    r"((?:[\w’'-]+\s+){0,3}?([a-z][a-z-]*))\b(?![’'-])"
)
# "Godrey Avutiya commonly known as Gogo", "Stephanie Allen, better known as Stefflon Don"
_KNOWN_AS = re.compile(
    r",?\s+(?:(?:commonly|popularly|widely|better|also|simply|fondly)\s+)?known\s+as\s+[“\"‘']?"
)
# A title in lower case between its owner's name and its holder's: " assistant coach, ".
_OWNED_TITLE = re.compile(r" ((?:[a-z-]+ ){0,2}([a-z-]+)), ")
# "Joe and Camilla Greco": two given names sharing one surname.
_SHARED_SURNAME = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# "Kaizer Chiefs 3-2 Orlando Pirates": a result on a line of its own, the sides either side.
_SIDE = r"([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})"
_SCORE_LINE = re.compile(rf"^[ \t]*{_SIDE} \d{{1,3}} ?[-–] ?\d{{1,3}} {_SIDE}[ \t]*$", re.MULTILINE)


def learn_titles_after(masked: str, people: People, names: list[Mention]) -> None:
    """Learn the titles the words right after a name give it; a name with an age after it is a person."""
    for m in names:
        bare = _BARE_ROLE.match(masked, m.end) if m.kind == "name" else None
        if bare and is_role(bare.group(2).lower()):
            # "Barrister Zaheer Abbas Chaudhry, counsel for Mr Khan, contended": "the counsel"
            people.learn_role(m, bare.group(1).lower())
        who = _WHO_IS.match(masked, m.end) if m.kind == "name" and not bare else None
        if who and is_role(who.group(2)):
            people.learn_role(m, who.group(1))  # "the mayor" is Paula Southgate
        office = office_held(masked, m.end) if m.kind == "name" else None
        if office:
            people.learn_role(m, office)  # "a vote of no-confidence in Kaja Kallas as prime minister"
        tag = _PARTY_STATE.match(masked, m.end) if m.kind == "name" else None
        if tag and tag.group(2) in US_STATES:
            state = US_STATES[tag.group(2)] or tag.group(2)
            people.learn_role(m, f"{state} {PARTIES[tag.group(1)]}")  # "the Texas Republican"
            title = m.role.split()[-1].lower().rstrip(".") if m.role else None
            if title:  # "Sen. John Fetterman, D-Pa." is also "the Pennsylvania senator"
                people.learn_role(m, f"{state} {TITLE_ABBREVIATIONS.get(title, title)}")
        seat = _SEAT.match(masked, m.end) if m.kind == "name" else None
        if seat and re.search(
            rf"\bthe {re.escape(seat.group(1))} (?:MP|MLA|MCA|lawmaker|legislator)\b", masked
        ):
            # "Kimani Kuria (Molo)" is "the Molo MP": a constituency in brackets after the name
            people.learn_role(m, f"{seat.group(1)} mp")
        # "said Nurhayati, 52, a fish seller": a one-word name with an age is a person.
        if m.kind == "name" and _AGE_NEXT.match(masked, m.end) and people.known(m) is None:
            people.persons.append(Person(m.name, "person", first_at=m.start))


def learn_appositions(masked: str, people: People, s: Sentence) -> None:
    """Learn from two names side by side in sentence `s`: a nickname ("known as") and a title in
    apposition, the descriptor's before or after the name."""
    for left, right in zip(s.mentions, s.mentions[1:], strict=False):
        if (
            left.kind == "name"
            and right.kind == "name"
            and _KNOWN_AS.fullmatch(masked, left.end, right.start)
        ):
            person = people.known(left)  # "Godrey Avutiya commonly known as Gogo": one person
            if person is not None and person.kind == "person":
                people.nicknames[name_key(right.name)] = person
                people.persons = [
                    p for p in people.persons if p is person or name_key(p.name) != name_key(right.name)
                ]
        owned = _OWNED_TITLE.fullmatch(masked, left.end, right.start) if left.possessive else None
        if owned and right.kind == "name" and is_role(owned.group(2)):
            # "Enyimba of Aba assistant coach, Yemi Olanrewaju,": "the Enyimba assistant coach"
            of = left.first > 1 and s.words[left.first - 1].low == "of"
            owner = next((n for n in s.mentions if of and n.last == left.first - 2), left)
            people.learn_role(right, f"{owner.name} {owned.group(1)}")
        # "Daniel Okafor, the chief executive of Lumen AI": the title is his.
        # (a capitalised title's mention leaves out its article: "X, the Commissioner-General of …")
        gap = masked[left.end : right.start]
        if left.possessive or not (gap == ", " or (gap == ", the " and right.kind == "descriptor")):
            continue
        # "…with Laura Kuenssberg, the chancellor said": no apposition before a verb.
        closed = re.match(r"\s*(?:,|(?:of|at|for|in)\b)", masked[right.end : right.end + 5])
        # "The Ashanti Regional Minister, Simon Osei Mensah has justified …": a subject
        # in apposition, its second comma left out.
        opening = left.first <= 1 and left is s.mentions[0]
        if closed and left.kind == "name" and right.kind == "descriptor" and right.role:
            people.learn_role(left, right.role)
        elif (closed or opening) and left.kind == "descriptor" and right.kind == "name" and left.role:
            people.learn_role(right, left.role)


def learn_bodies(masked: str, people: People, s: Sentence) -> None:
    """Take a name of sentence `s` for an organisation when "it" reports for it or, after "the",
    a plural verb follows it (a side)."""
    for m in s.mentions:
        k = m.last + 2
        if (
            m.kind == "name"
            and m.first == 0
            and k + 1 < len(s.words)
            and s.words[k].low == "it"
            and is_cue(s.words, k - 1)
            and s.words[k + 1].low not in ("is", "was", "would", "will")  # "said it was the third time"
            and masked[m.end : s.words[k - 1].start] == " "
        ):
            # "Hamas says it has handed its response": a body, not a person
            body = people.known(m)
            if body is None:
                people.persons.append(Person(m.name, "org", first_at=m.start))
            elif body.kind == "unknown":
                body.kind = "org"
        plural = m.last + 1 < len(s.words) and s.words[m.last + 1].low in ("were", "are", "have")
        if m.kind in ("name", "org") and m.first > 0 and s.words[m.first - 1].low == "the" and plural:
            # "The Super Eagles were well on course": a side, which no "he" or "the coach" means
            side = people.known(m)
            if (
                side is not None
                and side.name == m.name  # not "the Grecos have", a couple
                and side.kind != "org"
                and not side.roles
                and side.gender is None
            ):
                side.kind = "org"


def learn_couples(masked: str, people: People) -> None:
    """Add each person of a couple the story names with one surname when it tells the two apart."""
    for pair in _SHARED_SURNAME.finditer(masked):
        # "owners Joe and Camilla Greco": Joe Greco is a person of his own
        given, full = pair.group(1), f"{pair.group(2)} {pair.group(3)}"
        before = re.search(r"(\S*)\s*$", masked[max(0, pair.start() - 40) : pair.start()])
        named_before = before is not None and before.group(1)[:1].isupper()  # "Anil Deshpande and …"
        # "the Fed and Kazuo Ueda": a body with an article, not a given name
        named_before = named_before or (before is not None and before.group(1).lower() in ("the", "a", "an"))
        # only when the story tells the two apart: by a title ("Mr Greco said") or by the first
        # name alone ("Walter says …")
        titled = re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(pair.group(3))}\b", masked)
        by_first = re.search(rf"\b{re.escape(given)}\b(?!\s+(?:and|&|{re.escape(pair.group(3))})\b)", masked)
        # "Anwar and Pakatan Harapan" after "Anwar Ibrahim": a given name another full name begins
        other = any(
            p.kind == "person" and len(name_tokens(p.name)) > 1 and name_tokens(p.name)[0] == given.lower()
            for p in people.persons
        )
        if (
            given.lower() in NOT_NAME_WORDS
            or other
            or named_before
            or masked[pair.start() - 1 : pair.start()] in "'’"
            or not (titled or by_first or _joint_subject(masked, pair))
        ):
            continue
        couple = next(
            (p for p in people.persons if p.kind == "person" and name_tokens(p.name) == name_tokens(full)),
            None,
        )
        if couple is not None and not any(
            name_tokens(p.name) == name_tokens(f"{given} {pair.group(3)}") for p in people.persons
        ):
            people.persons.append(Person(f"{given} {pair.group(3)}", "person", first_at=pair.start()))


def _joint_subject(masked: str, pair: re.Match[str]) -> bool:
    """Return True when the text opens a clause with the couple's given names alone ("Mark and
    Caron went on to say"): two people, the first of whom may then speak for both."""
    given = rf"\b{re.escape(pair.group(1))} and {re.escape(pair.group(2))}\b(?! {re.escape(pair.group(3))})"
    return re.search(given, masked) is not None


def learn_headline_title(article: ParsedArticle, masked: str, people: People, names: list[Mention]) -> None:
    """Give the article's main person the title its headline calls them by.

    "Interior nominee vows to 'listen'" over a story about Gregory Lang, whom the body never
    calls a nominee: a later "the nominee said" is Lang, not whoever spoke last.
    """
    title = next((b for b in article.blocks if b.kind == "title"), None)
    words = words_of(masked, title.start, title.end) if title is not None else []
    k = next((k for k, w in enumerate(words[:3]) if is_role(w.low)), None)
    if k is None or k + 1 >= len(words) or not (words[k + 1].text.islower() or is_cue(words, k + 1)):
        return  # no bare title opening the headline, or a name follows it
    head = words[k].low
    counts: dict[int, int] = {}
    persons = {id(p): p for p in people.persons}
    for m in names:
        p = people.known(m)
        if p is not None and p.kind == "person":
            counts[id(p)] = counts.get(id(p), 0) + 1
    if not counts or any(head in role.lower().split() for p in people.persons for role in p.roles):
        return
    ranked = sorted(counts.items(), key=lambda x: -x[1])
    if ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        persons[ranked[0][0]].roles.append(" ".join(w.text for w in words[: k + 1]).lower())


def things_after_article(masked: str, people: People, names: list[Mention]) -> None:
    """Unmake the persons the story only ever writes after "the" and a verb ("added the Holy
    Grail of a championship") or after a possessive ("his Whoolywood Shuffle show"): a thing's
    name, since a person's name takes neither unless a title or a word of kin stands between
    ("the Rev John Ames", "Ambassador to the UN Vassily Nebenzia", "his son Tom")."""
    seen: dict[int, tuple[Person, list[Mention]]] = {}
    for m in names:
        person = people.known(m) if m.kind == "name" and len(name_tokens(m.name)) > 1 else None
        if person is not None and person.kind == "person" and not person.roles and person.gender is None:
            seen.setdefault(id(person), (person, []))[1].append(m)
    for person, ms in seen.values():
        before = [masked[max(0, m.start - 30) : m.start] for m in ms]
        if all(m.role is None and _thing_ahead(b, m) for m, b in zip(ms, before, strict=True)):
            person.kind = "unknown"


def learn_sides(masked: str, people: People) -> None:
    """Make bodies of the two sides a score line names: "Kaizer Chiefs 3-2 Orlando Pirates" on a
    line of its own is two teams, not two people a later "he" could stand for."""
    sides = {name_key(side) for line in _SCORE_LINE.finditer(masked) for side in line.groups()}
    for person in people.persons if sides else ():
        if person.kind in ("person", "unknown") and name_key(person.name) in sides:
            person.kind = "org"


def _thing_ahead(before: str, m: Mention) -> bool:
    """Return True when the words `before` a name make it a thing's: a verb and "the" ("added the
    Holy Grail"), a sentence's "The" or a preposition's "the" before the bare name ("The Basic
    Law Article 23 legislation", "for the Basic Law"; not "to the UN Amar Bendjama", a title's
    body before a name), or a possessive ("on his Whoolywood Shuffle show")."""
    verb = re.search(r"(\w+) the $", before)
    if verb is not None:
        return verb.group(1).islower() and (verb.group(1) not in PREPOSITIONS or m.surface == m.name)
    if re.search(r"(?:^|[.!?]\s+)The $", before):
        return not any(w.lower() in ORG_WORDS for w in m.name.split())  # ("The Royal College": a body)
    return re.search(r"\b(?:his|her|their|its|our|my|your) $", before) is not None
