"""Quotes in headlines and subheadings, and who said them.

The mixin behind `Attributor` for the title and heading blocks: `Name: ‘…’`, `‘…’: Name on …`,
`Name vows to ‘…’`, and, when the headline's own layout names nobody (or a noun such as
`Evacuee`), the speaker of the body quote that holds the headline's words. It expects
`article` and `people`, set up by the attributor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from service.extract.article import ParsedArticle
from service.extract.descriptors import resolve_descriptor, title_holder
from service.extract.found import Found
from service.extract.marks import Span
from service.extract.mentions import mentions_in
from service.extract.people import People, Person
from service.extract.speech import title_like
from service.extract.words import Mention, is_cue, is_role, words_of
from service.names import name_tokens

# "Name: ‘…’", "Sudan’s army chief: …": a lead with no quote mark but a possessive's apostrophe.
_HEADING_SPEAKER = re.compile(r"^((?:[^:“”\"‘’']|[’']s\b){2,60}):\s*[“\"‘']")
_HEADING_NAME = re.compile(r"^((?:[^:“”\"‘’']|[’']s\b){2,40}):\s")
# "Also Read: ‘…’, Anju Bobby George on …": a page's label before a linked headline, nobody's name.
_WEB_LABEL = re.compile(r"(?i:also read|read also|read more|related|see also|watch)\s*:\s*")


class Headlines:
    """Attribute the quotes of title and heading blocks."""

    article: ParsedArticle
    people: People
    _subject_below: Callable[[int], Person | None]

    def _heading_all(self, b: int, spans: list[Span]) -> list[Found]:
        """Attribute every quote of heading `b`: the later ones of a named speaker's are his too.

        "Trudeau touts ‘real progress’ amid ‘mistakes’": both his words.
        """
        found = self._heading(b, spans)
        if len(found) == 1 and len(spans) > 1:
            first = found[0]
            for sp in spans[1:]:
                quoted = self.article.text[sp.start : sp.end]
                if " " in quoted.strip() and title_like(quoted):
                    continue  # "the ‘Great Race’": a name, not words
                if first.person is not None:
                    found.append(
                        Found(
                            sp,
                            "partial",
                            first.person,
                            first.mention,
                            first.role,
                            first.cue,
                            None,
                            first.confidence,
                        )
                    )
                else:  # kept only if a body quote holds its words, as the first
                    found.append(Found(sp, "partial", confidence=0.3, tentative=True))
        return found

    def _heading(self, b: int, spans: list[Span]) -> list[Found]:
        block, text = self.article.blocks[b], self.article.text
        by_cue = False
        label = _WEB_LABEL.match(text, block.start, block.end)
        start = label.end() if label else block.start
        m = _HEADING_SPEAKER.match(text[start : block.end])
        if spans and spans[0].open_at == start:
            # "‘I never wanted to be a politician’: Ines Falkenrath on power": the speaker follows,
            # after a colon or, a linked headline's form, a comma ("‘…’, Anju Bobby George on …")
            after = re.match(
                r"\s*:\s*" if not label else r"\s*[:,]\s*", text[spans[0].close_at + 1 : block.end]
            )
            credit = _CREDIT.search(text, spans[0].close_at + 1, block.end)
            bracketed = _BRACKET_CREDIT.match(text, spans[0].close_at + 1, block.end)
            if after is None and bracketed is not None:
                # "“…” (Chinese film director Jia Zhangke)": the credit in brackets after the quote
                words = words_of(text, bracketed.start(1), bracketed.end(1))
                named = [x for x in mentions_in(text, words) if x.kind == "name" and x.last == len(words) - 1]
                if named:
                    credited = self.people.resolve_name(named[0], named[0].start)
                    kind = "direct" if len(text[spans[0].start : spans[0].end].split()) >= 4 else "partial"
                    return [Found(spans[0], kind, credited, named[0].surface, named[0].role, None, None, 0.8)]
            if after is None and credit is not None:
                # "‘Unreasonable’ demands to grow profit fuel scandals: Wesfarmers": the credit at the end
                after = credit
                lo = credit.start(1)
            elif after is None:
                return _tentative(spans)
            else:
                lo = spans[0].close_at + 1 + after.end()
            words = words_of(text, lo, block.end)[:6]
            named = [
                x
                for x in mentions_in(text, words)
                # "PM Modi At …"; a credit at the end names its speaker alone (": Wesfarmers")
                if x.kind in ("name", "org")
                and x.first == 0
                and (" " in x.name or x.role or (credit is not None and x.last == len(words) - 1))
            ]
            if not named:  # "‘We’re not going anywhere’: Striking nurses dig in" — said, by nobody named
                return [Found(spans[0], "partial", confidence=0.3)]
        elif m and spans:
            words = words_of(text, block.start, block.start + m.end(1))
            named = [x for x in mentions_in(text, words) if x.kind in ("name", "org")]
            if len(named) == 1 and named[0].last + 2 == len(words) and is_role(words[-1].low):
                # "Moldovan president: ‘…’": a title, the person who holds it in the article.
                holder = title_holder(self.people, words[-1].low)
                return [Found(spans[0], "partial", holder, text[block.start : block.start + m.end(1)])]
            if not named and len(words) == 1 and is_role(words[0].low):
                # "Agent: ‘There were other offers’": the title's one holder, else whom the text below names
                holder = title_holder(self.people, words[0].low) or self._subject_below(b)
                if holder is not None:
                    return [Found(spans[0], "partial", holder, words[0].text, words[0].text, None, None, 0.5)]
        elif spans:
            by_cue = True
            # "Arteta hails ‘missing piece’", "Reeves vows to ‘fix …’": a name, a cue, the quote.
            words = words_of(text, block.start, spans[0].open_at)
            named = [
                x
                for x in mentions_in(text, words)
                if x.kind in ("name", "org", "descriptor")
                and x.last + 1 < len(words)
                and is_cue(words, x.last + 1)
            ]
            # "Taoiseach accused of ‘abandoning renters’": the words of whoever accused him
            named = [x for x in named if not _ACCUSED.match(" ".join(w.low for w in words[x.last + 1 :]))]
            lead = _HEADING_NAME.match(text[block.start : spans[0].open_at])
            if not named and lead:
                # "Leavitt: Trump ‘has every right’ to …": the name before the colon speaks.
                words = words_of(text, block.start, block.start + lead.end(1))
                named = [x for x in mentions_in(text, words) if x.kind == "name" and x.first == 0]
                named = [x for x in named if x.last == len(words) - 1] or [
                    x  # "Sudan’s army chief: Withdrawal was to ‘spare civilians’"
                    for x in mentions_in(text, words)
                    if x.kind == "descriptor" and x.last == len(words) - 1
                ]
            cue_at = next((k for k, w in enumerate(words) if k > 0 and is_cue(words, k)), None)
            if not named and cue_at is not None and is_role(words[cue_at - 1].low):
                # "Health secretary says strike is ‘unjustified’": the one person holding that title
                title = " ".join(w.text.lower() for w in words[:cue_at])
                mention = Mention(0, cue_at - 1, "descriptor", title, words[cue_at - 1].low, title, 0, 0)
                person = resolve_descriptor(self.people, mention, lede=True)
                if person is not None:
                    return [Found(spans[0], "partial", person, title, title, None, None, 0.5)]
            if not named and words and is_cue(words, len(words) - 1 - (words[-1].low == "to")):
                # "Interior nominee vows to ‘listen to the West’": said, by someone the body names
                return [Found(spans[0], "partial", confidence=0.3)]
        else:
            return []
        if not named:
            return _tentative(spans)
        if named[0].kind == "descriptor":  # "Team's GM says ‘…’": whoever holds the title
            # a headline comes before the story: the one holder the story introduces later
            person = resolve_descriptor(self.people, named[0], lede=True)
            if person is None:
                person = self._subject_below(b)  # the paragraph below names the titled person first
            return [Found(spans[0], "partial", person, named[0].surface, named[0].role, None, None, 0.5)]
        if (
            by_cue
            and named[0].kind == "name"
            and len(name_tokens(named[0].name)) == 1
            and self.people.known(named[0]) is None
        ):
            # "Evacuee says ‘…’": a capitalised noun the body never names; the body quote tells who
            return [Found(spans[0], "partial", confidence=0.3)]
        person = self.people.resolve_name(named[0], named[0].start)
        return [Found(spans[0], "partial", person, named[0].surface, named[0].role, None, None, 0.6)]

    def _fill_headlines(self, out: list[Found], body: list[Found]) -> None:
        """Give a headline quote with no speaker the speaker of the body quote that holds its words.

        "‘We’re going home in tears’: Nurses walk out …" lifts the words of a nurse quoted below.
        """
        text = self.article.text
        for found in out:
            if any(found is f for f in body):
                continue
            words = _plain_words(text[found.span.start : found.span.end])
            if len(words.split()) < 2 and len(words.strip()) < 6:
                continue  # a short word is too common to tell whose quote it was ("childish" is not)
            # The body quote holding the words is stronger evidence than the headline's own
            # layout ("Ellie Marsh: … showed ‘not a flicker of remorse’, judge says").
            for f in body:
                if f.person is not None and words in _plain_words(text[f.span.start : f.span.end]):
                    found.person, found.kind, found.confidence = f.person, "partial", 0.6
                    found.role = f.person.roles[0] if f.person.roles else None
                    break
        # A pull quote set apart from the story ("‘Without fixing Eskom we don’t have a mining
        # industry’.") is the speaker's whose quote below holds the same words.
        for found in body:
            words = _plain_words(text[found.span.start : found.span.end])
            if found.person is not None or found.cue is not None or len(words.split()) < 4:
                continue
            source = next(
                (
                    f
                    for f in body
                    if f is not found
                    and f.person is not None
                    and words in _plain_words(text[f.span.start : f.span.end])
                ),
                None,
            )
            if source is not None:
                found.person, found.role, found.confidence = source.person, source.role, 0.6
        # "US ‘deeply alarmed’ by reports": a heading's words are a quote when the body quotes them
        out[:] = [f for f in out if not (f.tentative and f.person is None)]


# A cue in the passive: the one it names is spoken of, not speaking ("X accused of ‘…’").
_ACCUSED = re.compile(
    r"(?:accused|criticised|criticized|slammed|blasted|branded|labelled|labeled) (?:of|for|as)\b"
)


# A headline's credit after its last colon: "…: Wesfarmers", "…: N Sitharaman".
_BRACKET_CREDIT = re.compile(r"\s*\(([^()\n]{3,80})\)\s*$")
_CREDIT = re.compile(r":\s+([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})\s*$")


def _tentative(spans: list[Span]) -> list[Found]:
    """Return a heading's quote whose speaker only a body quote of the same words can tell."""
    return [Found(spans[0], "partial", confidence=0.3, tentative=True)]


def _plain_words(text: str) -> str:
    """Return the lower-cased words of `text`, one space apart, with spaces around (for containment)."""
    return " " + " ".join(re.findall(r"[^\W_]+(?:[’'][^\W_]+)*", text.lower())).replace("’", "'") + " "
