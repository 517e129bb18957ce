"""An entity's profile: names, products, dependencies both ways, ties, money, clauses, quotes."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..model import Fact
from ..store.base import FactFilter, Store
from .confidence import held_back, held_back_capped
from .entities import find_entity
from .facts import COUNT_CAP, check_as_of, more_per_kind, per_kind
from .graph import HOPS_SLACK, DependencyGraph, Step, evidence_for, step

TIES = {"partner": "partners", "compete": "rivals", "sue": "lawsuits", "invest": "investments",
        "acquire": "acquisitions", "employ": "people", "talent_move": "talent_moves"}


@dataclass
class Tie:
    """A fact seen from one of its ends: the other end, and which way it points."""
    other: str | None
    direction: str  # out: the entity is the subject; in: the object
    fact: Fact
    role: str | None = None  # for clauses: holder | subject to


@dataclass
class DependencyTie:
    need: str
    other: str
    consumer: str
    provider: str
    via: str | None
    status: str  # active | weakening
    step: Step


@dataclass
class Product:
    name: str
    type: str
    fact: Fact | None = None


@dataclass
class Profile:
    name: str
    type: str
    aliases: list[str]
    maker: list[str]
    products: list[Product]
    depends_on: list[DependencyTie]
    dependents: list[DependencyTie]
    ties: dict[str, list[Tie]] = field(default_factory=dict)  # by TIES label
    money: list[Fact] = field(default_factory=list)
    clauses: list[Tie] = field(default_factory=list)
    quotes_by: list[Fact] = field(default_factory=list)
    quotes_about: list[Fact] = field(default_factory=list)
    held_back: int = 0  # facts below the confidence floor left out (query/confidence.py)
    more: dict[str, int] = field(default_factory=dict)  # per kind: facts beyond the newest read
    notes: list[str] = field(default_factory=list)  # what bounded reads left out
    held_back_capped: bool = False  # held_back stopped at a cap: at least that many

    def as_dict(self) -> dict:
        return asdict(self)


def entity_summary(store: Store, name: str, *, graph: DependencyGraph | None = None,
                   as_of: str | None = None) -> Profile:
    """Aliases and type; products; what it depends on and from whom, and who depends on it
    (each with need, status and evidence); partners, rivals, lawsuits, investments,
    acquisitions, people and talent moves; money over time; clauses; quotes by and about it.
    With `as_of`, as known on that date (reports published by then)."""
    as_of = check_as_of(as_of)
    entity = find_entity(store, name)
    me = entity.name
    graph = graph or DependencyGraph.around(store, [entity.id], depth=1 + HOPS_SLACK,
                                            directions=("out", "in"), as_of=as_of)
    shown = per_kind()
    facts = store.facts(FactFilter(entity_id=entity.id, as_of=as_of, per_kind=shown))
    profile = Profile(
        name=me, type=entity.type, aliases=[a for a in store.aliases(entity.id) if a != me],
        maker=graph.owners(me) if entity.type == "PRODUCT" else [],
        products=_products(graph, me, facts),
        depends_on=_ties(store, graph, me, outgoing=True, as_of=as_of),
        dependents=_ties(store, graph, me, outgoing=False, as_of=as_of),
        ties={label: [] for label in TIES.values()})
    for fact in facts:
        if fact.kind in TIES:
            profile.ties[TIES[fact.kind]].append(_tie(fact, me))
        elif fact.kind == "money":
            profile.money.append(fact)
        elif fact.kind == "clause":
            profile.clauses.append(_tie(fact, me, role="holder" if fact.subject == me
                                        else "subject to"))
        elif fact.kind == "quote":
            (profile.quotes_by if fact.subject == me else profile.quotes_about).append(fact)
    profile.money.sort(key=lambda f: (f.attribute("time") or f.first_seen or ""))
    profile.held_back = held_back(store)
    profile.held_back_capped = held_back_capped(store)
    profile.more = more_per_kind(store, facts, shown, entity_id=entity.id)
    profile.notes = [f"{kind}: the newest {shown} facts shown, {n:,}"
                     f"{'+' if n + shown >= COUNT_CAP else ''} more"
                     for kind, n in profile.more.items()] + graph.cut.notes()
    return profile


def _tie(fact: Fact, me: str, role: str | None = None) -> Tie:
    outgoing = fact.subject == me
    return Tie(fact.object if outgoing else fact.subject, "out" if outgoing else "in", fact,
               role)


def _products(graph: DependencyGraph, me: str, facts: list[Fact]) -> list[Product]:
    developed = {f.object: f for f in facts if f.kind == "develop" and f.subject == me}
    names = list(dict.fromkeys([*developed, *graph.products(me)]))
    return [Product(n, graph.types.get(n, "PRODUCT"), developed.get(n)) for n in names]


def _ties(store: Store, graph: DependencyGraph, me: str, *,
          outgoing: bool, as_of: str | None = None) -> list[DependencyTie]:
    """Direct dependencies (outgoing) or dependents of the entity and of its own products."""
    mine = [me, *graph.products(me)]
    edges = [e for m in mine for e in (graph.out if outgoing else graph.into).get(m, [])
             if not e.ownership]
    edges.sort(key=lambda e: (e.need, e.provider if outgoing else e.consumer))
    by_fact = evidence_for(store, edges, as_of)
    return [DependencyTie(e.need, e.provider if outgoing else e.consumer, e.consumer,
                          e.provider, e.via, "active" if e.live else "weakening",
                          step(e, by_fact)) for e in edges]
