"""Browse the store: entities, facts, stats, entity, relationship. Each verb calls the query
layer and prints its typed result as tables (compact, see tables.py) or as JSON."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import typer

from .. import query
from ..errors import BadInput
from ..model import ENTITY_TYPES, FACT_KINDS, MODALITIES
from ..store import open_store
from .app import DbOption, JsonOption, app, console, db_path, print_json
from .tables import (AllOption, Compact, TopOption, detail, evidence_cells, held_note,
                     marking_floor, t, table)

SinceOption = typer.Option(None, "--since", help="Only evidence published on or after DATE "
                                                 "(YYYY, YYYY-MM or YYYY-MM-DD).")
UntilOption = typer.Option(None, "--until", help="Only evidence published on or before DATE.")
AsOfOption = typer.Option(None, "--as-of", help="Answer as on DATE: what was valid and known "
                                                "then, from documents published up to it.")
STATUSES = ("active", "weakened", "ended", "disputed")


@contextmanager
def reading(db: str | None, show_all: bool | None = None) -> Iterator:
    """An existing store opened read-only: a reader never writes, migrates or switches the
    journal, so it works on a database in a read-only directory too. A verb that answers with
    facts passes its --all flag: it then reads through the confidence floor (min_confidence),
    holding back the facts below it (or, with --all, showing them marked), and says so."""
    store = open_store(db_path(db), read_only=True)
    view = store if show_all is None else query.Confident(store, hide=not show_all)
    try:
        yield view
    finally:
        store.close()
    held_note(view)


def choose(value: str | None, allowed, what: str) -> str | None:
    if value is not None and value not in allowed:
        raise BadInput(f"unknown {what} {value!r}; choose one of {', '.join(allowed)}")
    return value


@app.command("entities")
def entities_command(
    type_: str | None = typer.Option(None, "--type", help=f"One of {', '.join(ENTITY_TYPES)}."),
    limit: int = typer.Option(50, "--limit", min=1, help="How many to show."),
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """List entities, most mentioned first."""
    choose(type_.upper() if type_ else None, ENTITY_TYPES, "type")
    with reading(db) as store:
        rows = query.list_entities(store, type_=type_, limit=limit)
    if as_json:
        return print_json(rows)
    view = table(f"{len(rows)} entities", "Name", "Type", "Mentions", "Facts")
    for row in rows:
        view.add_row(t(row.name), row.type, str(row.mentions), str(row.facts))
    console.print(view)


@app.command("facts")
def facts_command(
    kind: str | None = typer.Option(None, "--kind", help="A relation type, or money, clause, "
                                                         "quote."),
    entity: str | None = typer.Option(None, "--entity", help="Only facts involving this entity."),
    modality: str | None = typer.Option(None, "--modality", help=f"One of "
                                                                 f"{', '.join(MODALITIES)}."),
    min_confidence: float | None = typer.Option(None, "--min-confidence", min=0, max=1,
                                                help="Only evidence at least this confident."),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many (paging)."),
    show_all: bool = typer.Option(False, "--all", help="Also the facts held back below "
                                                      "min_confidence (marked)."),
    since: str | None = SinceOption, until: str | None = UntilOption,
    as_of: str | None = AsOfOption,
    status: str | None = typer.Option(None, "--status", help=f"Only facts whose validity is "
                                                             f"one of {', '.join(STATUSES)}."),
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """List facts, newest first, each with its evidence and validity."""
    choose(kind, FACT_KINDS, "kind")
    choose(modality, MODALITIES, "modality")
    choose(status, STATUSES, "status")
    with reading(db, show_all) as store:
        rows = query.fact_rows(store, kind=kind, entity=entity, since=since, until=until,
                               modality=modality, min_confidence=min_confidence, limit=limit,
                               offset=offset, as_of=as_of, status=status)
    if as_json:
        return print_json(rows)
    view = table(f"{len(rows)} facts" + (f" as of {as_of}" if as_of else ""), "Id", "Kind",
                 "Between", "Detail", "Modality", "Valid", "Last seen", "Evidence", "Source")
    for f in rows:
        view.add_row(str(f.id), f.kind, t(f.ends), t(detail(f)), f.modality, t(valid(f)),
                     t(f.last_seen), *evidence_cells(f.evidence, floor=marking_floor(store)))
    console.print(view)


@app.command("stats")
def stats_command(db: str | None = DbOption, as_json: bool = JsonOption) -> None:
    """Counts of documents, entities, facts and evidence in the store."""
    with reading(db) as store:
        data = query.stats(store)
    if as_json:
        return print_json(data)
    view = table(f"{db_path(db)}", "What", "Count")
    for key, value in data.as_dict().items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in sorted(value.items())) or "-"
        view.add_row(key.replace("_", " "), t(value))
    console.print(view)


@app.command("entity")
def entity_command(name: str = typer.Argument(..., help="A name or alias."),
                   limit: int = TopOption, show_all: bool = AllOption,
                   as_of: str | None = AsOfOption,
                   db: str | None = DbOption, as_json: bool = JsonOption) -> None:
    """An entity's profile: products, dependencies both ways, ties, money, clauses, quotes."""
    with reading(db, show_all) as store:
        p = query.entity_summary(store, name, as_of=as_of)
    if as_json:
        return print_json(p)
    compact = Compact(limit, show_all, store)
    console.print(f"[bold]{t(p.name)}[/bold] ({p.type})"
                  + (f"  aka {t(', '.join(p.aliases))}" if p.aliases else "")
                  + (f"  made by {t(', '.join(p.maker))}" if p.maker else ""))
    if p.products:
        console.print("Products: " + t(", ".join(x.name for x in p.products)))
    for ties, title, other in ((p.depends_on, "Depends on", "From"),
                               (p.dependents, "Depended on by", "Who")):
        if ties:
            view = table(title, "Need", other, "Through", "Status", "Evidence", "Source")
            for tie in compact.rows(ties):
                through = tie.via or (tie.consumer if ties is p.depends_on else None)
                through = through if through and through not in (p.name, tie.other) else ""
                view.add_row(tie.need, t(tie.other), t(through), tie.status,
                             *compact.evidence(tie.step.evidence))
            compact.print(view, ties)
    for label, ties in p.ties.items():
        if ties:
            view = table(label.replace("_", " ").capitalize(), "Other", "Kind", "Detail",
                         "Modality", "Valid", "Last seen", "Evidence", "Source")
            for tie in compact.rows(ties):
                f = tie.fact
                view.add_row(t(tie.other), f"{f.kind} ({tie.direction})", t(detail(f)),
                             f.modality, t(valid(f)), t(f.last_seen),
                             *compact.evidence(f.evidence))
            compact.print(view, ties)
    for facts, title in ((p.money, "Money"), ([c.fact for c in p.clauses], "Clauses"),
                         (p.quotes_by, "Quotes by"), (p.quotes_about, "Quotes about")):
        if facts:
            view = table(title, "Id", "Between", "Detail", "Modality", "Seen", "Evidence",
                         "Source")
            for f in compact.rows(facts):
                view.add_row(str(f.id), t(f.ends), t(detail(f)), f.modality, t(f.first_seen),
                             *compact.evidence(f.evidence))
            compact.print(view, facts)


