"""The neighbourhood of an entity as nodes and edges, for the graph view."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..query import find_entity
from ..query.around import around
from ..store.base import FactFilter


@dataclass
class Node:
    id: str
    type: str
    root: bool = False


@dataclass
class Edge:
    fact_id: int
    source: str
    target: str
    kind: str
    label: str
    modality: str


@dataclass
class Neighbourhood:
    entity: str
    depth: int
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    truncated: bool = False
    notes: list[str] = field(default_factory=list)  # what the bounded read left out


def neighbourhood(store, name: str, *, depth: int = 1, limit: int = 300) -> Neighbourhood:
    """Facts with both ends named within `depth` hops of NAME, newest first, at most `limit`
    (EntityNotFound with suggestions for an unknown name). The read is bounded on hubs
    (query/around.py: the newest ties of each entity per side, within a budget of facts) and
    `notes` say what it left out; `truncated` is set when anything was."""
    me = find_entity(store, name)
    found, notes = around(store, me, depth, budget=limit)
    ids = found.ids
    facts = [f for f in store.facts(FactFilter(ids=ids, evidence=False)) if f.subject and
             f.object and f.subject != f.object] if ids else []
    if len(facts) > limit:
        notes.append(f"showing {limit} of the {len(facts):,} ties read")
    out = Neighbourhood(me.name, depth, truncated=len(facts) > limit or found.cut, notes=notes)
    types = {me.name: me.type}
    for f in facts[:limit]:
        types.setdefault(f.subject, f.subject_type or "ORG")
        types.setdefault(f.object, f.object_type or "ORG")
        out.edges.append(Edge(f.id, f.subject, f.object, f.kind, f.label(), f.modality))
    out.nodes = [Node(n, t, n == me.name) for n, t in types.items()]
    return out
