"""An entity's profile: names, products, dependencies both ways, ties, money, clauses, quotes."""
from __future__ import annotations

from .entities import aliases_of, find_entity
from .facts import fact_rows
from .graph import DependencyGraph, with_evidence

TIES = {"partner": "partners", "compete": "rivals", "sue": "lawsuits", "invest": "investments",
        "acquire": "acquisitions", "employ": "people", "talent_move": "talent_moves"}


def entity_summary(conn, name: str, *, graph: DependencyGraph | None = None) -> dict:
    """Aliases and type; products; what it depends on and from whom, and who depends on it
    (each with need, status and evidence); partners, rivals, lawsuits, investments,
    acquisitions, people and talent moves; money over time; clauses; quotes by and about it."""
    entity = find_entity(conn, name)
    me = entity["name"]
    graph = graph or DependencyGraph.load(conn)
    facts = fact_rows(conn, entity=me)
    profile = {
        "name": me, "type": entity["type"],
        "aliases": [a for a in aliases_of(conn, entity["id"]) if a != me],
        "maker": graph.owners(me) if entity["type"] == "PRODUCT" else [],
        "products": _products(graph, me, facts),
        "depends_on": _ties(conn, graph, me, outgoing=True),
        "dependents": _ties(conn, graph, me, outgoing=False),
        **{label: [] for label in TIES.values()},
        "money": [], "clauses": [], "quotes_by": [], "quotes_about": [],
    }
    for fact in facts:
        kind = fact["kind"]
        if kind in TIES:
            profile[TIES[kind]].append(_tie(fact, me))
        elif kind == "money":
            profile["money"].append(fact)
        elif kind == "clause":
            profile["clauses"].append(fact | {"role": "holder" if fact["subject"] == me
                                              else "subject to"})
        elif kind == "quote":
            profile["quotes_by" if fact["subject"] == me else "quotes_about"].append(fact)
    profile["money"].sort(key=lambda f: (f["attributes"].get("time") or f["first_seen"] or ""))
    return profile


def _tie(fact: dict, me: str) -> dict:
    outgoing = fact["subject"] == me
    return {"other": fact["object"] if outgoing else fact["subject"],
            "direction": "out" if outgoing else "in", **fact}


def _products(graph: DependencyGraph, me: str, facts: list[dict]) -> list[dict]:
    developed = {f["object"]: f for f in facts if f["kind"] == "develop" and f["subject"] == me}
    names = list(dict.fromkeys([*developed, *graph.products(me)]))
    return [{"name": n, "type": graph.types.get(n, "PRODUCT"), "fact": developed.get(n)}
            for n in names]


def _ties(conn, graph: DependencyGraph, me: str, *, outgoing: bool) -> list[dict]:
    """Direct dependencies (outgoing) or dependents of the entity and of its own products."""
    mine = [me, *graph.products(me)]
    edges = [e for m in mine for e in (graph.out if outgoing else graph.into).get(m, [])
             if not e.ownership]
    edges.sort(key=lambda e: (e.need, e.provider if outgoing else e.consumer))
    return with_evidence(conn, [{
        "need": e.need, "other": e.provider if outgoing else e.consumer,
        "consumer": e.consumer, "provider": e.provider, "via": e.via,
        "status": "active" if e.live else "weakening", "step": e} for e in edges])
