"""What the words around a pronoun say of who it can be, for `Pronouns` and `Antecedents`.

Plain tests on the text: a tag after a comma ("…, he said in a statement"), a pronoun opening the
main clause after an opening phrase ("At a forum in Sintra, Portugal, he told"), the name opening
a subordinate clause ("Though Oliseh apologised …, he stressed"), a pronoun and cue set off by
commas after the subject ("Poland, he said, would not …"), a name the text writes as a place
("in Russia", "to Moscow"), whether a person's gender fits the pronoun's, and a name that shares a
preposition with a pronoun before it ("between her and Hun Sen"), which no pronoun can stand for.
"""

from __future__ import annotations

import re

from service.extract.lexicon import CONJUNCTIONS, KIN, NATIONALITY_STEMS, PREPOSITIONS
from service.extract.people import Person
from service.extract.sentence import Sentence
from service.extract.words import Mention, Word, is_cue, is_role


def owns_a_person(words: list[Word], m: Mention) -> bool:
    """Return True when a possessive name's noun is a person: "Greater Sudbury’s bilingual
    mayor-elect", "Smith's wife": the holder of the role, not the name, is the one spoken of."""
    return any(w.low in KIN or is_role(w.low) for w in words[m.last + 1 : m.last + 3] if w.text.islower())


def tag_after_comma(text: str, pronoun: Mention) -> bool:
    """Return True for the "he" of "…, he said in a statement": a tag after a comma."""
    return text[max(0, pronoun.start - 3) : pronoun.start].rstrip().endswith(",")


def after_opening_phrase(text: str, s: Sentence, pronoun: Mention) -> bool:
    """Return True when the pronoun starts the main clause after an opening prepositional phrase."""
    w = s.words
    if pronoun.first == 0 or not w or w[0].low not in PREPOSITIONS:
        return False
    return "," in text[w[pronoun.first - 1].end : pronoun.start]


# Verbs done to a thing, not a person, in the passive: "After Fragrant Rice was published".
_PASSIVE = re.compile(
    r"\s+(?:was|were|had been|has been|is|are)\s+(?:published|released|launched|issued|printed|broadcast"
    r"|aired|screened|built|sold|shown|unveiled|opened|completed|written|produced|filmed|recorded)\b"
)


def subordinate_subject(text: str, s: Sentence, pronoun: Mention) -> Mention | None:
    """Return the name opening a clause before the pronoun's: "Though Oliseh apologised …, he stressed"."""
    w = s.words
    if not w or w[0].low not in CONJUNCTIONS:
        return None
    m = next((m for m in s.mentions if m.first == 1), None)
    if m is None or m.kind != "name" or m.possessive or m.last >= pronoun.first:
        return None
    if _PASSIVE.match(text, m.end):
        return None  # "After Fragrant Rice was published, she said": a thing, done to
    return m if "," in text[m.end : pronoun.start] else None


def parenthetical(text: str, s: Sentence, subject: Mention, pronoun: Mention) -> bool:
    """Return True for `X, he said, …`: a pronoun and cue set off by commas right after X."""
    k = pronoun.first
    return (
        subject.last == k - 1
        and text[subject.end : pronoun.start].strip() == ","
        and k + 1 < len(s.words)
        and is_cue(s.words, k + 1)
    )


def is_place(text: str, name: str) -> bool:
    """Return True when the text speaks of `name` as a place: `in Russia`, `to Moscow`, or a country."""
    if " " not in name and name[:4].lower() in NATIONALITY_STEMS:
        return True  # "Russia", whose people the lexicon knows as "Russian"
    return (
        re.search(r"\b(?:in|to|from|into|across|near|towards?)\s+(?:the\s+)?" + re.escape(name) + r"\b", text)
        is not None
    )


def fits(person: Person, pronoun: Mention) -> bool:
    """Return True when the pronoun's gender, if any, is the person's, if known."""
    return person.gender is None or pronoun.gender is None or person.gender == pronoun.gender


_OBJECT_PRONOUNS = frozenset(("her", "him", "them", "me", "us"))
_BEFORE_TITLE = frozenset(("former", "then", "late", "the", "his", "her", "their"))


def coordinated_object(s: Sentence, m: Mention) -> bool:
    """Return True for a name joined by "and" to a preposition's object: "between her and X", "with
    Ann Lee and X"; it shares the preposition, so it is no subject."""
    w, k = s.words, m.first - 1
    while k > 0 and w[k].low in _BEFORE_TITLE:
        k -= 1  # "between her and former Cambodian leader Hun Sen"
    if k < 2 or w[k].low != "and":
        return False
    if w[k - 1].low in _OBJECT_PRONOUNS and w[k - 2].low in PREPOSITIONS:
        return True
    return any(n.last == k - 1 and n.after_preposition for n in s.mentions)
