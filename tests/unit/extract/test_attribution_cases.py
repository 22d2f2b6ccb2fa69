"""Attribution rules from extraction round 12, each in sentences written for these tests."""

from __future__ import annotations

import pytest

from service.extract import Extractor

CASES = [
    # (article text, quote text, speaker, kind)
    # The reporting verb that opens a sentence sets its focus, not the subject of the clause it reports.
    (
        "Dr Lucia Brandao said Health Minister Carla Teixeira had written to the nurses’ union on Monday. "
        "“The door is open,” she said.",
        "The door is open,",
        "Lucia Brandao",
        "direct",
    ),
    # An unnamed speaker's "she said" stays unnamed, though a named woman was quoted before.
    (
        "Ward manager Helen Vosburgh said staffing had collapsed. “We are short every night,” Vosburgh "
        "said.\n\nOne nurse, who asked not to be named, said she had worked six nights in a row. "
        "“We are exhausted,” she said.",
        "We are exhausted,",
        None,
        "direct",
    ),
    # "the senator" after "One GOP senator …" is that unnamed senator, not the named one before.
    (
        "Sen. Margaret Thornquist said the bill would pass by Friday.\n\nOne GOP senator, speaking on "
        "condition of anonymity, said the votes were not there. “Nobody wants to own this,” the senator said.",
        "Nobody wants to own this,",
        None,
        "direct",
    ),
    # A reporting tag closing the sentence, far after the quote, credits its partial quote.
    (
        "The Federal Telecom Agency has begun “gradually restricting” access to foreign messaging apps, "
        "the agency said Friday, in the latest step against Western platforms.",
        "gradually restricting",
        "Federal Telecom Agency",
        "partial",
    ),
    # "— Name, title" on the line under a paragraph that is only a quote.
    (
        "Analysts expect the central bank to ease again in March.\n\n“We expect one more cut this year.”\n\n"
        "— Henrik Aasgaard, Baltic economist at Norrland Bank\n\nThe bank meets next week.",
        "We expect one more cut this year.",
        "Henrik Aasgaard",
        "direct",
    ),
    # A long "who …" appositive between the name and its verb.
    (
        "“We will not be rushed,” Deputy Governor Tomasz Wierzbicki, who oversees market operations and "
        "payment systems and who sat beside the governor and her two deputies throughout the long afternoon "
        "briefing, said when asked about the timing.",
        "We will not be rushed,",
        "Tomasz Wierzbicki",
        "direct",
    ),
    # "According to him, “…”": the man just spoken of.
    (
        "Coach Marek Dvorak spoke to reporters after the match. According to him, “We were robbed in the "
        "second half.”",
        "We were robbed in the second half.",
        "Marek Dvorak",
        "direct",
    ),
    # "The statement read in part": the body that issued it.
    (
        "The Ministry of Water issued a statement on Sunday. The statement read in part, “Supplies will be "
        "restored by Thursday.”",
        "Supplies will be restored by Thursday.",
        "Ministry of Water",
        "direct",
    ),
    # "the statement added" after a person's statement: that person.
    (
        "Spokesman Idris Kamara, in a statement on Monday, said the port would reopen on Wednesday. "
        "“Crews worked through the night,” the statement added.",
        "Crews worked through the night,",
        "Idris Kamara",
        "direct",
    ),
    # A capitalised title with an evaluative word ("the embattled Speaker"); "Hon." ends no sentence.
    (
        "Lawmakers tabled a motion against the Speaker, Hon. Adewale Ogunbiyi, on Tuesday. Opposition whip "
        "Chidi Okeke said members had “lost confidence”.\n\nThe embattled Speaker said the motion was "
        "“dead on arrival”.",
        "dead on arrival",
        "Adewale Ogunbiyi",
        "partial",
    ),
    # "Comrade" is an honorific, not part of the name.
    (
        "Comrade Emeka Nwosu, the union’s general secretary, said: “We will not be intimidated.”",
        "We will not be intimidated.",
        "Emeka Nwosu",
        "direct",
    ),
    # An occupation is a descriptor: "the retired baker" is the person just introduced.
    (
        "Doris Pembleton, 71, from Harwick, whose hip surgery was cancelled twice, has waited eight months. "
        "The retired baker said the delay was “cruel”.",
        "cruel",
        "Doris Pembleton",
        "partial",
    ),
    # "Health secretary says …" heading: the health secretary the body names, not the shadow one.
    (
        "Health secretary says strike is ‘unjustified’\n\nThe health secretary, Owen Marsh, said on Sunday "
        "that the walkout would put patients at risk. The shadow health secretary, Priya Kaul, said the "
        "government had failed to negotiate.",
        "unjustified",
        "Owen Marsh",
        "partial",
    ),
    # "call off" is no speech verb: the union does not speak.
    (
        "Union leader Greta Holm said the union would call off the strike if the government put "
        "“anything credible” on the table.",
        "anything credible",
        "Greta Holm",
        "partial",
    ),
    # "the Prague text read as if it had been written": neither the noun "text" nor a passive is a cue.
    (
        "Foreign Minister Lars Eklund defended the draft on Monday. A senior EU diplomat, speaking on "
        "condition of anonymity, said the Prague text read as if it had been written “with a borrowed pen”.",
        "with a borrowed pen",
        None,
        "partial",
    ),
    # A passive "had been written" is no cue, so a bare quote still takes the person in focus.
    (
        "Coach Ivo Stanek posted a note to fans after the defeat. “We were not good enough” — it had been "
        "written at 2 a.m.",
        "We were not good enough",
        "Ivo Stanek",
        "direct",
    ),
    # A hyphenated adjective is no name: "The EU-brokered plan, he said" is the ambassador's.
    (
        "Ambassador Paolo Ricci met the envoys on Monday. The EU-brokered plan, he said, “rewards the "
        "aggressor”.",
        "rewards the aggressor",
        "Paolo Ricci",
        "partial",
    ),
    # A question set off by dashes is a direct quote.
    (
        "Asked whether the vote would be delayed — “Are you pulling the bill?” one reporter shouted — "
        "Interior Minister Karin Lund said: “The vote goes ahead.”",
        "Are you pulling the bill?",
        None,
        "direct",
    ),
    # "the warning reads": whoever issued the warning.
    (
        "The emergency warning, issued by EmberGuard shortly after noon, covers Elmvale and Korra Creek. "
        "“You are in danger and need to act now,” the warning reads.",
        "You are in danger and need to act now,",
        "EmberGuard",
        "direct",
    ),
    # "the researchers" speak as a group.
    (
        "Across 12 clinics, the researchers concluded that the treatment “cut relapse rates by half”.",
        "cut relapse rates by half",
        "researchers",
        "partial",
    ),
    # "For Rachel Dunleavy, …" puts her in focus: her "she said", not the woman quoted before.
    (
        "Dr Irene Dahlquist, who led the study, said the results were modest. “It is a start,” Dahlquist "
        "said.\n\nFor Rachel Dunleavy, a 44-year-old teacher from Larkfield, Ohio, who took part in the "
        "trial, the numbers matter less. She did not know whether she had been given the drug. “I went from "
        "two attacks a week to none,” she said.",
        "I went from two attacks a week to none,",
        "Rachel Dunleavy",
        "direct",
    ),
    # A relative clause's cue ("which has branded her") does not take the sentence's focus ...
    (
        "Sen. Linda Harwell said on Monday she would vote for the bill.\n\nThe 67-year-old senator, who is "
        "up for reelection, brushed off an ad campaign by the group Heartland Voters, which has branded her "
        "a “RINO”. “I have been attacked by better,” she said.",
        "I have been attacked by better,",
        "Linda Harwell",
        "direct",
    ),
    # ... but its quote is the antecedent's.
    (
        "Sen. Linda Harwell said on Monday she would vote for the bill.\n\nThe 67-year-old senator, who is "
        "up for reelection, brushed off an ad campaign by the group Heartland Voters, which has branded her "
        "a “RINO”. “I have been attacked by better,” she said.",
        "RINO",
        "Heartland Voters",
        "partial",
    ),
    # An appositive after a place keeps the person before it: "Sen. X of Texas, the chamber's …, told".
    (
        "Sen. Carla Benning of Ohio, the party’s whip, said the plan was premature.\n\nThe senator’s "
        "comments come days after Sen. Dale Pruett of Texas, the chamber’s No. 2 Republican, told reporters "
        "the plan was “a separate conversation”.",
        "a separate conversation",
        "Dale Pruett",
        "partial",
    ),
]

