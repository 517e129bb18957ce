"""The dependency graph read from stored facts: who relies on whom, for what, through which product.

Edges point from the dependent (consumer) to what it depends on (provider):
- supply (head supplies tail): tail -> head for `object`; `via` is the head's product.
- use (head uses tail's technology): head, or head's product named in `via`, -> tail.
- invest (head invests in tail): tail -> head for funding.
- ownership (develop facts, a product's maker, a use fact's `via`): org -> its product. An
  ownership edge is not a dependency by itself; it carries an organization's exposure through
  the products it makes.
Ties that ended (tieline.facts.validity: "ended its contract", a negated report) stay in the
graph as weakening, not as live edges; a tie reported as weakened ("no longer its exclusive
provider", "less dependent") is still live. `as_of` builds the graph as known on that date.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Iterable, Iterator

from ..model import SUPPLY_OBJECTS, Evidence
from ..settings import Settings
from ..store.base import Store

OWNS = "product"  # the need an ownership edge stands for
DEPENDENCY_KINDS = ("supply", "use", "invest", "develop")
MAX_PATHS = 200
HOPS_SLACK = 2  # hops read beyond a path's length: an organization's products and their ties
WHATIF_DEPTH = 6  # how far downstream a what-if scenario follows consumers
MIN_CHUNK = 8  # entities expanded per read once the budget runs low
# Sentences that report a tie loosening even when the extractor saw no negation.
WEAKENING_CUE = re.compile(
    r"\b(no longer|less (?:dependent|reliant)|(?:reduc|lessen|cut)\w* (?:its |their |the )?"
    r"(?:heavy )?(?:reliance|dependence|dependency)|mov\w* away from|divers\w+ away|"
    r"(?:end|terminat|cancel)\w* (?:its |their |the )?(?:partnership|deal|contract|agreement|"
    r"relationship|access)|cut\w* (?:off|ties)|scal\w* back|pull\w* out of|not as close)\b",
    re.IGNORECASE)


def weakening(sentence: str) -> bool:
    return bool(WEAKENING_CUE.search(sentence or ""))


@dataclass(frozen=True)
class Edge:
    consumer: str
    provider: str
    need: str
    via: str | None
    kind: str  # supply | use | invest | develop | maker
    fact_id: int | None
    modality: str
    documents: int  # distinct documents reporting the fact: the weight for concentration
    status: str | None = None  # the fact's validity status; None for ownership by a maker

    @property
    def live(self) -> bool:
        if self.status in ("active", "weakened", "disputed"):
            return True
        return self.status != "ended" and self.modality != "negated"

    @property
    def ownership(self) -> bool:
        return self.need == OWNS

    def label(self) -> str:
        """How the provider end reads in a path: 'OpenAI models', 'Azure compute'."""
        if self.ownership:
            return f"{self.provider} (own product)"
        return f"{self.via or self.provider} {self.need}"


@dataclass
class Cut:
    """The bounds of a read of the graph (settings graph_fanout and graph_fact_budget: a hub
    has thousands of ties) and what they left out: entities whose ties reached the per-entity
    limit (only their `fanout` newest per side were followed), and entities reached but never
    expanded once the read held `budget` facts."""
    limited: list[str] = field(default_factory=list)
    unexplored: int = 0
    fanout: int = field(default_factory=lambda: max(1, Settings.load().graph_fanout))
    budget: int = field(default_factory=lambda: max(1, Settings.load().graph_fact_budget))

    def __bool__(self) -> bool:
        return bool(self.limited or self.unexplored)

    def notes(self) -> list[str]:
        out = []
        if self.limited:
            shown = ", ".join(self.limited[:5]) + (" …" if len(self.limited) > 5 else "")
            out.append(f"ties of {len(self.limited)} entities limited to their {self.fanout} newest "
                       f"per side: {shown}")
        if self.unexplored:
            out.append(f"{self.unexplored} entities reached but not expanded (the read stops "
                       f"at {self.budget:,} facts)")
        return out


class DependencyGraph:
    def __init__(self, edges: list[Edge], types: dict[str, str], cut: Cut | None = None):
        self.types = types
        self.edges = edges
        self.cut = cut or Cut()
        self.out: dict[str, list[Edge]] = defaultdict(list)
        self.into: dict[str, list[Edge]] = defaultdict(list)
        self._roles: dict[str, set[str]] = defaultdict(set)
        for edge in edges:
            self.out[edge.consumer].append(edge)
            self.into[edge.provider].append(edge)
            if edge.via and not edge.ownership:
                self._roles[edge.via].add(edge.need)

    @classmethod
    def load(cls, store: Store, as_of: str | None = None) -> "DependencyGraph":
        """The whole graph (exports; small stores), as known on `as_of` when given."""
        rows = store.dependency_facts(DEPENDENCY_KINDS, as_of) if as_of else \
            store.dependency_facts(DEPENDENCY_KINDS)
        return cls(*_edges(store, rows, store.makers()))

    @classmethod
    def around(cls, store: Store, entity_ids: Iterable[int], *, depth: int,
               directions: tuple[str, ...] = ("out",),
               as_of: str | None = None) -> "DependencyGraph":
        """Only the part of the graph within `depth` hops of some entities, read breadth-first
        from the store: towards providers ("out"), towards consumers ("in"), or both."""
        cut = Cut()
        rows, makers = _neighbourhood(store, entity_ids, depth, directions, as_of, cut)
        return cls(*_edges(store, rows, makers), cut)

    @classmethod
    def for_scenario(cls, store: Store, entity_ids: Iterable[int],
                     as_of: str | None = None) -> "DependencyGraph":
        """What a what-if scenario reads: the consumers of its actors, WHATIF_DEPTH hops
        downstream, and what those consumers (and their organizations) rely on, for hedges."""
        cut = Cut()
        rows, makers = _neighbourhood(store, entity_ids, WHATIF_DEPTH, ("in",), as_of, cut)
        reached = list(dict.fromkeys([*entity_ids, *(i for f in rows
                                                     for i in (f.subject_id, f.object_id))]))
        more, more_makers = _neighbourhood(store, reached, 1 + HOPS_SLACK, ("out",), as_of, cut)
        merged = {f.id: f for f in [*rows, *more]}
        return cls(*_edges(store, [merged[i] for i in sorted(merged)],
                           sorted(set(makers) | set(more_makers))), cut)

    def products(self, org: str) -> list[str]:
        """Products an organization owns, its products' products included."""
        found, stack = [], [org]
        while stack:
            for edge in self.out.get(stack.pop(), []):
                if edge.ownership and edge.live and edge.provider not in found \
                        and edge.provider != org:
                    found.append(edge.provider)
                    stack.append(edge.provider)
        return found

    def owners(self, product: str) -> list[str]:
        return [e.consumer for e in self.into.get(product, []) if e.ownership and e.live]

    def roles(self, product: str) -> set[str]:
        """What a product is known to provide: the needs of supply facts naming it as `via`."""
        return set(self._roles.get(product, ()))

    def paths(self, start: str, *, reverse: bool = False,
              max_depth: int = 4) -> Iterator[list[Edge]]:
        """Simple paths over live edges from `start` (towards providers, or towards consumers
        when reverse), each in consumer-to-provider order, that contain a dependency edge."""
        found = 0
        stack: list[tuple[str, list[Edge]]] = [(start, [])]
        while stack and found < MAX_PATHS:
            node, path = stack.pop()
            if len(path) >= max_depth:
                continue
            seen = {start} | {e.provider if not reverse else e.consumer for e in path}
            nexts = self.into.get(node, []) if reverse else self.out.get(node, [])
            for edge in sorted(nexts, key=lambda e: (e.need, e.provider, e.consumer),
                               reverse=True):
                other = edge.consumer if reverse else edge.provider
                if not edge.live or other in seen:
                    continue
                longer = path + [edge]
                ordered = list(reversed(longer)) if reverse else longer
                if _is_dependency(ordered, reverse):
                    found += 1
                    yield ordered
                stack.append((other, longer))


