"""Recognise a line that names the speaker of the paragraph below it.

A round-up of reactions or a quote sheet puts a person's name on a line of its own
("Manuel Pellegrini", "Nia Ali, silver medalist", "Christine Lagarde (ECB)") over a paragraph of
their words. Such a heading counts as a sentence naming its speaker; web furniture ("Related
Articles"), sides ("Super Eagles") and places ("New York, United States") do not.
"""

from __future__ import annotations

import re

from service.extract.article import Block, ParsedArticle
from service.extract.lexicon import DEMONYMS
from service.extract.marks import Span
from service.extract.mentions import mentions_in
from service.extract.words import is_role, words_of

# "Manuel Pellegrini", "Agnieszka Radwanska": a line that is a name and nothing else, or a name
# with a lower-case title after a comma ("Nia Ali, silver medalist") or its body in brackets
# ("Christine Lagarde (ECB)").
_NAME_LINE = re.compile(
    r"([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(, [a-z][\w’'-]*(?: [\w’'-]+){0,4}| \([^()\n]{2,80}\)"
    # "Tim Ryan, who lost his Senate race in Ohio": a clause saying who the speaker is
    r"|, who [^\n.!?“”\"]{2,80}"
    # "KELL BROOK, Undefeated Welterweight Contender": a quote sheet's name in capitals, its title
    r"|, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}(?<=[a-z])"
    # "Georgios Bartzokas, Olympiacos coach": a side or a place, then a title in lower case
    r"|, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?: [a-z][\w’'-]*){1,2}"
    # "Lando Norris, 1st, 1:19.327", "Oscar Piastri, P2": a results sheet's place and time
    r"|(?:, (?:\d{1,2}(?:st|nd|rd|th)|P\d{1,2}|DNF|\d+:\d\d\.\d+|\+?\d+\.\d+s?))+)?"
)
# "Silver Medallist - Lashinda DEMUS USA", "Gold MedallistYuliya PECHONKINA RUS": a results
# sheet's line, a place or title, then a given name, the surname in capitals and a country's code.
_SHEET_LINE = re.compile(
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?: [-–—] |(?=[A-Z][a-z])))?"
    r"([A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*){0,2} [A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]{3,})?)"
    r"(?: \(?[A-Z]{3}\)?)?"
)
# "U.S. captain Davis Love III – We came together as a family": a titled name, a dash, the gist.
_SUMMED_LINE = re.compile(r"([^\n“”\"]{3,80}?) [–—-] [^\n“”\"]{3,120}")
# "19 May 2023", "May 19, 2023": a date on a line of its own.
_DATE_LINE = re.compile(r"\s*(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},?) \d{4}\s*")
# A heading spoken of in the paragraph below: "When asked if his …", "The Dane …".
_SPOKEN_OF = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_THE_CAPITAL = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b")


def name_heading(
    article: ParsedArticle, masked: str, block_spans: list[tuple[int, list[Span]]], b: int
) -> tuple[int, int] | None:
    """Return the offsets of the line to read when heading `b` names a person and the paragraph
    below quotes: the whole line, or a results sheet's name without its place and country."""
    if _named_line(article, masked, block_spans, b) or _titled_line(article, masked, block_spans, b):
        return article.blocks[b].start, article.blocks[b].end
    line = article.text[article.blocks[b].start : article.blocks[b].end]
    summed = _summed_up(article, masked, block_spans, b)
    if summed is not None:
        return summed
    sheet = _SHEET_LINE.fullmatch(line)
    blocks = article.blocks
    if sheet is None or b + 1 >= len(blocks) or blocks[b + 1].kind != "body":
        return None
    at = blocks[b].start
    words = words_of(masked, at + sheet.start(1), at + sheet.end(1))
    found = mentions_in(masked, words)
    quoted = any(spans for bb, spans in block_spans if bb == b + 1)
    one = len(found) == 1 and found[0].kind == "name" and found[0].last == len(words) - 1
    return (at + sheet.start(1), at + sheet.end(1)) if quoted and one else None


