"""Dependencies, what-if, digest and export: each verb calls the query layer and prints its
result as tables (compact, see tables.py), a document, or JSON."""
from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.table import Table

from .. import query
from ..errors import BadInput
from ..model import SUPPLY_OBJECTS
from ..query.graph import MAX_PATHS
from .app import DbOption, JsonOption, app, console, err_console, print_json
from .browse import AsOfOption, SinceOption, UntilOption, choose, reading
from .tables import AllOption, Compact, TopOption, evidence_cells, t, table

HeldBackOption = typer.Option(False, "--all", help="Also the facts held back below "
                                                   "min_confidence.")
DepthOption = typer.Option(4, "--max-depth", min=1, max=8, help="Longest path to follow.")


def _paths_table(title: str, rows: list, end_label: str, compact: Compact) -> Table:
    view = table(title, end_label, "Need", "Depth", "Modality", "Path", "Evidence", "Source")
    for row in rows:
        far = row.steps[-1] if end_label == "Provider" else row.steps[0]
        view.add_row(t(row.entity), row.need, str(row.depth), row.modality,
                     t(row.path_text), *compact.evidence(far.evidence))
    return view


def _weakening(rows: list, compact: Compact) -> None:
    view = table("Reported as ended or weakening (not followed)", "Consumer", "Provider",
                 "Need", "Evidence", "Source")
    for s in compact.rows(rows):
        view.add_row(t(s.consumer), t(s.provider), s.need, *compact.evidence(s.evidence))
    compact.print(view, rows)


def _truncated(result) -> None:
    if result.truncated:
        console.print(f"[yellow]note:[/yellow] only the first {MAX_PATHS} paths are shown; "
                      "narrow with --on or --max-depth")


