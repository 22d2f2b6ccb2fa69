"""A deterministic generator of varied, realistic news articles for benchmarks.

`generate_articles(n, seed)` yields (filename, text); `generate_labelled(n, seed)` also yields
the quotes each article holds with their speakers, for quality checks on synthetic text.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

FIRST_M = [
    "Marco",
    "Ivan",
    "Tomas",
    "Kwame",
    "Rahul",
    "Omar",
    "Lukas",
    "Pierre",
    "Diego",
    "Kenji",
    "Samuel",
    "Arjun",
    "Mikhail",
]
FIRST_F = [
    "Ana",
    "Greta",
    "Lena",
    "Amara",
    "Priya",
    "Sofia",
    "Ingrid",
    "Yuki",
    "Fatima",
    "Claire",
    "Olena",
    "Nadia",
    "Rosa",
]
LAST = [
    "Ruiz",
    "Lindqvist",
    "Okafor",
    "Haddad",
    "Mensah",
    "Kovalenko",
    "Sato",
    "Berg",
    "Moreau",
    "Novak",
    "Patel",
    "Fischer",
    "Alvarez",
    "Nakamura",
    "Osei",
    "Petrov",
    "Costa",
    "Lindgren",
    "Duarte",
    "Brennan",
    "Shevchenko",
    "Tanaka",
]
# More people, so that a big corpus has thousands of speakers rather than hundreds.
FIRST_M += "Jonas Mateo Tariq Emeka Sergei Hiroshi Felipe Anders Ravi Yusuf Pavel Luca".split()  # noqa: SIM905
FIRST_F += "Elena Maria Aisha Hana Leila Chiara Marta Zainab Irina Noor Beatriz Keiko".split()  # noqa: SIM905
LAST += (  # noqa: SIM905
    "Andersen Bianchi Chowdhury Dubois Eriksen Ferreira Gallagher Hoffmann Ibrahim Jovanovic "
    "Kowalski Larsen Mwangi Nieminen Oyelaran Papadopoulos Quinn Rossi Schneider Takahashi "
    "Usman Varga Weber Yilmaz Zielinski Adeyemi Bauer Castillo Demir Eklund Horvat Kaminski"
).split()
ROLES = [
    ("Finance Minister", "minister"),
    ("Foreign Minister", "minister"),
    ("President", "president"),
    ("Prime Minister", "prime minister"),
    ("Kremlin spokesman", "spokesman"),
    ("government spokeswoman", "spokeswoman"),
    ("Governor", "governor"),
    ("Senator", "senator"),
    ("Mayor", "mayor"),
    ("central bank chief", "chief"),
    ("Defence Secretary", "secretary"),
]
NATIONS = ["German", "French", "Polish", "Brazilian", "Kenyan", "Japanese", "Indian", "Canadian", "Ukrainian"]
OUTLETS = [
    *"AFP Reuters AP DPA ANSA EFE Kyodo Yonhap Xinhua PAP ANP Belga Lusa Interfax Ukrinform".split(),  # noqa: SIM905
    *"Anadolu Bernama Antara NTB Ritzau TASR Agerpres Tanjug HINA MTI BTA".split(),  # noqa: SIM905
    *("Kyiv Post", "Al Jazeera", "Deutsche Welle", "Le Monde"),
]
TOPICS = [
    ("grain exports", "the port", "shipments"),
    ("interest rates", "the bank", "inflation"),
    ("the ceasefire", "the border", "talks"),
    ("the budget", "parliament", "spending"),
    ("the strike", "the railways", "wages"),
    ("the election", "the capital", "turnout"),
    ("the pension reform", "the unions", "contributions"),
    ("energy prices", "the grid", "gas imports"),
    ("the trade agreement", "the customs office", "tariffs"),
    ("the housing shortage", "the suburbs", "rents"),
    ("the drought", "the farmers", "harvests"),
    ("the vaccine rollout", "the hospitals", "appointments"),
    ("the refugee crisis", "the camps", "arrivals"),
    ("the steel plant", "the valley", "jobs"),
    ("the peace plan", "the mediators", "prisoner exchanges"),
    ("the data breach", "the ministry", "passwords"),
]
# Articles are dated over eighteen months, so date filters and day facets have real spread.
FIRST_DAY = date(2024, 7, 1)
DAYS = 548
QUOTES = [
    "We will not accept any deal that ignores {t}",
    "Nobody in {p} wants this to drag on for months",
    "This is a turning point for {t}, and we intend to act on it",
    "Our position on {s} has not changed, and it will not change",
    "There can be no discussion about {t} without the people it affects",
    "I am ready to meet anyone, anywhere, if it helps {s}",
    "The figures speak for themselves... {s} are up again",
    "We need to weigh everything — what is cheaper, what is faster, what is fair",
]
PARTIALS = ["reckless", "a historic mistake", "deeply worrying", "long overdue", "unacceptable"]
FILLER = [
    "Officials have met several times since the start of the year without an agreement.",
    "The talks were expected to resume next week, according to people familiar with the plans.",
    "Figures released on Tuesday showed {s} rising for a third month in a row.",
    "The dispute over {t} has weighed on markets and on relations with neighbouring countries.",
]


@dataclass(frozen=True)
class LabelledQuote:
    """A quote planted in a generated article and the person who said it."""

    text: str
    speaker: str


@dataclass
class _Person:
    first: str
    last: str
    role: str
    head: str
    nation: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


def _person(rng: random.Random, used: set[str]) -> _Person:
    while True:
        female = rng.random() < 0.5
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST)
        if last not in used:
            used.add(last)
            role, head = rng.choice(ROLES)
            return _Person(first, last, role, head, rng.choice(NATIONS), female)


def _paragraph(
    rng: random.Random, p: _Person, q: str, q2: str, marks: tuple[str, str], fresh: bool
) -> tuple[str, list[LabelledQuote]]:
    o, c = marks
    who = f"{p.nation} {p.role} {p.full}" if fresh else p.last
    gold = [LabelledQuote(q + ",", p.full)]
    pattern = rng.randrange(7)
    if pattern == 0:
        return f"{o}{q},{c} {who} said on Monday.", gold
    if pattern == 1:
        return f"{o}{q},{c} said {who}, speaking to reporters in the capital.", gold
    if pattern == 2:
        gold = [LabelledQuote(q + ".", p.full)]
        return f"{who} wrote on X: {o}{q}.{c}", gold
    if pattern == 3:
        gold += [LabelledQuote(q2 + ".", p.full)]
        return f"{o}{q},{c} {who} told a press conference. {o}{q2}.{c}", gold
    if pattern == 4:
        word = rng.choice(PARTIALS)
        gold = [LabelledQuote(word, p.full), LabelledQuote(q + ",", p.full)]
        return (f"{who} called the proposal {o}{word}{c} on Tuesday.\n\n{o}{q},{c} {p.pronoun} added."), gold
    if pattern == 5:
        gold = [LabelledQuote(q + ".", p.full)]
        return f"{who}, who has held the post since 2021, said: {o}{q}.{c}", gold
    gold = [LabelledQuote(q + ".", p.full)]
    return (f"{who} dismissed the criticism. {p.pronoun.capitalize()} stated, {o}{q}.{c}"), gold


def generate_labelled(n: int, seed: int = 0) -> Iterator[tuple[str, str, list[LabelledQuote]]]:
    """Yield n articles as (filename, text, planted quotes), the same for the same seed."""
    rng = random.Random(seed)
    for index in range(n):
        topic, place, subject = rng.choice(TOPICS)
        marks = ("“", "”") if rng.random() < 0.7 else ('"', '"')
        used: set[str] = set()
        people = [_person(rng, used) for _ in range(rng.randint(2, 4))]
        lines: list[str] = []
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        if rng.random() < 0.5:
            lines.append(f" date {day.isoformat()} Leaders clashed again over {topic} on Sunday.")
        else:
            lines += [f"{people[0].last} warns over {topic} as talks stall", ""]
            if rng.random() < 0.8:  # most wire copy carries a date line; some does not
                lines += [
                    f"{day.isoformat()} {rng.randint(6, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}:00",
                    "",
                ]
            if rng.random() < 0.3:
                lines += ["Spread the love", "Reading Time: 2 minutes", ""]
        gold: list[LabelledQuote] = []
        seen: set[str] = set()
        for _ in range(rng.randint(4, 9)):
            p = rng.choice(people)
            fill = dict(t=topic, p=place, s=subject)
            q, q2 = (rng.choice(QUOTES).format(**fill) for _ in range(2))
            text, planted = _paragraph(rng, p, q, q2, marks, p.last not in seen)
            seen.add(p.last)
            lines += [text, ""]
            gold += planted
            if rng.random() < 0.6:
                lines += [rng.choice(FILLER).format(**fill), ""]
        if rng.random() < 0.6:
            lines.append(rng.choice(OUTLETS))
        yield f"{index:05d}_{seed}.txt", "\n".join(lines) + "\n", gold


def generate_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield n articles as (filename, text), the same for the same seed."""
    for name, text, _ in generate_labelled(n, seed):
        yield name, text
