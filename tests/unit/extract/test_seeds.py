"""Every quote of every seed article is found with the right speaker and kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import Extractor
from service.names import name_key
from tests.unit.extract.seed_gold import SEED_GOLD, score_seeds

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.mark.parametrize(("name", "opening", "speaker", "kind"), SEED_GOLD)
def test_seed_quote_is_found_with_its_speaker(
    extractor: Extractor, name: str, opening: str, speaker: str | None, kind: str
) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    quotes = [q for q in extractor.extract(text, name).quotes if q.text.startswith(opening)]
    assert quotes, f"no quote starting {opening!r}"
    assert any(
        q.kind == kind and q.speaker and name_key(q.speaker).endswith(name_key(speaker or "")) for q in quotes
    ), [(q.speaker, q.kind) for q in quotes]


def test_seed_quality_meets_the_bar(extractor: Extractor) -> None:
    scores = score_seeds(extractor.extract, SEEDS)
    assert scores["f1"] >= 0.97 and scores["speaker_accuracy"] >= 0.97, scores


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_offsets_are_verbatim(extractor: Extractor, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for quote in extractor.extract(text, path.name).quotes:
        assert text[quote.start : quote.end] == quote.text
        assert 0.0 <= quote.confidence <= 1.0


def test_the_same_speaker_gets_one_name_within_an_article(extractor: Extractor) -> None:
    text = (SEEDS / "001_cbd5ed000510f083.txt").read_text(encoding="utf-8")
    speakers = {q.speaker for q in extractor.extract(text, "x").quotes}
    assert "Dmitry Peskov" in speakers and "Peskov" not in speakers
    assert "Volodymyr Zelensky" in speakers and "Zelensky" not in speakers
