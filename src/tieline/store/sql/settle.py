"""Settling stored entities on the resolver's final names, at the end of an ingest run.

Batches are stored as they are extracted, each under the names the resolver knew then; an
acronym stored before its full name, or a spelling stored before a better one, leaves an entity
under a name the run later improved on. Settling renames such entities and merges those that
now share a canonical name (aliases, mentions, type votes, facts and their evidence), so the
store ends as if every document had been read at once, in any order.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Callable

from sqlalchemy import Text, and_, cast, delete, exists, or_, select, update
from sqlalchemy.orm import aliased

from ...facts import extraction_votes, voted_type
from ...model import RELATION_TYPES, Fact, attributes_from_dict
from ...names import key as name_key
from .dialect import insert
from .schema import aliases, entities, evidence, facts, mentions
from .writes import refresh_validity

NAME_ATTRIBUTES = ("via", "decider")  # attributes that hold an entity's name
CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound parameters


def settle(conn, canonical: Callable[[str], str]) -> int:
    """Give every stored entity its canonical name; returns how many entities changed."""
    rows = conn.execute(select(entities.c.id, entities.c.name, entities.c.type,
                               entities.c.type_votes).order_by(entities.c.id)).all()
    groups: dict[str, list] = defaultdict(list)
    for row in rows:
        groups[canonical(row.name)].append(row)
    hires = _employers_renamed(conn, [row.id for row in rows if canonical(row.name) != row.name])
    changed: set[int] = set()
    renames: dict[int, str] = {}
    for target, members in groups.items():
        keep = next((m for m in members if m.name == target), members[0])
        votes: Counter = Counter()
        for m in members:
            votes.update(json.loads(m.type_votes or "{}"))
            if m.id != keep.id:
                _merge_into(conn, m.id, keep.id)
                changed.add(m.id)
        values = {"type": voted_type(votes, keep.type)}
        if len(members) > 1 or keep.name != target:
            values["type_votes"] = json.dumps(dict(sorted(votes.items())))
            changed.add(keep.id)
        if keep.name != target:  # renamed below, once no old name stands in the way
            values["name"] = f"\x01{keep.id}"  # PostgreSQL text holds no NUL
            renames[keep.id] = target
        if values != {"type": keep.type}:
            conn.execute(update(entities).where(entities.c.id == keep.id).values(**values))
    for entity_id, name in renames.items():
        conn.execute(update(entities).where(entities.c.id == entity_id).values(name=name))
    _reassign_aliases(conn, canonical)
    _drop_person_employers(conn, hires)
    _rekey_facts(conn, changed, canonical)
    return len(changed)


def _employers_renamed(conn, ids: list[int]) -> list[int]:
    """Ids of the employ facts whose employer's name the run changed."""
    found: list[int] = []
    for i in range(0, len(ids), CHUNK):
        found += conn.execute(select(facts.c.id).where(
            facts.c.kind == "employ", facts.c.subject_id.in_(ids[i:i + CHUNK]))).scalars().all()
    return found


def _drop_person_employers(conn, ids: list[int]) -> None:
    """The resolver's rule, applied when the merge came after the story was stored: an employ
    fact whose employer was renamed or merged into an entity voted a person ("Vale" into Ada
    Vale) holds no organization's post (resolve.Resolver._person_employer). Voted as the
    rules typed the names, as the resolver learns them, not by the type the store shows."""
    for i in range(0, len(ids), CHUNK):
        rows = conn.execute(select(facts.c.id, entities.c.type_votes)
                            .join(entities, entities.c.id == facts.c.subject_id)
                            .where(facts.c.id.in_(ids[i:i + CHUNK]))).all()
        doomed = [fact_id for fact_id, votes in rows
                  if voted_type(extraction_votes(json.loads(votes or "{}")), "") == "PERSON"]
        if doomed:
            conn.execute(delete(evidence).where(evidence.c.fact_id.in_(doomed)))
            conn.execute(delete(facts).where(facts.c.id.in_(doomed)))


def release_stale_keys(conn, names: set[str], canonical: Callable[[str], str]) -> None:
    """Before a batch is saved under `names`: a name's key row that still points at an entity
    the name no longer resolves to ("Wang" once grouped under "Wang Yan", now on its own) is
    handed to the entity of that name, or dropped so that saving creates it."""
    by_key = {name_key(n): n for n in names if n}
    keys = sorted(by_key)
    for i in range(0, len(keys), CHUNK):
        for key, entity_id, owner in conn.execute(
                select(aliases.c.key, aliases.c.entity_id, entities.c.name)
                .join(entities, aliases.c.entity_id == entities.c.id)
                .where(aliases.c.key.in_(keys[i:i + CHUNK]))).all():
            name = by_key[key]
            if owner == name or canonical(owner) == name:
                continue
            own = conn.execute(select(entities.c.id).where(entities.c.name == name)).scalar()
            row = aliases.c.key == key
            conn.execute(update(aliases).where(row).values(entity_id=own) if own
                         else delete(aliases).where(row))