def _named_line(
    article: ParsedArticle, masked: str, block_spans: list[tuple[int, list[Span]]], b: int
) -> bool:
    """Return True when heading `b` is a person's name alone and the paragraph below quotes."""
    blocks, text = article.blocks, article.text
    line = text[blocks[b].start : blocks[b].end]
    under = b + 1
    while under < len(blocks) and _DATE_LINE.fullmatch(text, blocks[under].start, blocks[under].end):
        under += 1  # "Christine Lagarde (ECB)⏎19 May 2023⏎‘…’": the date of the words below
    nxt = blocks[under] if under < len(blocks) else None
    named = _NAME_LINE.fullmatch(line)
    if named is None or nxt is None or nxt.kind != "body":
        return False
    title = named.group(2) or ""
    titled = is_role(title.split()[-1].lower()) if title.startswith(", ") else False  # ", Team Principal"
    if title.startswith(", ") and title[2:3].isupper() and not named.group(1).isupper() and not titled:
        return False  # ("New York, United States": a capitalised title only after a name in capitals)
    words = words_of(masked, blocks[b].start, blocks[b].start + named.end(1))
    if any(re.search(rf"\b{re.escape(w.text.lower())}\b", text) for w in words):
        return False  # "Related Articles": words the text also writes in lower case
    found = mentions_in(masked, words)
    whole = len(found) == 1 and found[0].kind == "name" and found[0].first == 0
    if re.search(rf"\b[Tt]he {re.escape(named.group(1))}\b", text):
        return False  # "Super Eagles" over a photo: "the Super Eagles" is a side, nobody's name
    quoted = any(spans for bb, spans in block_spans if b < bb <= under + 1)
    if not (whole and found[0].last == len(words) - 1 and found[0].role is None and quoted):
        return False
    # Someone the story names again, or speaks of below ("When asked if his …", "The Dane"):
    # not web furniture such as "Related Articles".
    again = any(
        re.search(rf"\b{re.escape(w.text)}\b", text[: blocks[b].start] + text[blocks[b].end :])
        for w in words
        if len(w.text) > 2
    )
    below = text[nxt.start : nxt.start + 200]
    spoken_of = _SPOKEN_OF.search(below) or any(
        m.group(1).lower() in DEMONYMS for m in _THE_CAPITAL.finditer(below)
    )
    # A title after the name says it is a person's ("Kristi Castlin, bronze medalist"); so does a
    # sheet of such lines, each over quotes ("Matej Jonjic⏎Q: …?⏎“…”⏎Kunimitsu Sekiguchi⏎…").
    return again or bool(spoken_of) or named.group(2) is not None or _sheet(article, block_spans, b)


def _titled_line(
    article: ParsedArticle, masked: str, block_spans: list[tuple[int, list[Span]]], b: int
) -> bool:
    """Return True for "UN Secretary-General Antonio Guterres" over a paragraph that opens with a
    quote, in a round-up: two headings at least stand over such paragraphs, or a line ending in a
    colon introduces it ("Here are some reactions to the report from political leaders:")."""
    blocks = article.blocks
    if not _titled_name(masked, blocks[b].start, blocks[b].end) or not _opens_quote(
        block_spans, blocks, b + 1
    ):
        return False
    led = b > 0 and article.text[blocks[b - 1].start : blocks[b - 1].end].endswith(":")
    # (heading `b` stands over a quote itself: one more such heading makes a round-up)
    return led or any(
        c != b and blocks[c].kind == "heading" and _opens_quote(block_spans, blocks, c + 1)
        for c in range(len(blocks))
    )


def _opens_quote(block_spans: list[tuple[int, list[Span]]], blocks: tuple[Block, ...], b: int) -> bool:
    """Return True when paragraph `b` is a body paragraph that opens with a quote."""
    if b >= len(blocks) or blocks[b].kind != "body":
        return False
    return any(bb == b and spans and spans[0].open_at == blocks[b].start for bb, spans in block_spans)


def _sheet(article: ParsedArticle, block_spans: list[tuple[int, list[Span]]], b: int) -> bool:
    """Return True when another line of a name alone, not `b`, stands over quotes two lines below
    at most: the names of a quote sheet."""
    blocks, text = article.blocks, article.text
    quoted = {bb for bb, spans in block_spans if spans}
    return any(
        c != b
        and _NAME_LINE.fullmatch(text, blocks[c].start, blocks[c].end) is not None
        and (c + 1 in quoted or c + 2 in quoted)
        for c in range(len(blocks))
        if blocks[c].kind == "heading"
    )


def _summed_up(
    article: ParsedArticle, masked: str, block_spans: list[tuple[int, list[Span]]], b: int
) -> tuple[int, int] | None:
    """Return the offsets of the titled name of a round-up's line "Europe captain Darren Clarke – They
    holed putts, we lipped out" over quotes: one name with its title before the dash, nothing else."""
    blocks = article.blocks
    summed = _SUMMED_LINE.fullmatch(article.text, blocks[b].start, blocks[b].end)
    quoted = any(spans for bb, spans in block_spans if bb == b + 1)
    if summed is None or not quoted or b + 1 >= len(blocks) or blocks[b + 1].kind != "body":
        return None
    return (summed.start(1), summed.end(1)) if _titled_name(masked, summed.start(1), summed.end(1)) else None


def _titled_name(masked: str, start: int, end: int) -> bool:
    """Return True when masked[start:end] is one name with its title and nothing else: "UN
    Secretary-General Antonio Guterres", "Europe captain Darren Clarke"."""
    words = words_of(masked, start, end)
    found = mentions_in(masked, words) if words else []
    one = len(found) == 1 and found[0].kind == "name" and found[0].role is not None
    # ("Chiefs captain Luke Jacobson": the side whose title it is, before a title in lower case)
    role = found[0].role if one else None
    owned = role is not None and found[0].first == 1 and words[0].text[:1].isupper() and role.islower()
    return one and (found[0].first == 0 or owned) and found[0].last == len(words) - 1
