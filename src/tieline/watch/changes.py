"""Change detection: how a batch of new documents changed a watched entity's ties.

`snapshot` reads what the store says about the entity (its facts with their evidence, each
tie's status, its direct dependencies and how concentrated they are); `detect` compares two
snapshots, taken before and after an ingest, and names every change the new evidence made.
It is kept apart from polling and outputs so that richer fact statuses plug in here alone:
`status_of` reads a fact's own `status` (active, weakened, ended, disputed) when the store
gives one, else infers active or weakened from modality and cue words.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import FACT_KINDS, SUPPLY_OBJECTS, Evidence, Fact
from ..query.depends import concentration
from ..query.facts import clause_phrase
from ..query.graph import DependencyGraph, weakening
from ..store.base import FactFilter, Store, WatchRecord

DEFAULT_KINDS = tuple(k for k in FACT_KINDS if k != "quote")  # quotes are no tie: asked for only
CONCENTRATION_THRESHOLD = 0.5  # the largest supplier's share of a need that counts as concentrated
STATUS_CHANGES = {"weakened": "tie_weakened", "ended": "tie_ended", "disputed": "tie_disputed",
                  "active": "tie_resumed"}

NEW_OF_KIND = {"clause": "new_clause", "money": "new_figure", "quote": "new_quote"}

EvidenceKey = tuple[str, int, int]


@dataclass
class Change:
    """One change to a watched entity, with the evidence that made it."""
    id: str
    watch: str
    entity: str
    change: str  # tie_appeared | tie_weakened | tie_ended | tie_disputed | tie_resumed |
    #              modality_shift | new_supplier | new_dependency | new_clause | new_figure |
    #              new_quote | concentration
    summary: str
    date: str | None
    kind: str | None = None
    subject: str | None = None
    object: str | None = None
    fact_id: int | None = None
    before: str | None = None  # the status, modality or share before the change
    after: str | None = None
    evidence: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Snapshot:
    entity: str | None = None
    facts: list[Fact] = field(default_factory=list)
    evidence: set[EvidenceKey] = field(default_factory=set)
    statuses: dict[tuple, str] = field(default_factory=dict)  # fact identity -> status
    modalities: dict[tuple, str] = field(default_factory=dict)
    suppliers: dict[tuple[str, str], int | None] = field(default_factory=dict)  # (need, provider)
    shares: dict[str, tuple[str, float]] = field(default_factory=dict)  # need -> largest, share


def status_of(fact: Fact) -> str:
    """A tie's status: the store's own when it keeps one, else weakened or active."""
    own = getattr(fact, "status", None)
    if own:
        return own
    latest = max(fact.evidence, key=_when, default=None)
    if fact.modality == "negated" or (latest is not None and weakening(latest.sentence)):
        return "weakened"
    return "active"


def snapshot(store: Store, watch: WatchRecord, graph: DependencyGraph | None = None) -> Snapshot:
    """What the store holds now about the watched entity, within the watch's filters."""
    record = store.entity(watch.entity)
    if record is None:
        return Snapshot()
    facts = store.facts(FactFilter(kinds=watch.kinds or DEFAULT_KINDS, entity_id=record.id,
                                   min_confidence=watch.min_confidence))
    graph = graph or DependencyGraph.load(store)
    members = [record.name, *graph.products(record.name)]
    return Snapshot(
        record.name, facts, {_key(ev) for f in facts for ev in f.evidence},
        {f.identity: status_of(f) for f in facts}, {f.identity: f.modality for f in facts},
        {(e.need, e.provider): e.fact_id for m in members for e in graph.out.get(m, [])
         if e.live and not e.ownership},
        {c.need: (c.largest, c.share) for c in concentration(graph, record.name)})


def detect(before: Snapshot, after: Snapshot, watch: WatchRecord, *,
           threshold: float = CONCENTRATION_THRESHOLD) -> list[Change]:
    """Every change between two snapshots of a watch's entity, each with its evidence."""
    if after.entity is None:
        return []
    new_by_fact: dict[int, list[Evidence]] = {}
    for fact in after.facts:
        new = sorted((ev for ev in fact.evidence if _key(ev) not in before.evidence), key=_when)
        if new:
            new_by_fact[fact.id] = new
    dependencies = _dependency_changes(before, after, watch, new_by_fact)
    told = {c.fact_id for c in dependencies}  # a new supplier is not also a new tie
    out = [c for fact in after.facts if fact.id in new_by_fact
           for c in _fact_changes(before, after, watch, fact, new_by_fact[fact.id])
           if not (c.change == "tie_appeared" and c.fact_id in told)]
    out += dependencies
    out += _concentration_changes(before, after, watch, new_by_fact, threshold)
    return sorted(out, key=lambda c: c.date or "")  # by report date; stable within a day


