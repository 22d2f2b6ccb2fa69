"""Article parsing: title, date, outlet and the blocks of text that may hold quotes.

Offsets always refer to the raw file text; boilerplate lines are kept as blocks of kind
`boilerplate` so that nothing is lost, and extraction simply skips them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

BlockKind = Literal["body", "heading", "title", "boilerplate", "credit"]

_AD_PREFIX = re.compile(r"(?:Hide Ad)+")
_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_DATE_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*$")
# Signs of a line of script a page leaks into its text ("fbq(‘track’, ‘Subscribe’, {value: …});"):
# a call glued to its name, a closing call, braces, an assignment without spaces. Two kinds make
# a line code ("{mosads}AT&T argues …" is prose behind an ad tag).
_CODE_SIGNS = (
    re.compile(r"[A-Za-z_$]\("),
    re.compile(r"\)\s*;"),
    re.compile(r"[{}]"),
    re.compile(r"[\w\]]=[\w!‘'\"\[]"),
)


def _code(line: str) -> bool:
    return sum(sign.search(line) is not None for sign in _CODE_SIGNS) >= 2


_BOILERPLATE = re.compile(
    r"^\s*(?:spread the love|reading time:.*|\d+|abstract:.*|(?:hide ad)?\s*advertisement|"
    r"(?:hide ad\s*)+|share this.*|"
    r"follow us.*|read more:.*|related:.*|by [A-Z][\w.’' -]{1,60}|\d+ comments?|"
    r"photo:.*|image:.*|source:.*|loading\s*(?:\.\.\.|…)?"
    # "Recommended Posts", "You may also like", "No comment yet, add your voice below!": a page's links
    r"|(?:recommended|related|popular|sponsored|trending|latest|more) (?:posts|stories|articles|news|videos)"
    r"|you (?:may|might) also like.*|most (?:read|popular|viewed)"
    r"|leave a (?:comment|reply).*|no comments? yet.*"
    # "We need your consent to load this … content … Manage Preferences": an embed's cookie notice
    r"|we need your consent.*|we use cookies.*|.*\b(?:manage preferences|accept all cookies|cookie settings)"
    # "Deepika-Padukone Deepika-Padukone-Breaks-Down Chhapaak": a page's tags, words joined as in a URL
    r"|(?=[^\n]*\b(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+){2,})\b)[^.!?“”\"\n]{1,100}"
    r"|(?:[^>\n]{1,60} > ){2,}.*)\s*$",  # "HOME > National Teams > NEWS > …": a page's breadcrumbs
    re.IGNORECASE,
)
# "The Ribbon Reef, after coral bleaching occurred.(Dr Jez Roff)", "… the flood. (Supplied: Ann Lee)":
# a photo's caption ends on its photographer's name in brackets, and quotes nobody.
_NAME_WORD = r"[A-Z][\w.’'-]*"
# a label and a name ("Supplied: Ann Lee"), a name of two words or more ("Dr Jez Roff"), or an
# agency and a name
_CREDITED = (
    rf"(?:[A-Z][\w ]{{0,20}}: ?(?:{_NAME_WORD}\s?){{1,4}}|(?:{_NAME_WORD}\s){{1,3}}{_NAME_WORD}"
    # "Project M / Yoma Times Suryadi": an agency, then its photographer
    rf"|(?:{_NAME_WORD} ?){{1,3}}/ ?(?:{_NAME_WORD}\s?){{1,4}})"
)
_PHOTO_CREDIT = re.compile(rf"^[^“”\"‘]*[.!?] ?\({_CREDITED}\)\s*$")
# "… at the grounds of the residence in Sri Gaya, Kota Kinabalu - FILE PIX", "… by bars and police –
# Photo: Getty Images", "— Picture by Ann Lee": a caption's tag after a dash
_PHOTO_TAG = re.compile(
    r"^[^“”\"‘]*\s[-–—]\s*(?:(?:[\w/]+\s+){0,3}(?:pix|pics?|photos?|picture|image|file)(?:\s+by\s+[^.!?“”\"]{1,40})?"
    r"|(?:photo|image|picture|credit)s?\s*:[^“”\"]{1,60})\s*$",
    re.IGNORECASE,
)
# "- “There is only a shortage …”": a list's bullet before a paragraph that opens with a quote.
_BULLET = re.compile(r"[-–•*]\s+(?=[“\"‘'])")
# A trailing credit line: "AFP", "Reuters", "(AP)", "— AFP".
_CREDIT = re.compile(r"^\s*[-—–(]*\s*([A-Z][A-Za-z&.]{1,14}(?: [A-Z][A-Za-z&.]{1,14})?)\s*\)?\s*$")
_CLOSED = re.compile(r"[”\"’']\W*(?:\s|$)")
_TAGGED_QUOTE = re.compile(r"[“\"‘'][^”\"’]{8,}[,!?][”\"’']\s+[a-z]")
_NAME_WHO = re.compile(r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}, who [^.!?“”\"\n]{2,80}")
_DASH_CREDITED = re.compile(r"[“\"‘'].{8,}?[”\"’']\s*[–—-]\s*[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…:;,][”\"’']?(?: ?[”\"’'])?\s*$")  # ("… ‘Shut up.’ ”": marks spaced)


@dataclass(frozen=True)
class Block:
    """One line-delimited paragraph of the article: [start, end) of the raw text."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True)
