"""An article's quotes do not depend on what the extractor read before it."""

from __future__ import annotations

from pathlib import Path

from service.extract import Extractor

WIRE = Path(__file__).parent / "wire"


def _signature(extractor: Extractor, text: str) -> list[tuple[int, int, str | None, str]]:
    return [(q.start, q.end, q.speaker, q.kind) for q in extractor.extract(text, "a.txt").quotes]


def test_a_used_extractor_gives_the_same_quotes_as_a_fresh_one() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(WIRE.glob("*.txt"))]
    assert len(texts) > 20
    used = Extractor()
    first_pass = [_signature(used, t) for t in texts]
    second_pass = [_signature(used, t) for t in reversed(texts)][::-1]
    assert first_pass == second_pass
    for text, seen in list(zip(texts, first_pass, strict=True))[::7]:
        assert _signature(Extractor(), text) == seen
