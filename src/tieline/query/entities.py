"""Looking up entities by any of their names, with suggestions for near misses."""
from __future__ import annotations

import difflib

from sqlalchemy import func, or_, select

from ..store.keys import fold
from ..store.schema import aliases, entities, facts, mentions


class EntityNotFound(LookupError):
    def __init__(self, name: str, suggestions: list[str]):
        self.name, self.suggestions = name, suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no entity {name!r}{hint}")


def find_entity(conn, name: str) -> dict:
    """The entity whose name or alias folds to `name`'s folded form."""
    key = fold(name)
    row = conn.execute(
        select(entities.c.id, entities.c.name, entities.c.type)
        .join(aliases, aliases.c.entity_id == entities.c.id)
        .where(or_(aliases.c.key == key, func.lower(entities.c.name) == name.lower()))
    ).first()
    if row is None:
        known = {alias: entity for alias, entity in conn.execute(
            select(aliases.c.alias, entities.c.name)
            .join(entities, aliases.c.entity_id == entities.c.id)).tuples()}
        close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
        close += [a for a in known if fold(a).replace(" ", "") == key.replace(" ", "")]
        raise EntityNotFound(name, sorted({known[a] for a in close}))
    return {"id": row.id, "name": row.name, "type": row.type}


def list_entities(conn, *, type_: str | None = None, limit: int | None = None) -> list[dict]:
    """Entities with their mention and fact counts, most mentioned first."""
    mention_count = (select(func.coalesce(func.sum(mentions.c.count), 0))
                     .where(mentions.c.entity_id == entities.c.id).scalar_subquery())
    fact_count = (select(func.count()).select_from(facts)
                  .where(or_(facts.c.subject_id == entities.c.id,
                             facts.c.object_id == entities.c.id)).scalar_subquery())
    query = select(entities.c.name, entities.c.type, mention_count.label("mentions"),
                   fact_count.label("facts")).order_by(mention_count.desc(), entities.c.name)
    if type_:
        query = query.where(entities.c.type == type_.upper())
    if limit:
        query = query.limit(limit)
    return [dict(row._mapping) for row in conn.execute(query)]


def entity_summary(conn, name: str) -> dict:
    from .facts import fact_rows

    entity = find_entity(conn, name)
    alias_names = [a for (a,) in conn.execute(
        select(aliases.c.alias).where(aliases.c.entity_id == entity["id"])) if a != entity["name"]]
    by_kind: dict[str, list[dict]] = {}
    for fact in fact_rows(conn, entity=entity["name"]):
        by_kind.setdefault(fact["kind"], []).append(fact)
    return {"name": entity["name"], "type": entity["type"], "aliases": sorted(alias_names),
            "facts": by_kind}