def _fact_changes(before: Snapshot, after: Snapshot, watch: WatchRecord, fact: Fact,
                  new: list[Evidence]) -> list[Change]:
    ident, status = fact.identity, after.statuses[fact.identity]
    if ident not in before.statuses:
        change = NEW_OF_KIND.get(fact.kind) or (
            "tie_appeared" if status == "active" else STATUS_CHANGES.get(status, "tie_appeared"))
        return [_make(watch, after.entity, change, fact, new[0], None, status)]
    was = before.statuses[ident]
    if status != was and status in STATUS_CHANGES:
        return [_make(watch, after.entity, STATUS_CHANGES[status], fact, new[-1], was, status)]
    old_mod, new_mod = before.modalities.get(ident), after.modalities.get(ident)
    if _stance(old_mod) != _stance(new_mod):
        change = _make(watch, after.entity, "modality_shift", fact, new[-1], old_mod, new_mod)
        change.summary += f", now {new_mod} (was {old_mod})"
        return [change]
    return []  # the same tie reported again


def _dependency_changes(before: Snapshot, after: Snapshot, watch: WatchRecord,
                        new_by_fact: dict[int, list[Evidence]]) -> list[Change]:
    """A need the entity (or its product) gained a provider for."""
    out = []
    facts = {f.id: f for f in after.facts}
    for (need, provider), fact_id in sorted(after.suppliers.items()):
        if (need, provider) in before.suppliers or fact_id not in facts:
            continue
        fact = facts[fact_id]
        ev = (new_by_fact.get(fact_id) or sorted(fact.evidence, key=_when) or [None])[0]
        change = "new_supplier" if fact.kind == "supply" else "new_dependency"
        summary = f"{after.entity} now depends on {provider} for {need}"
        out.append(_make(watch, after.entity, change, fact, ev, None, need, summary=summary))
    return out


def _concentration_changes(before: Snapshot, after: Snapshot, watch: WatchRecord,
                           new_by_fact: dict[int, list[Evidence]],
                           threshold: float) -> list[Change]:
    """A need whose largest supplier's share crossed the threshold, either way."""
    out = []
    new_facts = [f for f in after.facts if f.id in new_by_fact]
    for need, (largest, share) in sorted(after.shares.items()):
        was = before.shares.get(need, (None, 0.0))[1]
        if (was >= threshold) == (share >= threshold):
            continue
        rose = share >= threshold
        summary = (f"{'' if rose else 'no longer '}concentrated {need} supply for "
                   f"{after.entity}: {largest} holds {share:.0%}")
        # the new report about this need that moved the share
        cause = next((f for f in new_facts if _need(f) == need), None)
        ev = new_by_fact[cause.id][-1] if cause else None
        out.append(_make(watch, after.entity, "concentration", cause, ev, f"{was:.3f}",
                         f"{share:.3f}", summary=summary, extra=(need, largest, rose)))
    return out


def _make(watch: WatchRecord, entity: str, change: str, fact: Fact | None, ev: Evidence | None,
          was: str | None, now: str | None, *, summary: str | None = None,
          extra: tuple = ()) -> Change:
    parts = [watch.name, change, *(fact.identity if fact else ()), *map(str, extra)]
    if ev is not None:
        parts += [ev.document_id, str(ev.start), str(ev.end)]
    ident = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]
    return Change(
        ident, watch.name, entity, change, summary or _summary(change, fact, entity),
        (ev.published if ev else None) or (fact.last_seen if fact else None),
        fact.kind if fact else None, fact.subject if fact else None,
        fact.object if fact else None, fact.id if fact else None, was, now,
        _evidence(ev) if ev else None)


VERBS = {"partner": "partners with", "supply": "supplies", "use": "uses",
         "invest": "invests in", "compete": "competes with", "develop": "develops",
         "acquire": "acquires", "employ": "employs", "talent_move": "hires from", "sue": "sues"}
WORDS = {"tie_appeared": "new tie", "tie_weakened": "tie weakened", "tie_ended": "tie ended",
         "tie_disputed": "tie disputed", "tie_resumed": "tie reported again",
         "modality_shift": "tie restated"}


def _summary(change: str, fact: Fact, entity: str) -> str:
    """The change in words: 'new tie: Quillon Systems supplies Brightwater Labs (chips)'."""
    attributes = fact.attributes
    label = attributes.label() if hasattr(attributes, "label") else ""
    if fact.kind == "clause":
        return "new clause: " + clause_phrase(fact.subject, attributes.action, fact.object)
    if fact.kind == "money":
        return f"new figure: {fact.subject or entity} {label}"
    if fact.kind == "quote":
        return f"new quote: {fact.subject or '?'} {label}"
    tie = f"{fact.subject} {VERBS.get(fact.kind, fact.kind)} {fact.object}" + (
        f" ({label})" if label else "")
    return f"{WORDS.get(change, change)}: {tie}"


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {"sentence": ev.sentence, "document_id": ev.document_id, "title": ev.title,
            "url": ev.url, "source": ev.source, "published": ev.published,
            "confidence": ev.confidence, "modality": ev.modality}


def _need(fact: Fact) -> str | None:
    """The need a dependency fact serves, as the dependency graph names it."""
    if fact.kind in ("supply", "use"):
        need = getattr(fact.attributes, "object", None)
        return need if need in SUPPLY_OBJECTS else "other"
    return "funding" if fact.kind == "invest" else None


def _stance(modality: str | None) -> str | None:
    """Asserted and reported both state the tie: no change between them."""
    return "stated" if modality in ("asserted", "reported") else modality


def _key(ev: Evidence) -> EvidenceKey:
    return (ev.document_id, ev.start, ev.end)


def _when(ev: Evidence) -> str:
    return ev.published or ""
