"""What an entity depends on, who depends on it, and how concentrated its suppliers are."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from ..store.base import Store
from .confidence import held_back
from .entities import find_entity
from .facts import check_as_of
from .graph import (HOPS_SLACK, MAX_PATHS, DependencyGraph, Edge, Step, evidence_for, path_text,
                    step)


@dataclass
class DependencyPath:
    """One path from a consumer to a provider, consumer first, with a Step per tie."""
    entity: str  # the far end: the provider (depends) or the dependent (dependents)
    need: str
    via: str | None
    depth: int  # dependency ties on the path (ownership ties not counted)
    modality: str  # the weakest on the path
    path: list[str]
    path_text: str
    steps: list[Step]


@dataclass
class Supplier:
    name: str
    documents: int


@dataclass
class Concentration:
    need: str
    suppliers: list[Supplier]
    largest: str
    share: float


@dataclass
class Dependencies:
    entity: str
    type: str
    need: str | None
    dependencies: list[DependencyPath]
    truncated: bool
    concentration: list[Concentration] = field(default_factory=list)
    weakening: list[Step] = field(default_factory=list)
    held_back: int = 0  # facts below the confidence floor left out (query/confidence.py)
    notes: list[str] = field(default_factory=list)  # what a bounded graph read left out

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Dependents:
    entity: str
    type: str
    dependents: list[DependencyPath]
    truncated: bool
    weakening: list[Step] = field(default_factory=list)
    held_back: int = 0  # facts below the confidence floor left out (query/confidence.py)
    notes: list[str] = field(default_factory=list)  # what a bounded graph read left out

    def as_dict(self) -> dict:
        return asdict(self)


def depends(store: Store, name: str, *, on: str | None = None, max_depth: int = 4,
            graph: DependencyGraph | None = None, as_of: str | None = None) -> Dependencies:
    """Direct and transitive dependencies of an entity (through its own products too), as
    known on `as_of` when given."""
    as_of = check_as_of(as_of)
    entity = find_entity(store, name)
    graph = graph or DependencyGraph.around(store, [entity.id], depth=max_depth + HOPS_SLACK,
                                            as_of=as_of)
    found = list(graph.paths(entity.name, max_depth=max_depth))
    paths = [p for p in found if on is None or p[-1].need == on]
    weak = _weakening(graph, entity.name, outgoing=True)
    by_fact = evidence_for(store, [e for p in paths for e in p] + weak, as_of)
    return Dependencies(entity.name, entity.type, on, _described(paths, -1, by_fact),
                        len(found) >= MAX_PATHS or bool(graph.cut),
                        concentration(graph, entity.name, on=on),
                        [step(e, by_fact) for e in weak], held_back(store), graph.cut.notes())


def dependents(store: Store, name: str, *, max_depth: int = 4,
               graph: DependencyGraph | None = None, as_of: str | None = None) -> Dependents:
    """Entities and products that depend on an entity, directly or through others (as known
    on `as_of` when given)."""
    as_of = check_as_of(as_of)
    entity = find_entity(store, name)
    graph = graph or DependencyGraph.around(store, [entity.id], depth=max_depth + HOPS_SLACK,
                                            directions=("in",), as_of=as_of)
    paths = list(graph.paths(entity.name, reverse=True, max_depth=max_depth))
    weak = _weakening(graph, entity.name, outgoing=False)
    by_fact = evidence_for(store, [e for p in paths for e in p] + weak, as_of)
    return Dependents(entity.name, entity.type, _described(paths, 0, by_fact),
                      len(paths) >= MAX_PATHS or bool(graph.cut),
                      [step(e, by_fact) for e in weak], held_back(store), graph.cut.notes())


def concentration(graph: DependencyGraph, name: str, *,
                  on: str | None = None) -> list[Concentration]:
    """Per need: the known direct suppliers of an entity and its products, weighted by the
    number of documents reporting each tie, and the share held by the largest one."""
    weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for member in [name, *graph.products(name)]:
        for edge in graph.out.get(member, []):
            if edge.live and not edge.ownership and (on is None or edge.need == on):
                # a product named as the supplier counts for the organization that makes it
                owners = graph.owners(edge.provider)
                supplier = owners[0] if owners else edge.provider
                weights[edge.need][supplier] += max(edge.documents, 1)
    out = []
    for need, by_supplier in sorted(weights.items()):
        total = sum(by_supplier.values())
        ranked = sorted(by_supplier.items(), key=lambda kv: (-kv[1], kv[0]))
        out.append(Concentration(need, [Supplier(n, w) for n, w in ranked], ranked[0][0],
                                 round(ranked[0][1] / total, 3)))
    return out


def _described(paths: list[list[Edge]], end: int, by_fact) -> list[DependencyPath]:
    """Paths as records, shortest first; `end` is the index of the far end's edge."""
    paths.sort(key=lambda p: (sum(not e.ownership for e in p), len(p), path_text(p)))
    return [DependencyPath(
        entity=path[end].provider if end == -1 else path[end].consumer,
        need=path[end].need, via=path[end].via,
        depth=sum(not e.ownership for e in path),
        modality=_weakest([e.modality for e in path]),
        path=[path[0].consumer] + [e.label() for e in path],
        path_text=path_text(path), steps=[step(e, by_fact) for e in path],
    ) for path in paths]


def _weakening(graph: DependencyGraph, name: str, *, outgoing: bool) -> list[Edge]:
    """Ties reported as negated ("no longer solely dependent"): shown, not traversed."""
    members = [name, *graph.products(name)]
    return [e for m in members for e in (graph.out if outgoing else graph.into).get(m, [])
            if not e.live and not e.ownership]


MODALITY_STRENGTH = ("asserted", "reported", "forecast", "hedged", "negated")


def _weakest(modalities: list[str]) -> str:
    known = [m for m in modalities if m in MODALITY_STRENGTH]
    return max(known, key=MODALITY_STRENGTH.index) if known else "asserted"
