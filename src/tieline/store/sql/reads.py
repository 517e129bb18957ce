"""SQL that reads the store back as model types: Facts with Evidence, entities, documents.

Every function takes a SQLAlchemy connection; the SQLite backend (sqlite.py) wraps them as
the verbs of the Store interface (base.py).
"""
from __future__ import annotations

import difflib
import json
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.orm import aliased

from ...facts import extraction_votes, in_window, validity
from ...model import Event, Evidence, Fact, Post, attributes_from_dict
from ...names import fold
from ...names import key as name_key
from ..base import DocumentRecord, EntityCount, EntityRecord, FactFilter
from . import bounded as bounded_reads
from .schema import (aliases, document_bands, document_signatures, document_sources, documents,
                     entities, events, evidence, facts, mentions, posts)

CHUNK = 5000  # ids per IN (...) list, well under SQLite's bound-parameter limit
_subject, _object = aliased(entities), aliased(entities)


def _chunks(ids: Iterable, size: int = CHUNK) -> Iterable[list]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


# -- the near-duplicate index ---------------------------------------------------------------------

def document_by_words_key(conn, key: str) -> str | None:
    return conn.execute(select(document_signatures.c.document_id)
                        .where(document_signatures.c.words_key == key).limit(1)).scalar()


@lru_cache(maxsize=8)
def _near_statement(n: int):
    # Built once per number of bands: composing the OR of 32 band conditions cost about ten
    # times running it, once per document read.
    band, bucket = document_bands.c.band, document_bands.c.bucket
    return select(document_bands.c.document_id).where(or_(*(
        and_(band == bindparam(f"b{i}"), bucket == bindparam(f"k{i}")) for i in range(n))))


def near_candidates(conn, buckets: list[tuple[int, str]]) -> set[str]:
    """Stored documents sharing a (band, bucket) with a signature."""
    if not buckets:
        return set()
    values = {}
    for i, (band, bucket) in enumerate(buckets):
        values[f"b{i}"], values[f"k{i}"] = band, bucket
    return set(conn.execute(_near_statement(len(buckets)), values).scalars())


def signatures_of(conn, ids: list[str]) -> dict[str, bytes]:
    found = {}
    for chunk in _chunks(ids):
        found.update(conn.execute(
            select(document_signatures.c.document_id, document_signatures.c.minhash)
            .where(document_signatures.c.document_id.in_(chunk))).all())
    return found


def unbanded_signatures(conn, limit: int) -> list[tuple[str, bytes]]:
    banded = select(document_bands.c.document_id).where(
        document_bands.c.document_id == document_signatures.c.document_id).exists()
    return [tuple(row) for row in conn.execute(
        select(document_signatures.c.document_id, document_signatures.c.minhash)
        .where(~banded).limit(limit))]


# -- entities -----------------------------------------------------------------------------------

_ENTITY = (entities.c.id, entities.c.name, entities.c.type, entities.c.maker_id)
# the statements of the lookups every query makes, built once (see _MAKERS_OF)
_ENTITY_BY_KEY = (select(*_ENTITY).join(aliases, aliases.c.entity_id == entities.c.id)
                  .where(aliases.c.key.in_([bindparam("spelling"), bindparam("key")]))
                  .order_by(aliases.c.key != bindparam("spelling")))  # the spelling first
_ENTITY_BY_NAME = select(*_ENTITY).where(entities.c.name == bindparam("name"))
_ENTITIES_OF = select(*_ENTITY).where(entities.c.id.in_(bindparam("ids", expanding=True)))
_ENTITIES_BY_KEY = (select(aliases.c.key, *_ENTITY)
                    .join(entities, aliases.c.entity_id == entities.c.id)
                    .where(aliases.c.key.in_(bindparam("keys", expanding=True))))


def entity(conn, name: str) -> EntityRecord | None:
    """The entity with `name` as a spelling (fold), else the entity of its name key (suffixes
    and articles dropped), else by exact name."""
    row = conn.execute(_ENTITY_BY_KEY, {"spelling": fold(name), "key": name_key(name)}).first()
    if row is None:
        row = conn.execute(_ENTITY_BY_NAME, {"name": name.strip()}).first()
    return EntityRecord(*row) if row else None


