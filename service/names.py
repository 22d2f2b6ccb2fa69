"""Matching keys for names and free text: accent, case and transliteration folding.

Pure functions shared by extraction, the stores and the API, so that `Zelenskyy`,
`ZELENSKIY` and `Zelensky` meet on one key wherever they are compared.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Romanisations of one Slavic ending (-ий/-ій/-ый): Zelenskyy, Zelenskiy, Zelenskii -> Zelensky.
_TRANSLIT_ENDING = re.compile(r"(?<=[a-z]{3})(?:yy|iy|ii|yi|ij|yj)$")


def fold(text: str) -> str:
    """Return `text` lower-cased with accents removed and apostrophes dropped."""
    if text.isascii():  # most text: no accents to strip, and NFKD was the costliest step
        return text.replace("'", "").casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("’", "").replace("'", "").casefold()


# Romanisations of Slavic -ей, е and кс: Sergei/Sergey, Umyerov/Umerov, Yevgeny/Evgeny,
# Aleksei/Alexei. Only in matching keys: ids keep the spelling (`slug`).
_EI_ENDING = re.compile(r"(?<=[a-z]{2}[b-df-hj-np-tvxz])ei$")
_YE = re.compile(r"(?<=[b-df-hj-np-tvxz])ye|^ye(?=[a-z]{3})")


def _light_tokens(name: str) -> list[str]:
    return [_TRANSLIT_ENDING.sub("y", t) for t in _NON_WORD.split(fold(name)) if t]


def name_tokens(name: str) -> list[str]:
    """Return the folded tokens of a name, each with transliteration variants collapsed."""
    return list(_key_tokens(name))


@lru_cache(maxsize=65536)
def _key_tokens(name: str) -> tuple[str, ...]:
    # Names recur through an article and a corpus; extraction asks for the same ones again and again.
    tokens = _light_tokens(name)
    # "Mc Donald" is McDonald: the prefix written apart
    for i in range(len(tokens) - 2, -1, -1):
        if tokens[i] == "mc":
            tokens[i : i + 2] = [tokens[i] + tokens[i + 1]]
    return tuple(_YE.sub("e", _EI_ENDING.sub("ey", t)).replace("ks", "x") for t in tokens)


def name_key(name: str) -> str:
    """Return the matching key of a name: folded tokens joined by single spaces."""
    return " ".join(name_tokens(name))


def slug(name: str) -> str:
    """Return a URL-safe id fragment for a name (`Volodymyr Zelenskyy` -> `volodymyr-zelensky`)."""
    return "-".join(_light_tokens(name)) or "unknown"