@app.command("relationship")
def relationship_command(
    a: str = typer.Argument(..., help="One entity."),
    b: str = typer.Argument(..., help="The other entity."),
    since: str | None = SinceOption, until: str | None = UntilOption,
    as_of: str | None = AsOfOption, limit: int = TopOption, show_all: bool = AllOption,
    db: str | None = DbOption, as_json: bool = JsonOption,
) -> None:
    """How the tie between A and B changed: facts by type, in first-seen order, with sources,
    and the periods each tie held (started, weakened, ended, disputed)."""
    with reading(db, show_all) as store:
        r = query.relationship(store, a, b, since=since, until=until, as_of=as_of)
    if as_json:
        return print_json(r)
    if not r.facts and not r.changes:
        console.print(f"No stored facts between {t(r.a)} and {t(r.b)}"
                      + (" in that window" if since or until else "")
                      + (f" as of {as_of}." if as_of else "."))
        return
    compact = Compact(limit, show_all, store)
    by_id = {f.id: f for f in r.facts}
    for group in r.groups:
        view = table(group.kind, "Seen", "Between", "Detail", "Status", "Evidence")
        for fact in compact.rows([by_id[i] for i in group.fact_ids]):
            seen = fact.first_seen if fact.first_seen == fact.last_seen else \
                f"{fact.first_seen}\n{fact.last_seen}"
            view.add_row(t(seen), t(fact.ends), t(detail(fact)),
                         f"{r.status[fact.id]}\n[dim]{fact.modality}[/dim]",
                         compact.cited(fact.evidence))
        compact.print(view, group.fact_ids)
    periods_table(r, compact)
    view = table("Changes over time", "Date", "Change", "Fact", "Modality", "Evidence")
    for c in compact.rows(r.changes):
        modality = f"{c.from_modality} → {c.modality}" if c.from_modality else c.modality
        view.add_row(t(c.date), c.change + (" (context)" if c.context else ""),
                     t(f"{c.kind}: " + " → ".join(x for x in (c.subject, c.object) if x)),
                     modality, compact.cited([c.evidence]))
    compact.print(view, r.changes)


def valid(fact) -> str:
    """'active since 2019', 'ended 2019 – 2024-03': a fact's validity in a few words."""
    if not fact.status:
        return ""
    span = " – ".join(x or "?" for x in (fact.valid_from, fact.valid_to)) if fact.valid_to \
        else (f"since {fact.valid_from}" if fact.valid_from else "")
    return f"{fact.status} {span}".strip()


def periods_table(r, compact: Compact) -> None:
    """Each tie's validity periods with the report that opened each (and, when disputed, the
    report on the other side)."""
    title = "Periods" + (f" as of {r.as_of}" if r.as_of else "")
    view = table(title, "Kind", "Tie", "Status", "From", "To", "Evidence")
    for p in compact.rows(r.periods):
        tie = " → ".join(x for x in (p.subject, p.object) if x)
        label = p.attributes.label()
        evidence = compact.cited([p.evidence])
        if p.others:
            evidence += "\n[dim]against:[/dim] " + compact.cited(p.others[:1])
        view.add_row(p.kind, t(tie + (f" ({label})" if label else "")), p.status, t(p.start),
                     t(p.end or ("…" if p.status != "ended" else "")), evidence)
    if r.periods:
        compact.print(view, r.periods)
