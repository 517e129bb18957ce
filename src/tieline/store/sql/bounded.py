"""Reads whose cost follows the page asked for, not the degree of a hub (an entity in 100,000s
of facts): candidates are read per side of a fact (subject, object) and per kind in the order
of an index on (end, [kind,] last_seen, id), each stopping after the rows a page can use; counts
stop at a cap. The SQL filters of a FactFilter live here too, so a count and a page agree.
"""
from __future__ import annotations

import re

from sqlalchemy import Integer, and_, exists, func, or_, select, text

from ...model import FACT_KINDS
from ..base import FactFilter
from .schema import evidence, facts

NEWEST = (facts.c.last_seen.desc(), facts.c.id.desc())
COMPOUND = 200  # limited subqueries per UNION ALL (SQLite allows at most 500)


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


def _side_sql(where: FactFilter) -> list[str]:
    """One condition per index that serves the filter's entity or pair (empty: none does),
    as SQL text (integer ids only); together they select each matching fact once."""
    if where.between:
        a, b = (int(x) for x in where.between)
        pairs = [(a, b)] if a == b else [(a, b), (b, a)]
        return [f"subject_id = {s} AND object_id = {o}" for s, o in pairs]
    if where.entity_id is not None:
        e = int(where.entity_id)
        return [f"subject_id = {e}",
                f"object_id = {e} AND (subject_id != {e} OR subject_id IS NULL)"]
    return []


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


def candidates(conn, where: FactFilter, n: int):
    """A subquery of fact ids holding the n newest matching facts (of each kind, with
    per_kind), or None when no index serves the filter. Written as text from one compiled
    filter: building one SELECT construct per side and kind costs more than running them."""
    parts = []
    base = _base_sql(conn, where)
    for side in _side_sql(where):
        for kind in _kinds(where):
            of_kind = f" AND kind = '{_kind(kind)}'" if kind else ""
            parts.append(f"SELECT id FROM ({base}{side}{of_kind} ORDER BY last_seen DESC, "
                         f"id DESC LIMIT {int(n)}) AS c{len(parts)}")
    if not parts or len(parts) > COMPOUND:
        return None
    return text(" UNION ALL ".join(parts)).columns(id=Integer)


def count_facts(conn, where: FactFilter) -> int:
    """How many facts the filter's SQL conditions select (evidence windows and `as_of` are
    judged per fact later, so they are not counted here)."""
    return conn.execute(select(func.count()).select_from(facts).where(*filters(where))).scalar()


def kind_counts(conn, where: FactFilter, cap: int) -> dict[str, int]:
    """Matching facts per kind, each count stopped at `cap` (a count equal to cap means at
    least that many); only kinds with facts. Needs an entity or a pair (else one full count)."""
    if not _side_sql(where):
        rows = conn.execute(select(facts.c.kind, func.count()).where(*filters(where))
                            .group_by(facts.c.kind)).all()
        return {kind: min(n, cap) for kind, n in rows}
    e = where.entity_id
    # each side counted from its index alone; a fact with the entity at both ends is in both
    counted = [(s, 1) for s in _side_sql(where)] if where.between else \
        [(f"subject_id = {int(e)}", 1), (f"object_id = {int(e)}", 1),
         (f"subject_id = {int(e)} AND object_id = {int(e)}", -1)]
    base = _base_sql(conn, where)
    columns, keys = [], []
    for side, sign in counted:
        for kind in where.kinds or FACT_KINDS:
            columns.append(f"(SELECT count(*) FROM ({base.replace('SELECT facts.id', 'SELECT 1')}"
                           f"{side} AND kind = '{_kind(kind)}' LIMIT {int(cap)}) AS k)")
            keys.append((kind, sign))
    out: dict[str, int] = {}
    for start in range(0, len(columns), COMPOUND):
        row = conn.execute(text("SELECT " + ", ".join(columns[start:start + COMPOUND]))).one()
        for (kind, sign), n in zip(keys[start:start + COMPOUND], row):
            out[kind] = out.get(kind, 0) + sign * n
    return {kind: min(n, cap) for kind, n in out.items() if n > 0}


def per_node_ids(reads: list[tuple], n: int):
    """A subquery of the ids of the n newest facts at each node, per (end column, node ids,
    kinds) read (through the index on that end and last_seen): a hub adds n facts, not all of
    its ties. Written as text: building hundreds of SELECT constructs costs more than running
    them. None when no node is given."""
    parts = []
    for column, node_ids, kinds in reads:
        kind_list = ", ".join(f"'{_kind(k)}'" for k in kinds)
        parts += [f"SELECT id FROM (SELECT id FROM facts WHERE {column.name} = {int(node)} "
                  f"AND kind IN ({kind_list}) ORDER BY last_seen DESC, id DESC LIMIT {int(n)}) "
                  f"AS n{len(parts) + i}" for i, node in enumerate(sorted(set(node_ids)))]
    if not parts:
        return None
    return text(" UNION ALL ".join(parts)).columns(id=Integer)
