"""Search text parsing, highlighting, typo distance and cursors, shared by every store."""

from __future__ import annotations

import base64
import random
from datetime import date

import pytest

from service.domain import QuoteQuery
from service.store.base import InvalidCursor
from service.store.cursor import decode_cursor, encode_cursor, fingerprint
from service.store.sqlite_query import fts_expression
from service.store.text import TextQuery, highlight, parse_text, tokens, within_edits


@pytest.mark.parametrize(
    ("text", "words", "phrases"),
    [
        ("Café Owners", ("cafe", "owners"), ()),
        ('east "every bridge" now', ("east", "now"), ("every bridge",)),
        ('unclosed "quote here', ("unclosed", "quote", "here"), ()),
        ("* ? ~ ( ) : ^", (), ()),
        ("don't O’Brien", ("dont", "obrien"), ()),
    ],
)
def test_text_splits_into_folded_words_and_phrases(
    text: str, words: tuple[str, ...], phrases: tuple[str, ...]
) -> None:
    assert parse_text(text) == TextQuery(words, phrases)


def test_highlight_escapes_everything_and_marks_only_matches() -> None:
    marked = highlight('<b>Café</b> & "cafe" <i>', parse_text("CAFE"))
    assert marked == "&lt;b&gt;<mark>Café</mark>&lt;/b&gt; &amp; &quot;<mark>cafe</mark>&quot; &lt;i&gt;"


def test_highlight_marks_a_phrase_as_one_span() -> None:
    assert (
        highlight("a real, fragile ceasefire", parse_text('"real fragile"'))
        == "a <mark>real, fragile</mark> ceasefire"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("snake_case words", ["snake", "case", "words"]),
        ("O’Brien don't", ["obrien", "dont"]),
        ("Cafe\u0301 au lait", ["cafe", "au", "lait"]),
        ("under_sco\u0301re_", ["under", "score"]),
    ],
)
def test_tokens_split_on_underscores_and_keep_combining_marks(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_highlight_of_text_with_underscores_marks_the_word_alone() -> None:
    assert highlight("tax_cuts and tax", parse_text("tax")) == "<mark>tax</mark>_cuts and <mark>tax</mark>"


def test_fuzzy_highlight_marks_near_spellings() -> None:
    assert (
        highlight("compensation now", parse_text("compnesation"), fuzzy=True)
        == "<mark>compensation</mark> now"
    )
    assert highlight("compensation now", parse_text("compnesation")) == "compensation now"


@pytest.mark.parametrize(
    ("a", "b", "limit", "within"), [("abc", "abd", 1, True), ("abc", "bca", 1, False), ("", "ab", 2, True)]
)
def test_edit_distance_limit(a: str, b: str, limit: int, within: bool) -> None:
    assert within_edits(a, b, limit) is within


def test_fts_expression_quotes_every_word_so_syntax_stays_text() -> None:
    expression = fts_expression(parse_text('NEAR(a b) OR x* "c d"'), False, lambda term: [])
    assert expression == '"near(a" AND "b)" AND "or" AND "x*" AND "c d"'


def test_fts_expression_ors_typo_variants_of_a_word() -> None:
    assert fts_expression(parse_text("bridge"), True, lambda term: ["bride"]) == '("bridge" OR "bride")'


def test_a_cursor_round_trips_for_the_same_query_only() -> None:
    query = QuoteQuery(speakers=("x",), date_from=date(2024, 1, 1), limit=5)
    cursor = encode_cursor("sqlite", query, [3, "q1"])
    assert decode_cursor(
        "sqlite", QuoteQuery(speakers=("x",), date_from=date(2024, 1, 1), limit=9, page=4), cursor
    ) == [3, "q1"]
    with pytest.raises(InvalidCursor):
        decode_cursor("sqlite", QuoteQuery(speakers=("y",)), cursor)
    with pytest.raises(InvalidCursor):
        decode_cursor("elasticsearch", query, cursor)


@pytest.mark.parametrize(
    "cursor",
    ["", "!!!", base64.urlsafe_b64encode(b"[1,2]").decode(), base64.urlsafe_b64encode(b"\xff").decode()],
)
def test_a_malformed_cursor_raises_invalid_cursor(cursor: str) -> None:
    with pytest.raises(InvalidCursor):
        decode_cursor("sqlite", QuoteQuery(), cursor)


def test_relevance_without_text_shares_the_fingerprint_of_newest_first() -> None:
    assert fingerprint(QuoteQuery(sort="relevance")) == fingerprint(QuoteQuery(sort="-date"))


def test_plain_ascii_highlights_equal_the_token_by_token_ones() -> None:
    # The regular-expression path for ASCII text must mark exactly what tokenising marks.
    from service.store.text import _ascii_marks, _merge, _token_marks

    rng = random.Random(7)
    words = [
        "peace",
        "Peace",
        "PEACE",
        "talks",
        "don't",
        "don’t",
        "Dont",
        "o'brien",
        "O’Brien",
        "a",
        "a1",
        "42",
        "x'peace",
    ]
    seps = [" ", ", ", " -- ", " — ", "'", "’", " ‘", "' ", "(", ") ", ". ", "\n", "/", "…", "” ", " “"]
    checked = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        picked = [rng.choice(words) for _ in range(rng.randint(1, 3))]
        q = " ".join(picked) if rng.random() < 0.5 else f'"{" ".join(picked)}" {rng.choice(words)}'
        query = parse_text(q)
        fast = _ascii_marks(text, query)
        if fast is None:
            continue
        assert _merge(fast) == _merge(_token_marks(text, query, False)), (text, q)
        checked += 1
    assert checked > 2000
