"""One behaviour suite for every QuoteStore: subclass it and override the `store` fixture.

Every rule in service/store/base.py's docstring has a test here, plus what the API relies on.
The store fixture must build stores with `batch_size=2`, so that iteration crosses batches.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from service.domain import QuoteQuery, SourceQuery, SpeakerQuery
from service.store.base import InvalidCursor, QuoteStore
from tests.contract.factory import (
    DUBOIS,
    NOBODY,
    ORTEGA,
    PETRENKO,
    World,
    build_world,
    make_article,
    make_quote,
)

SYNTAX = ['"', "*", "?", "~", "\\", "/", "(", ")", "[", "]", "{", "}", ":", "^", "AND", "OR", "NOT", "-", "+"]


def ids(page_or_hits: object) -> list[str]:
    """Return the quote ids of a page's hits, in order."""
    return [hit.quote.id for hit in page_or_hits.results]  # type: ignore[attr-defined]


class QuoteStoreContract:
    """The behaviour every store shares."""

    @pytest.fixture
    def store(self) -> QuoteStore:
        """Return an empty store built with batch_size=2 (overridden by each subclass)."""
        raise NotImplementedError

    @pytest.fixture
    def world(self) -> World:
        return build_world()

    @pytest.fixture
    def loaded(self, store: QuoteStore, world: World) -> QuoteStore:
        store.upsert(world.articles, world.quotes, world.speakers, world.statements)
        return store

    def search(self, store: QuoteStore, **kwargs: object) -> list[str]:
        return ids(store.search_quotes(QuoteQuery(limit=100, **kwargs)))  # type: ignore[arg-type]

    # -- writes and reads by id ----------------------------------------------------------------

    def test_upserting_the_same_records_twice_changes_nothing(self, loaded: QuoteStore, world: World) -> None:
        before = loaded.search_quotes(QuoteQuery(limit=100))
        loaded.upsert(world.articles, world.quotes, world.speakers, world.statements)
        after = loaded.search_quotes(QuoteQuery(limit=100))
        assert after.total == before.total == len(world.quotes)
        assert ids(after) == ids(before)

    def test_upsert_replaces_a_record_with_the_same_id(self, loaded: QuoteStore, world: World) -> None:
        changed = replace(world.quote("ceasefire"), text="a lasting peace")
        loaded.upsert(quotes=[changed])
        assert loaded.get_quotes([changed.id])[changed.id].text == "a lasting peace"
        assert self.search(loaded, text="ceasefire") == []
        assert self.search(loaded, text="lasting peace") == [changed.id]

    def test_two_versions_of_one_record_in_one_upsert_keep_the_last(
        self, store: QuoteStore, world: World
    ) -> None:
        first = world.quotes[0]
        versions = [replace(first, text=f"version {n}") for n in range(5)]
        store.upsert(world.articles, [*versions, *world.quotes[1:]])
        assert store.get_quotes([first.id])[first.id].text == "version 4"
        assert store.search_quotes(QuoteQuery()).total == len(world.quotes)

    def test_writes_without_refresh_are_visible_after_refresh(self, store: QuoteStore, world: World) -> None:
        store.upsert(world.articles, world.quotes, refresh=False)
        store.refresh()
        assert store.search_quotes(QuoteQuery()).total == len(world.quotes)

    def test_get_article_returns_the_whole_article_or_none(self, loaded: QuoteStore, world: World) -> None:
        assert loaded.get_article(world.articles[0].id) == world.articles[0]
        assert loaded.get_article("a-missing") is None

    def test_get_quotes_returns_only_the_ids_found(self, loaded: QuoteStore, world: World) -> None:
        wanted = [world.quotes[0].id, "q-missing", world.quotes[3].id]
        found = loaded.get_quotes(wanted)
        assert found == {world.quotes[0].id: world.quotes[0], world.quotes[3].id: world.quotes[3]}

    def test_get_speaker_and_statement_return_the_record_or_none(
        self, loaded: QuoteStore, world: World
    ) -> None:
        assert loaded.get_speaker(DUBOIS.id) == DUBOIS
        assert loaded.get_speaker("nobody-here") is None
        assert loaded.get_statement(world.statements[0].id) == world.statements[0]
        assert loaded.get_statement("st-missing") is None

    def test_an_empty_store_answers_with_empty_pages(self, store: QuoteStore) -> None:
        page = store.search_quotes(QuoteQuery(text="bridge"))
        assert (page.results, page.total, page.next_cursor) == ((), 0, None)
        assert store.facets(QuoteQuery()).total == 0
        assert list(store.iter_quotes(QuoteQuery())) == []
        assert store.list_speakers(SpeakerQuery()).total == 0

    # -- filters ---------------------------------------------------------------------------------

    def test_speaker_filter_matches_the_speaker_id(self, loaded: QuoteStore, world: World) -> None:
        expected = sorted(q.id for q in world.quotes if q.speaker_id == ORTEGA.id)
        assert sorted(self.search(loaded, speakers=(ORTEGA.id,))) == expected

    @pytest.mark.parametrize("spelling", ["PETRENKIY", "serhii petrenkyy", "Serhiy Petrenkyy"])
    def test_speaker_filter_matches_any_alias_spelling(
        self, loaded: QuoteStore, world: World, spelling: str
    ) -> None:
        expected = sorted(q.id for q in world.quotes if q.speaker_id == PETRENKO.id)
        assert sorted(self.search(loaded, speakers=(spelling,))) == expected

    def test_speaker_filter_matches_the_quotes_own_mention(self, loaded: QuoteStore, world: World) -> None:
        assert self.search(loaded, speakers=("hlib   MOROZ",)) == [world.quote("after bridge").id]

    def test_speaker_values_are_ored(self, loaded: QuoteStore, world: World) -> None:
        expected = sorted(q.id for q in world.quotes if q.speaker_id in (ORTEGA.id, DUBOIS.id))
        assert sorted(self.search(loaded, speakers=(ORTEGA.id, "dubois"))) == expected

    def test_unknown_speaker_returns_an_empty_page(self, loaded: QuoteStore) -> None:
        assert self.search(loaded, speakers=("Nobody At All",)) == []

    def test_source_filter_matches_article_id_or_outlet_case_insensitively(
        self, loaded: QuoteStore, world: World
    ) -> None:
        a1, a2 = world.articles[0], world.articles[1]
        expected = sorted(q.id for q in world.quotes if q.article_id in (a1.id, a2.id))
        assert sorted(self.search(loaded, sources=(a1.id, "bbc NEWS"))) == expected

    def test_filters_are_anded(self, loaded: QuoteStore, world: World) -> None:
        assert self.search(loaded, speakers=(DUBOIS.id,), sources=("le monde",)) == [world.quote("Nous").id]

    def test_kind_filter(self, loaded: QuoteStore, world: World) -> None:
        expected = sorted(q.id for q in world.quotes if q.kind == "partial")
        assert sorted(self.search(loaded, kinds=("partial",))) == expected

    def test_date_range_is_inclusive_and_leaves_out_undated_quotes(
        self, loaded: QuoteStore, world: World
    ) -> None:
        day = date(2024, 3, 2)
        expected = sorted(q.id for q in world.quotes if q.published == day)
        assert sorted(self.search(loaded, date_from=day, date_to=day)) == expected
        dated = sorted(q.id for q in world.quotes if q.published)
        assert sorted(self.search(loaded, date_from=date(2000, 1, 1))) == dated

    def test_statement_filter(self, loaded: QuoteStore, world: World) -> None:
        expected = sorted(v.quote_id for v in world.statements[0].variants)
        assert sorted(self.search(loaded, statement=world.statements[0].id)) == expected

    # -- text --------------------------------------------------------------------------------------

    def test_text_search_needs_every_word(self, loaded: QuoteStore, world: World) -> None:
        assert sorted(self.search(loaded, text="rebuild bridge")) == sorted(
            [world.quote("in the east").id, world.quote("rebuild every bridge").id]
        )
        assert self.search(loaded, text="rebuild compensation") == []

    @pytest.mark.parametrize("text", ["CAFE owners", "café", "Cafe\u0301", "COUTE que"])
    def test_text_search_ignores_case_and_accents(self, loaded: QuoteStore, text: str) -> None:
        assert len(self.search(loaded, text=text)) == 1

    def test_quoted_phrase_matches_adjacent_words_only(self, loaded: QuoteStore, world: World) -> None:
        assert self.search(loaded, text='"every bridge in"') == [world.quote("in the east").id]
        assert self.search(loaded, text='"bridge every"') == []
        assert self.search(loaded, text='east "rebuild every"') == [world.quote("in the east").id]

    @pytest.mark.parametrize("syntax", SYNTAX)
    def test_query_syntax_characters_are_plain_text(
        self, loaded: QuoteStore, world: World, syntax: str
    ) -> None:
        found = self.search(loaded, text=f"roll {syntax}")
        assert found in ([], [world.quote("rock and roll").id])
        assert self.search(loaded, text=f"rock {syntax} roll {syntax}{syntax}") in (
            [],
            [world.quote("rock").id],
        )

    def test_operator_words_are_searched_as_words(self, loaded: QuoteStore, world: World) -> None:
        assert self.search(loaded, text="rock AND roll OR not") == [world.quote("rock and roll").id]
        assert self.search(loaded, text="bridge OR café") == []

    def test_fuzzy_search_tolerates_typos_and_exact_search_does_not(
        self, loaded: QuoteStore, world: World
    ) -> None:
        assert self.search(loaded, text="compnesation ownres") == []
        assert self.search(loaded, text="compnesation ownres", fuzzy=True) == [world.quote("café").id]

    # -- order and paging --------------------------------------------------------------------------

    def expected_by_date(self, world: World, newest_first: bool) -> list[str]:
        dated = sorted(world.quotes, key=lambda q: q.id)
        dated = sorted(
            (q for q in dated if q.published),
            key=lambda q: q.published,
            reverse=newest_first,  # type: ignore[arg-type, return-value]
        )
        undated = sorted(q.id for q in world.quotes if not q.published)
        return [q.id for q in dated] + undated

    def test_date_sort_is_oldest_first_with_undated_last_and_ties_by_id(
        self, loaded: QuoteStore, world: World
    ) -> None:
        assert self.search(loaded, sort="date") == self.expected_by_date(world, newest_first=False)

    def test_minus_date_sort_is_newest_first_with_undated_last(
        self, loaded: QuoteStore, world: World
    ) -> None:
        assert self.search(loaded, sort="-date") == self.expected_by_date(world, newest_first=True)

    def test_relevance_without_text_sorts_newest_first(self, loaded: QuoteStore, world: World) -> None:
        assert self.search(loaded, sort="relevance") == self.expected_by_date(world, newest_first=True)

    def test_relevance_ranks_the_closer_match_first_and_scores_hits(
        self, loaded: QuoteStore, world: World
    ) -> None:
        page = loaded.search_quotes(QuoteQuery(text="bridge", sort="relevance"))
        assert ids(page)[0] == world.quote("after bridge").id
        assert all(hit.score is not None for hit in page.results)

    def test_pages_cover_every_match_once(self, loaded: QuoteStore, world: World) -> None:
        first = loaded.search_quotes(QuoteQuery(limit=3))
        assert (first.total, first.pages) == (len(world.quotes), 3)
        seen = [i for page in range(1, 4) for i in ids(loaded.search_quotes(QuoteQuery(limit=3, page=page)))]
        assert seen == self.expected_by_date(world, newest_first=True)
        assert ids(loaded.search_quotes(QuoteQuery(limit=3, page=4))) == []

    @pytest.mark.parametrize(("sort", "text"), [("date", None), ("-date", None), ("relevance", "bridge")])
    def test_cursor_paging_visits_every_match_once_in_order(
        self, loaded: QuoteStore, sort: str, text: str | None
    ) -> None:
        query = QuoteQuery(sort=sort, text=text, limit=2)  # type: ignore[arg-type]
        everything = ids(loaded.search_quotes(replace(query, limit=100)))
        seen: list[str] = []
        page = loaded.search_quotes(query)
        while True:
            seen += ids(page)
            assert page.total == len(everything)
            if page.next_cursor is None:
                break
            page = loaded.search_quotes(replace(query, cursor=page.next_cursor))
        assert seen == everything

    def test_next_cursor_is_set_only_while_more_results_follow(
        self, loaded: QuoteStore, world: World
    ) -> None:
        assert loaded.search_quotes(QuoteQuery(limit=len(world.quotes) - 1)).next_cursor is not None
        assert loaded.search_quotes(QuoteQuery(limit=len(world.quotes))).next_cursor is None

    def test_a_cursor_for_another_query_is_rejected(self, loaded: QuoteStore) -> None:
        cursor = loaded.search_quotes(QuoteQuery(limit=1)).next_cursor
        with pytest.raises(InvalidCursor):
            loaded.search_quotes(QuoteQuery(limit=1, cursor=cursor, speakers=(ORTEGA.id,)))
        with pytest.raises(InvalidCursor):
            loaded.search_quotes(QuoteQuery(limit=1, cursor=cursor, sort="date"))

    @pytest.mark.parametrize(
        "cursor",
        [
            "not a cursor!",
            "e30",
            base64.urlsafe_b64encode(json.dumps({"k": [{"x": 1}]}).encode()).decode(),
            "%%%",
        ],
    )
    def test_a_malformed_cursor_is_rejected(self, loaded: QuoteStore, cursor: str) -> None:
        with pytest.raises(InvalidCursor):
            loaded.search_quotes(QuoteQuery(cursor=cursor))

    # -- highlights ---------------------------------------------------------------------------------

    def test_highlights_escape_html_and_mark_matched_words(self, loaded: QuoteStore) -> None:
        (hit,) = loaded.search_quotes(QuoteQuery(text="script prices")).results
        assert "<script>" not in (hit.highlight or "")
        assert hit.highlight == (
            "<mark>Prices</mark> &lt;<mark>script</mark>&gt;alert(&#x27;x&#x27;)&lt;/<mark>script</mark>&gt;"
            " must fall &amp; stay low."
        )

    def test_highlights_mark_accented_words_and_phrases(self, loaded: QuoteStore) -> None:
        (hit,) = loaded.search_quotes(QuoteQuery(text='cafe "owners deserve"')).results
        assert hit.highlight == "The <mark>café</mark> <mark>owners deserve</mark> compensation,"

    def test_hits_carry_no_highlight_without_text(self, loaded: QuoteStore) -> None:
        assert all(hit.highlight is None for hit in loaded.search_quotes(QuoteQuery()).results)

    # -- facets ---------------------------------------------------------------------------------------

    def test_facets_count_speakers_outlets_sources_and_days(self, loaded: QuoteStore, world: World) -> None:
        facets = loaded.facets(QuoteQuery())
        assert facets.total == len(world.quotes)
        assert [(b.key, b.count, b.label) for b in facets.speakers] == [
            (PETRENKO.id, 3, PETRENKO.name),
            (DUBOIS.id, 2, DUBOIS.name),
            (ORTEGA.id, 2, ORTEGA.name),
        ]
        assert {b.key: b.count for b in facets.outlets} == {
            "Reuters": 2,
            "BBC News": 2,
            "Associated Press": 2,
            "Le Monde": 2,
        }
        assert {(b.key, b.count, b.label) for b in facets.sources} == {
            (a.id, a.quote_count, a.title) for a in world.articles
        }
        assert [(b.key, b.count) for b in facets.days] == [("2024-03-01", 2), ("2024-03-02", 4)]

    def test_facets_follow_the_filters_and_size(self, loaded: QuoteStore) -> None:
        facets = loaded.facets(QuoteQuery(text="bridge"), size=1)
        assert facets.total == 3
        assert [(b.key, b.count) for b in facets.speakers] == [(PETRENKO.id, 2)]
        assert [(b.key, b.count) for b in facets.outlets] == [("Associated Press", 2)]

    def test_facets_pick_daily_bars_for_a_short_span_and_say_so(self, loaded: QuoteStore) -> None:
        facets = loaded.facets(QuoteQuery())
        assert facets.interval == "day"

    @pytest.mark.parametrize(
        ("interval", "buckets"),
        [
            ("week", [("2024-02-26", 6)]),  # 1 and 2 March 2024 fall in the ISO week from Monday 26 February
            ("month", [("2024-03-01", 6)]),
            ("year", [("2024-01-01", 6)]),
        ],
    )
    def test_facets_histogram_keys_each_period_by_its_first_day(
        self, loaded: QuoteStore, interval: str, buckets: list[tuple[str, int]]
    ) -> None:
        facets = loaded.facets(QuoteQuery(), interval=interval)
        assert facets.interval == interval
        assert [(b.key, b.count) for b in facets.days] == buckets

    def test_facets_over_a_long_span_use_coarser_bars_that_still_count_every_dated_quote(
        self, store: QuoteStore
    ) -> None:
        # One quote every Monday for three years: 156 daily or weekly bars, 36 monthly ones.
        articles = [
            make_article(
                f"Week {n}: statement number {n}.",
                "Reuters",
                date(2021, 1, 4) + timedelta(weeks=n),
                f"Week {n}",
            )
            for n in range(156)
        ]
        quotes = [make_quote(a, f"statement number {n}") for n, a in enumerate(articles)]
        store.upsert(articles, quotes)
        facets = store.facets(QuoteQuery())
        assert facets.interval == "month"
        assert len(facets.days) == 36
        assert facets.days[0].key == "2021-01-01" and facets.days[-1].key == "2023-12-01"
        assert sum(b.count for b in facets.days) == facets.total == 156
        recent = store.facets(QuoteQuery(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)))
        assert recent.interval == "week"
        assert [b.key for b in recent.days][:2] == ["2023-01-02", "2023-01-09"]
        assert sum(b.count for b in recent.days) == recent.total == 52

    def test_facets_of_a_short_date_range_are_daily_and_of_nothing_are_empty(
        self, loaded: QuoteStore
    ) -> None:
        one_day = loaded.facets(QuoteQuery(date_from=date(2024, 3, 2), date_to=date(2024, 3, 2)))
        assert one_day.interval == "day" and [(b.key, b.count) for b in one_day.days] == [("2024-03-02", 4)]
        none = loaded.facets(QuoteQuery(text="zzzunmatched"))
        assert none.total == 0 and none.days == ()

    # -- iteration ------------------------------------------------------------------------------------

    def test_iter_quotes_yields_every_match_once_across_batches(
        self, loaded: QuoteStore, world: World
    ) -> None:
        quotes = list(loaded.iter_quotes(QuoteQuery(limit=1)))
        assert sorted(q.id for q in quotes) == sorted(q.id for q in world.quotes)
        assert len(quotes) == len({q.id for q in quotes})

    def test_iter_quotes_honours_filters_and_text(self, loaded: QuoteStore, world: World) -> None:
        found = [q.id for q in loaded.iter_quotes(QuoteQuery(speakers=(PETRENKO.id,), text="bridge"))]
        assert sorted(found) == sorted(
            [world.quote("in the east").id, world.quote("rebuild every bridge").id]
        )

    # -- speakers, sources, statements ------------------------------------------------------------------

    def test_list_speakers_puts_the_most_quoted_first(self, loaded: QuoteStore) -> None:
        page = loaded.list_speakers(SpeakerQuery())
        assert [s.id for s in page.results] == [PETRENKO.id, DUBOIS.id, ORTEGA.id, NOBODY.id]
        assert page.total == 4

    @pytest.mark.parametrize(
        ("prefix", "expected"),
        [
            ("rené", [DUBOIS.id]),
            ("RENE", [DUBOIS.id]),
            ("dub", [DUBOIS.id]),
            ("petrenkiy", [PETRENKO.id]),
            ("Tomas O", [ORTEGA.id]),
            ("zzz", []),
        ],
    )
    def test_list_speakers_matches_a_prefix_of_any_name_word_ignoring_accents_and_case(
        self, loaded: QuoteStore, prefix: str, expected: list[str]
    ) -> None:
        page = loaded.list_speakers(SpeakerQuery(prefix=prefix))
        assert [s.id for s in page.results] == expected
        assert page.total == len(expected)

    def test_list_speakers_pages(self, loaded: QuoteStore) -> None:
        page = loaded.list_speakers(SpeakerQuery(page=2, limit=3))
        assert ([s.id for s in page.results], page.total, page.pages) == ([NOBODY.id], 4, 2)

    def test_list_sources_is_newest_first_without_text(self, loaded: QuoteStore, world: World) -> None:
        page = loaded.list_sources(SourceQuery())
        dated = sorted((a for a in world.articles if a.published), key=lambda a: a.id)
        dated.sort(key=lambda a: a.published, reverse=True)  # type: ignore[arg-type, return-value]
        assert [a.id for a in page.results] == [a.id for a in dated] + [world.articles[3].id]
        assert all(a.text == "" for a in page.results)
        assert {a.id: a.quote_count for a in page.results} == {a.id: a.quote_count for a in world.articles}

    def test_list_sources_filters_by_outlet_ignoring_case(self, loaded: QuoteStore, world: World) -> None:
        page = loaded.list_sources(SourceQuery(outlet="le MONDE"))
        assert [a.id for a in page.results] == [world.articles[3].id]
        assert page.total == 1

    def test_list_statements_puts_the_most_reported_first(self, loaded: QuoteStore, world: World) -> None:
        assert [s.id for s in loaded.list_statements(None).results] == ["st-bridge", "st-ceasefire"]
        only = loaded.list_statements(DUBOIS.id)
        assert ([s.id for s in only.results], only.total) == (["st-ceasefire"], 1)
        assert loaded.list_statements(None, page=2, limit=1).results == (world.statements[1],)

    def test_statements_of_returns_every_statement_of_a_speaker(
        self, loaded: QuoteStore, world: World
    ) -> None:
        assert loaded.statements_of(PETRENKO.id) == [world.statements[0]]
        assert loaded.statements_of(NOBODY.id) == []

    def test_retired_statements_are_removed_and_retiring_a_missing_one_is_harmless(
        self, loaded: QuoteStore, world: World
    ) -> None:
        gone, kept = world.statements[0], world.statements[1]
        loaded.upsert(retired_statements=[gone.id, "st-never-stored"])
        assert loaded.get_statement(gone.id) is None
        assert loaded.get_statement(kept.id) == kept
        assert [s.id for s in loaded.list_statements(None).results] == [kept.id]

    def test_all_speakers_yields_every_speaker_across_batches(self, loaded: QuoteStore, world: World) -> None:
        assert sorted(s.id for s in loaded.all_speakers()) == sorted(s.id for s in world.speakers)

    def test_ping_answers_true_when_the_backend_is_up(self, store: QuoteStore) -> None:
        assert store.ping() is True
