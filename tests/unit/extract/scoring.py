"""Score extracted quotes against hand annotations: span overlap, speakers and kinds.

Test and bench helper. A gold entry is (file, opening words, speaker, kind); its span runs from
the opening words to the matching closing mark, or to the end of the paragraph when the quote
runs on. A predicted quote matches a gold one when their overlap covers at least half of the
longer of the two; each quote matches at most once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.names import name_key

Gold = tuple[str, str, str | None, str]
# The marks that close a quote each mark opens; pages mix straight and curly double marks.
_CLOSERS = {"“": '”"', "«": "»", "„": "”", '"': '"”', "‘": "’", "'": "'"}
# Two single marks typed for a double one: "“… we represent,’’ the Goodyear Republican said".
_DOUBLED = "’’"


@dataclass
class Scores:
    """Counts and misses of one scoring run."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    gold_direct: int = 0
    predicted_direct: int = 0
    matched_direct: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)
    wrong_kinds: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        """Return precision, recall, F1 (all and direct), speaker and kind accuracy."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        dp = self.matched_direct / self.predicted_direct if self.predicted_direct else 0.0
        dr = self.matched_direct / self.gold_direct if self.gold_direct else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "direct_f1": round(2 * dp * dr / (dp + dr), 4) if dp + dr else 0.0,
            "speaker_accuracy": round(self.speaker_ok / self.matched, 4) if self.matched else 0.0,
            "kind_accuracy": round(self.kind_ok / self.matched, 4) if self.matched else 0.0,
        }


def gold_span(text: str, opening: str, after: int = 0) -> tuple[int, int]:
    """Return the [start, end) span of the quote that begins with `opening` at or after `after`."""
    start = text.find(opening, after)
    if start < 0:
        raise ValueError(f"opening not found: {opening!r}")
    closer = _CLOSERS.get(text[start - 1], "") if start else ""
    line_end = text.find("\n", start)
    # "… to argue⏎your point": a hard-wrapped line goes on (in a double-spaced page, after a blank line)
    while line_end != -1 and (
        text[line_end + 1 : line_end + 2].islower()
        or text[line_end - 1 : line_end].isalpha()
        and text[line_end + 1 : line_end + 2] == "\n"
        and text[line_end + 2 : line_end + 3].islower()
    ):
        line_end = text.find("\n", line_end + 1 + (text[line_end + 1] == "\n"))
    line_end = len(text) if line_end < 0 else line_end
    end = line_end
    doubled = f"|{_DOUBLED}" if "”" in closer else ""
    closing = re.compile(f"[{re.escape(closer)}]{doubled}") if closer else None
    i = start + len(opening) - 1
    while closing and (found := closing.search(text, i + 1)) is not None and found.start() < line_end:
        i = found.start()
        if not (closer in ("’", "'") and text[i + 1 : i + 2].isalpha()):  # an apostrophe, not a closing mark
            end = i
            break
    else:
        # "… to target all⏎American warships …,” Saree declared.": a hard-wrapped quote closes on a
        # line below, before a blank line and before a line that opens another quote
        single = text[line_end : line_end + 1] == "\n" and text[line_end + 1 : line_end + 2] != "\n"
        single = single and text[line_end - 1 : line_end].isalpha()  # a break inside a sentence
        found = closing.search(text, line_end) if closing and single else None
        between = text[line_end : found.start()] if found is not None else ""
        opener = text[start - 1]
        if (
            found is not None
            and "\n\n" not in between
            and "\n" + opener not in between
            and len(between) < 800
        ):
            end = found.start()
    # 'a trophy. “The names …': a page that ran a quote's paragraphs into one line opens each
    # with a mark and closes none; the entry for the paragraph ends where the next one opens
    opener = text[start - 1] if start else ""
    reopened = re.compile(r"[.!?] " + re.escape(opener) + r"[A-Z\[]") if opener in '“"' and opener else None
    again = reopened.search(text, start, end) if reopened else None
    if again is not None:
        end = again.start() + 1
    return start, len(text[start:end].rstrip()) + start


def aligned(
    text: str, spans: list[tuple[int, int]], entries: Iterable[Gold]
) -> list[tuple[Gold, int | None]]:
    """Pair each gold entry of one file, in text order, with the index of the span it matches.

    A span matches when the overlap covers at least half of the longer of the two; each span
    matches at most once. None stands for a gold quote no span matches.
    """
    used: set[int] = set()
    cursor = 0
    pairs: list[tuple[Gold, int | None]] = []
    for entry in entries:
        start, end = gold_span(text, entry[1], cursor)
        cursor = start + 1
        hit = next(
            (
                i
                for i, (a, b) in enumerate(spans)
                if i not in used and min(end, b) - max(start, a) >= 0.5 * max(end - start, b - a)
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
        pairs.append((entry, hit))
    return pairs


def attribution(extract: Callable[[str, str], Any], text: str, quote: str) -> tuple[str | None, str]:
    """Return (speaker, kind) of the extracted quote whose text is `quote`; fail listing what was found."""
    found = {q.text: q for q in extract(text, "case.txt").quotes}
    assert quote in found, list(found)
    return found[quote].speaker, found[quote].kind


def speaker_matches(got: str | None, gold: str | None) -> bool:
    """Return True when `got` is one of the acceptable names in `gold` (`|`-separated)."""
    if gold is None:
        return got is None
    for alt in gold.split("|"):
        if alt == "none" and got is None:
            return True
        if got is not None and name_key(got).removeprefix("the ") == name_key(alt):
            return True
    return False


def score(extract: Callable[[str, str], Any], directory: Path, gold: Iterable[Gold]) -> Scores:
    """Extract every annotated file in `directory` and score the quotes against `gold`."""
    by_file: dict[str, list[Gold]] = {}
    for g in gold:
        by_file.setdefault(g[0], []).append(g)
    s = Scores()
    for name, entries in sorted(by_file.items()):
        text = (directory / name).read_text(encoding="utf-8")
        quotes = extract(text, name).quotes
        s.predicted += len(quotes)
        s.predicted_direct += sum(q.kind == "direct" for q in quotes)
        pairs = aligned(text, [(q.start, q.end) for q in quotes], entries)
        for (_, opening, speaker, kind), hit in pairs:
            s.gold += 1
            s.gold_direct += kind == "direct"
            if hit is None:
                s.misses.append(f"{name}: {opening!r}")
                continue
            q = quotes[hit]
            s.matched += 1
            s.matched_direct += kind == "direct" and q.kind == "direct"
            if speaker_matches(q.speaker, speaker):
                s.speaker_ok += 1
            else:
                s.wrong_speakers.append(f"{name}: {opening!r} got {q.speaker!r} want {speaker!r}")
            if q.kind == kind:
                s.kind_ok += 1
            else:
                s.wrong_kinds.append(f"{name}: {opening!r} got {q.kind} want {kind}")
        used = {hit for _, hit in pairs if hit is not None}
        s.extras += [f"{name}: {q.text[:40]!r} ({q.speaker})" for i, q in enumerate(quotes) if i not in used]
    return s