def _reassign_aliases(conn, canonical: Callable[[str], str]) -> None:
    """Every alias row belongs to the entity its spelling resolves to, when that is stored."""
    ids = {name: i for i, name in conn.execute(select(entities.c.id, entities.c.name)).all()}
    for key, alias, entity_id in conn.execute(
            select(aliases.c.key, aliases.c.alias, aliases.c.entity_id)).all():
        target = ids.get(canonical(alias))
        if target is not None and target != entity_id:
            conn.execute(update(aliases).where(aliases.c.key == key).values(entity_id=target))


def _merge_into(conn, loser: int, winner: int) -> None:
    conn.execute(update(aliases).where(aliases.c.entity_id == loser).values(entity_id=winner))
    for doc_id, count in conn.execute(select(mentions.c.document_id, mentions.c.count)
                                      .where(mentions.c.entity_id == loser)).all():
        conn.execute(insert(conn, mentions).values(entity_id=winner, document_id=doc_id, count=count)
                     .on_conflict_do_update(index_elements=["entity_id", "document_id"],
                                            set_={"count": mentions.c.count + count}))
    conn.execute(delete(mentions).where(mentions.c.entity_id == loser))
    conn.execute(update(entities).where(entities.c.maker_id == loser).values(maker_id=winner))
    maker = conn.execute(select(entities.c.maker_id).where(entities.c.id == loser)).scalar()
    if maker not in (None, winner):
        conn.execute(update(entities).where(entities.c.id == winner,
                                            entities.c.maker_id.is_(None)).values(maker_id=maker))
    conn.execute(update(entities).where(entities.c.id == winner, entities.c.maker_id == winner)
                 .values(maker_id=None))
    conn.execute(update(facts).where(facts.c.subject_id == loser).values(subject_id=winner))
    conn.execute(update(facts).where(facts.c.object_id == loser).values(object_id=winner))
    conn.execute(delete(entities).where(entities.c.id == loser))


def _rekey_facts(conn, changed: set[int], canonical: Callable[[str], str]) -> None:
    """Facts whose ends or named attributes changed get their new identity; a fact that now
    has the identity of another is merged into it."""
    names = dict(conn.execute(select(entities.c.id, entities.c.name)).all())
    ids = sorted(changed)
    touched = {f.id: f for f in conn.execute(select(facts).where(
        or_(*(cast(facts.c.attributes, Text).like(f'%"{a}": "%')
              for a in NAME_ATTRIBUTES)))).all()}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        touched.update((f.id, f) for f in conn.execute(select(facts).where(
            or_(facts.c.subject_id.in_(chunk), facts.c.object_id.in_(chunk)))).all())
    for f in sorted(touched.values(), key=lambda f: f.id):
        if conn.execute(select(facts.c.id).where(facts.c.id == f.id)).first() is None:
            continue  # merged away earlier in this loop
        attributes = json.loads(f.attributes)
        for a in NAME_ATTRIBUTES:
            if attributes.get(a):
                attributes[a] = canonical(attributes[a])
        if f.kind in RELATION_TYPES and f.subject_id is not None \
                and f.subject_id == f.object_id:  # a relation of an entity with itself
            conn.execute(delete(evidence).where(evidence.c.fact_id == f.id))
            conn.execute(delete(facts).where(facts.c.id == f.id))
            continue
        key = Fact(f.kind, names.get(f.subject_id), names.get(f.object_id),
                   attributes_from_dict(f.kind, attributes)).key
        encoded = json.dumps(attributes, ensure_ascii=False)
        if key == f.key and encoded == f.attributes:
            continue
        other = conn.execute(select(facts).where(facts.c.key == key, facts.c.id != f.id)).first()
        if other is None:
            conn.execute(update(facts).where(facts.c.id == f.id)
                         .values(key=key, attributes=encoded))
            continue
        _move_evidence(conn, f.id, other.id)
        conn.execute(delete(evidence).where(evidence.c.fact_id == f.id))
        values = {"first_seen": min(filter(None, (f.first_seen, other.first_seen)), default=None),
                  "last_seen": max(filter(None, (f.last_seen, other.last_seen)), default=None)}
        if (f.last_seen or "") > (other.last_seen or ""):  # the newest report decides
            values.update(modality=f.modality, time=f.time)
        conn.execute(update(facts).where(facts.c.id == other.id).values(**values))
        conn.execute(delete(facts).where(facts.c.id == f.id))
        refresh_validity(conn, other.id, other.kind)


def _move_evidence(conn, from_id: int, to_id: int) -> None:
    """Hand a fact's evidence rows to another fact, but for those it has already (the same
    document span); the caller deletes what is left."""
    e, kept = evidence.c, aliased(evidence)
    same = exists().where(kept.c.fact_id == to_id, kept.c.document_id == e.document_id,
                          kept.c.start == e.start, kept.c.end == e.end)
    conn.execute(update(evidence).where(and_(e.fact_id == from_id, ~same)).values(fact_id=to_id))