class ParsedArticle:
    """The parts of an article that extraction and storage need."""

    path: str
    text: str
    title: str | None
    outlet: str | None
    published: date | None
    blocks: tuple[Block, ...]


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|their|them|its)\b")


def _is_headline(line: str, first: bool = False) -> bool:
    words = line.split()
    # The file's first line is the title even when long: "‘…’: Nurses walk out at … for 40 years".
    return 0 < len(words) <= (24 if first else 16) and not _SENTENCE_END.search(line)


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_article(text: str, path: str = "") -> ParsedArticle:
    """Split raw article text into title, date, outlet and typed blocks with raw offsets."""
    lines = _lines(text)
    blocks: list[Block] = []
    published: date | None = None
    title: str | None = None
    outlet: str | None = None
    seen_body = False
    gap = _wrap_gap(text, lines)
    captions: set[str] = set()
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        ad = _AD_PREFIX.match(line)
        if ad and ad.end() < len(line):
            start += ad.end()  # "Hide AdIt has prompted leaders …": an ad label glued to the paragraph
            line = text[start:end]
        prefix = _DATE_PREFIX.match(line)
        if prefix:
            published = published or _parse_date(prefix.group(1))
            start += prefix.end()
            line = text[start:end]
            if start >= end:
                continue
        dated = _DATE_LINE.match(line)
        if dated:
            published = published or _parse_date(dated.group(1))
            blocks.append(Block(start, end, "boilerplate"))
            continue
        furniture = _BOILERPLATE.match(line) is not None or _code(line)
        half = len(line) // 2
        if not furniture and (half >= 12 or half >= 6 and " " in line[:half]) and line[:half] == line[half:]:
            # "Liam Marshall crossed for two triesLiam Marshall crossed for two tries", then the line
            # once: a photo's caption a page prints twice, glued, then again on a line of its own (a
            # name is short: "Willie IsaWillie Isa")
            captions.add(line[:half])
        if furniture or line in captions or line[:half] in captions:
            blocks.append(Block(start, end, "boilerplate"))
            continue
        if (
            ("©" in line and seen_body and not line.lstrip().startswith(("©", "Copyright")))
            or _PHOTO_CREDIT.search(line)
            or _PHOTO_TAG.match(line)
        ):
            # "Broncos five-eighth Anthony Milford. ©Grant Trouville/NRL Photos": a photo's caption,
            # which may name someone in full but speaks for nobody; so does its text shown just above
            if (
                blocks
                and blocks[-1].kind == "body"
                and line.startswith(text[blocks[-1].start : blocks[-1].end])
            ):
                blocks[-1] = Block(blocks[-1].start, blocks[-1].end, "heading")
            blocks.append(Block(start, end, "heading"))
            continue
        credit = _CREDIT.match(line)
        if credit and index == len(lines) - 1 and seen_body and len(line) <= 30:
            outlet = credit.group(1)
            blocks.append(Block(start, end, "credit"))
            continue
        # "“In return, Israel w": a page cut off inside a quote ends on a short line, no heading.
        cut_quote = index == len(lines) - 1 and line[:1] in "“\"‘'" and not _CLOSED.search(line[1:])
        # "Rohr spoke after his arrival in Uyo last Monday": a paragraph that lost its full stop.
        # ("RELATED | Betty Shelby: I commend …" is a link to another story.)
        sentence = seen_body and len(line.split()) >= 7 and _PRONOUN.search(line) is not None
        sentence = sentence and not re.search(r"[|:]", line)
        # "Tim Ryan, who lost his Senate race in Ohio" over a paragraph of his words: a name heading
        below_quote = index + 1 < len(lines) and text[lines[index + 1][0]] in "“\"‘'"
        sentence = sentence and not (below_quote and _NAME_WHO.fullmatch(line))
        # "new council and it wants to … in⏎order to …": a hard-wrapped line going on in lower case
        sentence = sentence or (seen_body and line[:1].islower())
        # "“This should not happen,” commissioner Carroll said": a quote and its tag, its stop lost
        # ("• "It's very traumatic," one survivor says": a list's bullet before it)
        bullet = _BULLET.match(line)
        tagged = _TAGGED_QUOTE.match(line, bullet.end() if bullet else 0) is not None
        sentence = sentence or (tagged and (seen_body or bullet is not None))
        # "… hitting out at Transport Minister Eamon Ryan:⏎“He’s cut back on funding …”": a colon's quote
        led = index > 0 and text[lines[index - 1][1] - 1] == ":" and line[:1] in "“\"‘'"
        sentence = sentence or (seen_body and led)
        # "“However beautiful the strategy, …” – Winston Churchill": a quote and its credit after a dash
        sentence = sentence or _DASH_CREDITED.match(line) is not None
        # "LAHORE, Sept 15 (APP): Pakistan cricket captain, Safraz Ahmad has⏎attributed …": the
        # first line of a hard-wrapped story, going on in lower case, is no title
        wrapped = index + 1 < len(lines) and text[end : lines[index + 1][0]] == "\n"
        below = text[lines[index + 1][0] : lines[index + 1][1]] if wrapped else ""
        sentence = sentence or (line[-1:].islower() and below[:1].islower() and len(below.split()) >= 7)
        # "… ,” Minister of Economy Luis⏎Caputo wrote on Twitter": in a story wrapped line by
        # line, a line that follows one stopped mid-sentence goes on with it
        sentence = sentence or (
            bool(gap) and seen_body and index > 0 and _goes_on_below(text, lines[index - 1], start, gap)
        )
        if _is_headline(line, first=index == 0) and not cut_quote and not sentence:
            if not seen_body and title is None and len(line.split()) >= 4:
                title = line
                blocks.append(Block(start, end, "title"))
            elif not seen_body and title is None:
                blocks.append(Block(start, end, "boilerplate"))  # a lone tag line
            else:
                blocks.append(Block(start, end, "heading"))
            continue
        seen_body = True
        # "- “There is only a shortage …”": a list's bullet before a paragraph that opens with a quote
        blocks.append(Block(start + (bullet.end() if bullet else 0), end, "body"))
    return ParsedArticle(path, text, title, outlet, published, tuple(_rejoined(text, blocks, gap)))