NOT_SPEECH = [
    # (article text, quoted span that is no quote)
    # A book named a few words before its title.
    (
        "Economist Felix Oberlin, who wrote a best-selling book on fiscal policy, “The Narrow Road and Its "
        "Critics,” has been a critic of the plan.",
        "The Narrow Road and Its Critics,",
    ),
    # "known locally as" names a place.
    (
        "Park ranger Ines Lukacz said the climbers were found on a ridge known locally as “the spine”.",
        "the spine",
    ),
    # A title after "on" is a programme.
    (
        "“We will hold the line,” Finance Minister Ruth Adler told Channel 4 on “Sunday Matters.”",
        "Sunday Matters.",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), CASES)
def test_attribution_case_quote_has_expected_speaker_and_kind(
    extractor: Extractor, text: str, quote: str, speaker: str | None, kind: str
) -> None:
    found = {q.text: q for q in extractor.extract(text, "case.txt").quotes}
    assert quote in found, list(found)
    assert (found[quote].speaker, found[quote].kind) == (speaker, kind)


@pytest.mark.parametrize(("text", "span"), NOT_SPEECH)
def test_named_thing_is_no_quote(extractor: Extractor, text: str, span: str) -> None:
    assert span not in [q.text for q in extractor.extract(text, "case.txt").quotes]