def entities_by_key(conn, names: Iterable[str]) -> dict[str, EntityRecord]:
    """The entities some names fold to, keyed by the name as given (unknown names left out)."""
    keys: dict[str, list[str]] = {}
    for name in names:
        keys.setdefault(fold(name), []).append(name)
    found: dict[str, EntityRecord] = {}
    for chunk in _chunks(keys):
        for key, *row in conn.execute(_ENTITIES_BY_KEY, {"keys": chunk}):
            for name in keys[key]:
                found[name] = EntityRecord(*row)
    return found


def entities_by_id(conn, ids: Iterable[int]) -> dict[int, EntityRecord]:
    return {row.id: EntityRecord(*row) for chunk in _chunks(ids)
            for row in conn.execute(_ENTITIES_OF, {"ids": chunk})}


def suggest(conn, name: str, n: int = 3) -> list[str]:
    """Canonical names of entities with a name or alias close to `name`."""
    known = {alias: canonical for alias, canonical in conn.execute(
        select(aliases.c.alias, entities.c.name)
        .join(entities, aliases.c.entity_id == entities.c.id))}
    squashed = fold(name).replace(" ", "")
    close = [a for a in known if fold(a).replace(" ", "") == squashed]
    close += difflib.get_close_matches(name, list(known), n=n, cutoff=0.6)
    lowered = {a.lower(): a for a in known}
    close += difflib.get_close_matches(name.lower(), lowered, n=n, cutoff=0.6)
    names: list[str] = []
    for alias in close:
        canonical = known.get(alias) or known[lowered[alias]]
        if canonical not in names:
            names.append(canonical)
    return names[:n]


_ALIASES_OF = select(aliases.c.entity_id, aliases.c.alias) \
    .where(aliases.c.entity_id.in_(bindparam("ids", expanding=True))).order_by(aliases.c.alias)


