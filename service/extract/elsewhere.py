"""What the whole text says of a word or name: whether it is written in lower case
elsewhere, is capitalised mid-sentence, is given in full after a given name, or opens lines
before other names ("Said Dustin Johnson: …", "Said Matthew Jordan: …").

The name finder (`runs`, `titles`) asks these to tell a name from a common word that opens a
sentence, and to write a name set in capitals as the text writes it.
"""

from __future__ import annotations

import re

from service.extract.words import POSSESSIVE, Word


def as_written(text: str, name: str) -> str:
    """Return a name set in capitals as the text writes its words elsewhere, else capitalised."""

    def written(w: str) -> str | None:
        found = re.search(r"\b" + re.escape(w[0]) + re.escape(w[1:].lower()) + r"\b", text)
        return found.group() if found else None

    words = re.findall(r"[^\W\d_]+", name)
    if not any(written(w) for w in words):
        # "UN OCHA": capitals the text never writes otherwise are an acronym's; "SAKIO BIKA" over
        # a quote sheet's answers, words of three letters or more with a vowel each, a name's
        spoken = all(len(w) > 2 and re.search(r"[AEIOUY]", w[1:]) for w in words)
        return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), name) if spoken else name
    return re.sub(r"[^\W\d_]+", lambda m: written(m.group()) or m.group().capitalize(), name)


def lower_elsewhere(text: str, w: Word) -> bool:
    """Return True when `Crews` opening a sentence is written `crews` elsewhere in the text.

    Only in prose: "borrell 3", a line that is a photo's file name, does not make "Borrell did
    not elaborate" a common noun.
    """
    if not w.text[1:].islower():
        return False
    for m in re.finditer(r"\b" + re.escape(w.low) + r"\b", text):
        end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(text)]
        if len(line.split()) > 3:
            return True
    return False


def named_in_full(text: str, surname: str, but: str = "") -> bool:
    """Return True when the text gives `surname` after a given name (other than `but`): `Alastair Cook`."""
    # ("The Bishop of Ely": an article before a title names nobody in full)
    given = (
        rf"(?!(?:The|A|An|This|That|Our|Their|His|Her|Its{'|' + re.escape(but) if but else ''})\b)[A-Z][a-z]+"
    )
    return re.search(rf"\b{given} {re.escape(surname)}\b", text) is not None


def named_elsewhere(text: str, w: Word) -> bool:
    """Return True when `Beijing` (not `Speaking`) is capitalised mid-sentence elsewhere in the text.

    A possessive is looked for without its ending: "Wittenberg's chances were dim" opens with the
    golfer of "for Wittenberg", not with a word that opens a sentence.
    """
    return re.search(r"[a-z,] " + re.escape(POSSESSIVE.sub("", w.text)) + r"\b", text) is not None


def said_lead(text: str, words: list[Word]) -> bool:
    """Return True for "Said" opening "Said Dustin Johnson: “…”" when the text opens another line
    so with another name: a cue before each speaker, not one man's given name."""
    if len(words) < 2 or words[0].text != "Said":
        return False
    return re.search(rf"(?:^|\n)Said (?!{re.escape(words[1].text)}\b)[A-Z]", text) is not None
