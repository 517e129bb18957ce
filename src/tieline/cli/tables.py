"""Table helpers for the browse verbs: cells from typed query results, and compact groups.

Table views are compact by default: each group shows its first TOP rows (newest or strongest
first, as the query orders them) and then one line saying how many more there are, and an
evidence sentence longer than SENTENCE characters is cut at a word with "…"; `--limit N`
changes the number of rows, `--all` shows every row and whole sentences, and `--json` is
always complete.
"""
from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..model import Evidence, Fact
from ..query.confidence import Confident, is_low
from .app import console, err_console

TOP = 5  # rows per group in a table view
SENTENCE = 120  # characters of an evidence sentence a compact table shows

TopOption = typer.Option(TOP, "--limit", min=1, help="Rows per group in tables (--json is "
                                                     "always complete).")
AllOption = typer.Option(False, "--all", help="Show every row of every group, and the facts "
                                                "held back below min_confidence (marked).")


def t(value) -> str:
    """Stored text for a rich cell: markup in article text must print as written."""
    return "" if value is None else escape(str(value))


def table(title: str, *columns: str) -> Table:
    out = Table(title=title, title_justify="left")
    for column in columns:
        out.add_column(column, overflow="fold")
    return out


def short(source: str | None) -> str:
    """A source's file name and record locator; the full path is in --json output."""
    return (Path(source).name or source) if source else ""


def shorten(sentence: str, width: int | None) -> str:
    if width is None or len(sentence) <= width:
        return sentence
    return sentence[:width].rsplit(" ", 1)[0] + " …"


LOW = "[yellow](below min_confidence)[/yellow] "  # marks a held-back fact shown with --all


def evidence_cells(items: list[Evidence], width: int | None = None,
                   floor: float | None = None) -> tuple[str, str]:
    """The newest sentence (cut to `width`) and its source, and how many more reports; the
    sentence is marked when the fact is below the confidence floor `floor`."""
    if not items:
        return "", ""
    first = items[0]
    more = f" (+{len(items) - 1} more)" if len(items) > 1 else ""
    source = short(first.source) + (f", {first.published}" if first.published else "")
    mark = LOW if is_low(items, floor) else ""
    return mark + t(shorten(first.sentence, width)), t(source + more)


def cited(items: list[Evidence], width: int | None = None, floor: float | None = None) -> str:
    """The newest sentence with its source under it, for one-column evidence."""
    sentence, source = evidence_cells(items, width, floor)
    return f"{sentence}\n[dim]{source}[/dim]" if sentence else ""


def marking_floor(store) -> float | None:
    """The floor below which shown facts are marked: a view that shows held-back facts."""
    return store.floor if isinstance(store, Confident) and not store.hide else None


def held_note(store) -> None:
    """One line saying how many facts the answer held back, or showed marked."""
    if not isinstance(store, Confident) or not store.below_count:
        return
    n, capped = store.below_count, store.capped  # capped: counted among the newest only
    what = f"{n:,}{'+' * capped} fact{'s' * (n != 1 or capped)} below min_confidence " \
        f"{store.floor:g}"
    err_console.print(f"[dim]{what} held back; --all shows them (marked)[/dim]" if store.hide
                      else f"[dim]{what} shown, marked[/dim]", highlight=False)


def detail(fact: Fact) -> str:
    return fact.label()


class Compact:
    """How many rows of each group a table view shows."""

    def __init__(self, limit: int = TOP, show_all: bool = False, store=None):
        self.limit = None if show_all else limit
        self.width = None if show_all else SENTENCE
        self.floor = marking_floor(store)

    def evidence(self, items: list[Evidence]) -> tuple[str, str]:
        return evidence_cells(items, self.width, self.floor)

    def cited(self, items: list[Evidence]) -> str:
        return cited(items, self.width, self.floor)

    def rows(self, items: list) -> list:
        return list(items) if self.limit is None else list(items)[:self.limit]

    def print(self, view: Table, items: list) -> None:
        """Print a filled table and, when rows were left out, the line that says so."""
        console.print(view)
        hidden = len(items) - len(self.rows(items))
        if hidden > 0:
            console.print(f"[dim]{hidden} more; use --limit N or --all (--json lists "
                          "everything)[/dim]", highlight=False)
