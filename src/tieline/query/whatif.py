"""What-if: cut ties in the dependency graph and report who loses what, how, and the hedges.

Scenarios come from a small grammar of phrasings ("A ends B's access", "A cuts off B",
"A stops supplying B", "B loses access to A", "A fails"), from a failing supplier, or from a
stored clause (its holder ends the counterparty's access when the trigger happens).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ..errors import ScenarioError
from ..model import Fact
from ..store.base import Store
from .confidence import held_back
from .entities import find_entity
from .facts import check_as_of, clause_phrase, fact_rows
from .graph import DependencyGraph, Edge, Step, evidence_for, path_text, step


_NAME = r"(?P<{}>.+?)"
_POSS = r"(?:'s|’s|'|’)"
_CUT = r"(?:ends?|ending|terminates?|revokes?|cuts?(?:\s+off)?|blocks?|withdraws?|pulls?|" \
       r"suspends?|shuts?\s+off|removes?)"
# (kind, pattern); {a} is the party that acts or fails, {b} the one that loses access.
_RULES = [
    ("ends_access", r"^{a}\s+" + _CUT + r"\s+{b}" + _POSS + r"\s+access\b.*$"),
    ("ends_access", r"^{a}\s+" + _CUT + r"\s+access\s+(?:for|of)\s+{b}(?:\s+to\b.*)?$"),
    ("ends_access", r"^{a}\s+(?:cuts?|shuts?)\s+off\s+{b}(?:\s+from\b.*)?$"),
    ("ends_access", r"^{a}\s+(?:cuts?|shuts?)\s+{b}\s+off\b.*$"),
    ("ends_access", r"^{a}\s+(?:stops?|ceases?|halts?|quits?)\s+(?:supplying|serving|selling\s+to|"
                    r"licensing\s+to|providing\s+(?:\w+\s+)?(?:to|for)|working\s+with|funding)"
                    r"\s+{b}$"),
    ("ends_access", r"^{a}\s+(?:ends?|terminates?|cancels?|exits?)\s+(?:its\s+|the\s+|their\s+)?"
                    r"(?:deal|contract|partnership|agreement|supply|relationship|ties)s?\s+"
                    r"with\s+{b}$"),
    ("ends_access", r"^{a}\s+(?:drops|bans|cuts\s+ties\s+with)\s+{b}$"),
    ("loses_access", r"^{b}\s+loses?\s+(?:access\s+to\s+)?{a}(?:" + _POSS + r"\s+.*)?$"),
    ("fails", r"^{a}\s+(?:fails|goes\s+(?:down|bankrupt|bust|under|offline|out\s+of\s+business)|"
              r"collapses|shuts\s+down|disappears|stops\s+operating|exits\s+the\s+market)$"),
]
GRAMMAR = [(kind, re.compile(rule.format(a=_NAME.format("a"), b=_NAME.format("b")), re.IGNORECASE))
           for kind, rule in _RULES]
EXAMPLES = ("A ends B's access", "A cuts off B", "A stops supplying B",
            "B loses access to A", "A fails")


@dataclass
class Scenario:
    kind: str  # ends_access | fails
    actor: str  # canonical name of the party that acts or fails
    target: str | None = None  # canonical name of the party that loses access
    text: str = ""
    clause: Fact | None = None  # the stored clause played, with its newest evidence

    def as_dict(self) -> dict:
        return asdict(self)


def parse_scenario(store: Store, text: str) -> Scenario:
    """Read a phrasing of the grammar and resolve its names (EntityNotFound when unknown)."""
    cleaned = re.sub(r"\s+", " ", text).strip().rstrip(".!?")
    for kind, pattern in GRAMMAR:
        match = pattern.match(cleaned)
        if not match:
            continue
        actor = find_entity(store, _name(match["a"])).name
        if kind == "fails":
            return Scenario("fails", actor, text=text)
        target = find_entity(store, _name(match["b"])).name
        return Scenario("ends_access", actor, target, text=text)
    raise ScenarioError(f"cannot read scenario {text!r}; try phrasings like "
                        + "; ".join(repr(e) for e in EXAMPLES))


def _name(raw: str) -> str:
    name = re.sub(r"^(?:the)\s+", "", raw.strip(), flags=re.IGNORECASE)
    return re.sub(_POSS + r"$", "", name).strip()


def clause_scenario(store: Store, clause_id: int) -> Scenario:
    rows = fact_rows(store, ids=[clause_id], kind="clause")
    if not rows:
        raise ScenarioError(f"no clause with id {clause_id}; list them with "
                            "`tieline facts --kind clause`")
    fact = rows[0]
    fact.evidence = fact.evidence[:3]
    if not fact.subject or not fact.object:
        raise ScenarioError(f"clause {clause_id} does not name both its holder and counterparty")
    trigger, decider = fact.attribute("trigger"), fact.attribute("decider")
    terms = [f"if {trigger}" if trigger else "trigger not stated",
             f"decided by {decider}" if decider else "decider not stated"]
    text = f"clause #{clause_id}: " + clause_phrase(fact.subject, fact.attribute("action"),
                                                    fact.object) + f" ({'; '.join(terms)})"
    return Scenario("ends_access", fact.subject, fact.object, text=text, clause=fact)


def clause_between(store: Store, holder: str, counterparty: str) -> int:
    """The id of the clause HOLDER holds over COUNTERPARTY (the newest reported, preferring one
    that ends access): a stable way to name a clause, where ids depend on ingest order."""
    found = [f for f in fact_rows(store, kind="clause", between=(holder, counterparty))
             if f.subject == find_entity(store, holder).name]
    if not found:
        raise ScenarioError(f"no clause held by {holder!r} over {counterparty!r}; list them "
                            "with `tieline facts --kind clause`")
    found.sort(key=lambda f: f.attribute("action") != "end_access")
    return found[0].id


@dataclass
class OwnProduct:
    """A product of the losing organization that could stand in for what it lost."""
    product: str
    owner: str
    known_role: list[str] | None
    ownership: Step


@dataclass
class Hedges:
    alternative_suppliers: list[Step] = field(default_factory=list)
    own_products: list[OwnProduct] = field(default_factory=list)


@dataclass
class Loss:
    """A tie the scenario cuts: who loses which need from whom, and the hedges known."""
    entity: str
    type: str | None
    loses: str
    provider: str
    via: str | None
    step: Step
    hedges: Hedges


@dataclass
class Exposure:
    """Someone exposed downstream through an affected node."""
    entity: str
    type: str | None
    through: str
    exposure: str  # owns, or the need it relies on the affected node for
    path_text: str
    steps: list[Step]


@dataclass
class WhatIf:
    scenario: Scenario
    direct: list[Loss] = field(default_factory=list)
    downstream: list[Exposure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    held_back: int = 0  # facts below the confidence floor left out (query/confidence.py)

    def as_dict(self) -> dict:
        return asdict(self)


def whatif(store: Store, scenario: str | None = None, *, supplier_fails: str | None = None,
           clause: int | None = None, graph: DependencyGraph | None = None,
           as_of: str | None = None) -> WhatIf:
    """Play one scenario: direct losses with hedges, then who is exposed downstream; with
    `as_of`, on the dependency graph as known on that date."""
    as_of = check_as_of(as_of)
    if sum(x is not None for x in (scenario, supplier_fails, clause)) != 1:
        raise ScenarioError("give exactly one of a scenario text, a failing supplier or a clause")
    if clause is not None:
        plan = clause_scenario(store, clause)
    elif supplier_fails is not None:
        name = find_entity(store, supplier_fails).name
        plan = Scenario("fails", name, text=f"{name} fails")
    else:
        plan = parse_scenario(store, scenario)
    if graph is None:
        ends = store.entities_by_key([n for n in (plan.actor, plan.target) if n]).values()
        graph = DependencyGraph.for_scenario(store, [e.id for e in ends], as_of)
    result = WhatIf(plan)
    if plan.clause and plan.clause.attribute("action") != "end_access":
        result.notes.append(f"clause action {plan.clause.attribute('action')!r} does not "
                            "cut access; no dependency loss follows from it")
        return result
    cut = _cut_edges(graph, plan)
    lost: dict[str, list[Edge]] = {}
    for edge in cut:
        lost.setdefault(edge.consumer, []).append(edge)
    actors = _side(graph, plan.actor)
    direct = [(consumer, edge, _hedges(graph, consumer, edge.need, actors | set(lost)))
              for consumer, edges in sorted(lost.items()) for edge in edges]
    downstream = _downstream(graph, lost, actors)
    by_fact = evidence_for(store, [*cut, *(e for _, _, (alt, own) in direct for e in alt),
                                   *(o[3] for _, _, (_, own) in direct for o in own),
                                   *(e for *_, chain in downstream for e in chain)], as_of)
    for consumer, edge, (alternatives, own) in direct:
        hedges = Hedges([step(e, by_fact) for e in alternatives],
                        [OwnProduct(p, org, roles, step(e, by_fact)) for p, org, roles, e in own])
        result.direct.append(Loss(consumer, graph.types.get(consumer), edge.need, edge.provider,
                                  edge.via, step(edge, by_fact), hedges))
    result.downstream = [Exposure(who, graph.types.get(who), node, exposure, path_text(chain),
                                  [step(e, by_fact) for e in chain])
                         for who, node, exposure, chain in downstream]
    if not cut:
        result.notes.append("the graph knows no live dependency this scenario cuts")
    result.notes += graph.cut.notes()
    result.held_back = held_back(store)
    return result


def _side(graph: DependencyGraph, name: str) -> set[str]:
    return {name, *graph.products(name)}


def _cut_edges(graph: DependencyGraph, plan: Scenario) -> list[Edge]:
    actors = _side(graph, plan.actor)
    targets = _side(graph, plan.target) if plan.target else None
    return [e for e in graph.edges
            if e.live and not e.ownership and (e.provider in actors or e.via in actors)
            and (targets is None or e.consumer in targets) and e.consumer not in actors]


def _hedges(graph: DependencyGraph, consumer: str, need: str, excluded: set[str]):
    """Other suppliers of the same need to the consumer's organization, and its own products
    that could stand in (those not known to serve a different need); `excluded` are the
    scenario's actors and the nodes that lose something in it."""
    orgs = graph.owners(consumer) or [consumer]
    family = set(orgs) | {consumer} | {p for org in orgs for p in graph.products(org)}
    alternatives = [e for member in sorted(family)
                    for e in graph.out.get(member, [])
                    if e.live and e.need == need and not e.ownership
                    and e.provider not in excluded and (e.via or "") not in excluded]
    own = []
    for org in orgs:
        for edge in graph.out.get(org, []):
            product = edge.provider
            roles = graph.roles(product)
            if edge.ownership and edge.live and product not in excluded \
                    and (not roles or need in roles):
                own.append((product, org, sorted(roles) or None, edge))
    return alternatives, own


def _downstream(graph: DependencyGraph, lost: dict[str, list[Edge]],
                actors: set[str]) -> list[tuple[str, str, str, list[Edge]]]:
    """Who is exposed through an affected node: owners and users of an affected product, and
    anyone relying on an affected node for the same need it lost (a resold supply); as
    (who, through, exposure, chain of edges to the cut tie)."""
    out, seen = [], set(lost) | actors
    # per affected node: need lost -> the chain of edges from that node to the cut tie
    frontier = [(node, {e.need: [e] for e in edges}) for node, edges in lost.items()]
    while frontier:
        node, chains = frontier.pop(0)
        product = graph.types.get(node) == "PRODUCT"
        for edge in graph.into.get(node, []):
            who = edge.consumer
            if not edge.live or who in seen:
                continue
            if edge.ownership:
                inherited = {need: [edge] + chain for need, chain in chains.items()}
            elif edge.need in chains or product:
                inherited = {edge.need: [edge] + chains.get(edge.need, next(iter(chains.values())))}
            else:
                continue
            seen.add(who)
            out.append((who, node, "owns" if edge.ownership else edge.need,
                        next(iter(inherited.values()))))
            frontier.append((who, inherited))
    return out
