"""SQL that writes an Extraction (its document, entities, mentions and Facts) in one connection.

The rules applied here (fact identity, type votes, newest report decides the modality) come
from tieline.facts; this module only says how they are kept in tables, in either dialect.
Concurrent writers (PostgreSQL) are safe row by row: names and fact keys are inserted with
`ON CONFLICT DO NOTHING` and read back, and rows that are read, merged and written back are
locked (`FOR UPDATE`) first. A document already stored by another writer is not saved twice.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import select, update

from ...facts import Seen, merge_report, validity, vote_type
from ...model import Document, Extraction, Fact, attributes_as_dict
from ...names import fold
from ...names import key as name_key
from .dialect import insert
from .schema import (aliases, document_bands, document_signatures, document_sources, documents,
                     entities,
                     events, evidence, facts, mentions, posts)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def save_extraction(conn, ex: Extraction) -> None:
    doc = ex.document
    english = doc.language in (None, "en")
    if not _save_document(conn, doc, "extracted" if english else "not-english") or not english:
        return  # stored before (e.g. by a concurrent writer): its facts are there already
    seen = doc.published  # a document with no known date does not date its facts
    ids: dict[str, int] = {}
    for ent in ex.entities:
        entity_id = _entity_id(conn, ent.name, ent.type, ids)
        _vote_type(conn, entity_id, ent.type)
        for alias in ent.aliases:
            conn.execute(insert(conn, aliases).values(key=fold(alias), alias=alias,
                                                      entity_id=entity_id).on_conflict_do_nothing())
        if ent.maker:
            conn.execute(update(entities).where(entities.c.id == entity_id)
                         .values(maker_id=_entity_id(conn, ent.maker, "ORG", ids)))
    for name, count in ex.mention_counts.items():
        conn.execute(insert(conn, mentions).values(
            entity_id=_entity_id(conn, name, None, ids), document_id=doc.id, count=count
        ).on_conflict_do_nothing())
    for fact in ex.facts():
        _save_fact(conn, fact, seen, ids)


def add_source(conn, doc_id: str, source: str, url: str | None, match: str) -> None:
    conn.execute(insert(conn, document_sources).values(
        document_id=doc_id, source=source, url=url, match=match, seen_at=now()
    ).on_conflict_do_nothing())


def add_signature(conn, doc_id: str, key: str, blob: bytes) -> None:
    conn.execute(insert(conn, document_signatures).values(
        document_id=doc_id, words_key=key, minhash=blob).on_conflict_do_nothing())


def add_bands(conn, rows: list[tuple[str, int, str]]) -> None:
    if rows:
        conn.execute(insert(conn, document_bands).on_conflict_do_nothing(), [
            {"document_id": doc_id, "band": band, "bucket": bucket}
            for doc_id, band, bucket in rows])


def _save_document(conn, doc: Document, status: str) -> bool:
    """Store a document (and its posts and events) unless it is stored; True if it was new."""
    meta = dict(doc.meta)
    meta.update(sections=[vars(s) for s in doc.sections], takeaways=doc.takeaways)
    inserted = conn.execute(insert(conn, documents).values(
        id=doc.id, title=doc.title, published=doc.published, published_from=doc.published_from,
        url=doc.url, author=doc.author, site=doc.site, language=doc.language, source=doc.source,
        text=doc.text, meta=json.dumps(meta, ensure_ascii=False, default=str), status=status,
        ingested_at=now(),
    ).on_conflict_do_nothing().returning(documents.c.id)).first() is not None
    add_source(conn, doc.id, doc.source, doc.url, "original")
    if not inserted:  # stored before: its posts and events are there already
        return False
    for post in doc.posts:
        conn.execute(insert(conn, posts).values(document_id=doc.id, author=post.author,
                                          handle=post.handle, date=post.date, text=post.text))
    for ev in doc.events:
        conn.execute(insert(conn, events).values(document_id=doc.id, date=ev.date,
                                                 headline=ev.headline))
    return True


def _entity_id(conn, name: str, etype: str | None = None, cache: dict | None = None) -> int:
    key = name_key(name)
    if cache is not None and key in cache:
        return cache[key]
    row = conn.execute(select(aliases.c.entity_id).where(aliases.c.key == key)).first()
    if row:
        entity_id = row[0]
    else:  # another writer may be adding the same name: its row wins, we read it back
        entity_id = conn.execute(insert(conn, entities).values(
            name=name, type=etype or "ORG", type_votes="{}").on_conflict_do_nothing()
            .returning(entities.c.id)).scalar()
        if entity_id is None:
            entity_id = conn.execute(select(entities.c.id).where(entities.c.name == name)).scalar()
        conn.execute(insert(conn, aliases).values(key=key, alias=name, entity_id=entity_id)
                     .on_conflict_do_nothing())
    if cache is not None:
        cache[key] = entity_id
    return entity_id


def _vote_type(conn, entity_id: int, etype: str) -> None:
    votes_json = conn.execute(select(entities.c.type_votes).where(entities.c.id == entity_id)
                              .with_for_update()).scalar()
    votes, winner = vote_type(json.loads(votes_json or "{}"), etype)
    conn.execute(update(entities).where(entities.c.id == entity_id).values(
        type_votes=json.dumps(votes), type=winner))


def _save_fact(conn, fact: Fact, seen: str | None, ids: dict) -> None:
    ev = fact.evidence[0]
    key = fact.key
    known = select(facts.c.id, facts.c.first_seen, facts.c.last_seen,
                   facts.c.modality).where(facts.c.key == key).with_for_update()
    row = conn.execute(known).first()
    fact_id = None if row else conn.execute(insert(conn, facts).values(
        key=key, kind=fact.kind,
        subject_id=_entity_id(conn, fact.subject, None, ids) if fact.subject else None,
        object_id=_entity_id(conn, fact.object, None, ids) if fact.object else None,
        attributes=json.dumps(attributes_as_dict(fact.attributes), ensure_ascii=False),
        modality=fact.modality, time=fact.time, first_seen=seen, last_seen=seen,
    ).on_conflict_do_nothing().returning(facts.c.id)).scalar()
    if fact_id is None:  # known (or just added by another writer): merge this report into it
        row = row or conn.execute(known).first()
        fact_id = row[0]
        merged = merge_report(Seen(row[1], row[2], row[3]), seen, fact.modality)
        conn.execute(update(facts).where(facts.c.id == fact_id).values(
            first_seen=merged.first, last_seen=merged.last, modality=merged.modality))
    conn.execute(insert(conn, evidence).values(
        fact_id=fact_id, document_id=ev.document_id, start=ev.start, end=ev.end,
        sentence=ev.sentence, rule=ev.rule, confidence=ev.confidence, modality=fact.modality,
        time=fact.time, cue=ev.change, valid_from=ev.valid_from, valid_to=ev.valid_to,
    ).on_conflict_do_nothing())
    refresh_validity(conn, fact_id, fact.kind)


def refresh_validity(conn, fact_id: int, kind: str) -> None:
    """Judge a fact's validity again from all its reports (tieline.facts.validity)."""
    from .reads import read_evidence  # reads imports nothing of writes; kept local
    judged = validity(kind, read_evidence(conn, [fact_id]).get(fact_id, []))
    conn.execute(update(facts).where(facts.c.id == fact_id).values(
        valid_from=judged.valid_from, valid_to=judged.valid_to, status=judged.status))