@app.command("depends")
def depends_command(
    name: str = typer.Argument(..., help="An organization or product."),
    on: str | None = typer.Option(None, "--on", help=f"Only this need: "
                                                     f"{', '.join(SUPPLY_OBJECTS)}."),
    max_depth: int = DepthOption, limit: int = TopOption, show_all: bool = AllOption,
    as_of: str | None = AsOfOption, db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """What NAME depends on, directly and transitively, with paths, evidence and concentration."""
    choose(on, SUPPLY_OBJECTS, "need")
    with reading(db, show_all) as store:
        d = query.depends(store, name, on=on, max_depth=max_depth, as_of=as_of)
    if as_json:
        return print_json(d)
    compact = Compact(limit, show_all, store)
    if not d.dependencies:
        console.print(f"No known dependencies of {t(d.entity)}" + (f" for {on}." if on else "."))
    else:
        compact.print(_paths_table(f"{d.entity} depends on", compact.rows(d.dependencies),
                                   "Provider", compact), d.dependencies)
    _truncated(d)
    if d.concentration:
        view = table("Concentration (share of reporting documents held by the largest "
                     "supplier)", "Need", "Suppliers", "Largest", "Share")
        for c in d.concentration:
            view.add_row(c.need, t(", ".join(f"{s.name} ({s.documents})" for s in c.suppliers)),
                         t(c.largest), f"{c.share:.0%}")
        console.print(view)
    if d.weakening:
        _weakening(d.weakening, compact)


@app.command("dependents")
def dependents_command(
    name: str = typer.Argument(..., help="An organization or product."),
    max_depth: int = DepthOption, limit: int = TopOption, show_all: bool = AllOption,
    as_of: str | None = AsOfOption, db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """Who depends on NAME, directly and transitively, with paths and evidence."""
    with reading(db, show_all) as store:
        d = query.dependents(store, name, max_depth=max_depth, as_of=as_of)
    if as_json:
        return print_json(d)
    compact = Compact(limit, show_all, store)
    if not d.dependents:
        console.print(f"Nothing known depends on {t(d.entity)}.")
    else:
        compact.print(_paths_table(f"Depending on {d.entity}", compact.rows(d.dependents),
                                   "Dependent", compact), d.dependents)
    _truncated(d)
    if d.weakening:
        _weakening(d.weakening, compact)


@app.command("whatif")
def whatif_command(
    scenario: str | None = typer.Argument(None, help="E.g. \"A ends B's access\", "
                                                     "\"A stops supplying B\", \"A fails\"."),
    supplier_fails: str | None = typer.Option(None, "--supplier-fails", help="This supplier "
                                                                             "fails."),
    clause: int | None = typer.Option(None, "--clause", help="Play a stored clause by its fact "
                                                            "id (see `tieline facts --kind "
                                                            "clause`)."),
    clause_of: str | None = typer.Option(
        None, "--clause-of", help="Play the clause HOLDER holds over COUNTERPARTY, given as "
                                  "'HOLDER,COUNTERPARTY' (stable across stores, unlike ids)."),
    limit: int = TopOption, show_all: bool = AllOption, as_of: str | None = AsOfOption,
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """Who loses what if a tie is cut, through which paths, and the hedges the graph knows."""
    with reading(db, show_all) as store:
        if clause_of is not None:
            if clause is not None:
                raise BadInput("give --clause or --clause-of, not both")
            parties = [p.strip() for p in clause_of.split(",")]
            if len(parties) != 2 or not all(parties):
                raise BadInput(f"--clause-of {clause_of!r}: give 'HOLDER,COUNTERPARTY'")
            clause = query.clause_between(store, *parties)
        w = query.whatif(store, scenario, supplier_fails=supplier_fails, clause=clause,
                         as_of=as_of)
    if as_json:
        return print_json(w)
    _print_whatif(w, Compact(limit, show_all, store))


def _print_whatif(w, compact: Compact) -> None:
    s = w.scenario
    console.print(f"[bold]Scenario:[/bold] {t(s.text)}")
    if s.clause and s.clause.evidence:
        console.print("  " + "  ".join(evidence_cells(s.clause.evidence)))
    if w.direct:
        view = table("Direct losses", "Who", "Loses", "From", "Evidence", "Source",
                     "Hedges the graph knows")
        for loss in compact.rows(w.direct):
            hedges = [f"{h.via or h.provider} ({h.need}, supplies {h.consumer})"
                      for h in loss.hedges.alternative_suppliers]
            hedges += [f"own product {h.product}" for h in loss.hedges.own_products]
            view.add_row(t(loss.entity), loss.loses,
                         t(loss.provider + (f" via {loss.via}" if loss.via else "")),
                         *compact.evidence(loss.step.evidence), t("; ".join(hedges) or "none"))
        compact.print(view, w.direct)
    if w.downstream:
        view = table("Exposed downstream", "Who", "Through", "Exposure", "Path")
        for row in compact.rows(w.downstream):
            view.add_row(t(row.entity), t(row.through), row.exposure, t(row.path_text))
        compact.print(view, w.downstream)
    for note in w.notes:
        console.print(f"[yellow]note:[/yellow] {t(note)}")


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {t(output)} ({len(text.encode('utf-8')):,} bytes)", highlight=False)


@app.command("digest")
def digest_command(
    about: str = typer.Option(..., "--about", help="One entity, or two separated by a comma."),
    since: str | None = SinceOption, until: str | None = UntilOption,
    as_of: str | None = AsOfOption,
    fmt: str = typer.Option("md", "--format", help="md or html."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to FILE."),
    show_all: bool = HeldBackOption,
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """A sourced briefing: takeaways, timeline, money, clauses, quotes, reactions, sources."""
    choose(fmt, ("md", "html"), "format")
    names = [n.strip() for n in about.split(",") if n.strip()]
    if not names:
        raise BadInput("--about needs at least one entity")
    with reading(db, show_all) as store:
        data = query.digest(store, names, since=since, until=until, as_of=as_of)
    if as_json:
        return print_json(data)
    _write(query.markdown(data) if fmt == "md" else query.html_page(data), output)


@app.command("export")
def export_command(
    fmt: str = typer.Option("graphml", "--format", help="graphml, jsonld or csv."),
    entity: str | None = typer.Option(None, "--entity", help="Only the graph around ENTITY."),
    depth: int = typer.Option(1, "--depth", min=1, max=6, help="Hops around --entity."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to FILE."),
    as_of: str | None = AsOfOption, show_all: bool = HeldBackOption,
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """Export facts and their evidence for other tools (networkx, Gephi, JSON-LD, spreadsheets)."""
    choose(fmt, query.EXPORT_FORMATS, "format")
    notes: list[str] = []
    with reading(db, show_all) as store:
        text = query.export(store, fmt, entity=entity, depth=depth, as_of=as_of, notes=notes)
    for note in notes:  # what a bounded read around a hub left out
        err_console.print(f"[dim]{note}[/dim]", highlight=False)
    if as_json:
        if output is not None:
            output.write_text(text, encoding="utf-8")
        return print_json({"format": fmt, "output": str(output) if output else None,
                           "bytes": len(text.encode("utf-8")),
                           "content": None if output else text})
    _write(text, output)
