"""Loader faults: bad files are rejected with reasons while the rest load; a node killed mid-load
and a rerun lose and duplicate nothing; two loaders at once store what one would.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.store import QuoteStore
from service.store.elastic import ElasticStore
from service.store.sqlite import SqliteStore
from tests.hardening.corpus import (
    assert_store_holds_exactly,
    expected_quote_ids,
    load_report,
    quotes_cli,
    write_corpus,
)
from tests.hardening.node import PrivateNode

GOOD = 12


def _bad_files(folder: Path, good_text: str) -> dict[str, str]:
    """Write one file of each kind the loader must refuse; return name -> expected reason."""
    encoded = good_text.encode("utf-8")
    cut = encoded.index("”".encode()) + 1 if "”" in good_text else None
    files = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \n\t\n", "empty"),
        "binary.txt": (bytes(range(256)) * 8, "binary"),
        "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary"),
        "latin1.txt": ("Le maire a déclaré: « Ça suffit », selon l'élu.".encode("latin-1"), "UTF-8"),
        "huge.txt": (b"word " * (1_100_000), "too large"),
        # A download cut inside a multi-byte character: the tail is not UTF-8.
        "truncated.txt": (encoded[:cut] if cut else encoded[:40] + "é".encode()[:1], "UTF-8"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: reason for name, (_, reason) in files.items()}


def test_bad_files_are_rejected_with_reasons_while_the_rest_load(tmp_path: Path) -> None:
    good = tmp_path / "good"
    paths = write_corpus(good, GOOD, seed=11)
    # A text cut mid-sentence is still text: it loads, and only the quotes it holds whole count.
    cut_text = paths[0].read_text(encoding="utf-8")
    (good / "cut-mid-sentence.txt").write_text(cut_text[: len(cut_text) // 2], encoding="utf-8")
    bad = tmp_path / "bad"
    bad.mkdir()
    reasons = _bad_files(bad, cut_text)
    db = tmp_path / "quotes.db"

    report = load_report(good, bad, env={"QUOTES_SQLITE_PATH": str(db)})

    rejected = {Path(r["file"]).name: r["reason"] for r in report["rejected"]}  # type: ignore[attr-defined]
    assert set(rejected) == set(reasons)
    for name, reason in reasons.items():
        assert reason in rejected[name], (name, rejected[name])
    assert report["files_read"] == GOOD + 1 + len(reasons)
    assert report["articles_stored"] == GOOD + 1
    store = SqliteStore(str(db))
    try:
        assert_store_holds_exactly(store, expected_quote_ids(good), articles=GOOD + 1)
    finally:
        store.close()


def test_a_rejecting_load_exits_nonzero_and_names_each_file(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 2, seed=3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    process = quotes_cli("load", str(tmp_path / "in"), env={"QUOTES_SQLITE_PATH": str(tmp_path / "q.db")})
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 1
    assert "empty.txt: empty" in out


@pytest.fixture
def private_index(private_node: PrivateNode) -> Iterator[ElasticStore]:
    """Return a store on a fresh index of the private node, dropped after the test."""
    store = ElasticStore(private_node.url, index=f"test-quotes-{uuid.uuid4().hex}")
    yield store
    if private_node.answers():
        store.drop()
    store.close()


@pytest.mark.elasticsearch
@pytest.mark.slow
def test_a_node_killed_mid_load_then_a_rerun_leaves_nothing_missing_or_doubled(
    tmp_path: Path, private_node: PrivateNode, private_index: ElasticStore
) -> None:
    corpus = tmp_path / "corpus"
    files = write_corpus(corpus, 400, seed=5)
    env = {"QUOTES_ELASTICSEARCH_URL": private_node.url, "QUOTES_ELASTICSEARCH_INDEX": private_index.index}
    articles = f"{private_index.index}-articles"

    loading = quotes_cli("load", "--json", "--batch-size", "5", str(corpus), env=env)
    try:
        deadline = time.monotonic() + 120
        while loading.poll() is None and time.monotonic() < deadline:
            if private_node.answers() and _count_or_zero(private_node, articles) >= 20:
                break
            time.sleep(0.2)
        assert loading.poll() is None, "the load finished before the node could be killed; grow the corpus"
        private_node.kill()
        _, err = loading.communicate(timeout=120)
        assert loading.returncode == 75, err[-2000:]  # EX_TEMPFAIL: the store went away; rerun
        assert "Traceback" not in err and "run the load again" in err
    finally:
        if loading.poll() is None:
            loading.kill()
            loading.communicate()
        private_node.start()

    _wait_until_searchable(private_index)
    stored_before = _count_or_zero(private_node, articles)
    assert 0 < stored_before < len(files)

    report = load_report(corpus, env=env)

    assert report["rejected"] == []
    assert report["files_read"] == len(files)
    assert report["articles_stored"] + report["articles_unchanged"] == len(files)  # type: ignore[operator]
    assert report["articles_unchanged"] >= stored_before  # type: ignore[operator]
    private_index.refresh()
    assert_store_holds_exactly(private_index, expected_quote_ids(corpus), articles=len(files))


def _count_or_zero(node: PrivateNode, index: str) -> int:
    try:
        return node.count(index)
    except OSError:  # not created yet, or the node is going down
        return 0


def _wait_until_searchable(store: ElasticStore, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if store.ping():
            return
        time.sleep(0.5)
    raise AssertionError("the restarted node did not become ready")


@pytest.fixture(params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def shared_target(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[dict[str, str], QuoteStore]]:
    """Return the environment pointing `quotes load` at an empty store, and that store."""
    if request.param == "sqlite":
        path = str(tmp_path / "quotes.db")
        sqlite = SqliteStore(path)
        yield {"QUOTES_SQLITE_PATH": path}, sqlite
        sqlite.close()
        return
    url = request.getfixturevalue("elasticsearch_url")
    elastic = ElasticStore(url, index=f"test-quotes-{uuid.uuid4().hex}")
    elastic.ensure_indices()
    yield {"QUOTES_ELASTICSEARCH_URL": url, "QUOTES_ELASTICSEARCH_INDEX": elastic.index}, elastic
    elastic.drop()
    elastic.close()


def test_two_loaders_at_once_on_overlapping_files_store_what_one_load_would(
    tmp_path: Path, shared_target: tuple[dict[str, str], QuoteStore]
) -> None:
    env, store = shared_target
    corpus = tmp_path / "corpus"
    files = write_corpus(corpus, 90, seed=9)
    first, second = files[:60], files[30:]  # a third of the files go through both loaders

    loaders = [
        quotes_cli("load", "--json", "--batch-size", "5", *map(str, part), env=env)
        for part in (first, second)
    ]
    outputs = [loader.communicate(timeout=300) for loader in loaders]

    for loader, (_, err) in zip(loaders, outputs, strict=True):
        assert loader.returncode == 0, err[-2000:]
    if isinstance(store, ElasticStore):
        store.refresh()
    assert_store_holds_exactly(store, expected_quote_ids(corpus), articles=len(files))
