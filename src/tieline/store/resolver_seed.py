"""What the resolver needs to know of a store before an ingest run: its entities' names.

A read only, kept apart from db.py: one query per table, streamed into the resolver's seed.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterator

from sqlalchemy import func, select

from .schema import aliases, entities, mentions


def resolver_seed(store) -> Iterator[tuple[str, list[str], dict[str, int], int]]:
    """(canonical name, every alias spelling, type votes, documents mentioning it) of each
    stored entity."""
    with store.connect() as conn:
        spellings: dict[int, list[str]] = defaultdict(list)
        for entity_id, alias in conn.execute(select(aliases.c.entity_id, aliases.c.alias)):
            spellings[entity_id].append(alias)
        documents = dict(conn.execute(select(mentions.c.entity_id, func.count())
                                      .group_by(mentions.c.entity_id)).all())
        rows = conn.execute(select(entities.c.id, entities.c.name, entities.c.type_votes)
                            .order_by(entities.c.id)).all()
    for entity_id, name, votes in rows:
        yield (name, spellings.get(entity_id, []), json.loads(votes or "{}"),
               documents.get(entity_id, 0))