def _is_dependency(path: list[Edge], reverse: bool) -> bool:
    """A path is a dependency when it ends in a real dependency edge (for `depends`), or
    contains one (for `dependents`: an owner is exposed through its product)."""
    if reverse:
        return any(not e.ownership for e in path)
    return not path[-1].ownership


def path_text(path: list[Edge]) -> str:
    return " → ".join([path[0].consumer] + [edge.label() for edge in path])


@dataclass
class Step:
    """One tie of a path, with the newest evidence of the fact behind it."""
    consumer: str
    provider: str
    need: str
    via: str | None
    kind: str
    fact_id: int | None
    modality: str
    evidence_count: int
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def step(edge: Edge, evidence_by_fact: dict[int, list[Evidence]], per_step: int = 3) -> Step:
    items = evidence_by_fact.get(edge.fact_id, []) if edge.fact_id else []
    return Step(edge.consumer, edge.provider, edge.need, edge.via, edge.kind, edge.fact_id,
                edge.modality, len(items), items[:per_step])


def evidence_for(store: Store, edges: Iterable[Edge],
                 as_of: str | None = None) -> dict[int, list[Evidence]]:
    """The evidence of the facts behind some edges, fetched at once (for `step`); with
    `as_of`, only reports published by that date."""
    found = store.evidence({e.fact_id for e in edges if e.fact_id})
    if not as_of:
        return found
    return {fid: [ev for ev in items if ev.published and ev.published[:len(as_of)] <= as_of]
            for fid, items in found.items()}


