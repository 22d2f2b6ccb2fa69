"""The parser fallback names speakers the rules cannot, and the rules still work without it."""

from __future__ import annotations

import logging

import pytest

from service.extract import Extractor

FALLBACK = [
    # (text, quote, speaker) — a cue whose subject the capitalisation rules do not read as a name
    (
        "“We will rise again,” said Chancellor of the Duchy of Lancaster Pat McFadden.",
        "We will rise again,",
        "Pat McFadden",
    ),
    ("“It is over,” said al-Hakim.", "It is over,", "al-Hakim"),
    ("“We will appeal,” said d’Souza, a lawyer.", "We will appeal,", "d’Souza"),
    (
        "In a statement, iHeartMedia said the show had been “a great success.”",
        "a great success.",
        "iHeartMedia",
    ),
    ("“We did nothing wrong,” said eBay in a statement.", "We did nothing wrong,", "eBay"),
    ("eBay cut 1,000 jobs on Monday, saying it needed to “move faster.”", "move faster.", "eBay"),
    (
        'Halberg\'s cut its outlook on Tuesday, saying shoppers had become "extremely selective."',
        "extremely selective.",
        "Halberg",
    ),
]

STILL_NOBODY = [
    # (text, quote) — the parser finds no name here either, so nobody is guessed
    ("“Prices will rise,” an official said.", "Prices will rise,"),
    ("“We want answers,” said relatives of the victims.", "We want answers,"),
    ("“We are ready,” the latter said.", "We are ready,"),
    (
        "A Brazilian foreign ministry official said the deal was “fully consistent” with the law.",
        "fully consistent",
    ),
    ("The minister – who has faced calls to resign – said: “I am going nowhere.”", "I am going nowhere."),
    ("“No,” she said flatly when asked by Lisa Park whether she would resign.", "No,"),
]


def speakers(extractor: Extractor, text: str) -> dict[str, str | None]:
    """Return each quote's text mapped to its speaker."""
    return {q.text: q.speaker for q in extractor.extract(text, "case.txt").quotes}


@pytest.mark.parametrize(("text", "quote", "speaker"), FALLBACK)
def test_the_parser_names_the_subject_the_rules_could_not(
    extractor: Extractor, text: str, quote: str, speaker: str
) -> None:
    assert speakers(extractor, text).get(quote) == speaker


@pytest.mark.parametrize(("text", "quote", "speaker"), FALLBACK)
def test_without_the_parser_those_quotes_keep_no_speaker(text: str, quote: str, speaker: str) -> None:
    found = speakers(Extractor(use_parser=False), text)
    assert quote in found and found[quote] != speaker


@pytest.mark.parametrize(("text", "quote"), STILL_NOBODY)
def test_the_parser_never_turns_an_unnamed_source_into_a_name(
    extractor: Extractor, text: str, quote: str
) -> None:
    assert speakers(extractor, text) == {quote: None}


def test_the_parser_never_overrides_a_speaker_the_rules_found(extractor: Extractor) -> None:
    text = "Dana Cole chairs the board. “It is settled,” said Cole, adding that the Leader agreed."
    (quote,) = extractor.extract(text, "case.txt").quotes
    assert (quote.speaker, quote.confidence) == ("Dana Cole", 0.95)


def test_a_parsed_speaker_keeps_the_title_before_the_name(extractor: Extractor) -> None:
    (quote,) = extractor.extract(FALLBACK[0][0], "case.txt").quotes
    assert (quote.speaker, quote.role, quote.cue) == (
        "Pat McFadden",
        "Chancellor of the Duchy of Lancaster",
        "said",
    )


def test_a_disabled_parser_leaves_the_rules_working() -> None:
    extractor = Extractor(use_parser=False)
    assert extractor.parser is None
    assert speakers(extractor, "“Roads are closed,” said Mayor Ann Lee.") == {"Roads are closed,": "Ann Lee"}


def test_a_missing_model_is_logged_once_and_the_rules_go_on(caplog: pytest.LogCaptureFixture) -> None:
    extractor = Extractor(models=("no_such_model_installed",))
    with caplog.at_level(logging.WARNING, logger="service.extract.parser"):
        for _ in range(3):
            found = speakers(extractor, "“It is over,” said al-Hakim. “Go,” said Mayor Ann Lee.")
    assert found == {"It is over,": None, "Go,": "Ann Lee"}
    assert [r.message for r in caplog.records].count(caplog.records[0].message) == 1
    assert "no spaCy model installed" in caplog.records[0].message


def test_the_model_is_not_loaded_until_a_sentence_needs_it() -> None:
    extractor = Extractor()
    extractor.extract("“Roads are closed,” said Mayor Ann Lee.", "case.txt")
    assert extractor.loaded is False
    extractor.extract("“It is over,” said al-Hakim.", "case.txt")
    assert extractor.loaded is True


PARTICLE_NAMES = [
    # (text, quote, speaker) — names opening with a lowercase particle, read by the rules alone
    ("“We are ready,” said van Gogh.", "We are ready,", "van Gogh"),
    ("“Talks must go on,” de Klerk told the crowd.", "Talks must go on,", "de Klerk"),
    ("“The case is closed,” wrote van der Merwe in a letter.", "The case is closed,", "van der Merwe"),
    ("“The ball was out,” Hawk-Eye operator di Maria insisted.", "The ball was out,", "di Maria"),
    ("“That is not true,” dos Santos told reporters.", "That is not true,", "dos Santos"),
    ("FW de Klerk met the press. “We have no choice,” de Klerk said.", "We have no choice,", "FW de Klerk"),
    ("“It broke down,” said the driver of a van Tuesday.", "It broke down,", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), PARTICLE_NAMES)
def test_a_name_opening_with_a_lowercase_particle_is_one_name(
    text: str, quote: str, speaker: str | None
) -> None:
    assert speakers(Extractor(use_parser=False), text).get(quote, "missing") == speaker
