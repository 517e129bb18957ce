"""`tieline watch add|list|remove|run`: follow entities and report how the news changes them."""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path

import typer

from ..settings import Settings
from ..store import is_url, open_store
from .app import DbOption, JsonOption, app, console, db_path, err_console, print_json
from .evaluate import ExtractorOption

watch_app = typer.Typer(help="Follow entities and report every change new documents make to "
                        "their ties (JSON lines, an Atom file, signed webhooks).",
                        no_args_is_help=True)
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def add_command(
    name: str = typer.Argument(..., help="A name for the watch (letters, digits, . - _)."),
    entity: str = typer.Option(..., "--entity", help="The company or person to follow."),
    kinds: str | None = typer.Option(None, "--kinds",
                                     help="Only these fact kinds, comma-separated "
                                          "(e.g. supply,partner); default all but quote."),
    min_confidence: float | None = typer.Option(
        None, "--min-confidence", help="Ignore evidence below this confidence (0-1)."),
    webhook: str | None = typer.Option(None, "--webhook", help="POST each change here (JSON)."),
    secret: str | None = typer.Option(
        None, "--secret", help="Sign webhook bodies: X-Tieline-Signature: sha256=<HMAC>."),
    atom: str | None = typer.Option(None, "--atom", help="Keep an Atom feed of changes here."),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Save a watch on an entity."""
    from ..watch import add_watch

    with open_store(db_path(db), create=True) as store:
        saved = add_watch(store, name, entity, kinds=kinds, min_confidence=min_confidence,
                          webhook=webhook, secret=secret, atom=atom)
    if as_json:
        print_json(saved.as_dict())
    else:
        console.print(f"watching {saved.entity} as {saved.name!r}", highlight=False)


@watch_app.command("list")
def list_command(db: str | None = DbOption, as_json: bool = JsonOption) -> None:
    """The saved watches."""
    with open_store(db_path(db), create=True) as store:
        saved = store.watches()
    if as_json:
        print_json([w.as_dict() for w in saved])
        return
    if not saved:
        console.print("no watches; add one with: tieline watch add NAME --entity X")
    for w in saved:
        extras = [f"kinds {','.join(w.kinds)}" if w.kinds else "all kinds but quotes",
                  f"confidence ≥ {w.min_confidence}" if w.min_confidence is not None else None,
                  f"webhook {w.webhook}" + (" (signed)" if w.secret else "") if w.webhook
                  else None, f"atom {w.atom}" if w.atom else None]
        console.print(f"{w.name}: {w.entity} ({'; '.join(x for x in extras if x)})",
                      highlight=False)


@watch_app.command("remove")
def remove_command(name: str = typer.Argument(..., help="The watch to remove."),
                   db: str | None = DbOption) -> None:
    """Remove a watch and the changes recorded for it."""
    from ..watch import remove_watch

    with open_store(db_path(db), create=True) as store:
        remove_watch(store, name)
    console.print(f"removed watch {name!r}", highlight=False)


@watch_app.command("run")
def run_command(
    sources: list[str] = typer.Argument(..., help="Feed URLs (RSS/Atom) and local paths."),
    every: str = typer.Option("15m", "--every", help="Time between polls: 30s, 15m, 1h, 1d."),
    once: bool = typer.Option(False, "--once", help="Poll every source once and stop."),
    concentration: float = typer.Option(
        0.5, "--concentration", min=0.0, max=1.0,
        help="Report a need whose largest supplier's share crosses this."),
    webhook_attempts: int = typer.Option(3, "--webhook-attempts", min=1, max=10,
                                         help="POSTs per change before keeping it for later."),
    webhook_backoff: float = typer.Option(1.0, "--webhook-backoff", min=0.0,
                                          help="Seconds before the first retry (doubling)."),
    extractor: str | None = ExtractorOption,
    db: str | None = DbOption,
) -> None:
    """Poll SOURCES, ingest what is new, print each change to a watched entity as a JSON line."""
    import httpx

    from ..extract import get_extractor
    from ..ingest import ingest, ingest_lock
    from ..resolve import Resolver
    from ..watch import RunOptions, parse_every, run_forever, run_once
    from ..watch.poll import TIMEOUT_S

    every_s = parse_every(every)  # a bad value stops here, before any work
    chosen = get_extractor(Settings.load(extractor=extractor, workers=1))
    target = db_path(db)
    path = target if is_url(target) else Path(target)
    options = RunOptions(honour_backoff=not once, threshold=concentration,
                         webhook_attempts=webhook_attempts, webhook_backoff_s=webhook_backoff)

    def tell(message: str) -> None:
        err_console.print(message, highlight=False, markup=False)

    def emit(change) -> None:
        sys.stdout.write(json.dumps(change.as_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def skipped(problem) -> None:
        if problem.kind != "own-store":  # the store's own files would be named on every poll
            tell(f"skipped {problem.source}: {problem.message}")

    def one_run(store, client):
        def ingest_paths(paths: list[str]) -> int:
            summary = ingest(paths, store, resolver=Resolver(), extractor=chosen,
                             on_problem=skipped)
            return summary.ingested

        # a SQLite file takes one ingest at a time; PostgreSQL writers run side by side
        lock = nullcontext() if is_url(target) else ingest_lock(
            path, 600, lambda: tell(f"waiting for an ingest on {path}…"))
        with lock:
            return run_once(store, sources, ingest_paths=ingest_paths, client=client,
                            options=options, on_message=tell, on_change=emit)

    with open_store(path, create=True) as store, httpx.Client(timeout=TIMEOUT_S) as client:
        if once:
            report = one_run(store, client)
            tell(report.line())
            if report.failed_sources:
                raise typer.Exit(1)
            return
        try:
            run_forever(every_s, lambda: one_run(store, client), tell)
        except KeyboardInterrupt:
            tell("stopped")
