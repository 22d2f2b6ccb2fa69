"""The text attribution reads: each block's quotes found, then blanked out with the datelines.

A quote left open where the page stops runs to the end of its paragraph; a paragraph a quote runs
through unmarked is quoted whole; "LONDON, March 3 (Reuters) - ", "SINGAPORE: " and a broadcast
script's "[Soundbite]" are places and labels, never speakers, and are blanked like the quotes.
"""

from __future__ import annotations

import re

from service.extract.article import ParsedArticle
from service.extract.marks import Span, bridged, find_spans, opens_with_quote, opens_with_single

# "LONDON, March 3 (Reuters) - ", "SAN FRANCISCO — ", "PARIS—French": a place, never a speaker.
# "Gaza City (Palestinian Territories) (AFP) - ": a place in any case, then the agency.
# "July 18 (Reuters) – ": a date alone, then the agency. "[L.A. County District Attorney] – ": a
# release's issuing office in brackets.
_DATELINE = re.compile(
    r"[A-Z][A-Z'’./]{2,}(?: [A-Z'’./]+)*(?:,[^—–()\n]{1,30}?)?\s*(?:\([^)\n]{1,30}\))?"
    r"\s*(?:[—–-]{1,2}\s|[—–](?=[A-Z])|(?<=\)) -(?=[A-Z]))"  # "BEIRUT (Reuters) -A senior …"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:,[^—–()\n]{1,30}?| \d{1,2})?(?: \([^)\n]{1,40}\))?"
    r" \([A-Z][A-Za-z]{1,9}\)\s*[—–-]{1,2}\s"
    r"|\[[A-Z][^\]\n]{1,50}\]\s*[—–-]{1,2}\s"  # "[L.A. County District Attorney] – ": the issuing office
    # "Kumasi, June 11, GNA – ", "Mexico City (AFP) Sept 25 - ": a place in any case, a date and
    # an agency in either order; the date sets it apart from a name before a dash ("Otto Addo – ").
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: \([A-Z][A-Za-z]{1,9}\))?,? "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
    r"(?:,? \(?[A-Z]{2,6}\)?)?\s*[—–-]{1,2}\s"
)
# "Muzaffarpur: Prime Minister …": the Indian agencies' dateline, a place and a colon, in the first paragraph.
_COLON_DATELINE = re.compile(
    r"[A-Z](?:[a-z]+|[A-Z]+)\.?(?:[ -][A-Z](?:[a-z]+|[A-Z]+))?(?: \([A-Z][A-Za-z]{1,9}\))?"
    r":\s+(?:[–—-]\s+)?(?=[A-Z][a-z])"
)  # "ST. VINCENT: – Prime Minister …", "MANILA (UCAN): The bishops …": an agency in brackets
# An interviewer's question opening a line ("Q: How do you feel?"); `leads` reads it too.
QUESTION = re.compile(r"Q\s?[:.] ")
# "[Soundbite]", "[Anchor Lead]": a label opening a line of a broadcast script; "Q: How do you
# feel …?": an interviewer's question on a line of its own, over the answer.
_LABEL = re.compile(r"\[[A-Z][A-Za-z ]{1,30}\]\s*|" + QUESTION.pattern + r"[^\n“\"]{1,300}\?[ \t]*(?=\n|$)")
# "Bruce (Xiaoyu) Liu": a second given name in brackets inside a name, masked like a quoted nickname
_GIVEN_IN_BRACKETS = re.compile(r"(\b[A-Z][a-z]{1,20} )\(([A-Z][a-z]{1,20})\)(?= [A-Z][a-z]+\b(?! of\b))")


# An opening single mark typed for an apostrophe: "Toni Collette‘s brother".
_OPEN_APOSTROPHE = re.compile(r"(?<=[^\W\d_])‘(?=s\b)")


def _mask(text: str, spans: list[Span]) -> str:
    chars = list(_OPEN_APOSTROPHE.sub("’", text))
    for s in spans:
        # Keep the closing punctuation so that sentence ends after a quote stay visible.
        end = s.end
        while end > s.start and text[end - 1] in ".!?…":
            end -= 1
        chars[s.start : end] = "_" * (end - s.start)
    return "".join(chars)


def _carried(text: str, start: int, end: int, close: int) -> list[Span]:
    """Return the spans of a paragraph a quote runs through unmarked, up to `close` if it ends there."""
    stop = end if close < 0 else close
    span = Span(start, stop, start, stop, True, runs_on=close < 0)
    while span.end > span.start and text[span.end - 1].isspace():
        span.end -= 1
    return [span, *find_spans(text, close + 1, end)] if close >= 0 else [span]


def quoted_and_masked(article: ParsedArticle) -> tuple[list[tuple[int, list[Span]]], str]:
    """Return each block's quoted spans, and the text with every quote and dateline blanked out."""
    text = article.text
    block_spans: list[tuple[int, list[Span]]] = []
    blocks = article.blocks
    bodies = [b for b, block in enumerate(blocks) if block.kind == "body"]
    carried = {
        bodies[k]: close
        for k, close in bridged(text, [(blocks[b].start, blocks[b].end) for b in bodies]).items()
    }
    for b, block in enumerate(blocks):
        if block.kind not in ("body", "heading", "title"):
            continue
        if b in carried:
            block_spans.append((b, _carried(text, block.start, block.end, carried[b])))
            continue
        below = next((c for c in bodies if c > b), None)
        nxt = blocks[below] if below is not None else None
        # A quote left open in a last paragraph that stops mid-sentence runs to its end: the
        # page was cut off there ("… and it gives us a couple of days to settle and ta").
        cut = nxt is None and text[block.end - 1].isalnum()
        runs_on = block.kind == "body" and (
            cut or nxt is not None and (opens_with_quote(text, nxt.start) or below in carried)
        )
        single = block.kind == "body" and (cut or nxt is not None and opens_with_single(text, nxt.start))
        block_spans.append((b, find_spans(text, block.start, block.end, runs_on, single)))
    masked = _mask(text, [s for _, spans in block_spans for s in spans])
    first_body = next((block for block in blocks if block.kind == "body"), None)
    for block in blocks:
        dateline = _DATELINE.match(masked, block.start) if block.kind == "body" else None
        if dateline is None and block.kind == "body":
            # "SINGAPORE: Health Minister …" opens any paragraph as a dateline; "Muzaffarpur:"
            # only the first one
            colon = _COLON_DATELINE.match(masked, block.start)
            dateline = (
                colon if colon and (block is first_body or colon.group().split(":")[0].isupper()) else None
            )
        label = _LABEL.match(masked, block.start) if block.kind == "body" else None
        if label:
            dateline = label  # "[Soundbite] Kim Seong-tae : “…”": a broadcast script's label
        if dateline:
            masked = masked[: block.start] + " " * (dateline.end() - block.start) + masked[dateline.end() :]
    return block_spans, _GIVEN_IN_BRACKETS.sub(lambda m: f"{m.group(1)}({'_' * len(m.group(2))})", masked)
