"""The office a title's words run on to after it, and where the holder's name starts.

"Minister for Lands and Natural Resources Kweku Asoma Kyeremeh": the portfolios after "of" or
"for"; "Secretary for Housing Winnie Ho": the portfolios after a title before the run; "Prime
Minister of Kosovo Albin Kurti", "director of Property Council of Australia Adina Cirson": a country,
a place or a body named for its country after the office. `titles.mention_from_run` reads these once
`title_words` has told the title from the name.
"""

from __future__ import annotations

from service.extract.lexicon import BODY_ENDS, ORG_WORDS, PORTFOLIOS
from service.extract.offices import GIVEN_COUNTRIES, country_words, lower_office, stands_alone
from service.extract.run_words import joined
from service.extract.words import Word, capital, is_role


def portfolios(
    text: str, run: list[Word], head: int, name_words: list[Word], office: str | None
) -> tuple[str | None, list[Word]]:
    """Return the office and the holder's name words of "Minister for Lands … Kweku Asoma Kyeremeh"."""
    if not (head >= 0 and name_words and name_words[0].text in ("of", "for", "at")):
        return office, name_words
    # "Minister for Lands and Natural Resources Kweku Asoma Kyeremeh": the portfolios run to
    # the last joining word, then over portfolio words; the rest is the holder's name, and
    # "the Minister for Trade" names nobody.
    k = 1 + max(k for k, w in enumerate(name_words[:-1]) if w.text in ("of", "for", "and", "at"))
    if k < len(name_words) - 1:
        k += 1  # the word after the joining word is the office's, whatever it is ("Water and Power")
    if name_words[k - 1].low == "the" and k < len(name_words) - 1:
        k += 1  # "Speaker of the House Mike Reyes": the word after the article is the office's
    while k < len(name_words) - 1 and name_words[k].low in PORTFOLIOS:
        k += 1
    # "Head of the KPK News Section Ali Fikri", "Director of the National Hurricane Center Ken
    # Graham": a body's name runs on to the word that ends it; the name follows
    k = max([k] + [j + 1 for j in range(k, len(name_words) - 1) if name_words[j].low in BODY_ENDS])
    office = text[run[0].start : name_words[k - 1].end]
    # "Commissioner for Local Government and Chieftaincy Affairs": the office alone
    name_words = name_words[k:] if {name_words[k].low, name_words[-1].low}.isdisjoint(PORTFOLIOS) else []
    if not name_words:
        office = text[run[0].start : run[-1].end]
    return office, name_words


def office_before(
    text: str, words: list[Word], first: int, name_words: list[Word], office: str | None
) -> tuple[str | None, list[Word]]:
    """Return the office of a title before the run, the name after its portfolios: "Secretary for Housing"."""
    lower = lower_office(words, first)
    if lower is not None and office is None:
        office = text[words[lower].start : words[first - 1].end]  # "director of operations"
    if first > 1 and words[first - 1].low in ("for", "of") and is_role(words[first - 2].low):
        while len(name_words) > 2 and (
            name_words[0].low in PORTFOLIOS
            or name_words[0].low == "and"
            or (name_words[1].low in PORTFOLIOS and len(name_words) > 3)  # "for Peace Operations X Y"
        ):
            name_words = name_words[1:]  # "Secretary for Housing Winnie Ho": the portfolio, then the name
            office = text[words[first - 2].start : name_words[0].start].strip()  # "Secretary of State"
    return office, name_words


def place_after_office(
    text: str, words: list[Word], first: int, name_words: list[Word], office: str | None
) -> tuple[list[Word], int, bool, str | None]:
    """Return the name words after a place, how many words the place has, whether a body's name was
    split off, and the office: "Prime Minister of Kosovo Albin Kurti"."""
    posted_in = first > 1 and words[first - 1].low in ("for", "of", "in") and is_role(words[first - 2].low)
    placed = country_words(name_words) if posted_in else 0
    if posted_in and not placed and len(name_words) > 2 and stands_alone(text, name_words[0], name_words[1]):
        placed = 1
    if placed and len(name_words) - placed >= 2:
        # "Prime Minister of Kosovo Albin Kurti", "spokesperson in Italy Flavio Di Giacomo": a
        # country, or a place the story names on its own, then the name
        name_words = name_words[placed:]
        office = text[words[first - 2].start : name_words[0].start].strip()
    elif (
        first > 0 and words[first - 1].low == "in" and name_words and name_words[0].low not in GIVEN_COUNTRIES
    ):
        # "… Bread Making Industry in Romania Aurel Popescu said": a country after "in", then a name
        placed = country_words(name_words)
        name_words = name_words[placed:] if len(name_words) - placed >= 2 else name_words
    split_body = False
    if posted_in and not placed:
        # "director of Property Council of Australia Adina Cirson": a body named for its country,
        # then the holder's name
        body = _country_body(name_words)
        if body is not None:
            at, placed = body
            name_words, split_body = name_words[at:], True
            office = text[words[first - 2].start : name_words[0].start].strip()
    return name_words, placed, split_body, office


def _country_body(name_words: list[Word]) -> tuple[int, int] | None:
    """Return where the name starts after a body named for its country, and the country's length:
    "Property Council of Australia Adina Cirson"."""
    for c in range(2, len(name_words) - 2):
        n = country_words(name_words[c:])
        body = name_words[:c]
        if n and name_words[c - 1].low == "of" and any(w.low in ORG_WORDS for w in body):
            return (c + n, n) if len(name_words) - c - n >= 2 else None
    return None


def body_then_name(text: str, words: list[Word], k: int) -> bool:
    """Return True when words[k:] are a body's name, then a holder's full name, in one run.

    "(Head of the) KPK News Section Ali Fikri", "(Director of the) National Hurricane Center Ken
    Graham": capitalised words to one that ends a body's name, then two capitalised words or more.
    """
    if k >= len(words) or not capital(words[k]):
        return False
    end, ends = k, []
    while True:
        # ("Board of Commissioners Jeff Phillips": the word after a body's own "of" ends its name)
        ends += [end] if words[end].low in BODY_ENDS or words[end - 1].text == "of" else []
        step = 2 if ends and ends[-1] == end and end + 2 < len(words) and words[end + 1].text == "of" else 1
        if end + step >= len(words) or not capital(words[end + step]):
            break
        if step == 1 and not joined(text, words[end], words[end + 1]):
            break
        end += step
    return bool(ends) and end - ends[-1] >= 2
