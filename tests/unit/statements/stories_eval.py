"""Judge statement clustering on the story articles against their gold labels (gold.json).

Each story folder is extracted and clustered as one `quotes extract` call would. A gold snippet
is matched to the extracted quote of its article that overlaps it most; only quotes the extractor
found with the gold speaker are scored, so extraction errors do not count against clustering.
Run as a script to print the figures per story.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from service.domain import Quote
from service.names import fold
from tests.unit.statements.helpers import pairwise_scores

STORIES = Path(__file__).parent / "stories"


@dataclass
class StoryResult:
    """The scored quotes of one story (quote id -> gold label) and what was left out."""

    quotes: dict[str, Quote] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)  # gold snippets no quote covers
    wrong_speaker: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)  # one quote covering two gold labels

    def scores(self) -> tuple[float, float]:
        """Return pairwise precision and recall of the scored quotes."""
        gold: dict[str, set[str]] = defaultdict(set)
        got: dict[str, set[str]] = defaultdict(set)
        for qid, label in self.labels.items():
            gold[label].add(qid)
            got[self.quotes[qid].statement_id or qid].add(qid)
        return pairwise_scores(got.values(), list(gold.values()))


def _gold() -> dict[str, list[list[str]]]:
    return {k: v for k, v in json.loads((STORIES / "gold.json").read_text()).items() if not k.startswith("_")}


def one_utterance(result: StoryResult) -> StoryResult:
    """Return `result` relabelled so that segments of one split quote share a statement."""
    joined = {b: a for a, b in json.loads((STORIES / "gold.json").read_text())["_one_utterance"]}
    labels = {qid: joined.get(label, label) for qid, label in result.labels.items()}
    return StoryResult(result.quotes, labels, result.missed, result.wrong_speaker, result.ambiguous)


@cache
def extracted(story: str) -> tuple[tuple[Quote, ...], dict[str, str]]:
    """Return the clustered quotes of one story folder and each file's article id."""
    from service.extract import SpeakerRegistry
    from service.extract.corpus import cluster_articles, resolve_speakers

    extractor = _extractor()
    extractions, ids = [], {}
    for path in sorted((STORIES / story).glob("*.txt")):
        extraction = extractor.extract(path.read_text(encoding="utf-8"), str(path))
        extractions.append(extraction)
        ids[f"{story}/{path.name}"] = extraction.article.id
    out, _ = cluster_articles(resolve_speakers(extractions, SpeakerRegistry()))
    return tuple(out), ids


@cache
def _extractor():  # type: ignore[no-untyped-def]
    from service.extract import Extractor

    return Extractor()


def judge(story: str) -> StoryResult:
    """Return the story's extracted quotes matched to their gold labels."""
    quotes, ids = extracted(story)
    result = StoryResult()
    claims: dict[str, set[str]] = defaultdict(set)
    for name, items in _gold().items():
        if not name.startswith(story + "/"):
            continue
        text = (STORIES / name).read_text(encoding="utf-8")
        own = [q for q in quotes if q.article_id == ids[name]]
        for snippet, label in items:
            start = text.index(snippet)
            end = start + len(snippet)
            overlap = {q.id: min(end, q.end) - max(start, q.start) for q in own}
            best = max(overlap, key=overlap.__getitem__, default=None)
            if best is None or overlap[best] <= 0:
                result.missed.append(f"{name}: {snippet}")
                continue
            quote = next(q for q in own if q.id == best)
            if label.split("-")[0] not in fold(quote.speaker or ""):
                result.wrong_speaker.append(f"{name}: {snippet} -> {quote.speaker}")
                continue
            claims[best].add(label)
            result.quotes[best] = quote
    for qid, labels in claims.items():
        if len(labels) > 1:
            result.ambiguous.append(f"{result.quotes.pop(qid).text} -> {sorted(labels)}")
        else:
            result.labels[qid] = labels.pop()
    return result


def story_names() -> list[str]:
    """Return the story folders."""
    return sorted(p.name for p in STORIES.iterdir() if p.is_dir())


def total_scores(results: list[StoryResult]) -> tuple[float, float]:
    """Return pairwise precision and recall pooled over stories (pairs never cross stories)."""
    merged = StoryResult()
    for i, r in enumerate(results):
        for qid, label in r.labels.items():
            merged.labels[qid] = f"{i}:{label}"
            merged.quotes[qid] = r.quotes[qid]
    return merged.scores()


def _report() -> None:
    results = []
    for story in story_names():
        r = judge(story)
        results.append(r)
        p, rc = r.scores()
        print(f"{story}: scored={len(r.labels)} precision={p:.3f} recall={rc:.3f}")
        for kind in ("missed", "wrong_speaker", "ambiguous"):
            for item in getattr(r, kind):
                print(f"  {kind}: {item}")
        by_label: dict[str, list[str]] = defaultdict(list)
        for qid, label in sorted(r.labels.items(), key=lambda x: x[1]):
            q = r.quotes[qid]
            by_label[label].append(f"{(q.statement_id or '-')[-5:]} {q.kind[0]} {q.text[:70]!r}")
        for label, lines in by_label.items():
            print(f"  {label}")
            for line in lines:
                print(f"      {line}")
    p, rc = total_scores([one_utterance(r) for r in results])
    print(f"TOTAL split quotes as one statement: precision={p:.3f} recall={rc:.3f}")
    p, rc = total_scores(results)
    excluded = sum(len(r.missed) + len(r.wrong_speaker) + len(r.ambiguous) for r in results)
    print(
        f"TOTAL scored={sum(len(r.labels) for r in results)} excluded={excluded} precision={p:.3f} recall={rc:.3f}"
    )


if __name__ == "__main__":
    _report()
