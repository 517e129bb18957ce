"""Browse and question the graph: entities, entity, relationship, facts, stats, depends,
dependents, whatif, digest, export. Each verb calls the query layer and prints a table or JSON."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import typer
from rich.markup import escape
from rich.table import Table

from .. import query
from ..model import ENTITY_TYPES, RELATION_TYPES, SUPPLY_OBJECTS
from ..query.graph import MAX_PATHS
from ..query.profile import TIES
from ..query.render import amount
from ..store import Store, StoreError
from .app import DbOption, JsonOption, app, console, db_path, fail, print_json

SinceOption = typer.Option(None, "--since", help="Only evidence published on or after DATE "
                                                 "(YYYY, YYYY-MM or YYYY-MM-DD).")
UntilOption = typer.Option(None, "--until", help="Only evidence published on or before DATE.")
FACT_KINDS = (*RELATION_TYPES, "money", "clause", "quote")
DepthOption = typer.Option(4, "--max-depth", min=1, max=8, help="Longest path to follow.")


@contextmanager
def reading(db: str | None) -> Iterator:
    """A read connection to an existing store; query errors become one clear line, exit 1."""
    try:
        store = Store(db_path(db), create=False)
    except StoreError as exc:
        fail(str(exc))
    try:
        with store.connect() as conn:
            yield conn
    except (query.EntityNotFound, query.QueryError, StoreError) as exc:
        fail(str(exc))
    finally:
        store.close()


def _t(value) -> str:
    """Stored text for a rich cell: markup in article text must print as written."""
    return "" if value is None else escape(str(value))


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _evidence(items: list[dict]) -> tuple[str, str]:
    """The newest sentence and its source, and how many more reports there are."""
    if not items:
        return "", ""
    first = items[0]
    more = f" (+{len(items) - 1} more)" if len(items) > 1 else ""
    source = _short(first["source"]) + (f", {first['published']}" if first.get("published") else "")
    return _t(first["sentence"]), _t(source + more)


def _short(source: str) -> str:
    """A source's file name and record locator; the full path is in --json output."""
    return Path(source).name or source


def _cited(items: list[dict]) -> str:
    """The newest sentence with its source under it, for one-column evidence."""
    sentence, source = _evidence(items)
    return f"{sentence}\n[dim]{source}[/dim]" if sentence else ""


def _detail(fact: dict) -> str:
    attrs = fact["attributes"]
    kind = fact["kind"]
    if kind == "money":
        return f"{attrs.get('kind')} {amount(attrs.get('amount'), attrs.get('currency'))}" \
            + (f" ({attrs['time']})" if attrs.get("time") else "")
    if kind == "clause":
        return "; ".join(f"{k}: {attrs[k]}" for k in ("action", "object", "trigger", "decider")
                         if attrs.get(k))
    if kind == "quote":
        return f"“{attrs.get('text')}”"
    return ", ".join(x for x in (attrs.get("object"),
                                 f"via {attrs['via']}" if attrs.get("via") else None) if x)


def _ends(fact: dict) -> str:
    return " → ".join(x for x in (fact["subject"], fact["object"]) if x)


# -- browse ---------------------------------------------------------------------------------

