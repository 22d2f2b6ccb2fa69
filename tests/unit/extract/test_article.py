"""Article parsing: title, date, outlet and boilerplate, with offsets into the raw text."""

from __future__ import annotations

from datetime import date

import pytest

from service.extract import Extractor, parse_article

BOILERPLATE = (
    "Grain deal\n\nPort reopens after a week of strikes\n\nSpread the love\n"
    "Reading Time: 3 minutes\n\n42\n\nAbstract: Union said “no deal” before the vote.\n\n"
    "“We are back,” harbour master Lin Osei said on Monday.\n\nReuters\n"
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (" date 2024-11-03 “We won,” said Ana Ruiz.", date(2024, 11, 3)),
        ("Headline of the day here\n\n2024-11-03 08:15:00\n\n“We won,” said Ana Ruiz.", date(2024, 11, 3)),
        ("“We won,” Ana Ruiz said on Sunday.", None),
    ],
)
def test_publication_date_is_read_in_each_form(text: str, published: date | None) -> None:
    assert parse_article(text, "x").published == published


def test_boilerplate_lines_are_ignored_and_the_credit_gives_the_outlet(
    extractor: Extractor,
) -> None:
    result = extractor.extract(BOILERPLATE, "a.txt")
    assert result.article.title == "Port reopens after a week of strikes"
    assert result.article.outlet == "Reuters"
    assert [q.text for q in result.quotes] == ["We are back,"]
    assert result.quotes[0].speaker == "Lin Osei"


def test_a_pages_breadcrumbs_are_boilerplate_and_give_no_speaker(extractor: Extractor) -> None:
    text = (
        "HOME > National Teams > NEWS > Coach Ito “We gave everything” at the Asian Cup\n\n"
        "Coach Ito “We gave everything” at the Asian Cup\n\nHead coach Ken Ito spoke on Tuesday.\n\n"
        "“We gave everything,” Ito said."
    )
    article = parse_article(text, "x")
    assert article.blocks[0].kind == "boilerplate"
    assert article.title == "Coach Ito “We gave everything” at the Asian Cup"
    assert "HOME" not in {q.speaker for q in extractor.extract(text, "x.txt").quotes}


def test_a_photo_caption_and_its_alt_text_are_no_paragraphs_of_the_story() -> None:
    text = (
        "Derby win for the Tigers\n\nThe Tigers won 20-12 on Friday.\n\nTigers hooker Sam Dyer.\n"
        "Tigers hooker Sam Dyer. ©Kim Ross/Photos\n\nThe crowd of 20,000 was a record.\n\n© 2024 Daily Post"
    )
    kinds = [(text[b.start : b.end][:20], b.kind) for b in parse_article(text, "x").blocks]
    assert kinds == [
        ("Derby win for the Ti", "title"),
        ("The Tigers won 20-12", "body"),
        ("Tigers hooker Sam Dy", "heading"),
        ("Tigers hooker Sam Dy", "heading"),
        ("The crowd of 20,000 ", "body"),
        ("© 2024 Daily Post", "heading"),
    ]


def test_a_links_text_on_a_line_of_its_own_stays_in_its_sentence(extractor: Extractor) -> None:
    # scraped pages put each link's text on a line of its own, inside the sentence
    text = (
        "JAKARTA: Chinese world no.2\nLi Wen Bo\non Sunday won the\nJakarta Open\n, his first title "
        'there.\nLi was delighted with the win.\n"I am very happy to have won today."'
    )
    blocks = parse_article(text, "x").blocks
    assert [b.kind for b in blocks] == ["title", "body", "body", "body"]
    assert text[blocks[1].start : blocks[1].end].startswith("Li Wen Bo\non Sunday")
    assert [q.speaker for q in extractor.extract(text, "x.txt").quotes] == ["Li Wen Bo"]


def test_an_embeds_cookie_notice_is_boilerplate(extractor: Extractor) -> None:
    text = (
        "“I think we are all just devastated,” the victim’s brother Jordan said.\nWe need your "
        "consent to load this video-player contentWe use video-player to manage extra content "
        "that can set cookies on your device. Please review their details and accept them to load "
        "the content.Manage Preferences\n“He was a role model to all of us."
    )
    assert [b.kind for b in parse_article(text, "x").blocks] == ["body", "boilerplate", "body"]
    assert [q.speaker for q in extractor.extract(text, "x.txt").quotes] == ["Jordan", "Jordan"]


def test_a_line_of_url_tags_is_boilerplate(extractor: Extractor) -> None:
    text = (
        "Singer breaks down at album launch\n\nMaya Rao burst into tears at the launch.\n\n"
        "Maya-Rao Maya-Rao-Breaks-Down Album-Launch\n\nWhile talking about it, she said, “I am "
        "speechless.”"
    )
    kinds = [b.kind for b in parse_article(text, "x").blocks]
    assert kinds == ["title", "body", "boilerplate", "body"]
    assert [q.speaker for q in extractor.extract(text, "x.txt").quotes] == ["Maya Rao"]


def test_a_hard_wrapped_story_keeps_its_paragraphs_whole() -> None:
    lines = [
        "LAHORE, Sept 15: The national cricket captain, Ali Raza, has",
        "attributed the team's success in the last match of the series to",
        "collective effort and the return of fans to the national stadium.",
        "“All the players worked really hard and led the team to",
        "victory in the three match series, which is a big achievement,” he",
        "said in his post-match comments after his side won on Friday night.",
        "He praised the batting of man of the match Omar Khan",
        "and the opener Bilal Shah for leading the team to a decent total which",
        "the opposition failed to chase in the floodlit final on Friday.",
    ]
    text = "\n".join(lines)
    blocks = parse_article(text, "x").blocks
    # the first line goes on in lower case: no title, and each paragraph ends at its full stop
    assert [(b.kind, text[b.start : b.end].split("\n")[-1]) for b in blocks] == [
        ("body", lines[2]),
        ("body", lines[5]),
        ("body", lines[8]),
    ]


def test_date_prefix_keeps_offsets_into_the_raw_text(extractor: Extractor) -> None:
    text = " date 2024-11-03 Mayor Ana Ruiz said: “Résumé the café’s work.”"
    (quote,) = extractor.extract(text, "x").quotes
    assert text[quote.start : quote.end] == quote.text == "Résumé the café’s work."
    assert quote.published == date(2024, 11, 3)


def test_quote_carries_the_article_fields(extractor: Extractor) -> None:
    result = extractor.extract(BOILERPLATE, "a.txt")
    quote = result.quotes[0]
    assert (quote.article_id, quote.outlet, quote.title) == (
        result.article.id,
        "Reuters",
        "Port reopens after a week of strikes",
    )
    assert result.article.quote_count == 1 and quote.statement_id is None
