"""Attribution rules from extraction rounds 12 to 14, each in sentences written for these tests."""

from __future__ import annotations

import pytest

from service.extract import Extractor
from tests.unit.extract.scoring import attribution

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
    # A French-style reporting verb in the past: "castigated".
    (
        "Deputy Solenne Quérillac, who chairs the finance committee, spoke after the vote. Quérillac "
        "castigated “a budget without a compass”.",
        "a budget without a compass",
        "Solenne Quérillac",
        "partial",
    ),
    # ... and "affirmed".
    (
        "Labour Minister Hervé Dambricourt defended the reform on Tuesday.\n\nMaëlys Penhoat, the union’s "
        "general secretary, affirmed that the strike would go ahead “whatever the cost”.",
        "whatever the cost",
        "Maëlys Penhoat",
        "partial",
    ),
    # A bare surname with a title in apposition is a person: his "he said", not the prime minister's.
    (
        "Prime Minister Édouard Vasquelin met party leaders on Monday. The Socialists hold the key to his "
        "survival. Morvelec, its first secretary, set out his conditions on the radio. “We will not "
        "censure,” he said.",
        "We will not censure,",
        "Morvelec",
        "direct",
    ),
    # "The leader of the LFP" is not the prime minister whose title fits, but the surname just spoken of.
    (
        "Prime Minister Lucien Aubrevaux spoke first. Delormeau said the budget was “unreadable”. The leader "
        "of the LFP wrote on his blog that the plan was “a decoy”.",
        "a decoy",
        "Delormeau",
        "partial",
    ),
    # "was asked point-blank by presenter X:" credits the presenter with the question.
    (
        "Finance Minister Henri Dastuguel appeared on TV9 on Sunday evening. He was asked point-blank by "
        "presenter Solène Marchevaux: “Will you raise taxes?”",
        "Will you raise taxes?",
        "Solène Marchevaux",
        "direct",
    ),
    # A parenthesised acronym inside an appositive is seen through: "president of Les Modérés (LM), who …".
    (
        "Bellocqière, president of Les Modérés (LM), who quit the cabinet in May, warned against “any tax "
        "drift”.",
        "any tax drift",
        "Bellocqière",
        "partial",
    ),
    # "the head of state added": the president, not the spokesman quoted just before.
    (
        "President Aurelio Mendañez arrived in Port Calvera on Monday. Army spokesman Colonel Ramiro "
        "Iribarrenz said the visit had been kept “secret until the last hour”. “We will not be pressured,” "
        "the head of state added.",
        "We will not be pressured,",
        "Aurelio Mendañez",
        "direct",
    ),
    # "“…,” Brands said": a capitalised surname that is also a speech verb is a name.
    (
        "Coach Willem Brands watched from the touchline as his side lost 3-1. “We defended badly,” Brands "
        "said.",
        "We defended badly,",
        "Willem Brands",
        "direct",
    ),
    # "Agent: ‘…’" heading: whom the first sentence below names as the agent.
    (
        "Agent: ‘The club never called us’\n\nSilveirinha’s agent, Evaristo Castellanoz, told Radio Norte "
        "that talks had collapsed on Friday.",
        "The club never called us",
        "Evaristo Castellanoz",
        "partial",
    ),
    # "he kept repeating": a cue after "kept" keeps its subject.
    (
        "Coach Arnaldo Pezzulo said the squad was tired.\n\nCaptain Paulo Ventrelli spoke later. “We are not "
        "finished,” he kept repeating.",
        "We are not finished,",
        "Paulo Ventrelli",
        "direct",
    ),
    # "he" never resolves to a country: "Norway would cut …, he added" is the minister's.
    (
        "Deputy Fisheries Minister Sindre Loftheimen said on Tuesday the quota talks had stalled. Norway "
        "would cut its cod catch “by a fifth” next year, he added.",
        "by a fifth",
        "Sindre Loftheimen",
        "partial",
    ),
    # "Chief of Defence Intelligence Bohdan Yaremchuk" is one titled name, and his "he said" is his.
    (
        "Foreign Minister Oleksiy Kovalchenko said the list was ready. “We have sent it,” he said.\n\nChief "
        "of Defence Intelligence Bohdan Yaremchuk, whose agency runs the exchanges, declined to give a date. "
        "“We are close,” he said.",
        "We are close,",
        "Bohdan Yaremchuk",
        "direct",
    ),
    # "the Prime Minister’s Office" is one organisation name.
    (
        "After the talks, the Prime Minister’s Office issued a statement. “The delegation will return on "
        "Monday,” it said.",
        "The delegation will return on Monday,",
        "Prime Minister’s Office",
        "direct",
    ),
    # "The Divers and Lost Sailors Families Forum" is one organisation name, "and" included.
    (
        "The Divers and Lost Sailors Families Forum said the search had been “abandoned too early”.",
        "abandoned too early",
        "Divers and Lost Sailors Families Forum",
        "partial",
    ),
    # "would not agree to" is no speech verb: the country does not speak.
    (
        "Prime Minister Tarvo Ilvesmaa said Kaldavia would not agree to end the war “with the militia still "
        "standing.”",
        "with the militia still standing.",
        "Tarvo Ilvesmaa",
        "partial",
    ),
    # "Crews arriving …" opening a sentence is no name when the text also writes "crews" in lower case.
    (
        "Fire broke out at a warehouse in Kilbarrow Flats on Tuesday, and crews from three stations "
        "responded. Crews arriving on scene described “heavy smoke and flames through the roof,” the fire "
        "department said.",
        "heavy smoke and flames through the roof,",
        "fire department",
        "partial",
    ),
    # "forecast" reports.
    (
        "The Northern Cereals Council last month forecast a “record surplus” of barley.",
        "record surplus",
        "Northern Cereals Council",
        "partial",
    ),
    # An answer right after a quoted question skips the one who asked it: "he said" is the guest, not the anchor.
    (
        "Interior Minister Torleif Vassbotn appeared on Channel Nine on Sunday to defend the border bill. "
        "Anchor Jody Pellworth followed up: “So the answer is no?” “The answer is: not yet,” he said.",
        "The answer is: not yet,",
        "Torleif Vassbotn",
        "direct",
    ),
    # The one asked stays: "A reporter asked X, “…?” He replied" is X, not the man quoted before.
    (
        "Defence Minister Zdenek Strunk said the drills would go ahead. “We are ready,” he said.\n\n"
        "A reporter then asked Foreign Minister Radko Vilimek, “Is this a red line?”\n\n"
        "He replied that crossing it would mean “a new stage”.",
        "a new stage",
        "Radko Vilimek",
        "partial",
    ),
    # "According to Valdoria’s Foreign Minister X": the minister, not the country.
    (
        "According to Valdoria’s Foreign Minister Anselm Kreuzhof, who hosted the delegations at a lakeside "
        "villa, the talks were “a message to Karsk”.",
        "a message to Karsk",
        "Anselm Kreuzhof",
        "partial",
    ),
    # A quote followed by ", and the ministry has not said" is not the ministry's.
    (
        "Officials in Brenmoor are split on the deal. Proposals have been described as everything from "
        "“pragmatic” to “capitulation,” and the ministry has not said which it supports.",
        "capitulation,",
        None,
        "partial",
    ),
    # A bulleted line ("* “…,” the Idaho Republican told reporters") is a direct quote.
    (
        "Rep. Clement Haverstock, R-Idaho, voted for the package on Thursday. Speaker Fintan Dunleary praised "
        "the vote.\n\n* “We did our job. Now it is up to the Senate,” the Idaho Republican told reporters.",
        "We did our job. Now it is up to the Senate,",
        "Clement Haverstock",
        "direct",
    ),
    # "“Is that a no?” Quennell pressed." stays one sentence: the question is the one who pressed.
    (
        "Host Tobias Quennell opened the programme with the budget. Senator Aoibhe Brennick refused to "
        "commit. “I am not going to prejudge it,” Brennick said. “Is that a no?” Quennell pressed.",
        "Is that a no?",
        "Tobias Quennell",
        "direct",
    ),
    # "Slovak ECR member Miroslav Dudasik" is one titled name: "member" is a role, not part of a party's name.
    (
        "Agriculture Commissioner Theda Oberkirch defended the plan in Strasbourg. Slovak ECR member Miroslav "
        "Dudasik also opposed it. “Our farmers will pay,” he said.",
        "Our farmers will pay,",
        "Miroslav Dudasik",
        "direct",
    ),
    # A person introduced by a quoted call sign, its bracketed translation before the verb seen through.
    (
        "Colonel Yarema Ivashko said the brigade had held the line. A combat medic who goes by “Lastivka” "
        "(Swallow) said the roads were deadly. “We wait for nightfall,” she said.",
        "We wait for nightfall,",
        "Lastivka",
        "direct",
    ),
    # A cue deep in a "who" clause is its antecedent's, not the place after "from" ...
    (
        "“We need factories,” said Joost Verhagel, who flew in from Eastmarch and was filmed last week "
        "appearing to call the president “Boss” in jest, “and that means money.”",
        "Boss",
        "Joost Verhagel",
        "partial",
    ),
    # ... and the quote the clause interrupts stays his.
    (
        "“We need factories,” said Joost Verhagel, who flew in from Eastmarch and was filmed last week "
        "appearing to call the president “Boss” in jest, “and that means money.”",
        "and that means money.",
        "Joost Verhagel",
        "direct",
    ),
    # A hyphenated title fits its parts: "the alliance’s secretary-general" is the Secretary-General.
    (
        "Northern Treaty Secretary-General Henrikke Ostervold told reporters in Varnholm on Monday that "
        "spending had to rise. Defence Minister Sorin Constantinescu said his country was ready.\n\n"
        "The alliance’s secretary-general, who was Estrovia’s prime minister for years, said Karsk could "
        "attack “within five years”.",
        "within five years",
        "Henrikke Ostervold",
        "partial",
    ),
    # "One said …" after "two diplomats" is unnamed, and so is the "she said" after it ...
    (
        "Envoy Lisbeth Aaberg met both delegations on Friday. Two diplomats briefed on the talks gave "
        "differing accounts. One said the meeting had ended early. “It was a disaster,” she said. The other "
        "described the session as calm. “Nobody shouted,” she said.",
        "It was a disaster,",
        None,
        "direct",
    ),
    # ... as is "The other described …".
    (
        "Envoy Lisbeth Aaberg met both delegations on Friday. Two diplomats briefed on the talks gave "
        "differing accounts. One said the meeting had ended early. “It was a disaster,” she said. The other "
        "described the session as calm. “Nobody shouted,” she said.",
        "Nobody shouted,",
        None,
        "direct",
    ),
    # The Portuguese particle "do" joins a name: "Joaquim Teles do Amaral" is one person.
    (
        "Summit President Joaquim Teles do Amaral, a veteran diplomat, urged calm as talks ran late. "
        "“We have a few hours,” he said.",
        "We have a few hours,",
        "Joaquim Teles do Amaral",
        "direct",
    ),
    # "she" never resolves to a thing named with "the": not "the Silver Heron" but the actress.
    (
        "Actress Paloma Quintero was the festival’s revelation. Her performance as a lighthouse keeper won "
        "her the Silver Heron for best actress and an ovation that she describes, wincing, as “frankly "
        "mortifying”.",
        "frankly mortifying",
        "Paloma Quintero",
        "partial",
    ),
    # A relative clause after an appositive that ends in a place is the person's, not the place's.
    (
        "“Teachers will not wait forever,” said Orla Vantreece, the Teachers’ Guild’s director for Wales, "
        "who described the pay award as “an insult” and warned of strikes.",
        "an insult",
        "Orla Vantreece",
        "partial",
    ),
    # "of" after a title is an office only for offices: "accused the EU of “…” and said" is not the EU.
    (
        "Ministry spokeswoman Ilka Dravenko accused the European Union of “hysteria” and said Brussels "
        "wanted to “drag out the war.”",
        "drag out the war.",
        "Ilka Dravenko",
        "partial",
    ),
    # A name set off by commas before the verb is not the one speaking.
    (
        "Fire Chief Lorne Ashgrove said crews held the line. “We held it,” he said.\n\nSheriff Dale "
        "Brumwell, speaking after Ashgrove, said 8,000 people had left. “Some folks are staying,” he said.",
        "Some folks are staying,",
        "Dale Brumwell",
        "direct",
    ),
    # "according to the statement, which said …" is whoever issued it.
    (
        "Orrin Motors said on Monday it would cut 900 jobs. Most will go by March, according to the "
        "statement, which said workers would receive “enhanced severance.”",
        "enhanced severance.",
        "Orrin Motors",
        "partial",
    ),
    # "The GMWU's national leadership said" is the union.
    (
        "The GMWU’s national leadership said in a separate statement that it was “reviewing all options.”",
        "reviewing all options.",
        "GMWU",
        "partial",
    ),
    # Letters after a name are no title before it: "Niamh Ó Briain TD".
    (
        "Addressing the rally, Social Democrats spokeswoman Niamh Ó Briain TD said the plan had “failed "
        "renters”.",
        "failed renters",
        "Niamh Ó Briain",
        "partial",
    ),
    # "thanked … for their “…”" and "citing “…”" report someone's words.
    (
        "The result was declared by returning officer Maura Quillan, who thanked count staff for their "
        "“patience and good humour”.",
        "patience and good humour",
        "Maura Quillan",
        "partial",
    ),
    # "a woman in Tarnby told the radio" is someone unnamed, not the town.
    (
        "Mayor Kasper Holm said the dikes held. A woman in Tarnby told the radio that the river “rose in "
        "minutes.”",
        "rose in minutes.",
        None,
        "partial",
    ),
    # "X was quoted by Y as telling Z": X, not the one who quoted.
    (
        "“Let us not let the past hold us hostage,” President Mirela Dascal was quoted by spokesman Ion "
        "Petrache as telling the premier.",
        "Let us not let the past hold us hostage,",
        "Mirela Dascal",
        "direct",
    ),
    # "the KORSA commentary said": the agency that ran it.
    (
        "“The puppet authorities are hand in glove with the enemy,” the KORSA commentary said.",
        "The puppet authorities are hand in glove with the enemy,",
        "KORSA",
        "direct",
    ),
    # Two verbs, one subject: "Ms Vell laughed and replied:".
    (
        "When a reporter shouted “Is this the end?”, Ms Orla Vell laughed and replied: “It is the start.”",
        "It is the start.",
        "Orla Vell",
        "direct",
    ),
    # A "who" clause after a titled name behind "of" is that person's.
    (
        "The by-election was triggered by the resignation of Labour MP Daniel Ferrow, who stood down in "
        "September citing “family reasons”.",
        "family reasons",
        "Daniel Ferrow",
        "partial",
    ),
    # The place at the end of a "who" clause is not the subject: the unnamed man before it is.
    (
        "A man in his 70s who was clearing mud from his shop in the town of Ostrava said, “I do not know "
        "if I can start over.”",
        "I do not know if I can start over.",
        None,
        "direct",
    ),
    # "a woman … who gave only her first name, Halyna": the name she gave.
    (
        "“I heard the whistle and then everything went white,” said a woman in her sixties who gave only "
        "her first name, Oksana.",
        "I heard the whistle and then everything went white,",
        "Oksana",
        "direct",
    ),
    # "Norway’s defence ministry said" is a body of its own.
    (
        "Norway’s defence ministry said its forces had carried out “routine patrols” near the border.",
        "routine patrols",
        "Norway’s defence ministry",
        "partial",
    ),
    # A moderator is a title: "Co-moderator Miriam Sand".
    (
        "Co-moderator Miriam Sandvik then pressed the candidate: “Can you guarantee that tonight?”",
        "Can you guarantee that tonight?",
        "Miriam Sandvik",
        "direct",
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
    # What a company "calls" a thing is its name.
    (
        "Vellumark said on Monday that the feature, which the company calls “Quiet Harbor,” would be "
        "switched off for users in Europe.",
        "Quiet Harbor,",
    ),
    # A title after a possessive owner is a programme: "KBR’s “Face the Week,”".
    (
        "Trade Commissioner Ilse Marwood, in an interview on KBR’s “Face the Week,” said the tariffs would stay.",
        "Face the Week,",
    ),
    # A title followed by "is released" is a film, though a cue stands elsewhere in the article.
    (
        "Director Sigrun Solvang said the film took six years to finish. “It nearly broke me,” she said.\n\n"
        "‘The Lantern Keepers’ is released in cinemas on 9 January.",
        "The Lantern Keepers",
    ),
    # A title named after its document noun: "its pre-budget submission, ‘…’".
    (
        "Ms Rona Keane said the charity had set out its ideas in its pre-budget submission, ‘A Roof for "
        "Everyone’, and that most were ignored.",
        "A Roof for Everyone",
    ),
    # A name the words after it call a title: "“Bloom,” the title of the opening track, means …".
    (
        "“I wanted the record to feel like spring,” the singer Mina Seo said. “Bloom,” the title of the "
        "opening track, means a fresh start.",
        "Bloom,",
    ),
    # One letter in quote marks is a name: "her EP “K”".
    (
        "“It is the letter that stands for home,” Mina Seo said of her EP “K”, which is out on Friday.",
        "K",
    ),
    # "agreed Saturday to resume “…”" is no speech verb: the term stays a term.
    (
        "President Ana Lurie and Prime Minister Kenji Oda agreed Saturday to resume regular “shuttle "
        "diplomacy” and to deepen cooperation.",
        "shuttle diplomacy",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), CASES)
def test_attribution_case_quote_has_expected_speaker_and_kind(
    extractor: Extractor, text: str, quote: str, speaker: str | None, kind: str
) -> None:
    assert attribution(extractor.extract, text, quote) == (speaker, kind)


@pytest.mark.parametrize(("text", "span"), NOT_SPEECH)
def test_named_thing_is_no_quote(extractor: Extractor, text: str, span: str) -> None:
    assert span not in [q.text for q in extractor.extract(text, "case.txt").quotes]
