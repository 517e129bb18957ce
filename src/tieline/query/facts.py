"""Facts with their evidence and sources, optionally limited to a date window."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..facts import check_date, check_window
from ..model import Fact
from ..store.base import FactFilter, Store
from ..settings import Settings
from .entities import find_entity

COUNT_CAP = 1_000  # a count of facts left out stops here ("at least")
CLAUSE_PHRASES = {"end_access": "may end {cp}'s access",
                  "exclusivity": "holds exclusive rights with {cp}",
                  "revenue_share": "takes a revenue share from {cp}",
                  "right_of_first_refusal": "holds a right of first refusal with {cp}"}


def per_kind() -> int:
    """How many of its newest facts of each kind a profile or a relationship shows (the
    `facts_per_kind` setting); the rest are counted."""
    return max(1, Settings.load().facts_per_kind)


def clause_phrase(holder: str | None, action: str | None, counterparty: str | None) -> str:
    """'OpenAI may end Microsoft's access': a clause's parties and action in words."""
    phrase = CLAUSE_PHRASES.get(action or "", "holds a clause ({action}) with {cp}")
    return f"{holder or '?'} " + phrase.format(cp=counterparty or "?", action=action)


def fact_rows(store: Store, *, kind: str | None = None, entity: str | None = None,
              between: tuple[str, str] | None = None, ids: list[int] | None = None,
              since: str | None = None, until: str | None = None,
              modality: str | None = None, min_confidence: float | None = None,
              limit: int | None = None, offset: int = 0, as_of: str | None = None,
              status: str | None = None, per_kind: int | None = None) -> list[Fact]:
    """Facts (newest first) with their evidence; a window keeps evidence published inside it;
    `as_of` answers as on that date (reports published by then, validity judged from them);
    `per_kind` keeps the newest of each kind. Names are looked up (EntityNotFound with
    suggestions for an unknown one)."""
    since, until = check_window(since, until)
    where = FactFilter(kinds=(kind,) if kind else None, ids=ids, since=since, until=until,
                       modality=modality, min_confidence=min_confidence, limit=limit,
                       offset=offset, as_of=check_as_of(as_of), status=status,
                       per_kind=per_kind)
    if entity:
        where.entity_id = find_entity(store, entity).id
    if between:
        where.between = tuple(find_entity(store, name).id for name in between)
    return store.facts(where)


def more_per_kind(store: Store, shown: list[Fact], per_kind: int, *,
                  entity_id: int | None = None,
                  between: tuple[int, int] | None = None,
                  since: str | None = None) -> dict[str, int]:
    """Facts of each kind left out by a `per_kind` read ({kind: how many more}; a count at
    COUNT_CAP - shown means at least that many): counted only for kinds that filled up, by
    what SQL judges (an evidence window's end or a past date is not applied to the count)."""
    shown_by_kind: dict[str, int] = {}
    for fact in shown:
        shown_by_kind[fact.kind] = shown_by_kind.get(fact.kind, 0) + 1
    full = tuple(sorted(k for k, n in shown_by_kind.items() if n >= per_kind))
    if not full:
        return {}
    counts = store.kind_counts(FactFilter(kinds=full, entity_id=entity_id, between=between,
                                          since=since), COUNT_CAP)
    return {k: counts[k] - shown_by_kind[k] for k in full if counts.get(k, 0) > shown_by_kind[k]}


def check_as_of(as_of: str | None) -> str | None:
    """A valid --as-of date, or BadInput naming what is wrong with it."""
    return check_date(as_of, "--as-of")


@dataclass
class Stats:
    """What a store holds: counts, by status, type and kind, and the span of publication."""
    documents: int
    documents_by_status: dict[str, int]
    published_from: str | None
    published_until: str | None
    sources: int
    entities: int
    entities_by_type: dict[str, int]
    facts: int
    facts_by_kind: dict[str, int]
    evidence: int
    posts: int
    events: int
    schema_version: int

    def as_dict(self) -> dict:
        return asdict(self)


def stats(store: Store) -> Stats:
    """Counts of documents, entities, facts and evidence, by status, type and kind."""
    return Stats(**store.stats())
