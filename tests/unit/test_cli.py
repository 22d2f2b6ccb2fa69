"""The `quotes` command: extract prints verifiable JSON Lines, load reports what it did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.cli import main

FIRST = """Council approves new tram line

2023-09-14

City council member Priya Raman backed the plan. \u201cThis line will cut commutes in half for the east side,\u201d Raman said on Thursday.

\u201cWe have waited long enough,\u201d she added. \u201cConstruction starts in spring.\u201d
"""

SECOND = """Tram line approved after long debate

Council member Priya Raman welcomed the vote. "This line will cut commutes in half for the east side," Raman told reporters.
"""

FIELDS = {
    "article",
    "text",
    "start",
    "end",
    "speaker",
    "speaker_id",
    "role",
    "venue",
    "kind",
    "cue",
    "confidence",
    "statement_id",
}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    return folder


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_extract_prints_one_json_record_per_quote_with_exact_offsets(articles: Path) -> None:
    result = run("extract", str(articles))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(set(r) == FIELDS for r in records)
    for record in records:
        raw = (articles / record["article"]).read_text(encoding="utf-8")
        assert raw[record["start"] : record["end"]] == record["text"]
        assert 0.0 <= record["confidence"] <= 1.0
    assert {r["speaker"] for r in records} == {"Priya Raman"}


def test_extract_gives_the_same_statement_to_one_remark_reported_in_two_files(articles: Path) -> None:
    records = [json.loads(line) for line in run("extract", str(articles)).stdout.splitlines()]
    same = [r["statement_id"] for r in records if r["text"].startswith("This line will cut commutes")]
    assert len(same) == 2 and same[0] is not None and same[0] == same[1]


def test_extract_reports_a_bad_file_on_stderr_and_goes_on(articles: Path) -> None:
    (articles / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    result = run("extract", str(articles))
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr and "rejected" in result.stderr
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} == {"first.txt", "second.txt"}


def test_extract_help_documents_the_output_fields() -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    for field in ("start", "end", "speaker_id", "statement_id", "kind"):
        assert field in result.stdout


def test_load_reports_counts_and_rejections_as_json(articles: Path, tmp_path: Path) -> None:
    (articles / "empty.txt").write_text("")
    env = {"QUOTES_SQLITE_PATH": str(tmp_path / "cli.db"), "QUOTES_ELASTICSEARCH_URL": ""}
    result = run("load", "--json", str(articles), env=env)
    report = json.loads(result.stdout)
    assert result.exit_code == 1  # a file was rejected
    assert (report["files_read"], report["articles_stored"], report["files_rejected"]) == (3, 2, 1)
    assert report["rejected"] == [{"file": str(articles / "empty.txt"), "reason": "empty"}]
    again = json.loads(run("load", "--json", str(articles / "first.txt"), env=env).stdout)
    assert (again["articles_stored"], again["articles_unchanged"]) == (0, 1)
