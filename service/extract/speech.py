"""Tell quoted speech from quoted names: titles, nicknames and scare quotes are not quotes.

News puts quote marks around film and book titles (`his thriller “Glass Houses”`), nicknames
(`dubbed the “Bicycle Bandit”`) and terms held at arm's length (`the so-called “super corals”`).
None of these is something a person said, so none is reported. The rules:
1. a span right after a naming word (`so-called`, `dubbed`, `nicknamed him`, `titled`, `known as`,
   `Operation`) is a name, and so is a title-like span between a given name and a surname
   (`Luis ‘Toto’ Caputo`),
   and so is a short unattributed item of a list of quoted terms (`“expect,” “believe”`);
2. a span inside a sentence whose words are all capitalised (`The Owl Who Was Afraid of the
   Dark`, `the Korean Hitchcock`) is a title or nickname when the sentence has no speech cue,
   or when it follows `was` or a word for a work (`his thriller “Glass Houses”`); a nickname
   a speaker coins (`Trump called him “Sleepy Joe”`) stays a partial quote;
3. a short fragment (under five words) with no speaker in a sentence with no speech cue is a
   scare quote;
4. an unattributed title-like span that a relative clause describes (`“The Long Way,” which
   opens Friday`) or that the words after it call a title (`“Kehwa,” the title of the intro
   track`) is the name of a work: speech is not followed by `which`;
5. a span of one letter (`her EP “K”`) is a name.
"""

from __future__ import annotations

import re

from service.extract.lexicon import TITLE_MINOR_WORDS, WORK_WORDS

_NAMING = re.compile(
    r"(?i:\b(?:so-called|dubbed|nicknamed|titled|entitled|named|code-?named|billed as|known(?: [a-z]+ly)? as"
    r"|refer(?:s|red)? to(?: (?:him|her|it|them))? as)"
    r"(?:\s+(?:him|her|them|it|the|a|an))?\s*$"
    # "the author of “Frozen Lines”": the title of a work its maker is known by
    r"|\b(?:author|co-author|editor|writer|director|producer|creator|host|presenter) of\s*$)"
    r"|\b(?:Operation|Project)\s*$"  # "Operation “Spiderweb”": the name of a military operation
    # "the feature, which the company calls “Deep Memory,”": what someone calls a thing is its name
    r"|\b(?:which|that|what)\s+(?:[\w’'-]+\s+){0,3}calls?\s*$",
)
# `Words such as “expect,” “anticipate” and “believe”`: the next item of a list of quoted terms.
# "Luis ‘Toto’ Caputo", "Julien 'The Black Dragon' Baptiste": a name on both sides of the span.
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w’'-]*$")
_NICKNAME_AFTER = re.compile(r"^[”\"’']\s?[A-Z][a-z]")
_LISTED = re.compile(r"[_”\"’']\s*(?:,|,?\s+(?:and|or))?\s*$")
_MINOR = TITLE_MINOR_WORDS
_PREDICATE = re.compile(r"^[”\"’']\s+(?:is|was|are|were|will|has|had|opens|premieres|stars)\b")
# "“Kehwa,” the title of the intro track": a name the words after it say is one.
_TITLE_OF = re.compile(r"^[,”\"’']*\s*(?:is\s+)?the\s+(?:title|name)\s+of\b")
_DESCRIBED = re.compile(r"^[,”\"’']*\s*which\b")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_WORK_NOUNS = WORK_WORDS - {"was", "is", "were", "are", "be", "show", "play", "single"}
# Verbs that name a work performed or titled: "singing “Alright,”", "a film titled “Glass”".
_PERFORMED = frozenset(
    ("singing", "sang", "sings", "playing", "performing", "performed", "titled", "entitled", "dubbed")
)
_NOUN_AFTER = re.compile(r"[”\"’']?\s+([a-z][a-z-]*)\b")
# Nouns that make a quoted term before them a label: "the “Schumer shutdown” message".
_LABELS = frozenset(
    ("message", "messaging", "branding", "brand", "slogan", "label", "tag", "line", "narrative", "moniker")
    + ("mantra", "hashtag", "catchphrase", "framing", "banner", "chant", "rallying")
)
# "was branded as", "has been described as a": a verb of judging right before a quoted fragment
# ("rated as ‘good’" gives a grade, a label, and is left out).
_JUDGED = re.compile(
    r"\b(?:described|branded|labell?ed|slammed|condemned|hailed|praised|critici[sz]ed|regarded)\b"
    r"(?:\s+[\w’'-]+){0,3}?\s+as(?:\s+(?:an?|the))?\s*$"
)
# "has been called “useless” by Michel Quidort": a judgement its author is named for, after the quote
_CALLED = re.compile(r"\b(?:called|branded|labell?ed|described|deemed)(?:\s+(?:as|an?|the))*\s*$")
_BY_AGENT = re.compile(r"^[”\"’']?,?\s+by\s+(?:[\w’'-]+\s+){0,4}?[A-Z]")
# Words that go on a sentence after a quoted name or partial quote: not a noun it qualifies.
_GLUE = frozenset(
    ("and", "or", "but", "at", "in", "on", "for", "from", "with", "by", "to", "of", "as", "than", "that")
    + ("which", "who", "when", "if", "because", "while", "after", "before", "is", "was", "are", "were")
    + ("has", "had", "have", "will", "would", "could", "should", "may", "might", "said", "says", "told")
    + ("added", "again", "too", "last", "this", "next", "instead")
)


