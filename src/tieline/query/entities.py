"""Looking up entities by any of their names, with suggestions for near misses."""
from __future__ import annotations

import difflib

from sqlalchemy import func, or_, select

from ..names import fold, key
from ..store.schema import aliases, entities, facts, mentions


class EntityNotFound(LookupError):
    def __init__(self, name: str, suggestions: list[str]):
        self.name, self.suggestions = name, suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no entity {name!r}{hint}")


def find_entity(conn, name: str) -> dict:
    """The entity with `name` as a spelling (fold), else the entity of its name key."""
    columns = (entities.c.id, entities.c.name, entities.c.type, entities.c.maker_id)
    row = conn.execute(select(*columns).join(aliases, aliases.c.entity_id == entities.c.id)
                       .where(aliases.c.key.in_([key(name), fold(name)]))
                       .order_by(aliases.c.key != fold(name))).first()  # the spelling first
    if row is None:
        row = conn.execute(select(*columns).where(entities.c.name == name.strip())).first()
    if row is None:
        raise EntityNotFound(name, suggest(conn, name))
    return dict(row._mapping)


def suggest(conn, name: str, n: int = 3) -> list[str]:
    """Canonical names of entities with a name or alias close to `name`."""
    known = {alias: entity for alias, entity in conn.execute(
        select(aliases.c.alias, entities.c.name)
        .join(entities, aliases.c.entity_id == entities.c.id))}
    squashed = fold(name).replace(" ", "")
    close = [a for a in known if fold(a).replace(" ", "") == squashed]
    close += difflib.get_close_matches(name, list(known), n=n, cutoff=0.6)
    close += difflib.get_close_matches(name.lower(), {a.lower(): a for a in known}, n=n,
                                       cutoff=0.6)
    lowered = {a.lower(): a for a in known}
    names = []
    for alias in close:
        canonical = known.get(alias) or known[lowered[alias]]
        if canonical not in names:
            names.append(canonical)
    return names[:n]


def aliases_of(conn, entity_id: int) -> list[str]:
    return sorted(a for (a,) in conn.execute(
        select(aliases.c.alias).where(aliases.c.entity_id == entity_id)))


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
