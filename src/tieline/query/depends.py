"""What an entity depends on, who depends on it, and how concentrated its suppliers are."""
from __future__ import annotations

from collections import defaultdict

from ..store.base import Store
from .entities import find_entity
from .graph import MAX_PATHS, DependencyGraph, Edge, path_text, with_evidence


def depends(store: Store, name: str, *, on: str | None = None, max_depth: int = 4,
            graph: DependencyGraph | None = None) -> dict:
    """Direct and transitive dependencies of an entity (through its own products too)."""
    entity = find_entity(store, name)
    graph = graph or DependencyGraph.load(store)
    found = list(graph.paths(entity.name, max_depth=max_depth))
    paths = [p for p in found if on is None or p[-1].need == on]
    return {"entity": entity.name, "type": entity.type, "need": on,
            "dependencies": _described(store, paths, end=-1),
            "truncated": len(found) >= MAX_PATHS,
            "concentration": concentration(graph, entity.name, on=on),
            "weakening": _weakening(store, graph, entity.name, outgoing=True)}


def dependents(store: Store, name: str, *, max_depth: int = 4,
               graph: DependencyGraph | None = None) -> dict:
    """Entities and products that depend on an entity, directly or through others."""
    entity = find_entity(store, name)
    graph = graph or DependencyGraph.load(store)
    paths = list(graph.paths(entity.name, reverse=True, max_depth=max_depth))
    return {"entity": entity.name, "type": entity.type,
            "dependents": _described(store, paths, end=0),
            "truncated": len(paths) >= MAX_PATHS,
            "weakening": _weakening(store, graph, entity.name, outgoing=False)}


def concentration(graph: DependencyGraph, name: str, *, on: str | None = None) -> list[dict]:
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
        out.append({"need": need,
                    "suppliers": [{"name": n, "documents": w} for n, w in ranked],
                    "largest": ranked[0][0], "share": round(ranked[0][1] / total, 3)})
    return out


def _described(store, paths: list[list[Edge]], end: int) -> list[dict]:
    """Paths as records, shortest first; `end` is the index of the far end's edge."""
    paths.sort(key=lambda p: (sum(not e.ownership for e in p), len(p), path_text(p)))
    return with_evidence(store, [{
        "entity": path[end].provider if end == -1 else path[end].consumer,
        "need": path[end].need, "via": path[end].via,
        "depth": sum(not e.ownership for e in path),
        "modality": _weakest([e.modality for e in path]),
        "path": [path[0].consumer] + [e.label() for e in path],
        "path_text": path_text(path), "steps": path,
    } for path in paths])


def _weakening(store, graph: DependencyGraph, name: str, *, outgoing: bool) -> list[dict]:
    """Ties reported as negated ("no longer solely dependent"): shown, not traversed."""
    members = [name, *graph.products(name)]
    return with_evidence(store, [e for m in members
                                for e in (graph.out if outgoing else graph.into).get(m, [])
                                if not e.live and not e.ownership])


MODALITY_STRENGTH = ("asserted", "reported", "forecast", "hedged", "negated")


def _weakest(modalities: list[str]) -> str:
    known = [m for m in modalities if m in MODALITY_STRENGTH]
    return max(known, key=MODALITY_STRENGTH.index) if known else "asserted"
