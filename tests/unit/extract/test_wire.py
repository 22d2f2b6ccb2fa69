"""Wire-style articles on many topics: quotes, speakers and kinds meet the quality bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import Extractor
from tests.unit.extract.scoring import gold_span, score, speaker_matches
from tests.unit.extract.wire.gold import WIRE_GOLD
from tests.unit.extract.wire.holdout_gold import HOLDOUT_GOLD

WIRE = Path(__file__).resolve().parent / "wire"


@pytest.fixture(scope="module")
def scores(extractor: Extractor) -> dict[str, float]:
    """Return the dev-set scores of the shared extractor."""
    return score(extractor.extract, WIRE, WIRE_GOLD + HOLDOUT_GOLD).summary()


def test_wire_quote_detection_meets_the_bar(scores: dict[str, float]) -> None:
    assert scores["f1"] >= 0.97 and scores["direct_f1"] >= 0.97, scores


def test_wire_speaker_accuracy_meets_the_bar(scores: dict[str, float]) -> None:
    assert scores["speaker_accuracy"] >= 0.92, scores


def test_wire_kinds_are_right(scores: dict[str, float]) -> None:
    assert scores["kind_accuracy"] >= 0.95, scores


# Blind batches whose misses are not fixed yet: scored and reported, expected to fail per article.
PENDING = {
    "182_eu_migration_pact.txt",  # quotes in a "Video." caption and a "READ MORE |" link line
    "188_hostage_talks_liveblog.txt",  # one-word headline quotes of a live page, "she says" after a square named
    "167_german_election.txt",  # "the Social Democrat (SPD) chancellor said", "ruled out “…”"
    "169_istanbul_talks.txt",  # a headline quote credited below, an anonymous source right after a minister
    "176_lee_ishiba_summit.txt",  # a term in quotes ("shuttle diplomacy") credited by the closing reporting tag
    "162_cop_draft.txt",  # "a draft text seen by Reuters" as the speaker, a chant, an all-caps subheading
    "150_obituary_abernathy.txt",  # a renamed body: "the Marine Biological Association" joins its old Scottish name
    "93_castellano_corruption_trial.txt",  # a headline quote before "prosecutors tell", "Castellano's lawyer … he argued"
}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason="blind batch, fixes pending", strict=True))
        if p.name in PENDING
        else p
        for p in sorted(WIRE.glob("*.txt"))
    ],
    ids=lambda p: p.name,
)
def test_every_wire_article_is_mostly_right(extractor: Extractor, path: Path) -> None:
    gold = [g for g in WIRE_GOLD + HOLDOUT_GOLD if g[0] == path.name]
    s = score(extractor.extract, WIRE, gold)
    assert s.matched >= s.gold - 1 and s.predicted <= s.gold + 1, (s.misses, s.extras)
    assert s.speaker_ok >= s.matched - 1, s.wrong_speakers


PRECISE = [
    # (file, opening words, speaker) — one hard pattern each
    ("01_senate_budget.txt", "We are not going to reward", "Marion Caldwell"),  # Sen. X, D-Wash., told
    ("01_senate_budget.txt", "There's a deal", "Andre Baptiste"),  # he added after two people
    ("01_senate_budget.txt", "Our members are", "Everett Olsen"),  # the head of X, Name, said
    ("02_court_fraud.txt", "The only appropriate sentence", "Helen Ashworth"),  # paragraphs run on
    ("02_court_fraud.txt", "I asked him directly", "Fiona O'Brien"),  # same surname, she
    ("04_football_match.txt", "It was a decent ball", "Luka Kovač"),  # brothers, first name
    ("04_football_match.txt", "We were poor for 20 minutes", "Stephen Achterberg"),  # He said:
    ("05_science_coral.txt", "If that works", "Pieter van der Berg"),  # Co-author, particles
    ("06_flood_disaster.txt", "We are asking people", "national water commission"),  # the commission said
    ("07_local_library.txt", "My surgeon told me", "Alan Pryce"),  # Mr and Mrs
    ("08_interview_qa.txt", "I never wanted to be a politician", "Ines Falkenrath"),  # ‘…’: Name
    ("09_liveblog_storm.txt", "Our engineers are working", "company"),  # a spokesman for X said
    ("10_summit_diplomacy.txt", "a strategic gateway", "Faisal bin Abdulaziz"),  # the crown prince
    ("10_summit_diplomacy.txt", "fully consistent", "none"),  # an unnamed official
    ("13_mayor_race.txt", "He was a lot easier", "Gerald T. Boyle"),  # the elder Boyle
    ("13_mayor_race.txt", "I love my father", "Gerald T. Boyle Jr."),  # the younger Boyle
    ("16_central_bank.txt", "softening", "Bank of Canada"),  # the bank said
    ("17_obituary.txt", "the only man in Baltimore", "Helen Margaret Ashby"),  # Mrs. among Ashbys
    ("19_basketball.txt", "Coach drew it up", "Marcus Jenkins Jr."),  # Jr. and Sr.
    ("22_tennis.txt", "learned to enjoy the pressure", "Aryna Sabalenka"),  # after a dateline
    ("24_earnings_bank.txt", "invest for the future", "Georges Elhedery"),  # continue to
    ("27_feature_chef.txt", "Proud? Of course", "José Mendonça"),  # her father
    ("21_uk_strike.txt", "This strike is unnecessary", "Wes Streeting"),  # single quote marks
    ("30_local_council.txt", "Ashford desperately needs", "Ian Moss"),  # said X's director, Name
    ("31_space.txt", "Safety is our top priority", "Bill Nelson"),  # NASA Administrator Name
    ("32_football_transfer.txt", "missing piece", "Mikel Arteta"),  # headline: Name hails ‘…’
    ("34_lede_quote.txt", "She comes home crying", "Luis"),  # gave his name only as
    ("33_india_monsoon.txt", "Our teams are working", "Bhushan Gagrani"),  # said he
    ("35_guardian_politics.txt", "fix the foundations", "Rachel Reeves"),  # Name vows to ‘…’
    ("69_npr_drought_farmers.txt", "She's right", "Dwight Hollister"),  # her father, he says
    ("71_local_crime_shooting.txt", "We have the person", "Renata Obi"),  # X urged …, she said
    ("72_wapo_hearing_fed.txt", "People in my district", "Rob Menendez"),  # Rep. X (D-N.J.) said
    ("72_wapo_hearing_fed.txt", "Well, that's the question", "Troy Nehls"),  # “…?” X shot back.
    ("73_ap_basketball.txt", "We had good looks early", "Nikola Vucevic"),  # the center said
    ("74_feature_family_bakery.txt", "She has never asked", "Linh Tran"),  # became a pharmacist
]


@pytest.mark.parametrize(("name", "opening", "speaker"), PRECISE)
def test_wire_quote_has_its_speaker(extractor: Extractor, name: str, opening: str, speaker: str) -> None:
    text = (WIRE / name).read_text(encoding="utf-8")
    start, end = gold_span(text, opening)
    quotes = [q for q in extractor.extract(text, name).quotes if q.start <= start < q.end]
    assert quotes, f"no quote at {opening!r}"
    assert speaker_matches(quotes[0].speaker, speaker), quotes[0].speaker


NOT_SPEECH = [
    "The sign on the door read “closed for repairs” all week.",
    "Detectives believe he is the man dubbed the “Bicycle Bandit,” who robbed five banks.",
    "The paper, titled “Heat stress in reef corals,” stops short of a cure.",
    "Fighting has intensified around the so-called “northern corridor,” a strip of farmland.",
    "The prize went to Park Ji-hoon for his thriller “Glass Houses.”",
    "Her favourite book, she said, was “The Owl Who Was Afraid of the Dark”.",
    'Words such as "may," "could" and "expect" mark a forecast.',
    'Friends at school nicknamed him "Legs" for obvious reasons.',
    "Dr Lena Petrova, the author of “Cold Harbours: A History”, said the port had changed.",
    "Foreign Secretary Ian Dale said the countries known as the “coalition of the willing” would meet.",
    "Prime Minister Arun Mehta praised Ravi Sharma, whom he referred to as “Ravi bhai”, at the rally.",
    "Chief executive Anjali Rao said the next-generation “Borealis” chip remained on track.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_titles_nicknames_and_scare_quotes_are_not_quotes(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, "x").quotes == []


def test_a_nickname_a_speaker_coins_stays_a_partial_quote(extractor: Extractor) -> None:
    (quote,) = extractor.extract('Donald Trump called him "Sleepy Joe" at a rally.', "x").quotes
    assert (quote.text, quote.speaker, quote.kind) == ("Sleepy Joe", "Donald Trump", "partial")


def test_a_one_word_answer_after_a_cue_is_a_quote(extractor: Extractor) -> None:
    (quote,) = extractor.extract('Nina Park was asked if she would resign. She said, "No."', "x").quotes
    assert (quote.text, quote.speaker, quote.kind) == ("No.", "Nina Park", "direct")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not comment,” said a spokeswoman for the ministry.", "ministry"),
        ("“Roads are closed,” police said.", "police"),
        ("“Prices will rise,” an official said.", None),
        ("Acme Corp reported losses. “We will recover,” the company said.", "Acme Corp"),
        ("Acme Corp reported a loss. “We remain confident,” it said in a statement.", "Acme Corp"),
        ("Police arrested two men. “The investigation is ongoing,” they said.", "Police"),
        ("The Kremlin rejected the report. “This is a fabrication,” it said.", "Kremlin"),
    ],
)
def test_groups_and_unnamed_sources_are_named_consistently(
    extractor: Extractor, text: str, speaker: str | None
) -> None:
    (quote,) = extractor.extract(text, "x").quotes
    assert quote.speaker == speaker


PATTERNS: list[tuple[str, str, str | None]] = [
    # (text, quote, speaker) — attribution patterns of wire copy, in sentences written for this test
    (
        'Police Chief Dana Cole arrived at 9. "Get back!" shouted Cole as the crowd surged.',
        "Get back!",
        "Dana Cole",
    ),
    (
        'Rafael Ortega, 24, won in straight sets. "I felt great," the 24-year-old said.',
        "I felt great,",
        "Rafael Ortega",
    ),
    (
        'Pierre Lemaire beat the champion. "It was my best match," the Frenchman said.',
        "It was my best match,",
        "Pierre Lemaire",
    ),
    ('Mia Lund, 45, a teacher from Leeds, said: "Nobody asked us."', "Nobody asked us.", "Mia Lund"),
    (
        "'We will fight on,' said union leader Mick Lynch. 'Our members won't back down.'",
        "Our members won't back down.",
        "Mick Lynch",
    ),
    ('"Is this fair?" asked Senator Joan Pike. "I don\'t think so."', "I don't think so.", "Joan Pike"),
    (
        'Tom Reyes and Ann Bode met. Reyes said talks went well. "We made progress," he said.',
        "We made progress,",
        "Tom Reyes",
    ),
    ("\"We're thrilled,\" said Jane Doe, the company's chief executive.", "We're thrilled,", "Jane Doe"),
    (
        'Dr. Sarah Klein, an epidemiologist at Harvard, warned: "The next wave is coming."',
        "The next wave is coming.",
        "Sarah Klein",
    ),
    (
        '"This is a disaster," Mayor Lee Chang said Tuesday, "and we need help."',
        "and we need help.",
        "Lee Chang",
    ),
    ('Asked about the deal, Prime Minister Anita Rao replied: "Wait and see."', "Wait and see.", "Anita Rao"),
    (
        'The White House said in a statement: "The president is confident."',
        "The president is confident.",
        "White House",
    ),
    ('Microsoft said it "remains committed" to the region.', "remains committed", "Microsoft"),
    (
        'Ahmed al-Sharaa told reporters: "Syria is for all Syrians."',
        "Syria is for all Syrians.",
        "Ahmed al-Sharaa",
    ),
    ('"No comment," Jean-Luc Mélenchon told journalists.', "No comment,", "Jean-Luc Mélenchon"),
    (
        '"We remain hopeful," the family said in a statement released by police.',
        "We remain hopeful,",
        "family",
    ),
    (
        'Coach Ange Postecoglou was furious. "That\'s not a penalty," the Australian said.',
        "That's not a penalty,",
        "Ange Postecoglou",
    ),
    (
        '"We\'re going to win this," said Rep. Alexandria Ocasio-Cortez, D-N.Y.',
        "We're going to win this,",
        "Alexandria Ocasio-Cortez",
    ),
    (
        'Former President Barack Obama said democracy was "not a spectator sport."',
        "not a spectator sport.",
        "Barack Obama",
    ),
    ('"It\'s over," said O\'Connor. "I\'m done."', "I'm done.", "O'Connor"),
    (
        'LONDON, May 2 (Reuters) - Ana Ruiz won, and said she was "over the moon."',
        "over the moon.",
        "Ana Ruiz",
    ),
    (
        'The Interfax news agency quoted Dmitry Peskov as saying: "There is no date yet."',
        "There is no date yet.",
        "Dmitry Peskov",
    ),
    (
        'State media quoted Defence Minister Andrei Belov as saying the army was "ready for anything."',
        "ready for anything.",
        "Andrei Belov",
    ),
    (
        'Sarah Cole and her sister Anna Cole ran the shop. "We never closed," Sarah said.',
        "We never closed,",
        "Sarah Cole",
    ),
    (
        'Jon Hale, however, said the plan was flawed. "It will not work," Hale said.',
        "It will not work,",
        "Jon Hale",
    ),
    ('But Mayor Rita Gomez said: "We will rebuild."', "We will rebuild.", "Rita Gomez"),
    ('Ken Obi later wrote on X: "I was wrong."', "I was wrong.", "Ken Obi"),
    ('Lena Berg had said in March that the deal was "dead."', "dead.", "Lena Berg"),
    ('"We are done," Amy Tran said of the talks.', "We are done,", "Amy Tran"),
    (
        'Paul Kim spoke first.\n\nAnd then Judge Maria Lopez said:\n\n"The motion is denied."',
        "The motion is denied.",
        "Maria Lopez",
    ),
    ('"We lost," said Omar Said, whose team was relegated.', "We lost,", "Omar Said"),
    ('Nina Patel met Oscar Hill. She told him: "You are fired."', "You are fired.", "Nina Patel"),
    (
        'Governor Ron Price and Senator Lisa Ward toured the site. "It is devastating," Ward said. "We need help," she added.',
        "We need help,",
        "Lisa Ward",
    ),
    ('"I love this city," the singer, Taylor Quinn, told fans.', "I love this city,", "Taylor Quinn"),
    ('"Go home," police told protesters.', "Go home,", "police"),
    ('"We want answers," said relatives of the victims.', "We want answers,", None),
    ('Witness Tom Fry, 60, said: "I heard three shots."', "I heard three shots.", "Tom Fry"),
    ('"Thank you," tweeted Elena Rossi.', "Thank you,", "Elena Rossi"),
    (
        'Smith, a 30-year veteran of the force, said the case was "the worst I have seen."',
        "the worst I have seen.",
        "Smith",
    ),
    ('According to Dr. Ravi Menon, the drug is "very promising."', "very promising.", "Ravi Menon"),
    (
        '"Never again," Marta Nowak, 81, a survivor of the camp, told the crowd.',
        "Never again,",
        "Marta Nowak",
    ),
    ('As Judge Amy Cole put it: "The law is clear."', "The law is clear.", "Amy Cole"),
    ('Ali Khan told the BBC\'s Newsnight programme that the plan was "reckless."', "reckless.", "Ali Khan"),
    (
        'Defence Secretary John Healey, speaking in Kyiv on Monday, said: "We stand with Ukraine."',
        "We stand with Ukraine.",
        "John Healey",
    ),
    (
        '"Our position has not changed," the spokesperson for the European Commission, Paula Pinho, said.',
        "Our position has not changed,",
        "Paula Pinho",
    ),
    ('"We got lucky," admitted goalkeeper David Raya.', "We got lucky,", "David Raya"),
    ('"It hurts," Raya, who made six saves, conceded.', "It hurts,", "Raya"),
    ('Speaking after the match, Raya said he was "gutted."', "gutted.", "Raya"),
    (
        '"Who would have thought?" mused Ella Park, 90, on her birthday.',
        "Who would have thought?",
        "Ella Park",
    ),
    (
        'The minister – who has faced calls to resign – said: "I am going nowhere."',
        "I am going nowhere.",
        None,
    ),
    (
        'Health Minister Jo Ng – who has faced calls to resign – said: "I am going nowhere."',
        "I am going nowhere.",
        "Jo Ng",
    ),
    ('"It\'s a scandal," says Maria Rossi, 34, a mother of two.', "It's a scandal,", "Maria Rossi"),
    (
        'Xi told Biden that Taiwan was "the most dangerous issue" in relations, state media reported.',
        "the most dangerous issue",
        "Xi",
    ),
    (
        '"We will win," Ukrainian President Volodymyr Zelenskyy said in his nightly video address.',
        "We will win,",
        "Volodymyr Zelenskyy",
    ),
    ('Elon Musk posted on X: "This is insane."', "This is insane.", "Elon Musk"),
    ('"No," she said flatly when asked by Lisa Park whether she would resign.', "No,", None),
    (
        '"We will appeal," he said.\n\nTom Berg, the club\'s owner, spoke outside court.',
        "We will appeal,",
        "Tom Berg",
    ),
    ('Sam Wilde fixed the boiler. "It took a week," the plumber said.', "It took a week,", "Sam Wilde"),
    ('Alhaji Musa Bello, the market leader, said: "We are tired."', "We are tired.", "Musa Bello"),
    (
        'The plan was called "reckless" by Dr. Jane Orr of the University of Leeds.\n\n"It cannot work," she said.',
        "It cannot work,",
        "Jane Orr",
    ),
    (
        'Ann Lee and Chris Park run the farm. "We never rest," Chris Park says. "Not once," he adds.'
        '\n\nShe laughs at that. "He sleeps all afternoon," she says.',
        "He sleeps all afternoon,",
        "Ann Lee",
    ),
    (
        'Asked whether she would run again, Rosa Diaz smiled.\n\n"Ask me next year," she said.',
        "Ask me next year,",
        "Rosa Diaz",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), PATTERNS)
def test_wire_attribution_pattern_finds_the_speaker(
    extractor: Extractor, text: str, quote: str, speaker: str | None
) -> None:
    found = {q.text: q.speaker for q in extractor.extract(text, "case.txt").quotes}
    assert found.get(quote) == speaker, found
