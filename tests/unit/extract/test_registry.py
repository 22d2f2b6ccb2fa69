"""The speaker registry gives one id per person across articles and never merges two people."""

from __future__ import annotations

from datetime import date

from service.domain import Speaker
from service.extract import Extractor, SpeakerRegistry


def _ids(registry: SpeakerRegistry, extractor: Extractor, *texts: str) -> list[set[str]]:
    results = [extractor.extract(t, f"{i}.txt") for i, t in enumerate(texts)]
    for r in results:
        registry.learn(r)
    return [{q.speaker_id for q in registry.resolve(r).quotes if q.speaker_id} for r in results]


def test_spellings_and_titles_of_one_person_share_an_id(extractor: Extractor) -> None:
    registry = SpeakerRegistry()
    ids = _ids(
        registry,
        extractor,
        "“We hold the line,” Sadovyy said.",
        "“We hold the line,” said Andriy Sadovyi.",
        "Lviv Mayor Andriy Sadovy said: “We hold the line.”",
        "“We hold the line,” said Mayor Andriy Sadovyy.",
    )
    assert len(set().union(*ids)) == 1
    (speaker,) = registry.speakers()
    assert speaker.quote_count == 4
    assert {"Sadovyy", "Andriy Sadovyi"} <= set(speaker.aliases) | {speaker.name}


def test_a_mc_prefix_written_apart_is_the_same_surname(extractor: Extractor) -> None:
    registry = SpeakerRegistry()
    ids = _ids(
        registry,
        extractor,
        "“We need volunteers,” said food bank chief Ian McLeod.",
        "“We need volunteers,” Mc Leod said.",
    )
    assert len(set().union(*ids)) == 1
    # within one story, the surname written apart is the person named in full
    text = "Food bank chief Ian McLeod spoke on Monday. “We need volunteers,” Mc Leod said."
    assert [q.speaker for q in extractor.extract(text, "case.txt").quotes] == ["Ian McLeod"]


def test_slavic_romanisations_of_ei_and_ye_share_an_id(extractor: Extractor) -> None:
    registry = SpeakerRegistry()
    ids = _ids(
        registry,
        extractor,
        "“The talks are over,” Foreign Minister Aleksei Vorontsov said.",
        "“The talks are over,” said Alexey Vorontsov.",
        "“We brought them home,” said Defence Minister Pyotr Umyenko.",
        "“We brought them home,” Pyotr Umenko said.",
        "“Not yet,” said Yelena Sokolova.",
        "“Not yet,” said Elena Sokolova.",
    )
    assert len(ids[0] | ids[1]) == 1 and len(ids[2] | ids[3]) == 1 and len(ids[4] | ids[5]) == 1
    assert len(set().union(*ids)) == 3


def test_different_people_with_one_surname_are_not_merged(extractor: Extractor) -> None:
    registry = SpeakerRegistry()
    ids = _ids(
        registry,
        extractor,
        "“Vote no,” said Anne Miller.",
        "“Vote yes,” said Donald Miller.",
        "“Vote later,” Miller said.",
    )
    assert ids[0] != ids[1]
    assert ids[2].isdisjoint(ids[0] | ids[1])


def test_surname_joins_the_only_full_name_it_fits(extractor: Extractor) -> None:
    registry = SpeakerRegistry()
    ids = _ids(registry, extractor, "“Rates stay,” Okafor said.", "“Rates stay,” said Governor Ngozi Okafor.")
    assert ids[0] == ids[1]
    assert [s.name for s in registry.speakers()] == ["Ngozi Okafor"]


def test_known_speakers_keep_their_ids_and_counts(extractor: Extractor) -> None:
    known = Speaker(
        "ngozi-okafor-1", "Ngozi Okafor", ("Okafor",), ("Governor",), 3, 0, date(2024, 1, 1), date(2024, 1, 2)
    )
    registry = SpeakerRegistry([known])
    (ids,) = _ids(registry, extractor, " date 2024-02-01 “Rates stay,” said Ngozi Okafor.")
    assert ids == {"ngozi-okafor-1"}
    (speaker,) = registry.speakers()
    assert (speaker.quote_count, speaker.last_seen) == (4, date(2024, 2, 1))


def test_resolving_the_same_article_twice_does_not_double_count(extractor: Extractor) -> None:
    registry = SpeakerRegistry()
    result = extractor.extract("“Rates stay,” said Ngozi Okafor.", "a.txt")
    registry.resolve(result)
    registry.resolve(result)
    assert registry.speakers()[0].quote_count == 1


def test_groups_named_by_a_common_noun_are_not_merged_across_articles(extractor: Extractor) -> None:
    registry = SpeakerRegistry()
    first = registry.resolve(extractor.extract("“Roads are closed,” police said.", "a"))
    second = registry.resolve(extractor.extract("“Stay indoors,” police said on Monday.", "b"))
    (a,), (b,) = first.quotes, second.quotes
    assert a.speaker == b.speaker == "police"
    assert a.speaker_id != b.speaker_id
    # Each group is listed as a speaker of its own article, so every quote's speaker id resolves.
    assert sorted(s.id for s in registry.speakers()) == sorted([a.speaker_id, b.speaker_id])
    assert all(s.quote_count == 1 for s in registry.speakers())


def test_a_known_group_is_not_matched_by_name_in_another_article(extractor: Extractor) -> None:
    first = SpeakerRegistry().resolve(extractor.extract("“Roads are closed,” police said.", "a"))
    (group,) = [q for q in first.quotes]
    known = SpeakerRegistry([Speaker(group.speaker_id, "police", quote_count=1)])
    later = known.resolve(extractor.extract("“Stay indoors,” police said on Monday.", "b"))
    assert later.quotes[0].speaker_id != group.speaker_id
