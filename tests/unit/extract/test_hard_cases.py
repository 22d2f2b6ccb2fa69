"""Hard cases of news quoting, each in sentences written for these tests."""

from __future__ import annotations

import pytest

from service.extract import Extractor
from tests.unit.extract.scoring import attribution

CASES = [
    # (article text, quote text, speaker, kind)
    (
        "“We will rebuild the bridge,” Mayor Ana Ruiz said.",
        "We will rebuild the bridge,",
        "Ana Ruiz",
        "direct",
    ),
    ('"Prices will fall," said Finance Minister Tomas Berg.', "Prices will fall,", "Tomas Berg", "direct"),
    (
        "“The board’s plan isn’t a ‘reform’ at all,” said Lena Ortiz, who chairs the union.",
        "The board’s plan isn’t a ‘reform’ at all,",
        "Lena Ortiz",
        "direct",
    ),
    (
        "“We are ready,” Governor Paul Mensah said. “The trucks leave tonight.”",
        "The trucks leave tonight.",
        "Paul Mensah",
        "direct",
    ),
    ("Chancellor Greta Lind wrote on X: “The vote is final.”", "The vote is final.", "Greta Lind", "direct"),
    (
        'Irish Prime Minister Sean Doyle said talks would continue. He stated: "Nobody wants delay."',
        "Nobody wants delay.",
        "Sean Doyle",
        "direct",
    ),
    (
        "Economist Maya Chen warned of a slowdown on Monday.\n\n“Growth is fragile,” she said.",
        "Growth is fragile,",
        "Maya Chen",
        "direct",
    ),
    (
        "“The fire is contained,” fire chief Omar Haddad told reporters.\n\n“Crews will stay overnight.”",
        "Crews will stay overnight.",
        "Omar Haddad",
        "direct",
    ),
    (
        "Senator Rosa Diaz said on Friday that the budget was late. “It is a disgrace,” she told reporters.",
        "It is a disgrace,",
        "Rosa Diaz",
        "direct",
    ),
    (
        "German Chancellor Greta Lind met Polish President Jan Nowak on Tuesday. The German leader "
        "said the talks were “productive.”",
        "productive.",
        "Greta Lind",
        "partial",
    ),
    (
        "Opposition leader Mark Hale branded the plan a “disaster” and said voters were “furious.”",
        "furious.",
        "Mark Hale",
        "partial",
    ),
    (
        "Mark Hale, who has led the party since 2019, said: “The bill is dead.”",
        "The bill is dead.",
        "Mark Hale",
        "direct",
    ),
    (
        "“We tried... (Smith) never answered … and then . … nothing — at all,” said Karl Obi.",
        "We tried... (Smith) never answered … and then . … nothing — at all,",
        "Karl Obi",
        "direct",
    ),
    (
        "“The strike was lawful,” the Defence Ministry said in a statement.",
        "The strike was lawful,",
        "Defence Ministry",
        "direct",
    ),
    (
        "The agreement is “very close,” according to Ambassador Lee Wong.",
        "very close,",
        "Lee Wong",
        "partial",
    ),
    (
        "Coach Ida Berg praised her players. Expressing relief, she said, “We earned this.”",
        "We earned this.",
        "Ida Berg",
        "direct",
    ),
    (
        "Ravi Patel criticised the ruling, telling local radio, “It makes no sense.”",
        "It makes no sense.",
        "Ravi Patel",
        "direct",
    ),
    (
        "Police spokeswoman Jo Tan said the road was shut.\n\n“Nobody should travel,” she added, "
        "“unless it is urgent.”",
        "unless it is urgent.",
        "Jo Tan",
        "direct",
    ),
    ("“It was a quiet night in the city.”", "It was a quiet night in the city.", None, "direct"),
    (
        "Port officials met the unions on Monday.\n\n“The cranes stay idle,” one of the officials said.",
        "The cranes stay idle,",
        None,
        "direct",
    ),
    (
        "In the witness box, Dana Kell said she had paid the invoices because Tom Rudd told her to.\n\n"
        "“I did what I was asked,” she told the court.",
        "I did what I was asked,",
        "Dana Kell",
        "direct",
    ),
    (
        "The Department for Rural Affairs said the grants would “arrive in weeks”.",
        "arrive in weeks",
        "Department for Rural Affairs",
        "partial",
    ),
    (
        "The barrister, Omar Haddad KC, rose. “The evidence is thin,” Haddad said.",
        "The evidence is thin,",
        "Omar Haddad",
        "direct",
    ),
    (
        "Witness Lara Finch testified first. “I saw the van,” Finch said.\n\n"
        "The coroner, Mrs Justice Amadi, stopped her. “Slowly, please,” the coroner said.",
        "Slowly, please,",
        "Amadi",
        "direct",
    ),
    (
        "Witness Lara Finch testified first. “I saw the van,” Finch said.\n\n"
        "The coroner, Mr Justice Amadi, told the court it would adjourn.\n\n“We resume at ten,” he said.",
        "We resume at ten,",
        "Amadi",
        "direct",
    ),
    (
        "Farmer Ivo Brandt spoke at the meeting.\n\n“The river came up fast. We lost the hay.\n\n"
        "“Then the fences went. Then the barn.\n\n“We will rebuild,” Brandt said.",
        "The river came up fast. We lost the hay.",
        "Ivo Brandt",
        "direct",
    ),
    (
        "Farmer Ivo Brandt, whose son Emil drowned, spoke at the meeting. He has farmed there for years.\n\n"
        "“The river came up fast. We lost the hay, the fences and most of the sheep in a single night.\n\n"
        "“Then the insurers came, and then the lawyers, and then nobody came at all for a month.\n\n"
        "“We will rebuild, because there is nothing else to do,” he said.",
        "We will rebuild, because there is nothing else to do,",
        "Ivo Brandt",
        "direct",
    ),
    # An age in the descriptor: "the 61-year-old minister" is the minister just named.
    (
        "Transport Minister Olga Brenner opened the line on Monday.\n\n"
        "“Nobody will wait an hour for a train again,” the 61-year-old minister said.",
        "Nobody will wait an hour for a train again,",
        "Olga Brenner",
        "direct",
    ),
    # The lede speaks of "a senior aide", the next paragraph names him: "the aide" is that man.
    (
        "Talks will resume, a senior palace aide said on Friday.\n\n"
        "Asked whether the king would attend, Pieter Mols was brief. “Not this time,” the palace aide said.",
        "Not this time,",
        "Pieter Mols",
        "direct",
    ),
    # A country's top diplomat in the lede is its foreign minister, named only further down.
    (
        "Norway’s top diplomat warned that the deal was “a trap” for small states.\n\n"
        "The talks were held in Geneva.\n\n"
        "Norwegian Foreign Minister Karin Dahl said the text had to change.",
        "a trap",
        "Karin Dahl",
        "partial",
    ),
    # A word opening another clause after a quote: its subject did not say the quote.
    (
        "Mayor Ines Vidal said the plan would be “a disaster” unless the province agreed to pay.",
        "a disaster",
        "Ines Vidal",
        "partial",
    ),
    # "According to UN figures" is a source of numbers, not of the quote.
    (
        "Relief chief Tom Avery spoke in Geneva. He said 300 trucks had crossed, according to UN "
        "figures, “more than on any day this year.”",
        "more than on any day this year.",
        "Tom Avery",
        "partial",
    ),
    # "what the union calls" names one thing; the main verb's subject says the later quote.
    (
        "Minister Ada Kovacs mocked what the union calls a “fair deal” — a pay rise of 20 per cent — "
        "as “a fantasy” on Tuesday.",
        "a fantasy",
        "Ada Kovacs",
        "partial",
    ),
    # A title in apposition, then the name: "The head of the agency, Rui Costa, …. He wrote".
    (
        "“Water is short,” said Mara Lind, a nurse.\n\n"
        "The head of the UN agency for refugees, Rui Costa, renewed his appeal. He wrote on X: “Let us work.”",
        "Let us work.",
        "Rui Costa",
        "direct",
    ),
    # A pronoun after an opening place phrase is not the place: "At a forum in Sintra, Portugal, he".
    (
        "Central bank governor Alan Mercer has said little.\n\nAt a forum in Sintra, Portugal, earlier "
        "this month, he told the audience that politics played “no role” in rates.",
        "no role",
        "Alan Mercer",
        "partial",
    ),
    # An answer after a reporter's question belongs to the one asked, not the one asking.
    (
        "Press secretary Lena Marsh took questions.\n\n"
        "“Will he resign?” asked Tom Reyes, a reporter for the Courier.\n\n"
        "“I won’t get ahead of him,” she replied.",
        "I won’t get ahead of him,",
        "Lena Marsh",
        "direct",
    ),
    # A headline lifting a quote from the body takes the body speaker.
    (
        "‘We’re going home in tears’: Nurses walk out at the city hospital in the first strike for 40 years\n\n"
        "Staff nurse Ruth Bell, 41, said: “We do 12-hour shifts and we’re going home in tears.”",
        "We’re going home in tears",
        "Ruth Bell",
        "partial",
    ),
    # A British quote over two paragraphs in single marks: the first paragraph is not closed.
    (
        "Council leader Ann Pryce said: ‘We have tried every route. We’ve written to everyone.\n\n"
        "‘Nobody listened. So here we are.’",
        "We have tried every route. We’ve written to everyone.",
        "Ann Pryce",
        "direct",
    ),
    # An opening participle phrase holds no subject: "Facing questions from X's party, the premier told".
    (
        "Premier Ruth Alder spoke on Tuesday.\n\nFacing a long session of Members' Questions on "
        "Wednesday, the premier told the chamber the system was “broken”.",
        "broken",
        "Ruth Alder",
        "partial",
    ),
    # "the Leader of the Opposition asked": the leader, not the opposition.
    (
        "Opposition leader Carl Ashe rose next.\n\n“Who is in charge?” the Leader of the Opposition asked.",
        "Who is in charge?",
        "Carl Ashe",
        "direct",
    ),
    # "told by a whip": the unnamed whip said it, not the one told.
    (
        "Backbencher Dan Price said he had been told by a whip that he would “regret it”.",
        "regret it",
        None,
        "partial",
    ),
    # A colon lead-in with no speech verb: "X was more upbeat: “…”".
    (
        "Analyst Tom Rees was gloomy.\n\nMara Quist of Delta Research was more upbeat: “The worst is over.”",
        "The worst is over.",
        "Mara Quist",
        "direct",
    ),
    # "X was asked by a reporter: “…?”": the reporter asks, not X.
    (
        "Prime Minister Jan Ostrowski was asked by a reporter: “Is it enough?”\n\n“Probably not,” Ostrowski said.",
        "Is it enough?",
        None,
        "direct",
    ),
    # "the former Dutch prime minister" is not the Dutch prime minister the article also quotes.
    (
        "Dutch Prime Minister Erik Smit welcomed the leaders. “We are proud hosts,” Smit said.\n\n"
        "“Nobody should doubt us,” alliance chief Pieter Vos told reporters.\n\n"
        "Asked about the cost, the former Dutch prime minister was blunt: “We cannot afford not to.”",
        "We cannot afford not to.",
        "Pieter Vos",
        "direct",
    ),
    # A one-word name with an age is a person, whom a later "she" can mean.
    (
        "“The ground rolled,” said Wulandari, 52, a fish seller.\n\nRescuers worked all night.\n\n"
        "Minister Budi Santoso visited the camp.\n\n"
        "Back at the camp, Wulandari was sorting rice. “We are still alive,” she said.",
        "We are still alive,",
        "Wulandari",
        "direct",
    ),
    # "Everyone" opening a sentence is nobody's name: "Everyone has them now, she says, …".
    (
        "Runner Amina Otieno trains at altitude.\n\nEveryone has the shoes now, she says, so they are "
        "“not the difference anymore.”",
        "not the difference anymore.",
        "Amina Otieno",
        "partial",
    ),
    # A title run with one more modifier: "the veteran defense attorney".
    (
        "“Every gift is not a bribe,” said Harold Lenz, who has defended three mayors.\n\n"
        "“My client never hid a thing,” the veteran defense attorney said.",
        "My client never hid a thing,",
        "Harold Lenz",
        "direct",
    ),
    # A headline quote after a cue but no name takes the body speaker whose quote holds its words.
    (
        "Transport nominee vows to ‘fix the trains’ as senators press him\n\n"
        "Paul Ekberg appeared before the committee on Tuesday. “I intend to fix the trains,” Ekberg said.",
        "fix the trains",
        "Paul Ekberg",
        "partial",
    ),
    # "Evacuee says ‘…’": a capitalised noun in a headline is nobody's name.
    (
        "Valley Fire: Evacuee says ‘we grabbed the cat and ran’\n\n"
        "Rosa, 71, sat on a cot at the shelter. “We grabbed the cat and ran,” she said.",
        "we grabbed the cat and ran",
        "Rosa",
        "partial",
    ),
    # "the father of two" is the man just quoted, not somebody's father.
    (
        "Dev, 34, packed the car in ten minutes.\n\n“You never think it’s your street,” the father of two said.",
        "You never think it’s your street,",
        "Dev",
        "direct",
    ),
    # "someone … called out": a speaker nobody can name.
    (
        "Fire chief Ana Brill briefed residents. As she finished, someone at the back called out, "
        "“Is my street gone?”",
        "Is my street gone?",
        None,
        "direct",
    ),
    # "the statement said": the body that issued it.
    (
        "The Prairie Lands Coalition said in a written statement that the plan was “a giveaway.”\n\n"
        "“We will judge them by what they do,” the statement said.",
        "We will judge them by what they do,",
        "Prairie Lands Coalition",
        "direct",
    ),
    # "Sen. X, R-Texas," makes X "the Texas Republican".
    (
        "Sen. Ruth Calder, D-Ore., spoke first. Sen. Dale Ember, R-Texas, pressed the nominee on drilling.\n\n"
        "But the Texas Republican also raised doubts. “I'm not for a fire sale,” he said.",
        "I'm not for a fire sale,",
        "Dale Ember",
        "direct",
    ),
    # An interruption: "“…” X began, before Y cut in: “…”".
    (
        "Chancellor Ida Brenner met President Tom Ashdown.\n\n"
        "“We know that we owe you —” Brenner began, before Ashdown cut in: “That was a hard day for you.”",
        "That was a hard day for you.",
        "Tom Ashdown",
        "direct",
    ),
    (
        "Chancellor Ida Brenner met President Tom Ashdown.\n\n"
        "“We know that we owe you —” Brenner began, before Ashdown cut in: “That was a hard day for you.”",
        "We know that we owe you —",
        "Ida Brenner",
        "direct",
    ),
    # A bare quote after an unnamed speaker's quote is that unnamed speaker's, not an older one's.
    (
        "“We will not move,” Minister Ola Berg said.\n\n“It went better than feared,” a senior diplomat "
        "told reporters. “Nobody was humiliated.”",
        "Nobody was humiliated.",
        None,
        "direct",
    ),
    # A party named before a colon in a subheading speaks.
    (
        "Coalition talks drag on\n\nThe parties met again on Monday.\n\nSPD: ‘We will not be rushed’\n\n"
        "The Social Democrats said they needed more time.",
        "We will not be rushed",
        "SPD",
        "partial",
    ),
    # A descriptor after "according to" that names nobody must not resolve through itself.
    (
        "Nadia Price won the seat with 41% of the vote. Turnout was 38%, according to the returning "
        "officer.\n\n“This is a new start,” Price said.",
        "This is a new start,",
        "Nadia Price",
        "direct",
    ),
    # An office holder named after "of": "Secretary of State X told".
    (
        "Secretary of State Mara Lindqvist told reporters the meeting was “the most productive” yet.",
        "the most productive",
        "Mara Lindqvist",
        "partial",
    ),
    # A titled person after an organisation's "of" phrase speaks, not the organisation.
    (
        "Bureau of Meteorology senior forecaster Tom Avery said the storm would slow. "
        "“We expect heavy falls,” he said.",
        "We expect heavy falls,",
        "Tom Avery",
        "direct",
    ),
    # A relative clause about an organisation inside an appositive: the person still speaks.
    (
        "Lise Moreau, head of the more moderate UNSA, which had joined the talks, called the refusal "
        "“a slap in the face”.",
        "a slap in the face",
        "Lise Moreau",
        "partial",
    ),
    # "state" before a noun is no speech verb.
    (
        "Prime Minister Janos Varga blocked the deal.\n\nSpeaking to Hungarian state radio, the "
        "62-year-old went further, calling the plan “a war economy”.",
        "a war economy",
        "Janos Varga",
        "partial",
    ),
    # A news agency dateline is a place: "Gaza City (Palestinian Territories) (AFP) -".
    (
        "Kiruna (Sweden) (AFP) - The mine reopened on Tuesday, but its chief engineer warned that output "
        "was still “far below” normal.\n\nChief engineer Elsa Berg said repairs would take weeks.",
        "far below",
        "Elsa Berg",
        "partial",
    ),
    # "X was quoted by <agency> as saying": X speaks, not the agency.
    (
        "Ilya Sorokin, the Kremlin's envoy, was quoted by the state news agency RIA as saying the plan "
        "was “a dead end”.",
        "a dead end",
        "Ilya Sorokin",
        "partial",
    ),
    # A statement's issuer speaks for it, through "according to" far after the quote …
    (
        "Negotiators produced a “revised draft” overnight, according to a joint statement issued by "
        "the Nordic Council on Sunday.",
        "revised draft",
        "Nordic Council",
        "partial",
    ),
    # … and when the cue's own subject names nobody.
    (
        "In a joint statement released by the Nordic Council, the two sides said the text was "
        "“close to final”.",
        "close to final",
        "Nordic Council",
        "partial",
    ),
    # A time span opening a sentence is no name: "Hours later, Okafor …".
    (
        "Council leader Ben Okafor welcomed the vote.\n\nHours later, Okafor changed his tune, writing "
        "that the board had shown “no respect” for residents.",
        "no respect",
        "Ben Okafor",
        "partial",
    ),
    # "secretary of state" holds no speech verb; an opening participle phrase holds no subject.
    (
        "Mayor Tom Reyes spoke first. “We need calm,” he said.\n\nThe US secretary of state, Helen Marsh, "
        "seemed calm. Leaving the talks, she described them as “constructive”.",
        "constructive",
        "Helen Marsh",
        "partial",
    ),
    # A reporter's question stays unnamed; the answer is the official's.
    (
        "When a reporter asked, “Will you run again?”, Governor Ada Obi replied: “Not this time.”",
        "Will you run again?",
        None,
        "direct",
    ),
    # Written words on a placard are quoted text with nobody to name.
    (
        "Outside, protesters carried banners that read “Hands off our hospital”.",
        "Hands off our hospital",
        None,
        "direct",
    ),
    # An Indian honorific opens a name inside a capitalised run; "PM" is a title.
    (
        "BJP candidate from Ranchi Shri Amit Verma told the gathering that turnout was “historic”.",
        "historic",
        "Amit Verma",
        "partial",
    ),
    (
        "Prime Minister Ravi Sharma opened the bridge.\n\nAddressing the crowd, PM Sharma said: "
        "“This bridge is yours.”",
        "This bridge is yours.",
        "Ravi Sharma",
        "direct",
    ),
    # "Patna: …": a place and a colon opening the first paragraph is a dateline.
    (
        "Patna: Chief Minister Ravi Sharma on Sunday attacked the opposition, saying it had “no plan”.",
        "no plan",
        "Ravi Sharma",
        "partial",
    ),
    # A relative clause's cue belongs to its antecedent: the crowd, not the speaker before it.
    (
        "Ravi Sharma spoke for an hour. “Do you want those days back?” he asked the crowd, which "
        "roared back, “Never!”",
        "Never!",
        None,
        "direct",
    ),
    # A translation in brackets moves no focus.
    (
        "Prime Minister Arun Mehta spoke in the morning.\n\nOpposition leader Vikram Rao, 35, replied "
        "at dusk. “Naukri kahan hai?” Rao said. (The Prime Minister has promised jobs for years.)\n\n"
        "“We will hire,” the 35-year-old said.",
        "We will hire,",
        "Vikram Rao",
        "direct",
    ),
    # A time phrase between the subject and its verb.
    (
        "Foreign Minister Ana Lopes on Tuesday accused her rival of “playing with fire”.",
        "playing with fire",
        "Ana Lopes",
        "partial",
    ),
    # A place ending in -ing opening a sentence is a name when the text names it elsewhere.
    (
        "Talks resumed in Beijing.\n\nBeijing accused the island of “reckless provocation”.",
        "reckless provocation",
        "Beijing",
        "partial",
    ),
    # An editorial and a commentary speak for the paper that ran them.
    (
        "An editorial in the Global Herald on Tuesday said the drills were “a rehearsal”.\n\n"
        "“Patience is not unlimited,” the editorial said.",
        "Patience is not unlimited,",
        "Global Herald",
        "direct",
    ),
    (
        "A commentary in the Army Daily went further, describing the government as a “clique”.",
        "clique",
        "Army Daily",
        "partial",
    ),
    # An organisation's unnamed spokesperson speaks for the organisation.
    (
        "“We are investing record sums,” a Water Europe spokesperson said.",
        "We are investing record sums,",
        "Water Europe",
        "direct",
    ),
    # Titles between an organisation and a name: the person speaks.
    (
        "World Health Organization Director-General Anna Berg said the agency was “appalled”.",
        "appalled",
        "Anna Berg",
        "partial",
    ),
    (
        "UN High Commissioner for Human Rights Karl Weiss said the reports were “deeply alarming”.",
        "deeply alarming",
        "Karl Weiss",
        "partial",
    ),
    # A live blog's heading credited to a title: the person its entry names first.
    (
        "Live updates\n\n13:30 GMT\nSudan’s army chief: Withdrawal was to ‘spare civilians’\n\n"
        "General Omar Hassan says his forces withdrew to “safer places”.",
        "spare civilians",
        "Omar Hassan",
        "partial",
    ),
    # Chanting protesters are the speakers of their chant.
    (
        "Hundreds of protesters marched through the capital, chanting “We are not afraid”.",
        "We are not afraid",
        "protesters",
        "direct",
    ),
    # "the CFO" is the chief financial officer named earlier, not the analyst who spoke last.
    (
        "Chief Financial Officer Mark Fell said margins narrowed.\n\nAnalyst Dana Okoye pressed Fell on "
        "buybacks. The CFO said the firm would “preserve flexibility”.",
        "preserve flexibility",
        "Mark Fell",
        "partial",
    ),
    # The headline's bare title is the story's main person: "the nominee" is him.
    (
        "Energy nominee vows to ‘listen’ as senators press him\n\nPaul Grady, a former utility executive, "
        "appeared before the committee on Tuesday. Grady said he would listen.\n\nSen. Rita Vance pressed "
        "Grady on prices. “Those are your words,” Vance said.\n\nThe nominee said his views had "
        "“matured” since then. Grady thanked the committee.",
        "matured",
        "Paul Grady",
        "partial",
    ),
    # "the two countries said in a joint statement": the countries, as one group.
    (
        "Mediators Norway and Chile said talks would resume. “The parties have committed to calm,” the "
        "two countries said in a joint statement.",
        "The parties have committed to calm,",
        "two countries",
        "direct",
    ),
    # "According to the statement": whoever issued it.
    (
        "The Harbour Board said in a statement on Monday that the port would reopen. According to the "
        "statement, inspectors will “check every crane”.",
        "check every crane",
        "Harbour Board",
        "partial",
    ),
    # "the statement said" after a one-word body that issued it.
    (
        "Sinbeth said in a statement on Telegram that it had “dealt positively” with the plan.\n\n"
        "“The blockade continues,” the statement said.",
        "The blockade continues,",
        "Sinbeth",
        "direct",
    ),
    # "Quote from X:" and a bare "Quote:" label, as Ukrainian outlets write.
    (
        "Governor Ivan Petrenko said the city was hit.\n\nQuote from Petrenko: “Two people were killed.”",
        "Two people were killed.",
        "Ivan Petrenko",
        "direct",
    ),
    (
        "Mayor Olena Bilyk reported damage to the port.\n\nQuote: “A man was killed.”",
        "A man was killed.",
        "Olena Bilyk",
        "direct",
    ),
    # A ministry whose name lists portfolios with commas.
    (
        "A Department for Farming, Food and Rural Affairs spokesperson said: “We are fixing it.”",
        "We are fixing it.",
        "Department for Farming, Food and Rural Affairs",
        "direct",
    ),
    # "its chief executive Tom Reed": a title before a name is no descriptor.
    (
        "The regulator approved the plans. At the time, its chief executive Tom Reed said customers "
        "would “see the difference”.",
        "see the difference",
        "Tom Reed",
        "partial",
    ),
    # A colon lead-in after an opening question, with a pronoun and no speech verb.
    (
        "Coach Lena Ortiz smiled. Asked whether it was her best win, she laughed: “Ask me tomorrow.”",
        "Ask me tomorrow.",
        "Lena Ortiz",
        "direct",
    ),
    # A cue inside a "because" clause does not move the focus from the main clause.
    (
        "Ana Ruiz spoke first, holding a photo of her daughter, because Maria had always said she hated "
        "speeches.\n\n“I set the table for four every night,” she said.",
        "I set the table for four every night,",
        "Ana Ruiz",
        "direct",
    ),
    # "official" before a noun is an adjective, not a title.
    (
        "A commentary in the Army Daily, the military’s official newspaper, went further, describing the "
        "plan as a “trap”.",
        "trap",
        "Army Daily",
        "partial",
    ),
    # "in which he": the person of the relative clause, not the one reporting it.
    (
        "Analyst Mia Chen said the timing pointed to a speech Tom Baird gave last week in which he called "
        "the treaty a “relic”.",
        "relic",
        "Tom Baird",
        "partial",
    ),
    # A live page's heading quoting words its entry quotes, with no name in the heading.
    (
        "Live\n\n12:00 GMT\nAgency ‘deeply alarmed’ by reports\n\nThe World Food Agency says it is "
        "“deeply alarmed” by the reports.",
        "deeply alarmed",
        "World Food Agency",
        "partial",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), CASES)
