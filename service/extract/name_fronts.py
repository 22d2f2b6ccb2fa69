"""Words before a holder's name that are no part of it, read from the word and from the text.

A nationality or a people ("the Italian Renato Moretti", "Rohingya Rokeya Begum" where the text
counts "six Rohingyas"), where someone lives or works ("Portlander Hayley Rundell", "… of England
Stuart Toulson"), the field of an office ("Superintendent of Public Instruction Tony Thurmond") and
a place after "in" ("headquarters in Accra Asiedu Nketia said"): `titles` reads a run's name words
through these before it names the holder.
"""

from __future__ import annotations

import re

from service.extract.elsewhere import named_in_full
from service.extract.lexicon import (
    COUNTRIES,
    DEMONYMS,
    NATIONALITY_WORDS,
    ORG_WORDS,
    PORTFOLIOS,
    plural_demonym,
)
from service.extract.offices import DEMONYM_NOUNS, GIVEN_COUNTRIES, dweller
from service.extract.words import Word, is_role

# Endings of nouns that name a field or an activity, never a given name (of six letters or more):
# "Instruction", "Ownership", "Transparency".
_FIELD = re.compile(r"(?:tion|sion|ship|ism|ology|ness|ency|ancy)$")
_COUNTS = (
    "two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|million|millions|many|several"
    "|fellow|other"
)


def without_field(name_words: list[Word]) -> list[Word]:
    """Return a titled holder's name words without the field of the office before them:
    "(Superintendent of Public) Instruction Tony Thurmond" is Tony Thurmond."""
    while len(name_words) > 2 and len(name_words[0].low) > 5 and _field_word(name_words[0].low):
        name_words = name_words[1:]  # ("for Terrorism and Financial Intelligence Brian E. Nelson")
    return name_words


def _field_word(low: str) -> bool:
    """Return True for a word of an office's field: "Instruction", "Financial", not a title ("Justice")."""
    return _FIELD.search(low) is not None or low in PORTFOLIOS and not is_role(low)


def place_first(text: str, name_words: list[Word]) -> bool:
    """Return True when a name of three words or more is written elsewhere without its first word."""
    if len(name_words) < 3:
        return False
    rest = re.escape(text[name_words[1].start : name_words[-1].end])
    return re.search(rf"(?<!{re.escape(name_words[0].text)} )\b{rest}\b", text) is not None


def _counted(text: str, word: str) -> bool:
    """Return True when the text counts a people by this word's plural: "six Rohingyas", "a million
    Rohingyas" (a given name is not counted so)."""
    plural = f" {word}s"
    return plural in text and re.search(rf"\b(?:\d[\d,.]*|{_COUNTS}){re.escape(plural)}\b", text) is not None


def without_demonym(text: str, name_words: list[Word], lows: set[str]) -> list[Word]:
    """Return the name words without a nationality or where one lives: "the Italian Renato Moretti"."""
    # ("Greek Sakkari" where the story names Maria Sakkari: a nationality before her surname)
    surname = (
        len(name_words) == 2
        and name_words[0].low in DEMONYMS
        and named_in_full(text, name_words[1].text, but=name_words[0].text)
    )
    while (
        (len(name_words) > 2 or len(name_words) == 2 and (name_words[0].low in DEMONYM_NOUNS or surname))
        and (
            name_words[0].low in NATIONALITY_WORDS
            or plural_demonym(name_words[0].low)
            or _counted(text, name_words[0].text)
        )
        and not lows & ORG_WORDS
    ):
        # "the Italian Renato Moretti", "Kenyans Abel Kirui and …": a nationality, then the name
        name_words = name_words[1:]
    local = name_words[:1] and name_words[0].low == "local" and not lows & ORG_WORDS  # not "Local Government"
    country = bool(name_words) and _country(name_words[0]) and not lows & ORG_WORDS  # not "Japan … Agency"
    while len(name_words) > 2 and (dweller(text, name_words[0]) or local or country):
        # "Portlander Hayley Rundell", "Local Awie Rasa", "(boss for the south of) England Stuart
        # Toulson": where she lives or works, then her name
        name_words = name_words[1:]
    return name_words


def _country(w: Word) -> bool:
    """Return True for a country's name that is no given name: "England", not "Jordan"."""
    return w.low in COUNTRIES and w.low not in GIVEN_COUNTRIES