def read_on(text: str, blocks: tuple[Block, ...]) -> str:
    """Return `text` with the line breaks inside its paragraphs read as spaces: "Minister of
    Economy Luis⏎Caputo wrote" in a story wrapped line by line. Offsets do not change."""
    parts, done = [], 0
    for block in blocks:
        if block.kind == "body" and "\n" in text[block.start : block.end]:
            parts += [text[done : block.start], text[block.start : block.end].replace("\n", " ")]
            done = block.end
    return "".join(parts) + text[done:] if parts else text


def _goes_on_below(text: str, above: tuple[int, int], start: int, gap: str = "\n") -> bool:
    """Return True when the line `above` stops mid-sentence right before the line at `start`."""
    return text[above[1] : start] == gap and (text[above[1] - 1].isalnum() or text[above[1] - 1] == ",")


def _wrap_gap(text: str, lines: list[tuple[int, int]]) -> str:
    """Return what a story wrapped line by line puts between its lines ("\n", or a blank line too
    when it is double-spaced): most of its long lines stop mid-sentence and go on below. Else ""."""
    long = [(a, b) for a, b in lines[:-1] if len(text[a:b].split()) >= 6]
    for gap in ("\n", "\n\n"):
        stopped = sum(
            _goes_on_below(text, (a, b), b + len(gap), gap) and text[b + len(gap) : b + len(gap) + 1] != "\n"
            for a, b in long
        )
        if len(long) >= 8 and stopped > 0.6 * len(long):
            return gap
    return ""


def _rejoined(text: str, blocks: list[Block], gap: str = "") -> list[Block]:
    """Join a body line that stops mid-sentence to the next when that one goes on in lower case.

    "… ,” Sakoba Keita, the⏎ministry's chief disease prevention officer, told AFP.": a page that
    breaks its lines inside sentences.
    """
    out: list[Block] = []

    def goes_on(block: Block) -> bool:  # a line that goes on the sentence above it
        return bool(gap) or text[block.start].islower() or text[block.start] in ",.;:"

    for i, block in enumerate(blocks):
        prev = out[-1] if out else None
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        # "… emerged victorious at the⏎Indonesia Open⏎, securing …": a link's text on a line of its
        # own, inside a sentence
        linked = (
            block.kind == "heading"
            and after is not None
            and after.kind == "body"
            and text[block.end : after.start] in ("\n", gap or "\n")
            and goes_on(after)
        )
        if (
            prev is not None
            and prev.kind in ("body", "heading")  # a "heading" that goes on in lower case is none
            and (block.kind in ("body", "heading") and goes_on(block) or linked)
            and text[prev.end : block.start] in ("\n", gap or "\n")
            and (text[prev.end - 1].isalnum() or text[prev.end - 1] == ",")
        ):
            out[-1] = Block(prev.start, block.end, "body")
        else:
            out.append(block)
    return out
