"""The people of one article, learned before any quote is attributed.

Every name and organisation the body names, with the full names a caption, a subheading or a
quoted statement gives, and the titles the text ties to them: appositions ("Daniel Okafor, the
chief executive"), party tags ("D-Pa."), constituencies in brackets, a bare title after a name
(", counsel for Mr Khan,"), and the title a headline gives the story's main person. The names
are gathered here; `roster_passes` learns the titles and kinds the text gives them, `roster_genders`
the genders.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.extract.article import ParsedArticle
from service.extract.lexicon import MONTHS, NAME_PARTICLES, WEEKDAYS, is_honorific
from service.extract.marks import Span
from service.extract.mentions import mentions_in
from service.extract.offices import given_name
from service.extract.people import People
from service.extract.roster_genders import learn_genders, learn_owner
from service.extract.roster_passes import (
    learn_appositions,
    learn_bodies,
    learn_couples,
    learn_headline_title,
    learn_sides,
    learn_titles_after,
    things_after_article,
)
from service.extract.sentence import Sentence
from service.extract.short_names import same_person
from service.extract.words import Mention, is_role, words_of
from service.names import name_tokens


def roster(
    article: ParsedArticle, masked: str, sentences: list[Sentence], block_spans: list[tuple[int, list[Span]]]
) -> People:
    """Return the people of the article: who is named, by what names and titles."""
    names, shown = _names_and_shown(article, masked, sentences, block_spans)
    people = People(names + shown)
    people.learn(names + shown)
    learn_titles_after(masked, people, names)
    for s in sentences:
        learn_appositions(masked, people, s)
        learn_bodies(masked, people, s)
        learn_genders(masked, people, s)
        learn_owner(s, people)
    learn_headline_title(article, masked, people, names)
    things_after_article(masked, people, names)
    learn_sides(masked, people)
    learn_couples(masked, people)
    _learn_ages(masked, people, names)
    return people


# Words that open a surname: "Le Pen", "Abu Rudeineh", "van der Berg".
_PARTICLES = NAME_PARTICLES | {"abu", "ben", "bin", "mac", "st"}


def learn_quoted_given_names(text: str, masked: str, people: People) -> None:
    """Give a person the article names by surname only ("Mr Swinney", "Le Pen", "Abu Rudeineh") the
    full name a quote gives them ("Why is John Swinney putting …"), when quotes give one only."""
    for person in people.persons:
        *particles, last = person.name.split()
        if person.kind != "person" or len(last) < 3 or any(w.lower() not in _PARTICLES for w in particles):
            continue
        full = set()
        for m in re.finditer(rf"\b([^\W\d_]{{2,}}) {re.escape(person.name)}\b", text):
            given = words_of(text, m.start(1), m.end(1))[0]
            if masked[m.start()] == "_" and given_name(text, given) and not is_honorific(given.text):
                full.add(m.group())
        if len(full) == 1 and not any(
            same_person(name_tokens(f), name_tokens(p.name))
            for f in full
            for p in people.persons
            if p is not person
        ):
            person.aliases.append(person.name)
            person.name = full.pop()


# An age after a name ("Hashmat Shahidi, 28,", "Ana Ruiz (34)") or before it ("the 28-year-old
# batsman Hashmat Shahidi").
_AGE_AFTER = re.compile(r", (\d{1,2})(?=[,.;])| \((\d{1,2})\)")
_AGE_BEFORE = re.compile(r"\b(\d{1,2})[- ]year[- ]old\s+((?:[\w’'-]+\s+){0,3})$")


def _learn_ages(masked: str, people: People, names: list[Mention]) -> None:
    """Give each person the age the text gives next to one of their names, when it gives one only."""
    ages: dict[int, set[int]] = {}
    for m in names:
        person = people.known(m) if m.kind == "name" else None
        if person is None or person.kind != "person":
            continue
        after = _AGE_AFTER.match(masked, m.end)
        before = _AGE_BEFORE.search(masked, max(0, m.start - 48), m.start)
        # only a title between: "the 31-year-old Arsenal forward Leandro Trossard", not "the
        # 31-year-old told Sky Sports"
        titled = before is not None and all(
            w[:1].isupper() or is_role(w.lower()) for w in before.group(2).split()
        )
        for found in (after, before if titled else None):
            if found is not None:
                ages.setdefault(id(person), set()).add(int(next(g for g in found.groups() if g)))
    for person in people.persons:
        told = ages.get(id(person), set())
        person.age = next(iter(told)) if len(told) == 1 else None


def _names_and_shown(
    article: ParsedArticle, masked: str, sentences: list[Sentence], block_spans: list[tuple[int, list[Span]]]
) -> tuple[list[Mention], list[Mention]]:
    """Return the names and organisations the body gives, and the full names shown elsewhere.

    The second are the full names a heading, a headline run into the lede or (with a title) a
    quoted statement gives of a surname the body uses; both cut to the body's names in headlines.
    """
    text, blocks = article.text, article.blocks
    names = [m for s in sentences for m in s.mentions if m.kind in ("name", "org")]
    # A subheading or caption may give the only full name ("Tesla Inc. CEO Elon Musk" over
    # "… ,” Mr. Musk said."): a full name there whose surname the body uses counts for the
    # people, not for attribution ("Guo Jiakun Photo: VCG" is no one).
    surnames = {name_tokens(m.name)[-1] for m in names if name_tokens(m.name)}
    alone = {m.name for m in names if m.kind == "name" and " " not in m.name}
    # A statement quoted in full may also give it ("… Prime Minister Benjamin Netanyahu has
    # instructed …"): only a titled name there, so that a namesake the speaker mentions ("my
    # brother Tom Khan") is not taken for the person.
    quoted = [(span.start, span.end) for _, spans in block_spans for span in spans]
    headed = [(b.start, b.end) for b in blocks if b.kind in ("heading", "title")]
    # "DJ Maphorisa Weighs In On The Winners. The …": a headline run into the lede
    lede = next((s for s in sentences if blocks[s.block].kind == "body"), None)
    if lede is not None and _title_cased(lede):
        headed.append((lede.start, lede.end))
    shown = [
        m
        for titled, places in ((False, headed), (True, quoted))
        for m in _full_names_near(masked if not titled else text, places, alone)
        if len(name_tokens(m.name)) > 1 and name_tokens(m.name)[-1] in surnames and (m.role or not titled)
    ]
    names, shown = _trim_headed(names, headed), _trim_headed(shown, headed, names)
    trimmed = _trim_glued(names, masked)
    # the sentences read the trimmed names too, so that attribution resolves them alike
    renamed = {(m.start, m.end): t for m, t in zip(names, trimmed, strict=True) if t is not m}
    for s in sentences:
        if any((m.start, m.end) in renamed for m in s.mentions):
            s.mentions = [renamed.get((m.start, m.end), m) for m in s.mentions]
    return trimmed, _trim_glued(shown, masked, names)


_PLACE_PREPOSITIONS = "[Ii]n|[Ff]rom|[Aa]t|[Aa]cross|[Aa]round"


def _trim_glued(names: list[Mention], masked: str, known: list[Mention] | None = None) -> list[Mention]:
    """Drop a word glued to the start or end of a name the text also writes without it, when it is a
    day or a place before a surname the text gives another given name ("issued Monday Lorenzana
    said" … "Delfin Lorenzana"), or the text writes it in lower case too and two words of name are
    left ("Patient Dorothy Vowles" … "a patient" … "Dorothy Vowles"). A caption's names are read
    against the body's (`known`).
    """
    written = {m.name for m in (names if known is None else names + known) if m.kind == "name"}
    out = []
    for m in names:
        words = m.name.split()
        if m.kind == "name" and len(words) > 1:
            for word, rest in ((words[0], " ".join(words[1:])), (words[-1], " ".join(words[:-1]))):
                if _glued_word(word, rest, m.name, len(words), written, masked):
                    m = replace(m, name=rest)
                    break
        out.append(m)
    return out


def _glued_word(word: str, rest: str, name: str, size: int, written: set[str], masked: str) -> bool:
    """Return True when `word`, at one end of `name`, is no part of the name `rest` left without it."""
    low = word.lower()
    # ("Sunday Adebayo", "June Smith": a day or a month may be a given name, unless the text names
    # the surname's bearer in full otherwise; so for a place the text puts after a preposition:
    # "about Baltimore Rosenstein said" … "Rod Rosenstein")
    if any(n.endswith(" " + rest) and n != name for n in written):
        place = rf"\b(?:{_PLACE_PREPOSITIONS}) {re.escape(word)}\b(?! {re.escape(rest)}|[’'])"
        if low in WEEKDAYS | MONTHS or re.search(place, masked) is not None:
            return True
    return size > 2 and rest in written and re.search(rf"\b{re.escape(low)}\b", masked) is not None


def _full_names_near(text: str, places: list[tuple[int, int]], alone: set[str]) -> list[Mention]:
    """Return the name mentions of text[start:end] for each place, looking only just before a
    name the body uses alone (`Netanyahu`), where its full form would stand."""
    out: list[Mention] = []
    for start, end in places:
        for name in alone:
            at = text.find(name, start, end)
            if at >= 0:
                words = words_of(text, max(start, at - 60), min(end, at + len(name)))
                out += [m for m in mentions_in(text, words) if m.kind == "name"] if words else []
    return out


def _trim_headed(
    names: list[Mention], headed: list[tuple[int, int]], known: list[Mention] | None = None
) -> list[Mention]:
    """Cut the headline words a title-case line runs into a name down to the name the body uses.

    "Out Olympian Tom Daley Talks …" over a body's "Tom Daley" is Tom Daley; "Upbeat Kirubi
    roots for Kenya" over a body's "Chris Kirubi" is Kirubi. A headline's full name the body
    only shortens ("Benjamin Netanyahu" over "Netanyahu") is kept.
    """
    body = [name_tokens(m.name) for m in known or names if m.kind == "name" and not _inside(m, headed)]
    out = []
    for m in names:
        tokens = name_tokens(m.name)
        if m.kind != "name" or len(tokens) < 2 or not _inside(m, headed) or tokens in body:
            out.append(m)
            continue
        words = m.name.split()
        n = len(tokens)
        # the longest run of the headline's words that the body writes as a name: "Tom Daley" in
        # "Out Olympian Tom Daley Talks …", "DJ Maphorisa" in "DJ Maphorisa Weighs In On …"
        part = next(
            (
                (a, a + size)
                for size in range(n - 1, 1, -1)
                for a in range(n - size + 1)
                if tokens[a : a + size] in body
            ),
            None,
        )
        namesakes = {b[0] for b in body if len(b) > 1 and b[-1] == tokens[-1]}
        if part is None and namesakes and tokens[0] not in namesakes:
            part = (n - 1, n)  # only other given names before the same surname
        if part is None and m.role and [*name_tokens(m.role), tokens[0]] in body and len(words) == n:
            # "DJ Tumi Weighs In …" over a body's "DJ Tumi": a title the body keeps with one name
            out.append(replace(m, name=f"{m.role} {words[0]}"))
            continue
        out.append(
            m if part is None or len(words) != n else replace(m, name=" ".join(words[part[0] : part[1]]))
        )
    return out


def _title_cased(s: Sentence) -> bool:
    """Return True for a sentence written in title case, a headline's: every word of four letters
    or more capitalised, five words at least."""
    long = [w for w in s.words if len(w.text) > 3]
    return len(s.words) >= 5 and len(long) >= 3 and all(w.text[:1].isupper() for w in long)


def _inside(m: Mention, places: list[tuple[int, int]]) -> bool:
    return any(start <= m.start < end for start, end in places)
