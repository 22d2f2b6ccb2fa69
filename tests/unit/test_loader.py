"""The loader reads files, rejects bad ones with reasons, stores the rest once."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.domain import QuoteQuery
from service.loader import Loader, iter_files, read_article_text
from service.store.sqlite import SqliteStore

ARTICLE_ONE = """Harbour strike enters second week

2024-05-02

Dockworkers' union leader Marta Okonkwo said the strike would continue until wages rose.
"We are not going back until every crane operator is paid fairly," Okonkwo told reporters on Tuesday.

Port director Henrik Vallander rejected the demand. "The offer on the table is the best we can do," he said.

AFP
"""

ARTICLE_TWO = """Strike talks resume

Union leader Marta Okonkwo struck a softer tone on Wednesday.
"We are ready to sit down tomorrow morning," Okonkwo said at a press conference.
"""


@pytest.fixture
def store(tmp_path: Path):
    store = SqliteStore(str(tmp_path / "quotes.db"))
    yield store
    store.close()


@pytest.fixture
def loader(store, extractor) -> Loader:
    return Loader(store=store, extractor=extractor, batch_size=2)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE_ONE, encoding="utf-8")
    (folder / "two.txt").write_text(ARTICLE_TWO, encoding="utf-8")
    return folder


def test_loading_a_folder_stores_its_articles_and_attributed_quotes(loader, store, corpus) -> None:
    report = loader.load([corpus])
    assert (report.files_read, report.articles_stored, report.rejected) == (2, 2, [])
    page = store.search_quotes(QuoteQuery(speakers=("Okonkwo",), limit=50))
    texts = {hit.quote.text for hit in page.results}
    assert "We are ready to sit down tomorrow morning," in texts
    assert any(t.startswith("We are not going back") for t in texts)
    assert {hit.quote.speaker for hit in page.results} == {"Marta Okonkwo"}
    assert report.quotes_stored == store.search_quotes(QuoteQuery(limit=50)).total


def test_loading_twice_changes_nothing(loader, store, corpus) -> None:
    loader.load([corpus])
    before = store.search_quotes(QuoteQuery(limit=100))
    again = loader.load([corpus])
    after = store.search_quotes(QuoteQuery(limit=100))
    assert (again.articles_stored, again.articles_unchanged, again.quotes_stored) == (0, 2, 0)
    assert [h.quote for h in after.results] == [h.quote for h in before.results]


def test_a_file_copied_under_another_name_is_stored_once(loader, corpus) -> None:
    (corpus / "copy.txt").write_text(ARTICLE_ONE, encoding="utf-8")
    report = loader.load([corpus])
    assert (report.files_read, report.articles_stored, report.articles_unchanged) == (3, 2, 1)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t ", "empty"),
        (
            "latin1.txt",
            "Der Minister sagte: \u201eNein.\u201c".encode("latin-1", "replace") + b"\xe4",
            "not UTF-8",
        ),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text"),
    ],
)
def test_bad_files_are_rejected_with_a_reason_while_the_rest_load(
    loader, corpus, name: str, content: bytes, reason: str
) -> None:
    (corpus / name).write_bytes(content)
    report = loader.load([corpus])
    assert report.articles_stored == 2
    assert [(Path(f).name, r.split(":")[0]) for f, r in report.rejected] == [(name, reason)]
    assert report.files_read == report.articles_stored + report.articles_unchanged + report.files_rejected


def test_a_missing_path_is_reported_not_raised(loader, tmp_path: Path) -> None:
    report = loader.load([tmp_path / "nowhere.txt"])
    assert report.rejected == [(str(tmp_path / "nowhere.txt"), "no such file")]


def test_a_file_over_the_size_limit_is_rejected(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    with pytest.raises(ValueError, match="too large"):
        read_article_text(big, max_bytes=100)


def test_folders_are_read_recursively_in_a_stable_order_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.txt", ".hidden", "b/1.txt"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])] == [
        "a.txt",
        "b/1.txt",
        "b/2.txt",
    ]


def test_articles_record_how_many_quotes_they_gave(loader, store, corpus) -> None:
    loader.load([corpus])
    page = store.search_quotes(QuoteQuery(limit=100))
    by_article: dict[str, int] = {}
    for hit in page.results:
        by_article[hit.quote.article_id] = by_article.get(hit.quote.article_id, 0) + 1
    for article_id, count in by_article.items():
        article = store.get_article(article_id)
        assert article is not None and article.quote_count == count


REPORTS = [
    (
        "2024-06-03",
        'Finance minister Ana Ribeiro defended the budget. "We will not raise taxes on families '
        'this year, whatever the pressure," Ribeiro told parliament.',
    ),
    (
        "2024-06-03",
        'Ana Ribeiro, the finance minister, was firm. "Families will not see higher taxes this '
        'year, whatever pressure we face," she said.',
    ),
    (
        "2024-06-04",
        'Finance minister Ana Ribeiro said families would not face tax rises, adding: "We will '
        'not raise taxes on families this year."',
    ),
]


def _write_reports(folder: Path) -> list[Path]:
    paths = []
    for i, (day, body) in enumerate(REPORTS):
        path = folder / f"report{i}.txt"
        path.write_text(f"Budget debate\n\n{day}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _statement_invariants(store) -> dict[str, set[str]]:
    """Check quotes and statements point at each other; return each statement's quote ids."""
    quotes = {h.quote.id: h.quote for h in store.search_quotes(QuoteQuery(limit=100)).results}
    groups: dict[str, set[str]] = {}
    for quote in quotes.values():
        if quote.statement_id is None:
            continue
        statement = store.get_statement(quote.statement_id)
        assert statement is not None, f"{quote.id} points at a missing statement"
        assert quote.id in {v.quote_id for v in statement.variants}
        groups.setdefault(statement.id, set()).add(quote.id)
    for statement_id, members in groups.items():
        statement = store.get_statement(statement_id)
        assert {v.quote_id for v in statement.variants} == members
    return groups


def test_loading_articles_one_by_one_groups_statements_as_loading_them_together(
    tmp_path: Path, extractor
) -> None:
    paths = _write_reports(tmp_path)
    together = SqliteStore(str(tmp_path / "together.db"))
    one_by_one = SqliteStore(str(tmp_path / "one.db"))
    Loader(store=together, extractor=extractor).load(paths)
    for path in reversed(paths):
        Loader(store=one_by_one, extractor=extractor).load([path])
    grouped = sorted(map(sorted, _statement_invariants(together).values()))
    assert grouped == sorted(map(sorted, _statement_invariants(one_by_one).values()))
    assert max(len(g) for g in grouped) == 3  # one remark, three wordings
    speaker = together.get_speaker(together.search_quotes(QuoteQuery()).results[0].quote.speaker_id)
    assert speaker is not None and speaker.statement_count == len(grouped)