def test_hard_case_quote_has_expected_speaker_and_kind(
    extractor: Extractor, text: str, quote: str, speaker: str | None, kind: str
) -> None:
    assert attribution(extractor.extract, text, quote) == (speaker, kind)


def test_split_quote_segments_share_a_group(extractor: Extractor) -> None:
    result = extractor.extract("“We are ready,” Governor Paul Mensah said. “The trucks leave.”", "x")
    assert result.split_groups == [tuple(q.id for q in result.quotes)]
    assert len(result.quotes) == 2


def test_role_is_learned_from_the_article(extractor: Extractor) -> None:
    text = "Kremlin spokesman Ivan Sokolov spoke on Monday.\n\n“Talks will go on,” Sokolov said."
    (quote,) = extractor.extract(text, "x").quotes
    assert (quote.speaker, quote.role) == ("Ivan Sokolov", "Kremlin spokesman")


def test_a_role_in_apposition_is_given_without_its_article(extractor: Extractor) -> None:
    for article in ("a", "the"):
        text = f"Ada Brenner, {article} spokesperson for the port, said ships were waiting. “We are full,” Brenner said."
        (quote,) = extractor.extract(text, "x").quotes
        assert (quote.speaker, quote.role) == ("Ada Brenner", "spokesperson")


def test_nested_quote_is_recorded_inside_the_outer_one(extractor: Extractor) -> None:
    text = "“They called it ‘theft,’ and it was,” said Lena Ortiz."
    (quote,) = extractor.extract(text, "x").quotes
    assert quote.nested == ("theft,",)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("“We are done,” Ana Ruiz told a press conference.", "press conference"),
        ("Ana Ruiz wrote on X: “We are done.”", "X"),
        ("“We are done,” Ana Ruiz told reporters.", "reporters"),
        ("Ana Ruiz wrote on Truth Social: “We are done.”", "Truth Social"),
    ],
)
def test_venue_is_taken_from_the_attribution(extractor: Extractor, text: str, venue: str) -> None:
    (quote,) = extractor.extract(text, "x").quotes
    assert quote.venue == venue