def entity_aliases(conn, entity_ids: Iterable[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for chunk in _chunks(entity_ids):
        for entity_id, alias in conn.execute(_ALIASES_OF, {"ids": chunk}):
            out.setdefault(entity_id, []).append(alias)
    return out


def entity_counts(conn, *, type_: str | None = None, limit: int | None = None,
                  offset: int = 0) -> list[EntityCount]:
    """Entities with their mention and fact counts, most mentioned first."""
    mention_count = (select(func.coalesce(func.sum(mentions.c.count), 0))
                     .where(mentions.c.entity_id == entities.c.id).scalar_subquery())
    fact_count = (select(func.count()).select_from(facts)
                  .where(or_(facts.c.subject_id == entities.c.id,
                             facts.c.object_id == entities.c.id)).scalar_subquery())
    query = select(entities.c.name, entities.c.type, mention_count, fact_count) \
        .order_by(mention_count.desc(), entities.c.name)
    if type_:
        query = query.where(entities.c.type == type_.upper())
    if limit:
        query = query.limit(limit).offset(offset)
    return [EntityCount(*row) for row in conn.execute(query)]


_maker = aliased(entities)
_MAKERS = select(entities.c.name, entities.c.type, _maker.c.name) \
    .join(_maker, entities.c.maker_id == _maker.c.id)
# built once: a statement made per call costs more to build than to run
_MAKERS_OF = _MAKERS.where(or_(entities.c.id.in_(bindparam("ids", expanding=True)),
                               entities.c.maker_id.in_(bindparam("ids", expanding=True))))


def makers(conn, entity_ids: Iterable[int] | None = None) -> list[tuple[str, str, str]]:
    """(product, product type, maker) for every entity with a known maker; or only those
    where the product or the maker is one of `entity_ids`."""
    if entity_ids is None:
        return [tuple(row) for row in conn.execute(_MAKERS.order_by(entities.c.id))]
    found = {}
    for chunk in _chunks(entity_ids):  # each IN list through its index, not in id order
        found.update((tuple(r), None) for r in conn.execute(_MAKERS_OF, {"ids": chunk}))
    return list(found)


# -- facts and evidence ------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def _attributes(kind: str, text: str):
    """Typed attributes from their stored JSON; they are frozen, so equal texts share one."""
    return attributes_from_dict(kind, json.loads(text))


def _fact(row, items: list[Evidence], known: list[Evidence] | None,
          as_of: str | None) -> Fact:
    """A fact with the evidence shown; `known` is all its evidence (up to `as_of`), from which
    its validity is judged again, so a date in the past gets the answer of that date."""
    confidence = max(e.confidence for e in items) if items else 0.5
    fact = Fact(kind=row.kind, subject=row.subject, object=row.object,
                attributes=_attributes(row.kind, row.attributes), modality=row.modality,
                time=row.time, confidence=confidence, evidence=items, id=row.id,
                subject_type=row.subject_type, object_type=row.object_type,
                first_seen=row.first_seen, last_seen=row.last_seen,
                subject_id=row.subject_id, object_id=row.object_id,
                valid_from=row.valid_from, valid_to=row.valid_to, status=row.status)
    if known is not None:
        judged = validity(row.kind, known, as_of)
        fact.valid_from, fact.valid_to, fact.status = (judged.valid_from, judged.valid_to,
                                                       judged.status)
    if as_of and known:  # seen as of that date: only the reports published by then
        dates = [ev.published for ev in known if ev.published]
        fact.first_seen, fact.last_seen = min(dates), max(dates)
        fact.modality = max(known, key=lambda ev: ev.published or "").modality
    return fact


# every column a Fact shows (not the long identity key), with both ends' names and types
_FACTS = (select(*(c for c in facts.c if c.name != "key"), _subject.c.name.label("subject"),
                 _subject.c.type.label("subject_type"), _object.c.name.label("object"),
                 _object.c.type.label("object_type"))
          .outerjoin(_subject, facts.c.subject_id == _subject.c.id)
          .outerjoin(_object, facts.c.object_id == _object.c.id)
          .order_by(facts.c.last_seen.desc(), facts.c.id.desc()))


def read_facts(conn, where: FactFilter) -> list[Fact]:
    """Facts (newest first) with their evidence, as `where` selects them. A page of an
    entity's or a pair's facts (or its newest per kind) is read in index order, so its cost
    does not grow with the entity's degree (sql/bounded.py)."""
    query = _FACTS
    # evidence filters below can drop facts, so they must see every row before paging
    per_evidence = bounded_reads.per_evidence(where)
    page = where.limit and not per_evidence
    ids = bounded_reads.candidates(conn, where, where.per_kind or where.limit + where.offset) \
        if where.per_kind or page else None
    # the candidates carry every filter; the outer query only orders and pages them
    query = query.where(facts.c.id.in_(ids)) if ids is not None \
        else query.where(*bounded_reads.filters(where))
    if page:
        query = query.limit(where.limit).offset(where.offset)
    rows = conn.execute(query).all()
    if where.per_kind:
        rows = _newest_per_kind(rows, where.per_kind)
    wanted = where.evidence or where.as_of
    by_fact = read_evidence(conn, [r.id for r in rows]) if wanted else {}
    out, skipped = [], 0
    for row in rows:
        known = [ev for ev in by_fact.get(row.id, [])
                 if not where.as_of or in_window(ev.published, None, where.as_of)]
        if where.as_of and not known:
            continue  # not reported by then
        items = [ev for ev in known
                 if in_window(ev.published or row.first_seen, where.since, where.until)
                 and (where.min_confidence is None or ev.confidence >= where.min_confidence)]
        if wanted and (where.since or per_evidence) and not items:
            continue
        if per_evidence and skipped < where.offset:
            skipped += 1
            continue
        fact = _fact(row, items if where.evidence else [], known if wanted else None, where.as_of)
        if where.as_of and where.status and fact.status != where.status:
            continue
        out.append(fact)
        if where.limit and len(out) >= where.limit:
            break
    return out


def _newest_per_kind(rows: list, n: int) -> list:
    taken: dict[str, int] = defaultdict(int)
    out = []
    for row in rows:
        taken[row.kind] += 1
        if taken[row.kind] <= n:
            out.append(row)
    return out


_e = evidence.c
_EVIDENCE = (select(_e.id, _e.fact_id, _e.document_id, _e.start, _e.end, _e.sentence, _e.rule,
                    _e.confidence, _e.modality, _e.time, _e.cue, _e.valid_from, _e.valid_to,
                    documents.c.source, documents.c.title, documents.c.url,
                    documents.c.published)
             .join(documents, _e.document_id == documents.c.id)
             .where(_e.fact_id.in_(bindparam("ids", expanding=True))))


def read_evidence(conn, fact_ids: Iterable[int]) -> dict[int, list[Evidence]]:
    """Evidence per fact id, newest document first, each with its document's fields."""
    rows = [row for chunk in _chunks(fact_ids)
            for row in conn.execute(_EVIDENCE, {"ids": chunk})]
    rows = [tuple(r) for r in rows]  # plain tuples: indexing a Row by name costs more
    rows.sort(key=lambda r: (r[-1] or "", -r[0]), reverse=True)
    out: dict[int, list[Evidence]] = {}
    for (_, fact_id, document_id, start, end, sentence, rule, confidence, modality, time,
         cue, valid_from, valid_to, source, title, url, published) in rows:
        out.setdefault(fact_id, []).append(Evidence(
            document_id, start, end, sentence, rule, confidence, modality, time,
            published=published, source=source, title=title, url=url, change=cue,
            valid_from=valid_from, valid_to=valid_to))
    return out


# -- documents and counts ----------------------------------------------------------------------

def read_documents(conn, ids: Iterable[str]) -> list[DocumentRecord]:
    """Documents with their posts and events (each in stored order), in the order of `ids`."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, DocumentRecord] = {}
    for chunk in _chunks(wanted):
        for r in conn.execute(select(documents.c.id, documents.c.title, documents.c.source,
                                     documents.c.url, documents.c.published)
                              .where(documents.c.id.in_(chunk))):
            found[r.id] = DocumentRecord(*r)
        for r in conn.execute(select(posts).where(posts.c.document_id.in_(chunk))
                              .order_by(posts.c.id)):
            found[r.document_id].posts.append(Post(r.author, r.handle, r.date, r.text))
        for r in conn.execute(select(events).where(events.c.document_id.in_(chunk))
                              .order_by(events.c.id)):
            found[r.document_id].events.append(Event(r.date, r.headline))
    return [found[i] for i in wanted if i in found]


def document_text(conn, doc_id: str) -> tuple[DocumentRecord, str] | None:
    """A document's bibliographic fields and its stored text, or None when unknown."""
    row = conn.execute(select(documents.c.id, documents.c.title, documents.c.source,
                              documents.c.url, documents.c.published, documents.c.text)
                       .where(documents.c.id == doc_id)).first()
    return (DocumentRecord(*row[:5]), row.text) if row else None


def evidence_marks(conn, doc_id: str) -> list[tuple[int, int, int]]:
    """(start, end, fact id) of every piece of evidence in one document, in text order."""
    e = evidence.c
    return [tuple(r) for r in conn.execute(select(e.start, e.end, e.fact_id)
                                           .where(e.document_id == doc_id)
                                           .order_by(e.start, e.end))]


def document_list(conn, *, limit: int, offset: int = 0) -> list[tuple]:
    """(id, title, published, url, facts) of documents, newest first."""
    d, e = documents.c, evidence.c
    count = (select(func.count(func.distinct(e.fact_id))).where(e.document_id == d.id)
             .scalar_subquery())
    return [tuple(r) for r in conn.execute(select(d.id, d.title, d.published, d.url, count)
                                           .order_by(d.published.desc(), d.id)
                                           .limit(limit).offset(offset))]


def stats(conn) -> dict:
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar()

    def grouped(column) -> dict:
        return dict(conn.execute(select(column, func.count()).group_by(column)
                                 .order_by(column)).all())

    span = conn.execute(select(func.min(documents.c.published),
                               func.max(documents.c.published))).first()
    return {"documents": count(documents), "documents_by_status": grouped(documents.c.status),
            "published_from": span[0], "published_until": span[1],
            "sources": count(document_sources), "entities": count(entities),
            "entities_by_type": grouped(entities.c.type), "facts": count(facts),
            "facts_by_kind": grouped(facts.c.kind), "evidence": count(evidence),
            "posts": count(posts), "events": count(events)}


# -- the resolver's view -------------------------------------------------------------------

def resolver_seed(conn) -> list[tuple[str, list[str], dict[str, int], int]]:
    """(canonical name, every alias spelling, type votes, documents mentioning it) of each
    stored entity."""
    spellings: dict[int, list[str]] = defaultdict(list)
    for entity_id, alias in conn.execute(select(aliases.c.entity_id, aliases.c.alias)):
        spellings[entity_id].append(alias)
    doc_counts = dict(conn.execute(select(mentions.c.entity_id, func.count())
                                   .group_by(mentions.c.entity_id)).all())
    rows = conn.execute(select(entities.c.id, entities.c.name, entities.c.type_votes)
                        .order_by(entities.c.id)).all()
    return [(name, spellings.get(entity_id, []), extraction_votes(json.loads(votes or "{}")),
             doc_counts.get(entity_id, 0)) for entity_id, name, votes in rows]
