"""Entity search for the type-ahead: names that start with the query, then names that
contain it, most mentioned first, plus close matches for a misspelling."""
from __future__ import annotations

import time
import weakref

from ..names import fold
from ..store.base import EntityCount

TTL_S = 30.0  # the list is re-read at most this often, so an ingest shows up soon
# per store object (gone with it): {type: (read at, entities most mentioned first)}
_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _all(store, type_: str | None) -> list[tuple[str, EntityCount]]:
    """(folded name, entity) pairs, folded once per read rather than once per keystroke."""
    mine = _cache.setdefault(store, {})
    hit = mine.get(type_)
    if hit and time.monotonic() - hit[0] < TTL_S:
        return hit[1]
    rows = [(fold(row.name), row) for row in store.entities(type_=type_)]
    mine[type_] = (time.monotonic(), rows)
    return rows


def search_entities(store, q: str, *, type_: str | None = None,
                    limit: int = 20) -> tuple[list[EntityCount], list[str]]:
    """(matches, suggestions): prefix matches before inner ones, each most mentioned first."""
    rows = _all(store, type_)
    needle = fold(q)
    if not needle:
        return [row for _, row in rows[:limit]], []
    starts, inner = [], []
    for name, row in rows:
        if name.startswith(needle):
            starts.append(row)
        elif needle in name:
            inner.append(row)
        if len(starts) >= limit:
            break
    found = (starts + inner)[:limit]
    suggestions = [] if found else store.suggest(q, 5)
    return found, suggestions
