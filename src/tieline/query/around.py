"""The facts around an entity as the graph view and `export --entity` read them: bounded on
hubs (the newest `neighbourhood_fanout` ties of each entity per side, following entities
until `neighbourhood_budget` facts are held), with notes saying what was left out."""
from __future__ import annotations

from ..settings import Settings
from ..store.base import Around, EntityRecord, FactFilter, Store
from .confidence import count_text
from .facts import COUNT_CAP


def around(store: Store, entity: EntityRecord, depth: int, *,
           budget: int | None = None) -> tuple[Around, list[str]]:
    """Fact ids within `depth` hops of an entity (bounded as the settings say; `budget`
    lowers the settings' budget) and the notes on what the read cut."""
    settings = Settings.load()
    per_node = max(1, settings.neighbourhood_fanout)
    budget = max(1, min(budget or settings.neighbourhood_budget, settings.neighbourhood_budget))
    found = store.fact_ids_around(entity.id, depth, per_node=per_node, budget=budget)
    return found, cut_notes(store, entity, found)


def cut_notes(store: Store, entity: EntityRecord, found: Around) -> list[str]:
    """'showing the newest 100 ties of Acme per side, of 1,000+', and what else was cut."""
    notes = []
    if entity.id in found.limited:
        counts = store.kind_counts(FactFilter(entity_id=entity.id), COUNT_CAP)
        total = sum(counts.values())
        capped = any(n >= COUNT_CAP for n in counts.values())
        notes.append(f"showing the newest {found.per_node} ties of {entity.name} per side, "
                     f"of {count_text(total, capped)}")
    others = len(set(found.limited) - {entity.id})
    if others:
        notes.append(f"ties of {others} other entit{'ies' if others != 1 else 'y'} limited "
                     f"to their newest {found.per_node} per side")
    if found.unexpanded:
        notes.append(f"{found.unexpanded} entit{'ies' if found.unexpanded != 1 else 'y'} "
                     f"reached but not followed")
    return notes
