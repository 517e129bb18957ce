"""`tieline copy SOURCE DEST`: move a whole store between SQLite and PostgreSQL."""
from __future__ import annotations

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..store import open_store
from ..store.copy import copy_store, row_counts
from .app import JsonOption, app, console, err_console, fail, print_json


@app.command("copy")
def copy_command(
    source: str = typer.Argument(..., help="The store to read: a SQLite file or a "
                                 "postgresql://user@host/db URL."),
    dest: str = typer.Argument(..., help="An empty store to fill (a new SQLite file or an "
                               "empty PostgreSQL database)."),
    as_json: bool = JsonOption,
) -> None:
    """Copy every document, entity, fact and their evidence from SOURCE into DEST."""
    if source == dest:
        fail(f"SOURCE and DEST are the same store ({source}); copy into an empty one", 2)
    with open_store(source, read_only=True) as src:
        with open_store(dest, create=True) as dst:
            total = sum(row_counts(src).values())
            progress = Progress(TextColumn("[bold]copying {task.fields[table]}"), BarColumn(),
                                MofNCompleteColumn(), TimeElapsedColumn(),
                                console=err_console, disable=as_json)
            task = progress.add_task("copy", total=total, table="")
            with progress:
                copied = copy_store(src, dst, lambda table, n: progress.update(
                    task, advance=n, table=table))
            stats = dst.stats()
    if as_json:
        print_json({"source": src.name, "dest": dst.name, "rows": copied})
    else:
        console.print(f"copied {sum(copied.values())} rows ({stats['documents']} documents, "
                      f"{stats['facts']} facts) from {src.name} to {dst.name}", highlight=False)
