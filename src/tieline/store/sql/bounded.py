"""Reads whose cost follows the page asked for, not the degree of a hub (an entity in 100,000s
of facts): candidates are read per side of a fact (subject, object) and per kind in the order
of an index on (end, [kind,] last_seen, id), each stopping after the rows a page can use; counts
stop at a cap. The SQL filters of a FactFilter live here too, so a count and a page agree.
"""
from __future__ import annotations

from sqlalchemy import and_, exists, func, literal, or_, select, union_all

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
    return exists().where(evidence.c.fact_id == facts.c.id, evidence.c.confidence >= floor)


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


def sides(where: FactFilter) -> list:
    """One condition per index that serves the filter's entity or pair (empty: none does);
    together they select each matching fact once."""
    c = facts.c
    if where.between:
        a, b = where.between
        pairs = [(a, b)] if a == b else [(a, b), (b, a)]
        return [and_(c.subject_id == s, c.object_id == o) for s, o in pairs]
    if where.entity_id is not None:
        e = where.entity_id
        return [c.subject_id == e,
                and_(c.object_id == e, or_(c.subject_id != e, c.subject_id.is_(None)))]
    return []


def _kinds(where: FactFilter) -> list:
    return list(where.kinds or FACT_KINDS) if where.per_kind else [None]


def candidates(where: FactFilter, n: int):
    """A subquery of fact ids holding the n newest matching facts (of each kind, with
    per_kind), or None when no index serves the filter."""
    parts = []
    for side in sides(where):
        for kind in _kinds(where):
            query = select(facts.c.id).where(side, *filters(where, ends=False))
            if kind:
                query = query.where(facts.c.kind == kind)
            parts.append(select(query.order_by(*NEWEST).limit(n).subquery().c.id))
    if not parts or len(parts) > COMPOUND:
        return None
    return union_all(*parts) if len(parts) > 1 else parts[0]


def count_facts(conn, where: FactFilter) -> int:
    """How many facts the filter's SQL conditions select (evidence windows and `as_of` are
    judged per fact later, so they are not counted here)."""
    return conn.execute(select(func.count()).select_from(facts).where(*filters(where))).scalar()


def kind_counts(conn, where: FactFilter, cap: int) -> dict[str, int]:
    """Matching facts per kind, each count stopped at `cap` (a count equal to cap means at
    least that many); only kinds with facts. Needs an entity or a pair (else one full count)."""
    if not sides(where):
        rows = conn.execute(select(facts.c.kind, func.count()).where(*filters(where))
                            .group_by(facts.c.kind)).all()
        return {kind: min(n, cap) for kind, n in rows}
    columns, keys = [], []
    for side in sides(where):
        for kind in where.kinds or FACT_KINDS:
            few = select(literal(1)).select_from(facts).where(
                side, facts.c.kind == kind, *filters(where, ends=False)).limit(cap)
            columns.append(select(func.count()).select_from(few.subquery()).scalar_subquery())
            keys.append(kind)
    out: dict[str, int] = {}
    for start in range(0, len(columns), COMPOUND):
        row = conn.execute(select(*columns[start:start + COMPOUND])).one()
        for kind, n in zip(keys[start:start + COMPOUND], row):
            out[kind] = out.get(kind, 0) + n
    return {kind: min(n, cap) for kind, n in out.items() if n}


def per_node_ids(column, node_ids: list[int], kinds: list[str], n: int):
    """A subquery of the ids of the n newest facts of some kinds at each node (through the
    index on the column's end and last_seen): a hub adds n facts, not all of its ties."""
    parts = [select(select(facts.c.id).where(column == node, facts.c.kind.in_(kinds))
                    .order_by(*NEWEST).limit(n).subquery().c.id) for node in node_ids]
    return union_all(*parts) if len(parts) > 1 else parts[0]
