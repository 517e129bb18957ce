"""Facts with their evidence and sources."""
from __future__ import annotations

import json

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from ..store.schema import documents, entities, evidence, facts
from .entities import find_entity

subject_entity = aliased(entities)
object_entity = aliased(entities)


def fact_rows(conn, *, kind: str | None = None, entity: str | None = None,
              between: tuple[str, str] | None = None, limit: int | None = None) -> list[dict]:
    """Facts (newest first) with all their evidence rows."""
    query = (select(facts, subject_entity.c.name.label("subject"),
                    object_entity.c.name.label("object"))
             .outerjoin(subject_entity, facts.c.subject_id == subject_entity.c.id)
             .outerjoin(object_entity, facts.c.object_id == object_entity.c.id)
             .order_by(facts.c.last_seen.desc(), facts.c.id.desc()))
    if kind:
        query = query.where(facts.c.kind == kind)
    if entity:
        entity_id = find_entity(conn, entity)["id"]
        query = query.where(or_(facts.c.subject_id == entity_id, facts.c.object_id == entity_id))
    if between:
        a, b = (find_entity(conn, name)["id"] for name in between)
        query = query.where(or_(and_(facts.c.subject_id == a, facts.c.object_id == b),
                                and_(facts.c.subject_id == b, facts.c.object_id == a)))
    if limit:
        query = query.limit(limit)
    rows = [dict(row._mapping) for row in conn.execute(query)]
    evidence_by_fact = _evidence(conn, [row["id"] for row in rows])
    return [{
        "id": row["id"], "kind": row["kind"], "subject": row["subject"], "object": row["object"],
        "attributes": json.loads(row["attributes"]), "modality": row["modality"],
        "time": row["time"], "first_seen": row["first_seen"], "last_seen": row["last_seen"],
        "evidence": evidence_by_fact.get(row["id"], []),
    } for row in rows]


def _evidence(conn, fact_ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    if not fact_ids:
        return out
    query = (select(evidence, documents.c.source, documents.c.title, documents.c.url,
                    documents.c.published)
             .join(documents, evidence.c.document_id == documents.c.id)
             .where(evidence.c.fact_id.in_(fact_ids))
             .order_by(documents.c.published.desc(), evidence.c.id))
    for row in conn.execute(query):
        m = row._mapping
        out.setdefault(m["fact_id"], []).append({
            "sentence": m["sentence"], "document_id": m["document_id"], "source": m["source"],
            "title": m["title"], "url": m["url"], "published": m["published"],
            "start": m["start"], "end": m["end"], "rule": m["rule"],
            "confidence": m["confidence"], "modality": m["modality"], "time": m["time"],
        })
    return out


def relationship(conn, a: str, b: str) -> dict:
    """Every fact between two entities, newest first."""
    first, second = find_entity(conn, a), find_entity(conn, b)
    return {"a": first["name"], "b": second["name"],
            "facts": fact_rows(conn, between=(first["name"], second["name"]))}


def stats(conn) -> dict:
    from ..store.schema import document_sources, events, posts

    count = lambda table: conn.execute(select(func.count()).select_from(table)).scalar()  # noqa: E731
    by_kind = dict(conn.execute(select(facts.c.kind, func.count()).group_by(facts.c.kind)).tuples())
    by_status = dict(conn.execute(
        select(documents.c.status, func.count()).group_by(documents.c.status)).tuples())
    return {"documents": count(documents), "documents_by_status": by_status,
            "sources": count(document_sources), "entities": count(entities),
            "facts": count(facts), "facts_by_kind": by_kind, "evidence": count(evidence),
            "posts": count(posts), "events": count(events)}
