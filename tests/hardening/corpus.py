"""Generated article folders for the loader tests, and what a correct load of them holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.corpus import generate_articles
from service.domain import QuoteQuery, SourceQuery, article_id_for, quote_id_for
from service.store import QuoteStore

ROOT = Path(__file__).resolve().parents[2]
QUOTES = [sys.executable, "-m", "service.cli"]


def write_corpus(folder: Path, n: int, seed: int) -> list[Path]:
    """Write `n` generated articles into `folder`; return their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate_articles(n, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def quotes_cli(*args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.Popen[str]:
    """Start the `quotes` command with `args`, its output captured as text."""
    return subprocess.Popen(
        [*QUOTES, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[call-overload]
    )


def load_report(*paths: Path, env: dict[str, str]) -> dict[str, object]:
    """Run `quotes load --json` to the end and return its report."""
    process = quotes_cli("load", "--json", *map(str, paths), env=env)
    out, err = process.communicate(timeout=300)
    assert out.strip(), f"no report (exit {process.returncode}): {err[-2000:]}"
    report: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return report


def expected_quote_ids(folder: Path) -> set[str]:
    """Return the ids of every quote `quotes extract` finds in `folder`'s loadable files."""
    process = quotes_cli("extract", str(folder))
    out, err = process.communicate(timeout=300)
    ids = set()
    for line in out.splitlines():
        record = json.loads(line)
        text = (folder / record["article"]).read_text(encoding="utf-8")
        ids.add(quote_id_for(article_id_for(text), record["start"], record["end"]))
    assert ids, f"extract found nothing: {err[-2000:]}"
    return ids


def assert_store_holds_exactly(store: QuoteStore, quote_ids: set[str], articles: int) -> None:
    """Assert the store holds each expected quote once, nothing else, and `articles` articles."""
    page = store.search_quotes(QuoteQuery(limit=1))
    assert page.total_exact
    ordered = sorted(quote_ids)
    found: set[str] = set()
    for start in range(0, len(ordered), 500):
        found |= set(store.get_quotes(ordered[start : start + 500]))
    missing = quote_ids - found
    assert not missing, f"{len(missing)} quotes missing, e.g. {sorted(missing)[:3]}"
    assert page.total == len(quote_ids), "the store holds quotes no file produced"
    assert store.list_sources(SourceQuery(limit=1)).total == articles
