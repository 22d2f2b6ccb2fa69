"""Words a scraped page glued together, and where to split them.

"VarietyKamala Harris" (an outlet and a given name), "Edi Ramawith which" (a name and the word
after it), "trapped-lobsterJeremie" (a file name and a given name), "By Martin HickmanCharlie
Brooks" (a byline and the subject) and "Martha Koome-led Bench" (a name and the participle after
it): `words.words_of` cuts them into the words a reader sees. `recurs` (whether a word stands in the
text more than once) lives here, below `words`, so that both this module and `elsewhere` can use it.
"""

from __future__ import annotations

import re


def led_at(word: str) -> int:
    """Return where a participle hyphenated to a capitalised word begins ("Koome-led"), else 0."""
    led = _LED.search(word)
    return led.end() if led is not None else 0


# A participle hyphenated to the last word of a name: "Martha Koome-led", "Jane Doe-backed", "the
# Tony Cruz-trained Winner's Way".
_LED = re.compile(
    r"^[A-Z][a-z]{2,}"
    r"(?=-(?:led|backed|owned|run|chaired|sponsored|appointed|founded|trained|ridden|coached|produced)$)"
)


def recurs(text: str, word: str) -> bool:
    """Return True when `word` stands in the text more than once, as a whole word."""
    return len(re.findall(rf"\b{re.escape(word)}\b", text)) > 1


def glued_at(text: str, word: str, after: str = "") -> int:
    """Return where `word` splits into two words a scraped page glued together, else 0."""
    if word[0].islower():
        # "trapped-lobsterJeremie Saunders": a photo's file name glued to the name after it
        glued = _GLUED_NAME.search(word) if not word.islower() else None
        return glued.end() if glued is not None else 0
    if not word[0].isupper() or word.isupper():
        return 0
    if not word[1:].islower():
        # "by Gene Maddaus · VarietyKamala Harris conceded": an outlet glued to a name the text
        # also writes apart ("BlackRock", "FitzGerald" are one word)
        glued = _GLUED_CAPITAL.match(word)
        cut, name = (glued.end(), word[glued.end() :]) if glued is not None else (0, "")
        surname = re.match(r" ([A-Z][a-z]{2,})\b", after)
        if cut and surname and recurs(text, surname.group(1)):
            # "By Martin HickmanCharlie Brooks today rejected": a byline glued to the name of a
            # person whose surname the story uses again
            return cut
    else:
        # "her Albanian counterpart, Edi Ramawith which he signed": a name glued to the word after
        # it, when the text also writes the name apart ("Beckwith" is one word)
        tail = next((t for t in _GLUED_TAILS if word.endswith(t) and len(word) - len(t) > 2), "")
        cut = len(word) - len(tail) if tail else 0
        name = word[:cut]
    return cut if cut and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) else 0


# Words a scraped page glues to the name before them: "Edi Ramawith which".
_GLUED_TAILS = ("with", "and", "the", "who", "said", "says", "told", "was", "has", "had", "from")
# A word of four lower-case letters or more glued to a capitalised one: "lobsterJeremie" (not
# "iPhone", "iHeartMedia").
_GLUED_NAME = re.compile(r"(?:^|(?<=-))[a-z]{4,}(?=[A-Z][a-z]+$)")
# The same after a capital: "VarietyKamala" (not "MacArthur", "DeSantis").
_GLUED_CAPITAL = re.compile(r"[A-Z][a-z]{3,}(?=[A-Z][a-z]+$)")