@app.command("entities")
def entities_command(
    type_: str | None = typer.Option(None, "--type", help=f"One of {', '.join(ENTITY_TYPES)}."),
    limit: int = typer.Option(50, "--limit", min=1, help="How many to show."),
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """List entities, most mentioned first."""
    if type_ and type_.upper() not in ENTITY_TYPES:
        fail(f"unknown type {type_!r}; choose one of {', '.join(ENTITY_TYPES)}")
    with reading(db) as conn:
        rows = query.list_entities(conn, type_=type_, limit=limit)
    if as_json:
        return print_json(rows)
    table = _table(f"{len(rows)} entities", "Name", "Type", "Mentions", "Facts")
    for row in rows:
        table.add_row(_t(row["name"]), row["type"], str(row["mentions"]), str(row["facts"]))
    console.print(table)


@app.command("facts")
def facts_command(
    kind: str | None = typer.Option(None, "--kind", help="A relation type, or money, clause, "
                                                         "quote."),
    entity: str | None = typer.Option(None, "--entity", help="Only facts involving this entity."),
    limit: int = typer.Option(50, "--limit", min=1),
    since: str | None = SinceOption, until: str | None = UntilOption,
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """List facts, newest first, each with its evidence."""
    if kind and kind not in FACT_KINDS:
        fail(f"unknown kind {kind!r}; choose one of {', '.join(FACT_KINDS)}")
    with reading(db) as conn:
        rows = query.fact_rows(conn, kind=kind, entity=entity, since=since, until=until,
                               limit=limit)
    if as_json:
        return print_json(rows)
    table = _table(f"{len(rows)} facts", "Id", "Kind", "Between", "Detail", "Modality",
                   "Last seen", "Evidence", "Source")
    for f in rows:
        table.add_row(str(f["id"]), f["kind"], _t(_ends(f)), _t(_detail(f)), f["modality"],
                      _t(f["last_seen"]), *_evidence(f["evidence"]))
    console.print(table)


@app.command("stats")
def stats_command(db: str | None = DbOption, as_json: bool = JsonOption) -> None:
    """Counts of documents, entities, facts and evidence in the store."""
    with reading(db) as conn:
        data = query.stats(conn)
    if as_json:
        return print_json(data)
    table = _table(f"{db_path(db)}", "What", "Count")
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in sorted(value.items())) or "-"
        table.add_row(key.replace("_", " "), _t(value))
    console.print(table)


@app.command("entity")
def entity_command(name: str = typer.Argument(..., help="A name or alias."),
                   db: str | None = DbOption, as_json: bool = JsonOption) -> None:
    """An entity's profile: products, dependencies both ways, ties, money, clauses, quotes."""
    with reading(db) as conn:
        p = query.entity_summary(conn, name)
    if as_json:
        return print_json(p)
    console.print(f"[bold]{_t(p['name'])}[/bold] ({p['type']})"
                  + (f"  aka {_t(', '.join(p['aliases']))}" if p["aliases"] else "")
                  + (f"  made by {_t(', '.join(p['maker']))}" if p["maker"] else ""))
    if p["products"]:
        console.print("Products: " + _t(", ".join(x["name"] for x in p["products"])))
    for key, title, other in (("depends_on", "Depends on", "From"),
                              ("dependents", "Depended on by", "Who")):
        if p[key]:
            table = _table(title, "Need", other, "Through", "Status", "Evidence", "Source")
            for tie in p[key]:
                through = tie["via"] or (tie["consumer"] if key == "depends_on" else None)
                through = through if through and through not in (p["name"], tie["other"]) else ""
                table.add_row(tie["need"], _t(tie["other"]), _t(through), tie["status"],
                              *_evidence(tie["step"]["evidence"]))
            console.print(table)
    for key in TIES.values():
        if p[key]:
            table = _table(key.replace("_", " ").capitalize(), "Other", "Kind", "Detail",
                           "Modality", "Last seen", "Evidence", "Source")
            for tie in p[key]:
                table.add_row(_t(tie["other"]), f"{tie['kind']} ({tie['direction']})",
                              _t(_detail(tie)), tie["modality"], _t(tie["last_seen"]),
                              *_evidence(tie["evidence"]))
            console.print(table)
    for key, title in (("money", "Money"), ("clauses", "Clauses"), ("quotes_by", "Quotes by"),
                       ("quotes_about", "Quotes about")):
        if p[key]:
            table = _table(title, "Id", "Between", "Detail", "Modality", "Seen", "Evidence",
                           "Source")
            for f in p[key]:
                table.add_row(str(f["id"]), _t(_ends(f)), _t(_detail(f)), f["modality"],
                              _t(f["first_seen"]), *_evidence(f["evidence"]))
            console.print(table)


@app.command("relationship")
def relationship_command(
    a: str = typer.Argument(..., help="One entity."),
    b: str = typer.Argument(..., help="The other entity."),
    since: str | None = SinceOption, until: str | None = UntilOption,
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """How the tie between A and B changed: facts by type, in first-seen order, with sources."""
    with reading(db) as conn:
        r = query.relationship(conn, a, b, since=since, until=until)
    if as_json:
        return print_json(r)
    if not r["facts"] and not r["changes"]:
        console.print(f"No stored facts between {_t(r['a'])} and {_t(r['b'])}"
                      + (" in that window." if since or until else "."))
        return
    by_id = {f["id"]: f for f in r["facts"]}
    for group in r["groups"]:
        table = _table(f"{group['kind']}", "Seen", "Between", "Detail", "Status", "Evidence")
        for fact in (by_id[i] for i in group["fact_ids"]):
            seen = fact["first_seen"] if fact["first_seen"] == fact["last_seen"] else \
                f"{fact['first_seen']}\n{fact['last_seen']}"
            table.add_row(_t(seen), _t(_ends(fact)), _t(_detail(fact)),
                          f"{fact['status']}\n[dim]{fact['modality']}[/dim]",
                          _cited(fact["evidence"]))
        console.print(table)
    table = _table("Changes over time", "Date", "Change", "Fact", "Modality", "Evidence")
    for c in r["changes"]:
        modality = (f"{c['from_modality']} → {c['modality']}" if c["from_modality"]
                    else c["modality"])
        table.add_row(_t(c["date"]), c["change"] + (" (context)" if c.get("context") else ""),
                      _t(f"{c['kind']}: " + " → ".join(x for x in (c["subject"], c["object"])
                                                        if x)),
                      modality, f"{_t(c['sentence'])}\n[dim]{_t(_short(c['source']))}[/dim]")
    console.print(table)


# -- dependencies and what-if ---------------------------------------------------------------

def _paths_table(title: str, rows: list[dict], end_label: str) -> Table:
    table = _table(title, end_label, "Need", "Depth", "Modality", "Path", "Evidence", "Source")
    for row in rows:
        far = row["steps"][-1] if end_label == "Provider" else row["steps"][0]
        table.add_row(_t(row["entity"]), row["need"], str(row["depth"]), row["modality"],
                      _t(row["path_text"]), *_evidence(far["evidence"]))
    return table


def _weakening_table(rows: list[dict]) -> Table:
    table = _table("Reported as ended or weakening (not followed)", "Consumer", "Provider",
                   "Need", "Evidence", "Source")
    for s in rows:
        table.add_row(_t(s["consumer"]), _t(s["provider"]), s["need"], *_evidence(s["evidence"]))
    return table


def _truncated(result: dict) -> None:
    if result["truncated"]:
        console.print(f"[yellow]note:[/yellow] only the first {MAX_PATHS} paths are shown; "
                      "narrow with --on or --max-depth")


@app.command("depends")
def depends_command(
    name: str = typer.Argument(..., help="An organization or product."),
    on: str | None = typer.Option(None, "--on", help=f"Only this need: "
                                                     f"{', '.join(SUPPLY_OBJECTS)}."),
    max_depth: int = DepthOption, db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """What NAME depends on, directly and transitively, with paths, evidence and concentration."""
    if on and on not in SUPPLY_OBJECTS:
        fail(f"unknown need {on!r}; choose one of {', '.join(SUPPLY_OBJECTS)}")
    with reading(db) as conn:
        d = query.depends(conn, name, on=on, max_depth=max_depth)
    if as_json:
        return print_json(d)
    if not d["dependencies"]:
        console.print(f"No known dependencies of {_t(d['entity'])}"
                      + (f" for {on}." if on else "."))
    else:
        console.print(_paths_table(f"{d['entity']} depends on", d["dependencies"], "Provider"))
    _truncated(d)
    if d["concentration"]:
        table = _table("Concentration (share of reporting documents held by the largest "
                       "supplier)", "Need", "Suppliers", "Largest", "Share")
        for c in d["concentration"]:
            table.add_row(c["need"], _t(", ".join(f"{s['name']} ({s['documents']})"
                                                  for s in c["suppliers"])),
                          _t(c["largest"]), f"{c['share']:.0%}")
        console.print(table)
    if d["weakening"]:
        console.print(_weakening_table(d["weakening"]))


@app.command("dependents")
def dependents_command(
    name: str = typer.Argument(..., help="An organization or product."),
    max_depth: int = DepthOption, db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """Who depends on NAME, directly and transitively, with paths and evidence."""
    with reading(db) as conn:
        d = query.dependents(conn, name, max_depth=max_depth)
    if as_json:
        return print_json(d)
    if not d["dependents"]:
        console.print(f"Nothing known depends on {_t(d['entity'])}.")
    else:
        console.print(_paths_table(f"Depending on {d['entity']}", d["dependents"], "Dependent"))
    _truncated(d)
    if d["weakening"]:
        console.print(_weakening_table(d["weakening"]))


@app.command("whatif")
def whatif_command(
    scenario: str | None = typer.Argument(None, help="E.g. \"A ends B's access\", "
                                                     "\"A stops supplying B\", \"A fails\"."),
    supplier_fails: str | None = typer.Option(None, "--supplier-fails", help="This supplier "
                                                                             "fails."),
    clause: int | None = typer.Option(None, "--clause", help="Play a stored clause by its fact "
                                                            "id (see `tieline facts --kind "
                                                            "clause`)."),
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """Who loses what if a tie is cut, through which paths, and the hedges the graph knows."""
    with reading(db) as conn:
        w = query.whatif(conn, scenario, supplier_fails=supplier_fails, clause=clause)
    if as_json:
        return print_json(w)
    s = w["scenario"]
    console.print(f"[bold]Scenario:[/bold] {_t(s['text'])}")
    if s["clause"] and s["clause"]["evidence"]:
        console.print("  " + "  ".join(_evidence(s["clause"]["evidence"])))
    if w["direct"]:
        table = _table("Direct losses", "Who", "Loses", "From", "Evidence", "Source",
                       "Hedges the graph knows")
        for loss in w["direct"]:
            hedges = [f"{h['via'] or h['provider']} ({h['need']}, supplies {h['consumer']})"
                      for h in loss["hedges"]["alternative_suppliers"]]
            hedges += [f"own product {h['product']}" for h in loss["hedges"]["own_products"]]
            table.add_row(_t(loss["entity"]), loss["loses"],
                          _t(loss["from"] + (f" via {loss['via']}" if loss["via"] else "")),
                          *_evidence(loss["step"]["evidence"]), _t("; ".join(hedges) or "none"))
        console.print(table)
    if w["downstream"]:
        table = _table("Exposed downstream", "Who", "Through", "Exposure", "Path")
        for row in w["downstream"]:
            table.add_row(_t(row["entity"]), _t(row["through"]), row["exposure"],
                          _t(row["path_text"]))
        console.print(table)
    for note in w["notes"]:
        console.print(f"[yellow]note:[/yellow] {_t(note)}")


# -- digest and export ----------------------------------------------------------------------

def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {_t(output)} ({len(text.encode('utf-8')):,} bytes)", highlight=False)


@app.command("digest")
def digest_command(
    about: str = typer.Option(..., "--about", help="One entity, or two separated by a comma."),
    since: str | None = SinceOption, until: str | None = UntilOption,
    fmt: str = typer.Option("md", "--format", help="md or html."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to FILE."),
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """A sourced briefing: takeaways, timeline, money, clauses, quotes, reactions, sources."""
    if fmt not in ("md", "html"):
        fail(f"unknown format {fmt!r}; choose md or html")
    names = [n.strip() for n in about.split(",") if n.strip()]
    if not names:
        fail("--about needs at least one entity")
    with reading(db) as conn:
        data = query.digest(conn, names, since=since, until=until)
    if as_json:
        return print_json(data)
    _write(query.markdown(data) if fmt == "md" else query.html_page(data), output)


@app.command("export")
def export_command(
    fmt: str = typer.Option("graphml", "--format", help="graphml, jsonld or csv."),
    entity: str | None = typer.Option(None, "--entity", help="Only the graph around ENTITY."),
    depth: int = typer.Option(1, "--depth", min=1, max=6, help="Hops around --entity."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to FILE."),
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """Export facts and their evidence for other tools (networkx, Gephi, JSON-LD, spreadsheets)."""
    if fmt not in query.EXPORT_FORMATS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(query.EXPORT_FORMATS)}")
    with reading(db) as conn:
        text = query.export(conn, fmt, entity=entity, depth=depth)
    if as_json:
        if output is not None:
            output.write_text(text, encoding="utf-8")
        return print_json({"format": fmt, "output": str(output) if output else None,
                           "bytes": len(text.encode("utf-8")),
                           "content": None if output else text})
    _write(text, output)
