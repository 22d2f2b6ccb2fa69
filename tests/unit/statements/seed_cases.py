# ruff: noqa: E501
"""Hand-annotated statements of the seed articles, as test data.

Each row: seed file, quote text as it stands in the file, speaker, kind, statement label. Rows with
the same label report one statement; offsets are found in the file. Dates are those the articles
print (two of five print one).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from service.domain import Quote, article_id_for, quote_id_for

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
DATES = {"000": date(2025, 2, 24), "004": date(2025, 2, 24)}

ROWS: list[tuple[str, str, str, str, str]] = [
    # The resignation offer: four translations and a one-word partial.
    (
        "000",
        "If it brings peace to Ukraine, if my leaving is what you truly need, I’m prepared to trade my position for NATO membership",
        "Zelensky",
        "direct",
        "resign",
    ),
    (
        "001",
        "If there is peace for Ukraine, if you truly need me to leave my post, I am prepared… I can exchange it for NATO",
        "Zelensky",
        "direct",
        "resign",
    ),
    (
        "002",
        "If there is peace for Ukraine, if you really need me to leave my post, I am ready. … I can exchange it for NATO",
        "Zelensky",
        "direct",
        "resign",
    ),
    (
        "004",
        "If Ukraine is able to achieve peace, if you really need me to leave my position, I am ready... I am ready to exchange it for NATO.",
        "Zelensky",
        "direct",
        "resign",
    ),
    ("003", "immediately", "Zelensky", "partial", "resign"),
    # The X post on NATO's cost, in two translations.
    ("000", "most cost-effective way to prevent another war.", "Zelensky", "partial", "cost"),
    (
        "003",
        "NATO is the most cost-effective option for preventing another war. It is the simplest and most logical solution",
        "Zelensky",
        "direct",
        "cost",
    ),
    ("000", "build a NATO within itself.", "Zelensky", "partial", "within"),
    (
        "000",
        "If Ukraine can’t join NATO, we’ll have to forge our own version of it—maintaining a military robust enough to fend off aggression, funding it, producing and stockpiling our own weapons, and securing commitments from partners to deter Russia from sparking another conflict",
        "Zelensky",
        "direct",
        "forge",
    ),
    ("000", "We must evaluate what’s most affordable, practical, and swift.", "Zelensky", "direct", "weigh"),
    (
        "003",
        "We need to weigh everything—what is cheaper, what is more realistic, and what can be done faster",
        "Zelensky",
        "direct",
        "weigh",
    ),
    (
        "000",
        "I’m thankful to all who back our efforts toward genuine security.",
        "Zelensky",
        "direct",
        "thankful",
    ),
    # The reply to "dictator", in three translations, and the partial "offended" of two articles.
    ("000", "I’d only be offended by ‘dictator’ if I actually were one.", "Zelensky", "direct", "offended"),
    (
        "001",
        "One would be offended by the word ‘dictator’ if he were a dictator",
        "Zelensky",
        "direct",
        "offended",
    ),
    (
        "002",
        "One would be offended by the word ‘dictator,’ if he was a dictator",
        "Zelensky",
        "direct",
        "offended",
    ),
    ("001", "offended", "Zelensky", "partial", "offended"),
    ("002", "offended", "Zelensky", "partial", "offended"),
    ("001", "security guarantees", "Zelensky", "partial", "guarantees"),
    ("002", "security guarantees", "Zelensky", "partial", "guarantees"),
    ("001", "much needed.", "Zelensky", "partial", "needed"),
    ("002", "much needed.", "Zelensky", "partial", "needed"),
    (
        "002",
        "I very much want from Trump an understanding of each other",
        "Zelensky",
        "direct",
        "understanding",
    ),
    ("003", "understand", "Zelensky", "partial", "understanding"),
    ("002", "progress", "Zelensky", "partial", "progress"),
    ("004", "Every day, our people are fighting against aerial terror.", "Zelensky", "direct", "terror"),
    (
        "004",
        "On the third anniversary of the full-scale war, Russia launched 267 attack drones against Ukraine – the largest number since Iranian drones began to attack Ukrainian cities and villages.",
        "Zelensky",
        "direct",
        "drones",
    ),
    ("004", "just and lasting peace", "Zelensky", "partial", "unity"),
    (
        "004",
        "This can be achieved through the unity of all partners – we need the strength of the whole of Europe, the strength of America, and the strength of all those who seek a lasting peace.",
        "Zelensky",
        "direct",
        "unity",
    ),
    # Trump.
    (
        "000",
        "He’s been there for three years and makes dealmaking tough. He’s not that important for these negotiations.",
        "Donald Trump",
        "direct",
        "tough",
    ),
    ("000", "dictator", "Donald Trump", "partial", "dictator"),
    ("001", "dictator", "Donald Trump", "partial", "dictator"),
    ("002", "dictator", "Donald Trump", "partial", "dictator"),
    ("003", "dictator", "Donald Trump", "partial", "dictator"),
    ("000", "started", "Donald Trump", "partial", "started"),
    ("001", "started", "Donald Trump", "partial", "started"),
    ("002", "started", "Donald Trump", "partial", "started"),
    (
        "002",
        "He refuses to have Elections, is very low in Ukrainian Polls, and the only thing he was good at was playing (Joe) Biden ‘like a fiddle,’",
        "Donald Trump",
        "direct",
        "fiddle",
    ),
    (
        "002",
        "In the meantime, we are successfully negotiating an end to the War with Russia, something all admit only ‘TRUMP,’ and the Trump Administration, can do.",
        "Donald Trump",
        "direct",
        "meantime",
    ),
    # Peskov: two remarks in two wordings each, and partials.
    (
        "001",
        "It is important that nothing obstructs the political will of the two heads of state,",
        "Dmitry Peskov",
        "direct",
        "will",
    ),
    (
        "002",
        "It is important that nothing prevents us from realising the political will of the two heads of state.",
        "Dmitry Peskov",
        "direct",
        "will",
    ),
    ("001", "The people decided to join Russia long ago,", "Dmitry Peskov", "direct", "decided"),
    (
        "002",
        "The people decided to join Russia a long time ago… No one will ever sell off these territories. That’s the most important thing,",
        "Dmitry Peskov",
        "direct",
        "decided",
    ),
    ("001", "extraordinary", "Dmitry Peskov", "partial", "extraordinary"),
    ("002", "extraordinary", "Dmitry Peskov", "partial", "extraordinary"),
    ("001", "promising.", "Dmitry Peskov", "partial", "promising"),
    ("002", "promising.", "Dmitry Peskov", "partial", "promising"),
    (
        "001",
        "Zelensky makes inappropriate remarks towards a head of state. He does so repeatedly,",
        "Dmitry Peskov",
        "direct",
        "inappropriate",
    ),
    (
        "001",
        "No president would tolerate such treatment. So his (Trump’s) reaction is completely understandable.",
        "Dmitry Peskov",
        "direct",
        "inappropriate",
    ),
    # Putin: a split quote and the subheading that quotes it.
    ("001", "Fate willed it so, God willed it so, if I may say so,", "Vladimir Putin", "direct", "fate"),
    (
        "001",
        "A mission as difficult as it is honourable—defending Russia—has been placed on our shoulders.",
        "Vladimir Putin",
        "direct",
        "fate",
    ),
    ("001", "God Willed It", "Vladimir Putin", "partial", "fate"),
    # Others, once each or the same words in two articles.
    (
        "000",
        "The president and his team are laser-focused on negotiating with both sides to resolve this war. He’s confident it can happen soon,",
        "Karoline Leavitt",
        "direct",
        "laser",
    ),
    ("001", "territorial integrity.", "Antonio Guterres", "partial", "integrity"),
    ("002", "territorial integrity.", "Antonio Guterres", "partial", "integrity"),
    (
        "001",
        "We are living through a defining moment for Ukraine and European security.",
        "Antonio Costa",
        "direct",
        "moment",
    ),
    (
        "004",
        "No one wants the bloodshed to continue. No one, especially the Ukrainians. But after everything they have suffered, after everything they have fought for, there can be no discussion about Ukraine without Ukraine's involvement, and the Ukrainian people must have a long-term secure future.",
        "Keir Starmer",
        "direct",
        "bloodshed",
    ),
    ("004", "realistic", "Pete Hegseth", "partial", "realistic"),
]
# Segments of one split quote, as the extractor reports them.
SPLITS = [("001", "fate"), ("001", "inappropriate")]


def _article(seed: str) -> tuple[str, str]:
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return article_id_for(text), text


def seed_quotes() -> tuple[list[Quote], dict[str, str], list[tuple[str, ...]], dict[str, str]]:
    """Return the annotated quotes, their gold labels by quote id, split groups and article texts."""
    quotes, labels, texts = [], {}, {}
    for seed, text, speaker, kind, label in ROWS:
        article_id, body = _article(seed)
        texts[article_id] = body
        start = body.find(text)
        assert start >= 0, text
        qid = quote_id_for(article_id, start, start + len(text))
        quotes.append(
            Quote(
                id=qid,
                article_id=article_id,
                text=text,
                start=start,
                end=start + len(text),
                kind=kind,
                speaker=speaker,
                speaker_id=speaker.lower().replace(" ", "-"),  # type: ignore[arg-type]
                outlet=seed,
                published=DATES.get(seed),
            )
        )
        labels[qid] = label
    splits = [
        tuple(
            q.id
            for q, row in zip(quotes, ROWS, strict=True)
            if (row[0], row[4]) == split and row[3] == "direct"
        )
        for split in SPLITS
    ]
    return quotes, labels, splits, texts
