"""Reads whose cost follows the page asked for, not the degree of a hub (an entity in 100,000s
of facts): candidates are read per side of a fact (subject, object) and per kind in the order
of an index on (end, [kind,] last_seen, id), each stopping after the rows a page can use; counts
stop at a cap. The SQL filters of a FactFilter live here too, so a count and a page agree.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace

from sqlalchemy import Integer, and_, exists, func, or_, select, text

from ...model import FACT_KINDS
from ..base import FactFilter
from .dialect import is_postgres
from .schema import evidence, facts

NEWEST = (facts.c.last_seen.desc(), facts.c.id.desc())


def per_evidence(where: FactFilter) -> bool:
    """Whether Python must judge each fact's evidence before paging (a window's end, a past
    date, or a confidence minimum inside a window): then SQL cannot stop after a page."""
    return bool(where.until or where.as_of or (where.min_confidence is not None and where.since))


def _reaches(floor: float):
    return exists().where(evidence.c.fact_id == facts.c.id,
                          evidence.c.confidence >= floor).correlate(facts)


def filters(where: FactFilter, *, ends: bool = True) -> list:
    """Every condition of a FactFilter that SQL can judge on the facts row (without the
    entity or pair when not `ends`: a side condition says it, and the planner must not
    choose an OR over the hub's whole index instead)."""
    c = facts.c
    out = []
    if where.kinds:
        out.append(c.kind.in_(where.kinds))
    if where.entity_id is not None and ends:
        out.append(or_(c.subject_id == where.entity_id, c.object_id == where.entity_id))
    if where.between and ends:
        a, b = where.between
        out.append(or_(and_(c.subject_id == a, c.object_id == b),
                       and_(c.subject_id == b, c.object_id == a)))
    if where.ids is not None:
        out.append(c.id.in_(where.ids))
    if where.modality:
        out.append(c.modality == where.modality)
    if where.since:
        out.append(c.last_seen >= where.since)
    if where.status and not where.as_of:  # as of a date, the status is judged again later
        out.append(c.status == where.status)
    if where.min_confidence is not None and not per_evidence(where):
        out.append(_reaches(where.min_confidence))  # its evidence is trimmed in Python too
    if where.floor is not None:
        out.append(~_reaches(where.floor) if where.below_floor else _reaches(where.floor))
    return out


def _kinds(where: FactFilter) -> list:
    return list(where.kinds or FACT_KINDS) if where.per_kind else [None]


def _side_sql(where: FactFilter) -> tuple[list[str], dict]:
    """One condition per index that serves the filter's entity or pair (empty: none does),
    as SQL text with bind parameters (:e, or :a and :b), and their values; together the
    conditions select each matching fact once. The text does not change with the entity, so
    a statement is prepared (SQLite) or planned (PostgreSQL) from a cache, not anew."""
    if where.between:
        a, b = (int(x) for x in where.between)
        pairs = ["subject_id = :a AND object_id = :b"]
        if a != b:
            pairs.append("subject_id = :b AND object_id = :a")
        return pairs, {"a": a, "b": b}
    if where.entity_id is not None:
        return ["subject_id = :e", "object_id = :e AND (subject_id != :e OR subject_id IS NULL)"], \
            {"e": int(where.entity_id)}
    return [], {}


def _kind(kind: str) -> str:
    if not re.fullmatch(r"\w+", kind):
        raise ValueError(f"not a fact kind: {kind!r}")
    return kind


def _base_sql(conn, where: FactFilter) -> str:
    """'SELECT facts.id FROM facts WHERE <the filter's own conditions> AND ', ready for a side
    condition: compiled once, with its values inlined."""
    extra = filters(where, ends=False)
    if not extra:
        return "SELECT facts.id FROM facts WHERE "
    return str(select(facts.c.id).where(*extra).compile(
        conn, compile_kwargs={"literal_binds": True})) + " AND "


def for_each(conn, name: str, sql_type: str, inner: str, node: bool = False) -> str:
    """A SELECT of fact ids running `inner` (a SELECT of fact ids that names `v.value`) once
    per value of the list parameter `name` (see `values`): a LATERAL join over an array in
    PostgreSQL, a correlated IN over json_each in SQLite. One short statement whatever the
    number of values, where a UNION ALL of one part per value is planned part by part."""
    value = "v.value AS node, " if node else ""  # node: which value each id came from
    if is_postgres(conn):
        return (f"SELECT {value}c.id FROM unnest(CAST(:{name} AS {sql_type}[])) AS v(value) "
                f"CROSS JOIN LATERAL ({inner}) AS c")
    return (f"SELECT {value}x.id FROM json_each(:{name}) AS v "
            f"JOIN facts AS x ON x.id IN ({inner})")


def values(conn, items) -> object:
    """A list as the parameter `for_each` reads: an array (PostgreSQL) or JSON text (SQLite)."""
    items = list(items)
    return items if is_postgres(conn) else json.dumps(items)


def candidates(conn, where: FactFilter, n: int):
    """A subquery of fact ids holding the n newest matching facts (of each kind, with
    per_kind), or None when no index serves the filter: per side of a fact, newest first in
    the order of its index, stopped after n (per kind: once per kind, see `for_each`)."""
    sides, params = _side_sql(where)
    if not sides:
        return None
    base = _base_sql(conn, where)
    parts = []
    if where.window and where.floor is not None and not where.below_floor \
            and not where.per_kind:
        parts, extra = _windowed(conn, where, sides)
        params.update(extra)
        return text(" UNION ALL ".join(parts)).bindparams(**params).columns(id=Integer)
    for i, side in enumerate(sides):
        if where.per_kind:
            parts.append(for_each(conn, "kinds", "TEXT", f"{base}{side} AND kind = v.value "
                                  f"ORDER BY last_seen DESC, id DESC LIMIT :n"))
        else:
            parts.append(f"SELECT id FROM ({base}{side} ORDER BY last_seen DESC, id DESC "
                         f"LIMIT :n) AS c{i}")
    params["n"] = int(n)
    if where.per_kind:
        params["kinds"] = values(conn, _kinds(where))
    return text(" UNION ALL ".join(parts)).bindparams(**params).columns(id=Integer)


_PROBE = ("EXISTS (SELECT 1 FROM evidence AS e WHERE e.fact_id = w.id "
          "AND e.confidence >= :floor)")  # one seek of the index on evidence (fact_id, confidence)


def _window_sql(conn, where: FactFilter, side: str) -> str:
    """The ids of the newest `:window` facts of one side that the filter selects, the floor
    aside (it is judged on these rows only, by _PROBE)."""
    base = _base_sql(conn, replace(where, floor=None, below_floor=False))
    return f"{base}{side} ORDER BY last_seen DESC, id DESC LIMIT :window"


def _windowed(conn, where: FactFilter, sides: list[str]) -> tuple[list[str], dict]:
    """A page's candidates read among the newest `where.window` facts of each side only: the
    facts there that reach the floor (a hub whose newest facts are mostly below it gives a
    short page instead of a read of its whole index)."""
    parts = [f"SELECT w{i}.id FROM ({_window_sql(conn, where, side)}) AS w{i} "
             f"WHERE {_PROBE.replace('w.id', f'w{i}.id')}" for i, side in enumerate(sides)]
    return parts, {"window": int(where.window), "floor": float(where.floor)}


def below_floor(conn, where: FactFilter, floor: float,
                window: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The facts below `floor` among the newest `window` facts the filter selects on each
    side of its entity or pair (among all facts without one): their ids, and per side (rows
    read, of which below). A side that read `window` rows may hold more below the floor, so
    the count is then at least this. One statement; each row is one index probe, so a hub
    costs `window` probes per side, not one per fact it is in."""
    sides, params = _side_sql(where)
    sides = sides or ["1 = 1"]
    parts = [f"SELECT {i} AS side, w.id AS id, CASE WHEN {_PROBE} THEN 0 ELSE 1 END AS low "
             f"FROM ({_window_sql(conn, where, side)}) AS w" for i, side in enumerate(sides)]
    sql = (f"WITH r AS ({' UNION ALL '.join(parts)}) "
           "SELECT side, count(*), sum(low), NULL FROM r GROUP BY side "
           "UNION ALL SELECT side, NULL, NULL, id FROM r WHERE low = 1")
    params.update(window=int(window), floor=float(floor))
    low, read = [], {}
    for side, rows, below, fact_id in conn.execute(text(sql), params):
        if fact_id is None:
            read[side] = (int(rows), int(below or 0))
        else:
            low.append(int(fact_id))
    return sorted(set(low)), [read.get(i, (0, 0)) for i in range(len(sides))]


def count_facts(conn, where: FactFilter) -> int:
    """How many facts the filter's SQL conditions select (evidence windows and `as_of` are
    judged per fact later, so they are not counted here)."""
    return conn.execute(select(func.count()).select_from(facts).where(*filters(where))).scalar()


def kind_counts(conn, where: FactFilter, cap: int) -> dict[str, int]:
    """Matching facts per kind, each count stopped at `cap` (a count equal to cap means at
    least that many); only kinds with facts. Needs an entity or a pair (else one full count).
    One statement: per side (and kind, see `for_each`) a count of at most `cap` index rows."""
    sides, params = _side_sql(where)
    if not sides:
        rows = conn.execute(select(facts.c.kind, func.count()).where(*filters(where))
                            .group_by(facts.c.kind)).all()
        return {kind: min(n, cap) for kind, n in rows}
    # each side counted from its index alone; a fact with the entity at both ends is in both
    counted = [(s, 1) for s in sides] if where.between else \
        [("subject_id = :e", 1), ("object_id = :e", 1), ("subject_id = :e AND object_id = :e", -1)]
    base = _base_sql(conn, where).replace("SELECT facts.id", "SELECT 1")
    source = "unnest(CAST(:kinds AS TEXT[])) AS v(value)" if is_postgres(conn) \
        else "json_each(:kinds) AS v"
    columns = ", ".join(f"(SELECT count(*) FROM ({base}{side} AND kind = v.value LIMIT :cap) "
                        f"AS k{i})" for i, (side, _) in enumerate(counted))
    params.update(kinds=values(conn, where.kinds or FACT_KINDS), cap=int(cap))
    out: dict[str, int] = {}
    for kind, *ns in conn.execute(text(f"SELECT v.value, {columns} FROM {source}"), params):
        out[kind] = sum(sign * n for (_, sign), n in zip(counted, ns))
    return {kind: min(n, cap) for kind, n in out.items() if n > 0}


def newest_of_kinds(column: str, kinds, limit: str = ":n") -> str:
    """The ids of the newest facts with `column` = v.value of some kinds (see `for_each`):
    each kind read through the index on (end, kind, last_seen, id) and stopped after `limit`,
    then the newest of those, so neither a hub's other kinds nor a planner's guess at its
    degree make the read longer."""
    parts = [f"SELECT * FROM (SELECT id, last_seen FROM facts WHERE {column} = v.value AND "
             f"kind = '{_kind(k)}' ORDER BY last_seen DESC, id DESC LIMIT {limit}) AS k{i}"
             for i, k in enumerate(sorted(set(kinds)))]
    return (f"SELECT t.id FROM ({' UNION ALL '.join(parts)}) AS t "
            f"ORDER BY t.last_seen DESC, t.id DESC LIMIT {limit}")


def per_node_ids(conn, reads: list[tuple], n: int) -> tuple[str, dict] | None:
    """SQL of the ids of the n newest facts at each node, per (end column name, node ids,
    kinds) read (`newest_of_kinds` once per node, see `for_each`): a hub adds n facts, not
    all of its ties. With its parameters; None when no node is given."""
    parts, params = [], {"n": int(n)}
    for i, (column, node_ids, kinds) in enumerate(reads):
        if not node_ids or not kinds:
            continue
        parts.append(for_each(conn, f"nodes{i}", "INTEGER", newest_of_kinds(column, kinds)))
        params[f"nodes{i}"] = values(conn, sorted(set(node_ids)))
    if not parts:
        return None
    return " UNION ALL ".join(parts), params