def _neighbourhood(store: Store, start: Iterable[int], depth: int, directions,
                   as_of: str | None = None, cut: Cut | None = None):
    """Dependency facts and (product, type, maker) rows within `depth` hops of some entity ids.
    A hop follows the direction asked, and ownership both ways (an organization and its
    products travel together: a product's ties are stored under its maker's name). Each
    entity adds at most its `cut.fanout` newest facts per side, and the read stops widening at
    `cut.budget` facts; what that leaves out is recorded in `cut`."""
    cut = cut if cut is not None else Cut()
    facts: dict[int, object] = {}
    makers: set[tuple[str, str, str]] = set()
    frontier, seen = list(dict.fromkeys(start)), set()
    for _ in range(depth):
        frontier = [n for n in frontier if n not in seen]
        found: list[int] = []
        while frontier:
            room = cut.budget - len(facts)
            if room <= 0:
                cut.unexplored += len(frontier)
                break
            size = max(MIN_CHUNK, room // (cut.fanout * (len(directions) + 1)))
            chunk, frontier = frontier[:size], frontier[size:]
            seen |= set(chunk)
            found += _hop(store, chunk, directions, as_of, facts, makers, cut)
        frontier = list(dict.fromkeys(found))
        if not frontier:
            break
    return [facts[i] for i in sorted(facts)], sorted(makers)


def _hop(store: Store, chunk: list[int], directions, as_of, facts: dict, makers: set,
         cut: Cut) -> list[int]:
    """Read the ties of some entities into `facts` and `makers` (one statement for both
    ends and the makers); returns the entities reached."""
    by_subject = {"out": ("use", "develop"), "in": ("supply", "invest")}
    by_object = {"out": ("supply", "invest", "develop"), "in": ("use", "develop")}
    subject_kinds = sorted({k for way in directions for k in by_subject[way]})
    object_kinds = sorted({k for way in directions for k in by_object[way]} | {"develop"})
    rows, made = store.dependency_hop(subject_kinds, object_kinds, chunk, cut.fanout, as_of)
    mine = set(chunk)
    per_side: dict[tuple[int, str], int] = defaultdict(int)
    names: dict[int, str] = {}
    for f in rows:
        if f.subject_id in mine and f.kind in subject_kinds:
            per_side[f.subject_id, "s"] += 1
            names[f.subject_id] = f.subject
        if f.object_id in mine and f.kind in object_kinds:
            per_side[f.object_id, "o"] += 1
            names[f.object_id] = f.object
    for (node, _), n in per_side.items():
        if n >= cut.fanout and names[node] not in cut.limited:
            cut.limited.append(names[node])
    named = {f.attribute("via") for f in rows} - {None, ""}
    for row in made:
        makers.add(row)
        named |= {row[0], row[2]}
    reached = [i for f in rows for i in (f.subject_id, f.object_id)]
    if named:
        reached += [e.id for e in store.entities_by_key(named).values()]
    facts.update((f.id, f) for f in rows)
    return reached


def _edges(store: Store, rows: list, makers) -> tuple[list[Edge], dict[str, str]]:
    types: dict[str, str] = {}
    for f in rows:
        types[f.subject], types[f.object] = f.subject_type, f.object_type
    vias = {f.attribute("via") for f in rows} - {None, ""}
    via_names = _canonical(store, vias, types)
    edges: dict[tuple, Edge] = {}

    def add(edge: Edge) -> None:
        key = ((edge.consumer, edge.provider, OWNS) if edge.ownership
               else (edge.consumer, edge.provider, edge.need, edge.via, edge.kind))
        old = edges.get(key)
        if old is None or (edge.live and (not old.live or (edge.kind == "develop" != old.kind))):
            edges[key] = edge  # a live report wins; for ownership, a develop fact's evidence

    for f in rows:
        via = via_names.get(f.attribute("via")) if f.attribute("via") else None
        need = f.attribute("object") if f.attribute("object") in SUPPLY_OBJECTS else "other"
        s, o, n = f.subject, f.object, f.documents or 0
        if f.kind == "supply":
            add(Edge(o, s, need, via, "supply", f.id, f.modality, n, f.status))
            if via:
                add(Edge(s, via, OWNS, None, "supply", f.id, "asserted", n))
        elif f.kind == "use":
            add(Edge(via or s, o, need, None, "use", f.id, f.modality, n, f.status))
            if via:
                add(Edge(s, via, OWNS, None, "use", f.id, "asserted", n))
        elif f.kind == "invest":
            add(Edge(o, s, "funding", None, "invest", f.id, f.modality, n, f.status))
        elif f.kind == "develop":
            add(Edge(s, o, OWNS, None, "develop", f.id, f.modality, n, f.status))
    for product, ptype, org in makers:
        types.setdefault(product, ptype)
        types.setdefault(org, "ORG")
        add(Edge(org, product, OWNS, None, "maker", None, "asserted", 0))
    return list(edges.values()), types


def _canonical(store: Store, names: set[str], types: dict[str, str]) -> dict[str, str]:
    """Canonical entity names for `via` strings; a name the store does not know stays as is."""
    found = {}
    for name, record in store.entities_by_key(names).items():
        found[name] = record.name
        types.setdefault(record.name, record.type)
    for name in names:
        found.setdefault(name, name)
        types.setdefault(found[name], "PRODUCT")
    return found
