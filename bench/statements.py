"""Time statement clustering on 10k and 100k synthetic quotes; print JSON.

Quotes come from invented speakers (a few prolific, most occasional, each with favourite
words), each statement reported 1-5 times as paraphrases (a third of content words swapped),
truncations, elisions with an ellipsis and short partial quotes, over a year, a tenth undated.
Also prints pairwise precision and recall against the generated truth, as a sanity check.

Run: .venv/bin/python bench/statements.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections import Counter
from datetime import date, timedelta
from itertools import combinations

from service.domain import Quote, QuoteKind, quote_id_for
from service.extract.statements import cluster_statements

FUNCTION = [
    "we",
    "will",
    "the",
    "a",
    "to",
    "of",
    "and",
    "in",
    "that",
    "it",
    "is",
    "for",
    "not",
    "on",
    "be",
    "this",
    "our",
    "with",
    "they",
    "as",
    "have",
]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "nu",
    "te",
    "so",
    "vi",
    "da",
    "pe",
    "zo",
    "ru",
    "fa",
    "ne",
    "li",
    "go",
    "ma",
    "ti",
    "be",
    "ko",
]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _variant(rng: random.Random, words: list[str], vocab: list[str]) -> tuple[str, QuoteKind]:
    roll = rng.random()
    if roll < 0.15:
        start = rng.randrange(max(1, len(words) - 3))
        return " ".join(words[start : start + rng.randint(1, 3)]), "partial"
    out = [w if w in FUNCTION or rng.random() > 0.33 else rng.choice(vocab) for w in words]
    if roll < 0.35:
        out = out[: rng.randint(len(out) // 2, len(out))]
    elif roll < 0.5:
        cut = rng.randrange(3, len(out) - 3)
        out = out[:cut] + ["…"] + out[cut + rng.randint(1, 3) :]
    return " ".join(out).capitalize(), "direct"


def synthetic(n: int, seed: int = 7) -> tuple[list[Quote], dict[str, int]]:
    """Return about `n` quotes and the true statement number of each quote id."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 6000)
    speakers = max(10, n // 25)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(speakers)]
    favourites = [rng.sample(vocab, 30) for _ in range(speakers)]
    quotes: list[Quote] = []
    truth: dict[str, int] = {}
    statement = 0
    while len(quotes) < n:
        who = rng.choices(range(speakers), weights)[0]
        words = [
            rng.choice(FUNCTION)
            if rng.random() < 0.4
            else rng.choice(favourites[who] if rng.random() < 0.3 else vocab)
            for _ in range(rng.randint(10, 22))
        ]
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
        for _ in range(rng.randint(1, 5)):
            text, kind = _variant(rng, words, vocab)
            article = f"a{rng.getrandbits(48):012x}"
            published = None if rng.random() < 0.1 else day + timedelta(days=rng.randint(0, 2))
            qid = quote_id_for(article, 0, len(text))
            quotes.append(
                Quote(
                    qid,
                    article,
                    text,
                    0,
                    len(text),
                    kind,
                    f"P{who}",
                    f"p{who}",
                    outlet="bench",
                    published=published,
                )  # type: ignore[arg-type]
            )
            truth[qid] = statement
        statement += 1
    return quotes[:n], truth


def _pairs(groups: dict[object, list[str]]) -> set[tuple[str, str]]:
    return {p for ids in groups.values() for p in combinations(sorted(ids), 2)}


def measure(n: int) -> dict[str, float]:
    """Cluster `n` synthetic quotes once and return timing and pairwise quality."""
    quotes, truth = synthetic(n)
    started = time.perf_counter()
    out, statements = cluster_statements(quotes)
    seconds = time.perf_counter() - started
    got: dict[object, list[str]] = {}
    want: dict[object, list[str]] = {}
    for q in out:
        got.setdefault(q.statement_id, []).append(q.id)
        want.setdefault(truth[q.id], []).append(q.id)
    got_pairs, want_pairs = _pairs(got), _pairs(want)
    hits = len(got_pairs & want_pairs)
    return {
        "quotes": n,
        # The bench's speakers are Zipf-distributed, so the busiest one grows faster than n.
        "max_quotes_per_speaker": max(Counter(q.speaker_id for q in quotes).values()),
        "statements": len(statements),
        "seconds": round(seconds, 3),
        "quotes_per_s": round(n / seconds),
        "pairwise_precision": round(hits / max(1, len(got_pairs)), 4),
        "pairwise_recall": round(hits / max(1, len(want_pairs)), 4),
    }


def main() -> None:
    """Run the benchmark at each size and print one JSON document."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    sizes = parser.parse_args().sizes
    runs = [measure(n) for n in sizes]
    report: dict[str, object] = {"runs": runs}
    if len(runs) >= 2:
        small, large = runs[0], runs[-1]
        expected = (large["quotes"] * math.log(large["quotes"])) / (
            small["quotes"] * math.log(small["quotes"])
        )
        report["time_ratio"] = round(large["seconds"] / small["seconds"], 2)
        report["n_log_n_ratio"] = round(expected, 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
