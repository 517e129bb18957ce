"""The dependency graph's reads: dependency facts (without evidence, with the documents
reporting each and their best confidence), all of them or a bounded hop around some
entities with their makers, in one statement (see bounded.per_node_ids)."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from sqlalchemy import func, select, text

from ...facts import in_window
from ...model import Fact
from ..base import FactFilter
from . import bounded as bounded_reads
from .dialect import is_postgres
from .reads import _attributes, _chunks, _object, _subject, makers, read_facts
from .schema import documents, evidence, facts


def _dependency_query(kinds: list[str]):
    """Dependency facts of some kinds with both ends named and their distinct documents (a
    correlated count: it reads only these facts' evidence, through the fact_id index)."""
    doc_count = (select(func.count(func.distinct(evidence.c.document_id)))
                 .where(evidence.c.fact_id == facts.c.id).scalar_subquery())
    best = (select(func.max(evidence.c.confidence)).where(evidence.c.fact_id == facts.c.id)
            .scalar_subquery())
    return (select(facts.c.id, facts.c.kind, facts.c.attributes, facts.c.modality,
                   facts.c.status, _subject.c.name, _subject.c.type, _object.c.name,
                   _object.c.type, doc_count, facts.c.subject_id, facts.c.object_id, best)
            .join(_subject, facts.c.subject_id == _subject.c.id)
            .join(_object, facts.c.object_id == _object.c.id)
            .where(facts.c.kind.in_(kinds)).order_by(facts.c.id))


def _dependency_sql(conn, ids_sql: str) -> str:
    """_dependency_query's columns for the facts `ids_sql` selects, as text (its text is the
    same for every call of a hop, so it is prepared or planned from a cache)."""
    attributes = "CAST(f.attributes AS TEXT)" if is_postgres(conn) else "f.attributes"
    return (f"SELECT f.id, f.kind, {attributes}, f.modality, f.status, s.name, s.type, o.name, "
            "o.type, (SELECT count(DISTINCT e.document_id) FROM evidence AS e "
            "WHERE e.fact_id = f.id), f.subject_id, f.object_id, (SELECT max(e.confidence) "
            "FROM evidence AS e WHERE e.fact_id = f.id) FROM facts AS f "
            "JOIN entities AS s ON s.id = f.subject_id JOIN entities AS o ON o.id = f.object_id "
            f"WHERE f.id IN ({ids_sql})")


def _makers_sql(conn, name: str) -> str:
    """(product, type, maker) rows of the entities in the list parameter `name`, in the
    columns of _dependency_sql (kind 'maker'), so one statement returns both."""
    def within(column: str) -> str:
        if is_postgres(conn):
            return f"{column} = ANY(CAST(:{name} AS INTEGER[]))"
        return f"{column} IN (SELECT value FROM json_each(:{name}))"
    return ("SELECT NULL, 'maker', NULL, NULL, NULL, p.name, p.type, m.name, NULL, NULL, p.id, "
            "m.id, NULL FROM entities AS p JOIN entities AS m ON m.id = p.maker_id "
            f"WHERE {within('p.id')} OR {within('p.maker_id')}")


def _fact_rows(rows) -> list[Fact]:
    """Dependency facts from rows of _dependency_query's columns: no evidence, but the
    confidence of their best evidence (a fact's confidence, as query/confidence.py judges it)."""
    return [Fact(kind, s, o, _attributes(kind, attrs), modality, id=fid, subject_type=st,
                 object_type=ot, documents=n or 0, status=status, subject_id=sid, object_id=oid,
                 confidence=0.5 if best is None else best)
            for fid, kind, attrs, modality, status, s, st, o, ot, n, sid, oid, best in rows]


def dependency_hop(conn, kinds: list[str], object_kinds: list[str], node_ids: list[int],
                   per_node: int, as_of: str | None = None) -> tuple[list[Fact], list[tuple]]:
    """One hop of a bounded graph read: dependency_facts(kinds, as_of, subject_ids=node_ids,
    object_ids=node_ids, per_node=per_node, object_kinds=object_kinds) and makers(node_ids),
    in one statement (one round trip) unless a date asks for the slower read."""
    read = bounded_reads.per_node_ids(conn, [("subject_id", node_ids, kinds),
                                             ("object_id", node_ids, object_kinds)], per_node)
    if as_of or read is None:
        return (dependency_facts(conn, kinds, as_of, node_ids, node_ids, per_node, object_kinds),
                makers(conn, node_ids))
    sql, params = read
    params["makers"] = bounded_reads.values(conn, sorted(set(node_ids)))
    rows = conn.execute(text(f"{_dependency_sql(conn, sql)} UNION ALL "
                             f"{_makers_sql(conn, 'makers')}"), params).all()
    made = list(dict.fromkeys((r[5], r[6], r[7]) for r in rows if r[0] is None))
    return _fact_rows(sorted((r for r in rows if r[0] is not None), key=lambda r: r[0])), made


def dependency_facts(conn, kinds: Iterable[str], as_of: str | None = None,
                     subject_ids: Iterable[int] | None = None,
                     object_ids: Iterable[int] | None = None,
                     per_node: int | None = None,
                     object_kinds: Iterable[str] | None = None) -> list[Fact]:
    """Facts of some kinds with both ends named, without evidence but with the number of
    distinct documents reporting each (up to `as_of`, and judged as of it, when given); all of
    them, or (a bounded read) those whose subject is one of `subject_ids` or whose object is
    one of `object_ids` (of `object_kinds` there, when given), at most the `per_node` newest
    of each such node and side, in one statement. In id order."""
    kinds = list(kinds)
    object_kinds = list(object_kinds) if object_kinds is not None else kinds
    bounded = subject_ids is not None or object_ids is not None
    if bounded and per_node:
        read = bounded_reads.per_node_ids(conn, [("subject_id", subject_ids or (), kinds),
                                                 ("object_id", object_ids or (), object_kinds)],
                                          per_node)
        rows = sorted(conn.execute(text(_dependency_sql(conn, read[0])), read[1]).all(),
                      key=lambda r: r[0]) if read else []
    elif bounded:
        query = _dependency_query(sorted(set(kinds) | set(object_kinds)))
        found = {}
        for column, ids, of_kinds in ((facts.c.subject_id, subject_ids, kinds),
                                      (facts.c.object_id, object_ids, object_kinds)):
            for chunk in _chunks(ids or ()):
                found.update((r[0], r) for r in conn.execute(
                    query.where(column.in_(chunk), facts.c.kind.in_(of_kinds))))
        rows = [found[i] for i in sorted(found)]
    if as_of:
        return _dependency_facts_as_of(conn, sorted(set(kinds) | set(object_kinds)), as_of,
                                       [r[0] for r in rows] if bounded else None)
    if not bounded:
        rows = conn.execute(_dependency_query(sorted(set(kinds) | set(object_kinds)))).all()
    return _fact_rows(rows)


def _dependency_facts_as_of(conn, kinds: list[str], as_of: str,
                            ids: list[int] | None) -> list[Fact]:
    """dependency_facts as known on `as_of` (of these fact ids only, when given)."""
    found = []
    for chunk in (_chunks(ids) if ids is not None else [None]):
        found += read_facts(conn, FactFilter(kinds=tuple(kinds), as_of=as_of, evidence=False,
                                             ids=None if chunk is None else tuple(chunk)))
    counts, best = _documents_up_to(conn, [f.id for f in found], as_of)
    for fact in found:
        fact.documents = counts.get(fact.id, 0)
        fact.confidence = best.get(fact.id, 0.5)  # of all its evidence, as dependency_facts
    return sorted((f for f in found if f.subject and f.object), key=lambda f: f.id)


def _documents_up_to(conn, fact_ids: list[int], as_of: str) -> tuple[dict[int, int], dict]:
    """Distinct documents published by `as_of` reporting each fact, and the best confidence
    of each fact's evidence (of any date)."""
    out: dict[int, set] = defaultdict(set)
    best: dict[int, float] = {}
    for chunk in _chunks(fact_ids):
        for fact_id, document_id, published, confidence in conn.execute(
                select(evidence.c.fact_id, evidence.c.document_id, documents.c.published,
                       evidence.c.confidence)
                .join(documents, evidence.c.document_id == documents.c.id)
                .where(evidence.c.fact_id.in_(chunk))):
            best[fact_id] = max(best.get(fact_id, confidence), confidence)
            if in_window(published, None, as_of):
                out[fact_id].add(document_id)
    return {fact_id: len(docs) for fact_id, docs in out.items()}, best
