"""Looking up entities by any of their names, with suggestions for near misses."""
from __future__ import annotations

from ..errors import NotFound
from ..store.base import EntityCount, EntityRecord, Store


class EntityNotFound(NotFound):
    code = "entity_not_found"

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        super().__init__(f"no entity {name!r}", suggestions=suggestions)


def find_entity(store: Store, name: str) -> EntityRecord:
    """The entity whose name or alias folds to `name`'s folded form (EntityNotFound with close
    matches when there is none)."""
    found = store.entity(name)
    if found is None:
        raise EntityNotFound(name, store.suggest(name))
    return found


def list_entities(store: Store, *, type_: str | None = None,
                  limit: int | None = None) -> list[EntityCount]:
    """Entities with their mention and fact counts, most mentioned first."""
    return store.entities(type_=type_, limit=limit)
