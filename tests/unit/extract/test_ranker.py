"""The speaker ranker: candidates per quote, the switching rule, and the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.extract import Extractor
from service.extract.candidates import FEATURES, candidates
from service.extract.ranker import MODEL, Ranker

STORY = (
    "Coach Ana Lopez praised her players after the match.\n\n“We defended well,” Lopez said.\n\n"
    "The club confirmed that the stadium roof will be repaired in May, after storms damaged it.\n\n"
    "“We need to rest now.”"
)
SPLIT = "Ana Lopez praised her players.\n\n“We defended well,” Lopez said. “We can rest now,” she added."


def _nobody_model(margin: float) -> Ranker:
    """A one-tree model that scores the candidate 'nobody' (feature 1) one point above the rest."""
    tree = {"feature": [1, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1], "right": [2, -1, -1]}
    return Ranker([{**tree, "value": [0.0, 0.0, 1.0]}], 1.0, margin)


def test_every_quote_has_the_rules_pick_and_nobody_among_its_candidates() -> None:
    _, found, people = Extractor(rerank=False).attribute(STORY)
    options = candidates(STORY, found, people)
    assert len(options) == len(found) == 2
    for quote in options:
        sources = set().union(*(c.sources for c in quote))
        assert {"R", "N"} <= sources
        assert all(len(c.features) == FEATURES for c in quote)
        assert [c.person for c in quote if "N" in c.sources] == [None]


def test_the_previous_quotes_speaker_is_a_candidate_of_the_next_quote() -> None:
    _, found, people = Extractor(rerank=False).attribute(STORY)
    second = candidates(STORY, found, people)[1]
    previous = [c for c in second if "P" in c.sources]
    assert [c.person.name for c in previous if c.person] == ["Ana Lopez"]


def test_a_candidate_replaces_the_rules_pick_only_when_it_scores_higher_by_more_than_the_margin() -> None:
    extractor = Extractor(rerank=False)
    _, found, people = extractor.attribute(STORY)
    _nobody_model(margin=1.0).rerank(STORY, found, people)
    assert [f.person.name if f.person else None for f in found] == ["Ana Lopez", "Ana Lopez"]
    _nobody_model(margin=0.5).rerank(STORY, found, people)
    # the first quote's speaker is named beside its speech verb, and stays
    assert [f.person.name if f.person else None for f in found] == ["Ana Lopez", None]
    assert found[1].role is None and found[1].mention is None


def test_segments_of_one_utterance_keep_their_shared_speaker() -> None:
    _, found, people = Extractor(rerank=False).attribute(SPLIT)
    assert all(f.group is not None for f in found)
    _nobody_model(margin=0.0).rerank(SPLIT, found, people)
    assert [f.person.name if f.person else None for f in found] == ["Ana Lopez", "Ana Lopez"]


def test_the_shipped_model_reads_only_features_the_ranker_computes() -> None:
    ranker = Ranker.load()
    assert ranker.trees and ranker.margin >= 0
    assert all(f < FEATURES for tree in ranker.trees for f in tree["feature"])


def test_a_model_trained_on_other_features_is_refused(tmp_path: Path) -> None:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    stale = tmp_path / "ranker.json"
    stale.write_text(json.dumps({**data, "features": FEATURES - 1}), encoding="utf-8")
    with pytest.raises(ValueError, match="retrain"):
        Ranker.load(stale)


def test_a_quote_the_rules_give_to_someone_unnamed_stays_nobodys() -> None:
    text = "Prime Minister Jan Ostrowski was asked by a reporter: “Is it enough?”\n\n“Probably not,” Ostrowski said."
    _, found, people = Extractor(rerank=False).attribute(text)
    assert found[0].person is None and found[0].mention == "a reporter"
    # a model that prefers the last person named before a quote (feature 4) over everyone else
    tree = {"feature": [4, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1], "right": [2, -1, -1]}
    Ranker([{**tree, "value": [0.0, 0.0, 5.0]}], 1.0, 0.0).rerank(text, found, people)
    assert found[0].person is None
    assert found[1].person is not None and found[1].person.name == "Jan Ostrowski"


def test_a_quote_under_its_speakers_line_in_a_round_up_keeps_that_speaker() -> None:
    text = (
        "Reaction from the weekend\n\nTomasz Wrona\n\n“It is a worrying time for me.”\n\nLena Obst\n\n"
        "“I would think so,” she said."
    )
    _, found, people = Extractor(rerank=False).attribute(text)
    assert [f.person.name if f.person else None for f in found] == ["Tomasz Wrona", "Lena Obst"]
    # a model that prefers the next quote's speaker (feature 3) over everyone else
    tree = {"feature": [3, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1], "right": [2, -1, -1]}
    Ranker([{**tree, "value": [0.0, 0.0, 5.0]}], 1.0, 0.0).rerank(text, found, people)
    assert found[0].person is not None and found[0].person.name == "Tomasz Wrona"


def test_a_speaker_named_beside_a_speech_verb_is_not_switched() -> None:
    text = "“We were in disbelief,” said Dave.\n\n“The community has told us how sorry they are,” said Steve."
    _, found, people = Extractor(rerank=False).attribute(text)
    assert [f.person.name if f.person else None for f in found] == ["Dave", "Steve"]
    # a model that prefers the previous quote's speaker (feature 2) over everyone else
    tree = {"feature": [2, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1], "right": [2, -1, -1]}
    Ranker([{**tree, "value": [0.0, 0.0, 5.0]}], 1.0, 0.0).rerank(text, found, people)
    assert [f.person.name if f.person else None for f in found] == ["Dave", "Steve"]
