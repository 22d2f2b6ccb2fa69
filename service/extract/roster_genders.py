"""The passes of `roster` that learn a person's gender from the pronouns the text gives them.

"Thornhill said she had signed": the pronoun after a name's verb of saying; "Halsey has pulled the
plug on her tour": "his" or "her" in a sentence a name opens.
"""

from __future__ import annotations

from service.extract.people import People, Person
from service.extract.pronoun_words import owns_a_person
from service.extract.sentence import Sentence
from service.extract.words import is_cue


def learn_genders(masked: str, people: People, s: Sentence) -> None:
    """Give a person of sentence `s` the gender of the pronoun right after their verb of saying."""
    for left, right in zip(s.mentions, s.mentions[1:], strict=False):
        # "Thornhill said she had signed": who reports her own act is the pronoun.
        if (
            left.kind == "name"
            and right.kind == "pronoun"
            and right.gender in ("m", "f")
            and right.first == left.last + 2
            and is_cue(s.words, left.last + 1)
            and not left.after_preposition
            and "," not in masked[left.end : right.start]
        ):
            person = people.known(left)
            # ("On Mrs. Brew Oppong, Anin-Yeboah said she made statements": she is the woman named)
            other = any(
                m.gender == right.gender for m in s.mentions if m.last < left.first and m.kind == "name"
            )
            if person is not None and person.kind == "person" and person.gender is None and not other:
                person.gender, person.guessed = right.gender, True


def learn_owner(s: Sentence, people: People) -> None:
    """Take a name opening a sentence for a person when "his" or "her" later in it is theirs.

    "Halsey has pulled the plug on what would have been her tour": a one-word name with no title
    is a woman, so "the singer" below can be her. No other name may come between. A person's
    possessive counts too, for a person already known ("Prime Minister Ann Lee's coalition is close
    to collapse after a call between her and …").
    """
    first = s.mentions[0] if s.mentions else None
    # (a possessive name may open it before a thing of theirs, not a person: "Smith's wife" is "her")
    if (
        first is None
        or first.first != 0
        or first.kind != "name"
        or first.possessive
        and owns_a_person(s.words, first)
    ):
        return
    if first.last + 1 >= len(s.words) or not s.words[first.last + 1].text.islower():
        return
    others = [m.first for m in s.mentions[1:] if m.kind in ("name", "org")]
    stop = min(others, default=len(s.words))
    owner = next((w.low for w in s.words[first.last + 1 : stop] if w.low in ("his", "her")), None)
    if owner is None:
        return
    gender = "m" if owner == "his" else "f"
    person = people.known(first)
    if first.possessive:
        # ("Thai Prime Minister Ann Lee's government … between her and …": a person's thing)
        if person is not None and person.kind == "person" and person.gender is None:
            person.gender = gender
    elif person is None:
        people.persons.append(Person(first.name, "person", gender=gender, guessed=True, first_at=first.start))
    elif person.kind == "unknown":
        person.kind, person.gender, person.guessed = "person", gender, True
