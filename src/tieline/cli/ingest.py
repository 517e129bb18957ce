"""`tieline ingest PATH...`: read, extract and store news, with progress and a summary."""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from enum import Enum

import typer
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)

from ..errors import BadInput
from ..settings import Settings
from ..store import is_url, open_store
from .app import DbOption, JsonOption, app, console, db_path, err_console, print_json
from .evaluate import ExtractorOption


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class RateColumn(TextColumn):
    """Articles per second, from the task's own speed estimate."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task):
        speed = task.finished_speed or task.speed
        return f"{speed:.1f} articles/s" if speed else "… articles/s"


EngineOption = typer.Option(
    Engine.local, "--engine",
    help="Where to read and extract: here (local) or on Ray (a local runtime with "
         "--workers CPUs, or the cluster at --address / RAY_ADDRESS).")
AddressOption = typer.Option(
    None, "--address",
    help="Ray cluster to join with --engine ray, e.g. head:6379 (default: RAY_ADDRESS, "
         "else a local Ray runtime).")


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs to read."),
    db: str | None = DbOption,
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Documents per transaction."),
    workers: int = typer.Option(
        0, "--workers", min=0, max=16,
        help="Processes that parse and extract; 0 picks one per core (at most 2) for inputs "
             "over 2 MB, else 1."),
    text_field: str = typer.Option("text", help="JSONL/CSV field holding the article text."),
    title_field: str = typer.Option("title", help="JSONL/CSV field holding the title."),
    date_field: str = typer.Option("published", help="JSONL/CSV field holding the date."),
    url_field: str = typer.Option("url", help="JSONL/CSV field holding the URL."),
    dedup_threshold: float = typer.Option(
        0.8, "--dedup-threshold", min=0.05, max=1.0,
        help="Similarity (Jaccard of word 3-grams) above which a text is a near duplicate; "
             "1 keeps only exact copies together."),
    max_document_mb: float | None = typer.Option(
        None, "--max-document-mb", min=0.001,
        help="Largest single article read, in MB (setting max_document_mb, default 20); "
             "larger ones are skipped and counted."),
    aliases: Path | None = typer.Option(
        None, "--aliases", help="YAML or CSV file of names to merge or keep apart."),
    wait: float = typer.Option(600, "--wait", min=0,
                               help="Seconds to wait for another ingest on the same database."),
    extractor: str | None = ExtractorOption,
    engine: Engine = EngineOption,
    address: str | None = AddressOption,
    as_json: bool = JsonOption,
) -> None:
    """Read news from PATHS and store the facts it states, with their evidence."""
    # imported here so that read-only commands start without loading the readers and spaCy
    from ..ingest import auto_workers, ingest, ingest_lock, store_files
    from ..readers import ReaderOptions
    from ..readers.base import MB
    from ..extract import get_extractor
    from ..resolve import Resolver

    target = db_path(db)
    path = target if is_url(target) else Path(target)
    # A bad setting, extractor name, alias file or database stops here, before any work,
    # and reaches the one error handler in cli/app.py.
    engine = Engine(engine).value
    if address and engine != "ray":
        raise BadInput("--address names a Ray cluster; it needs --engine ray")
    settings = Settings.load(max_document_mb=max_document_mb, extractor=extractor,
                             workers=workers or (2 if engine == "ray" else auto_workers(
                                 paths, own=frozenset() if is_url(target) else store_files(path))))
    options = ReaderOptions(text_field=text_field, title_field=title_field,
                            date_field=date_field, url_field=url_field,
                            dedup_threshold=dedup_threshold,
                            max_document_bytes=int(settings.max_document_mb * MB))
    chosen = get_extractor(settings)
    resolver = Resolver.from_file(aliases) if aliases else Resolver()
    store = open_store(path, create=True)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(),
                        MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
                        console=err_console, transient=False, disable=as_json)
    task = progress.add_task("ingest", total=None)

    def problem(p) -> None:
        level = "[red]failed[/red]" if p.failed else "[yellow]skipped[/yellow]"
        progress.console.print(f"{level} {p.source}: {p.message}", highlight=False, markup=True)

    try:
        # a SQLite file takes one ingest at a time; PostgreSQL writers run side by side
        lock = nullcontext() if is_url(target) else ingest_lock(path, wait, lambda: (
            err_console.print(f"waiting for another ingest on {path} to finish…")))
        with lock, progress:
            summary = ingest(paths, store, options=options, resolver=resolver,
                             batch_size=batch_size, extractor=chosen, on_problem=problem,
                             on_progress=lambda n: progress.advance(task, n),
                             engine=engine, address=address, settings=settings,
                             workers=settings.workers)
    finally:
        store.close()
    report(summary, chosen, store.name, as_json)


def report(summary, chosen, name: str, as_json: bool) -> None:
    """The run's summary line (or JSON), then its exit status."""
    usage = chosen.summary() if hasattr(chosen, "summary") else None  # an LLM's requests, tokens
    if as_json:
        print_json({"database": name, **summary.as_dict(),
                    **({"extractor_usage": chosen.usage()} if usage else {})})
    else:
        console.print(summary.line(), highlight=False)
        if usage:
            console.print(usage, highlight=False)
        if summary.interrupted:
            console.print("interrupted: every committed batch is kept; run the same command "
                          "again to finish", highlight=False)
    if summary.interrupted:
        raise typer.Exit(130)
    if not summary.ok:
        raise typer.Exit(1)
