"""The `quotes` command: extract, load and serve."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from schemas.extract import ExtractedQuoteSchema, LoadReportSchema
from service.config import Settings, SettingsError

EX_TEMPFAIL = 75  # sysexits.h: a temporary failure, worth retrying


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes")
def main() -> None:
    """Quotes: who said what in the news — extract, load and serve attributed quotes."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def extract(paths: tuple[Path, ...]) -> None:
    """Print the attributed quotes found in news files as JSON Lines.

    PATHS are text files or folders of them (read recursively). Each output line is one quote:
    article (file basename), text, start, end (offsets into the file's UTF-8 text, end
    exclusive), speaker, speaker_id, role, venue, kind (direct or partial), cue, confidence and
    statement_id (the same statement reported by several of the files shares one id). A file
    that cannot be read is reported on stderr and skipped; the exit status is then 1.
    """
    from service.extract import Extractor, SpeakerRegistry
    from service.extract.corpus import cluster_articles, resolve_speakers
    from service.loader import RejectedFile, iter_files, read_article_text

    extractor, registry = Extractor(), SpeakerRegistry()
    extractions, names, failed = [], {}, 0
    for path in iter_files(paths):
        try:
            extraction = extractor.extract(read_article_text(path), str(path))
        except RejectedFile as exc:
            click.echo(f"{path}: rejected: {exc}", err=True)
            failed += 1
            continue
        except Exception as exc:  # noqa: BLE001 - report the file, go on with the rest
            click.echo(f"{path}: extraction failed: {type(exc).__name__}: {exc}", err=True)
            failed += 1
            continue
        extractions.append(extraction)
        names[extraction.article.id] = path.name
    quotes, _ = cluster_articles(resolve_speakers(extractions, registry))
    schema = ExtractedQuoteSchema()
    out = sys.stdout
    for quote in quotes:
        record: dict[str, Any] = schema.dump({**quote.__dict__, "article": names[quote.article_id]})
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    if failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--batch-size", default=50, show_default=True, help="Articles extracted per write.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def load(paths: tuple[Path, ...], batch_size: int, as_json: bool) -> None:
    """Extract quotes from news files and store them (Elasticsearch if configured, else SQLite).

    Idempotent: a file already loaded is skipped. Ends with a report of files read, articles
    and quotes stored, and every rejected file with its reason; exits 1 if any was rejected,
    and 75 if the store became unreachable (what was stored is kept: run the load again).
    """
    from service.app import store_factory
    from service.loader import Loader, iter_files
    from service.store import StoreUnavailable

    settings = _settings()
    store = store_factory(settings)()
    try:
        loader = Loader(store=store, batch_size=batch_size)
        files = list(iter_files(paths))
        if len(files) > 20 and sys.stderr.isatty():
            with click.progressbar(length=len(files), label="Loading", file=sys.stderr) as bar:
                report = loader.load(files, progress=lambda _path: bar.update(1))
        else:
            report = loader.load(files)
    except StoreUnavailable as exc:
        # A stored article means all it produced is stored, so a rerun completes the load.
        click.echo(f"error: the store is unavailable ({exc}); run the load again to finish it", err=True)
        sys.exit(EX_TEMPFAIL)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(LoadReportSchema().dump(report)))
    else:
        click.echo(
            f"files read: {report.files_read}, articles stored: {report.articles_stored}, "
            f"unchanged: {report.articles_unchanged}, quotes stored: {report.quotes_stored}, "
            f"files rejected: {report.files_rejected}"
        )
        for file, reason in report.rejected:
            click.echo(f"rejected: {file}: {reason}")
    if report.rejected:
        sys.exit(1)


@main.command()
@click.option("--host", default=None, help="Address to bind [QUOTES_HOST, 127.0.0.1].")
@click.option("--port", type=int, default=None, help="Port [QUOTES_PORT, 8000].")
@click.option("--workers", type=int, default=None, help="Worker processes [QUOTES_WORKERS, 2].")
@click.option("--threads", type=int, default=None, help="Threads per worker [QUOTES_THREADS, 4].")
def serve(host: str | None, port: int | None, workers: int | None, threads: int | None) -> None:
    """Serve the HTTP API under gunicorn (gthread workers)."""
    from service.wsgi import run_gunicorn

    given: dict[str, Any] = {"host": host, "port": port, "workers": workers, "threads": threads}
    run_gunicorn(replace(_settings(), **{k: v for k, v in given.items() if v is not None}))


if __name__ == "__main__":  # pragma: no cover
    main(prog_name=os.path.basename(sys.argv[0]))