@pytest.mark.parametrize(
    "text",
    [
        "The air force said in a statement that 40 drones were shot down.",
        "He said “this never closes and she left.",
        "Smith’s dog can’t run; the ’90s were long gone.",
        "",
        '"',
    ],
)
def test_text_without_paired_quote_marks_yields_no_quotes(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, "x").quotes == []


def test_subheading_quote_is_credited_to_the_named_person(extractor: Extractor) -> None:
    text = (
        "Talks stall in Geneva over grain deal\n\nChancellor Greta Lind left early.\n\n"
        "Lind: ‘We Will Not Retreat’\n\nThe talks resume on Friday."
    )
    (quote,) = extractor.extract(text, "x").quotes
    assert (quote.text, quote.speaker) == ("We Will Not Retreat", "Greta Lind")


def test_title_described_by_a_relative_clause_is_no_quote(extractor: Extractor) -> None:
    text = (
        "“We kept every take,” said director Ines Moro.\n\n"
        "“Harbour Of Glass,” which opens Friday, follows two sisters after a storm."
    )
    assert [q.text for q in extractor.extract(text, "x").quotes] == ["We kept every take,"]


LIVE_BLOG = (
    "Flood live\n\n"
    "9.20am\n“Everyone on the riverside must leave now.”\n\n"
    "9.18am\nPolice chief Omar Saleh has just spoken to reporters at the bridge.\n\n"
    "9.05am\n“We lost the car park,” said shopkeeper Vera Lund.\n\n"
    "8.50am\nRain has fallen all night across the valley.\n"
)


def test_a_newest_first_live_blog_quote_takes_the_person_introduced_in_the_update_below(
    extractor: Extractor,
) -> None:
    speakers = {q.text: q.speaker for q in extractor.extract(LIVE_BLOG, "x").quotes}
    assert speakers == {
        "Everyone on the riverside must leave now.": "Omar Saleh",
        "We lost the car park,": "Vera Lund",
    }


def test_an_oldest_first_blog_does_not_borrow_a_speaker_from_below(extractor: Extractor) -> None:
    blocks = LIVE_BLOG.split("\n\n")
    chronological = "\n\n".join([blocks[0], *reversed(blocks[1:])])
    speakers = {q.text: q.speaker for q in extractor.extract(chronological, "x").quotes}
    assert speakers["We lost the car park,"] == "Vera Lund"
    assert speakers["Everyone on the riverside must leave now."] != "Vera Lund"
