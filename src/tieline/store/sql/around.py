"""The facts around an entity, for the graph view and exports: every fact within some hops,
or a bounded read that takes the newest ties of each entity per side (of every kind, so each
side is read through the index on (end, last_seen, id), stopped after them; see
bounded.for_each) and stops following entities once it holds a budget of facts.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select, text

from ..base import Around
from . import bounded
from .reads import _chunks
from .schema import facts


def fact_ids_around(conn, entity_id: int, depth: int, per_node: int | None = None,
                    budget: int | None = None) -> Around:
    """Ids of facts within `depth` hops of an entity, ignoring direction. With `per_node`,
    at most the newest `per_node` ties of each entity and side (the entities with more are in
    `limited`); with `budget` too, a hop follows only as many entities as the facts still
    allowed could fill (`budget / per_node`, a chunk at a time), and counts the rest in
    `unexpanded`. Without `per_node`, every fact (a hub's whole list)."""
    if not per_node:
        return Around(_every_around(conn, entity_id, depth))
    frontier, seen, found = [entity_id], set(), {}
    limited, unexpanded = set(), 0
    for _ in range(max(depth, 1)):
        seen.update(frontier)
        reached: dict[int, None] = {}
        while frontier:
            room = budget - len(found) if budget else None
            if room is not None and room <= 0:
                unexpanded += len(frontier)
                break
            take = len(frontier) if room is None else max(1, -(-room // per_node))
            chunk, frontier = frontier[:take], frontier[take:]
            for fact_id, ends in _hop(conn, chunk, per_node, limited):
                found.setdefault(fact_id, None)
                reached.update((e, None) for e in ends if e is not None and e not in seen)
        frontier = list(reached)
        if not frontier:
            break
    return Around(sorted(found), per_node, sorted(limited), unexpanded)


def _hop(conn, nodes: list[int], per_node: int, limited: set) -> list[tuple[int, tuple]]:
    """(fact id, (subject id, object id)) of the newest `per_node` facts at each node and
    side, newest first; nodes with more ties on a side go into `limited`. One statement: one
    more row than a node shows is read, to know that it has more."""
    parts, params = [], {"n": int(per_node) + 1}
    for side, column in enumerate(("subject_id", "object_id")):
        inner = (f"SELECT id FROM facts WHERE {column} = v.value "
                 "ORDER BY last_seen DESC, id DESC LIMIT :n")  # the (end, last_seen, id) index
        parts.append(f"SELECT r{side}.node, {side} AS side, r{side}.id FROM "
                     f"({bounded.for_each(conn, f'nodes{side}', 'INTEGER', inner, node=True)})"
                     f" AS r{side}")
        params[f"nodes{side}"] = bounded.values(conn, sorted(set(nodes)))
    sql = (f"SELECT r.node, r.side, f.id, f.subject_id, f.object_id, f.last_seen FROM "
           f"({' UNION ALL '.join(parts)}) AS r JOIN facts AS f ON f.id = r.id")
    by_part: dict[tuple, list] = defaultdict(list)
    for node, side, fact_id, subject, obj, last_seen in conn.execute(text(sql), params):
        by_part[(node, side)].append((last_seen or "", fact_id, (subject, obj)))
    out = []
    for (node, _), rows in by_part.items():
        rows.sort(reverse=True)
        if len(rows) > per_node:
            limited.add(node)
        out += rows[:per_node]
    out.sort(reverse=True)
    return [(fact_id, ends) for _, fact_id, ends in out]


def _every_around(conn, entity_id: int, depth: int) -> list[int]:
    """Every fact within `depth` hops (unbounded: a hub's whole list is read)."""
    frontier, seen, fact_ids = {entity_id}, set(), set()
    for _ in range(max(depth, 1)):
        seen |= frontier
        found = set()
        for chunk in _chunks(frontier):
            for fid, s, o in conn.execute(
                    select(facts.c.id, facts.c.subject_id, facts.c.object_id)
                    .where(or_(facts.c.subject_id.in_(chunk), facts.c.object_id.in_(chunk)))):
                fact_ids.add(fid)
                found |= {s, o} - {None}
        frontier = found - seen
        if not frontier:
            break
    return sorted(fact_ids)

