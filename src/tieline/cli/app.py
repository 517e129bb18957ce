"""The Typer application, the options every command shares, and the one error handler.

Every TielineError raised by a command ends here: one line on stderr (`error: message`), or
with `--json` the error's `as_dict()` on stdout, and the exit status the error class carries
(BadInput 2, NotFound 1, StoreError 1). Commands raise; they never format errors themselves.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from ..errors import BadInput, TielineError
from ..query.plain import plain


class _Handled(TyperGroup):
    """Runs a command and maps a TielineError to its message and exit status."""

    def invoke(self, ctx):
        leading = getattr(ctx, "_protected_args", None) or getattr(ctx, "protected_args", [])
        as_json = "--json" in [*leading, *ctx.args]
        try:
            return super().invoke(ctx)
        except TielineError as exc:
            report(exc, as_json)
            raise typer.Exit(exc.exit_status) from None


def report(exc: TielineError, as_json: bool) -> None:
    if as_json:
        print_json(exc.as_dict())
    else:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, markup=True)


app = typer.Typer(
    cls=_Handled,
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


DbOption = typer.Option(None, "--db", help="SQLite file or postgresql://user@host/db URL "
                        "(default: $TIELINE_DB or ./tieline.db).")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(plain(data), indent=2, ensure_ascii=False, default=str) + "\n")


def fail(message: str, code: int = 1) -> None:
    """Stop a command with a message (BadInput through the handler; exit `code`)."""
    error = BadInput(message)
    error.exit_status = code
    raise error