def title_like(quoted: str) -> bool:
    """Return True when every significant word of `quoted` is capitalised, as in a title."""
    words = _WORD.findall(quoted)
    significant = [w for w in words if w.lower() not in _MINOR]
    return 0 < len(words) <= 10 and bool(significant) and all(w[0].isupper() for w in significant)


def is_speech(before: str, quoted: str, kind: str, attributed: bool, has_cue: bool, after: str = "") -> bool:
    """Return False for a quoted span that names or distances rather than reports speech.

    `before` is the sentence text up to the opening mark, `after` the text from the closing
    mark; `attributed` says whether a cue tied the span to a speaker; `has_cue` whether the
    sentence holds any speech cue.
    """
    # ("her EP “K”": one letter closed by its mark is a name, never speech; "“A" cut off by the page
    # is the start of a quote)
    if _NAMING.search(before) or len(quoted.strip(" ,.!?")) <= 1 and after[:1] in ("”", '"', "’", "'"):
        return False
    if not attributed and title_like(quoted.rstrip(",.")) and _TITLE_OF.match(after):
        return False  # "“Kehwa,” the title of the intro track, means …"
    if _NICKNAME_BEFORE.search(before) and _NICKNAME_AFTER.match(after) and title_like(quoted):
        return False  # "Luis ‘Toto’ Caputo": a nickname between a given name and a surname
    if (
        not attributed
        and title_like(quoted.rstrip(",."))
        and (_DESCRIBED.match(after) or _PREDICATE.match(after))
    ):
        return False  # "“The Long Way,” which opens Friday", "‘The Salt Year’ is released in January"
    if not attributed and not has_cue and len(_WORD.findall(quoted)) <= 3 and _LISTED.search(before):
        return False
    embedded = bool(before.strip(" _“”\"‘’'"))
    last = before.split()[-1].lower().strip(",") if before.split() else ""
    # "his thriller “Glass Houses”", "In his memoir, “Where the Roads End,”",
    # "told CNN on “State of the Union.”"
    # "NBC's “Meet the Press,”": a programme or product its owner's name precedes
    named_work = last in WORK_WORDS or last in ("on", "in") or last.endswith(("’s", "'s"))
    named_work = named_work or last in _PERFORMED  # "After singing “Alright,” …", "playing “Maoz Tzur”"
    # "a best-selling book on German fiscal policy, “The Black Zero and Its Discontents,”"
    named_work = named_work or bool(set(before.lower().split()[-7:]) & _WORK_NOUNS)
    if embedded and title_like(quoted) and (not has_cue or named_work):
        return False
    noun = _NOUN_AFTER.match(after)
    short_name = embedded and title_like(quoted) and len(_WORD.findall(quoted)) <= 3
    if embedded and noun and noun.group(1) in _LABELS and len(_WORD.findall(quoted)) <= 3:
        return False  # "road-tested the “Schumer shutdown” message": a label, not speech
    if short_name and noun and noun.group(1) not in _GLUE:
        return False  # "the company’s next-generation “Aurora” switch chip": a product's name before its noun
    # A long fragment is a quotation even with no verb of saying ("credited his team for “showing
    # what we are capable of”"); scare quotes run to a few words. A verb of judging right before
    # it quotes the judgement, even in the passive ("was branded as “exemplary”"), as does one whose
    # author is named after it ("called “useless” by Michel Quidort").
    judged = _JUDGED.search(before) is not None
    judged = judged or (_CALLED.search(before) is not None and _BY_AGENT.match(after) is not None)
    return judged or not (
        kind == "partial" and not attributed and not has_cue and len(_WORD.findall(quoted)) < 5
    )
