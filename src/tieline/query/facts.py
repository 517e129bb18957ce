"""Facts with their evidence and sources, optionally limited to a date window."""
from __future__ import annotations

import json
import re

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from ..store.schema import document_sources, documents, entities, events, evidence, facts, posts
from .entities import find_entity

subject_entity = aliased(entities)
object_entity = aliased(entities)

CHUNK = 5000  # ids per IN (...) list, well under SQLite's bound-parameter limit
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(ValueError):
    """A request the query layer cannot answer as asked (bad date, format, scenario ...)."""


def check_date(value: str | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD bound, or a QueryError that says what is wrong."""
    if value is not None and not DATE.match(value):
        raise QueryError(f"{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def in_window(day: str | None, since: str | None, until: str | None) -> bool:
    """Whether a YYYY[-MM[-DD]] day falls in [since, until]; bounds compare on their precision."""
    if not since and not until:
        return True
    if not day:
        return False
    return ((not since or day[:len(since)] >= since)
            and (not until or day[:len(until)] <= until))


CLAUSE_PHRASES = {"end_access": "may end {cp}'s access",
                  "exclusivity": "holds exclusive rights with {cp}",
                  "revenue_share": "takes a revenue share from {cp}",
                  "right_of_first_refusal": "holds a right of first refusal with {cp}"}


def clause_phrase(holder: str | None, action: str | None, counterparty: str | None) -> str:
    """'OpenAI may end Microsoft's access': a clause's parties and action in words."""
    phrase = CLAUSE_PHRASES.get(action or "", "holds a clause ({action}) with {cp}")
    return f"{holder or '?'} " + phrase.format(cp=counterparty or "?", action=action)


def fact_rows(conn, *, kind: str | None = None, entity: str | None = None,
              between: tuple[str, str] | None = None, ids: list[int] | None = None,
              since: str | None = None, until: str | None = None,
              limit: int | None = None) -> list[dict]:
    """Facts (newest first) with their evidence; a window keeps evidence published inside it."""
    check_date(since), check_date(until)
    query = (select(facts, subject_entity.c.name.label("subject"),
                    subject_entity.c.type.label("subject_type"),
                    object_entity.c.name.label("object"),
                    object_entity.c.type.label("object_type"))
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
    if ids is not None:
        query = query.where(facts.c.id.in_(ids))
    if since:
        query = query.where(facts.c.last_seen >= since)
    if limit and not until:  # an upper bound filters evidence below, so it must see every row
        query = query.limit(limit)
    rows = [row._mapping for row in conn.execute(query)]
    evidence_by_fact = evidence_of(conn, [row["id"] for row in rows])
    out = []
    for row in rows:
        items = [ev for ev in evidence_by_fact.get(row["id"], [])
                 if in_window(ev["date"] or row["first_seen"], since, until)]
        if (since or until) and not items:
            continue
        out.append(_fact(row, items))
        if limit and len(out) >= limit:
            break
    return out


def _fact(row, items: list[dict]) -> dict:
    return {
        "id": row["id"], "kind": row["kind"],
        "subject": row["subject"], "subject_type": row["subject_type"],
        "subject_id": row["subject_id"],
        "object": row["object"], "object_type": row["object_type"], "object_id": row["object_id"],
        "attributes": json.loads(row["attributes"]), "modality": row["modality"],
        "time": row["time"], "first_seen": row["first_seen"], "last_seen": row["last_seen"],
        "evidence": items,
    }


def evidence_of(conn, fact_ids: list[int]) -> dict[int, list[dict]]:
    """Evidence rows per fact id, newest document first, each with its source document."""
    out: dict[int, list[dict]] = {}
    if not fact_ids:
        return out
    query = (select(evidence, documents.c.source, documents.c.title, documents.c.url,
                    documents.c.published)
             .join(documents, evidence.c.document_id == documents.c.id))
    ids = sorted(set(fact_ids))
    rows = [row for start in range(0, len(ids), CHUNK)
            for row in conn.execute(query.where(evidence.c.fact_id.in_(ids[start:start + CHUNK])))]
    rows.sort(key=lambda r: (r.published or "", -r.id), reverse=True)
    for row in rows:
        m = row._mapping
        out.setdefault(m["fact_id"], []).append({
            "sentence": m["sentence"], "document_id": m["document_id"], "source": m["source"],
            "title": m["title"], "url": m["url"], "published": m["published"],
            "date": m["published"], "start": m["start"], "end": m["end"], "rule": m["rule"],
            "confidence": m["confidence"], "modality": m["modality"], "time": m["time"],
        })
    return out


def document_extras(conn, document_ids: list[str]) -> dict[str, list[dict]]:
    """Social posts and dated related headlines carried by the given documents."""
    ids = sorted(set(document_ids))
    out: dict[str, list[dict]] = {"posts": [], "events": []}
    for key, table in (("posts", posts), ("events", events)):
        for start in range(0, len(ids), CHUNK):
            out[key] += [dict(r._mapping) for r in conn.execute(
                select(table, documents.c.source)
                .join(documents, table.c.document_id == documents.c.id)
                .where(table.c.document_id.in_(ids[start:start + CHUNK])))]
        out[key].sort(key=lambda r: (r["date"] or "", r["id"]))
    return out


def stats(conn) -> dict:
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar()

    by_kind = dict(conn.execute(select(facts.c.kind, func.count()).group_by(facts.c.kind)).all())
    by_status = dict(conn.execute(
        select(documents.c.status, func.count()).group_by(documents.c.status)).all())
    by_type = dict(conn.execute(
        select(entities.c.type, func.count()).group_by(entities.c.type)).all())
    span = conn.execute(select(func.min(documents.c.published),
                               func.max(documents.c.published))).first()
    return {"documents": count(documents), "documents_by_status": by_status,
            "published_from": span[0], "published_until": span[1],
            "sources": count(document_sources), "entities": count(entities),
            "entities_by_type": by_type, "facts": count(facts), "facts_by_kind": by_kind,
            "evidence": count(evidence), "posts": count(posts), "events": count(events)}
