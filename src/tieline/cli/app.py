"""The Typer application and the options every command shares."""
from __future__ import annotations

import json
import os
import sys
from typing import Any

import typer
from rich.console import Console

app = typer.Typer(
    name="tieline",
    help="Map how organizations depend on each other, from the news, with sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


@app.callback()
def _root() -> None:
    """Map how organizations depend on each other, from the news, with sources."""

DEFAULT_DB = "tieline.db"


def db_path(value: str | None) -> str:
    return value or os.environ.get("TIELINE_DB") or DEFAULT_DB


DbOption = typer.Option(None, "--db", help="SQLite file (default: $TIELINE_DB or ./tieline.db).")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)
