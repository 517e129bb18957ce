"""Store: open (and migrate) a SQLite file, write extractions in batches, hand out connections.

All SQL that writes lives here; the query layer only reads through `Store.connect()`.
Each batch is one transaction, so an interrupted ingest keeps every batch committed before it.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import create_engine, event, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import DatabaseError, OperationalError

from ..model import Document, Extraction
from ..names import key as name_key
from . import migrations
from .keys import fact_key, fold
from .schema import (aliases, document_signatures, document_sources, documents, entities,
                     events, evidence, facts, mentions, posts)

BUSY_TIMEOUT_S = 30


class StoreError(RuntimeError):
    """A database problem explained for a person: names the file and what to do."""


class Store:
    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no database at {self.path}; run `tieline ingest` first")
        if self.path.exists() and self.path.stat().st_size and not _is_sqlite(self.path):
            raise StoreError(f"{self.path} is not a SQLite database (corrupt or another kind of file)")
        self.engine = create_engine(f"sqlite:///{self.path}",
                                    connect_args={"timeout": BUSY_TIMEOUT_S})
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        try:
            if create:
                migrations.upgrade(self.engine)
            else:
                with self.engine.connect() as conn:
                    if migrations.current_version(conn) < migrations.LATEST:
                        migrations.upgrade(self.engine)
        except OperationalError as exc:
            raise StoreError(_explain(self.path, exc)) from exc
        except DatabaseError as exc:
            raise StoreError(f"{self.path} is corrupt or not a tieline database: {exc.orig}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def connect(self) -> Iterator:
        """A read connection."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self):
        try:
            with self.engine.connect().execution_options(immediate=True) as conn:
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise StoreError(_explain(self.path, exc)) from exc

    # -- documents -------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first() is not None

    def document_signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, words key, MinHash) of stored documents, for seeding near-duplicate detection."""
        with self.connect() as conn:
            yield from conn.execute(select(document_signatures))

    def unsigned_document_texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of stored documents that have no signature yet."""
        with self.connect() as conn:
            yield from conn.execute(
                select(documents.c.id, documents.c.text).where(~documents.c.id.in_(
                    select(document_signatures.c.document_id))))

    def save(self, batch: Iterable[Extraction],
             sources: Iterable[tuple[str, str, str | None, str]] = (),
             signatures: Iterable[tuple[str, str, bytes]] = ()) -> None:
        """Write a batch of extractions (and their documents) in one transaction, with the
        extra (document id, source, url, match) rows of duplicates that point at them and the
        (document id, words key, MinHash) signatures of the new documents."""
        with self._write() as conn:
            for ex in batch:
                _save_one(conn, ex)
            for doc_id, source, url, match in sources:
                _add_source(conn, doc_id, source, url, match)
            for doc_id, key, blob in signatures:
                conn.execute(insert(document_signatures).values(
                    document_id=doc_id, words_key=key, minhash=blob).on_conflict_do_nothing())

    def stats(self) -> dict[str, int]:
        with self.connect() as conn:
            out = {name: conn.execute(select(func.count()).select_from(table)).scalar()
                   for name, table in [("documents", documents), ("sources", document_sources),
                                       ("entities", entities), ("facts", facts),
                                       ("evidence", evidence), ("posts", posts),
                                       ("events", events)]}
            out["schema_version"] = migrations.current_version(conn)
        return out


def _on_connect(dbapi_conn, _record) -> None:
    # We issue BEGIN ourselves (see _on_begin) so DDL and writes are truly transactional.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
    except sqlite3.OperationalError:
        pass  # read-only media: stay in the default journal mode
    cursor.close()


def _on_begin(conn) -> None:
    # Writers take the lock at BEGIN: a second writer waits (busy timeout) instead of failing
    # half-way through its transaction.
    immediate = conn.get_execution_options().get("immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _explain(path: Path, exc: OperationalError) -> str:
    message = str(exc.orig)
    if "locked" in message or "busy" in message:
        return (f"{path} is locked by another process (waited {BUSY_TIMEOUT_S}s); "
                "try again when it has finished")
    if "readonly" in message or "unable to open" in message:
        return f"cannot write {path}: {message}"
    return f"{path}: {message}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _add_source(conn, doc_id: str, source: str, url: str | None, match: str) -> None:
    conn.execute(insert(document_sources).values(
        document_id=doc_id, source=source, url=url, match=match, seen_at=_now()
    ).on_conflict_do_nothing())


def _save_document(conn, doc: Document, status: str) -> None:
    meta = dict(doc.meta)
    meta.update(sections=[vars(s) for s in doc.sections], takeaways=doc.takeaways)
    inserted = conn.execute(insert(documents).values(
        id=doc.id, title=doc.title, published=doc.published, published_from=doc.published_from,
        url=doc.url, author=doc.author, site=doc.site, language=doc.language, source=doc.source,
        text=doc.text, meta=json.dumps(meta, ensure_ascii=False, default=str), status=status,
        ingested_at=_now(),
    ).on_conflict_do_nothing()).rowcount
    _add_source(conn, doc.id, doc.source, doc.url, "original")
    if not inserted:  # stored before: its posts and events are there already
        return
    for post in doc.posts:
        conn.execute(insert(posts).values(document_id=doc.id, author=post.author,
                                          handle=post.handle, date=post.date, text=post.text))
    for ev in doc.events:
        conn.execute(insert(events).values(document_id=doc.id, date=ev.date, headline=ev.headline))


def _entity_id(conn, name: str, etype: str | None = None, cache: dict | None = None) -> int:
    key = name_key(name)
    if cache is not None and key in cache:
        return cache[key]
    row = conn.execute(select(aliases.c.entity_id).where(aliases.c.key == key)).first()
    if row:
        entity_id = row[0]
    else:
        entity_id = conn.execute(insert(entities).values(
            name=name, type=etype or "ORG", type_votes="{}")).inserted_primary_key[0]
        conn.execute(insert(aliases).values(key=key, alias=name, entity_id=entity_id)
                     .on_conflict_do_nothing())
    if cache is not None:
        cache[key] = entity_id
    return entity_id


def _vote_type(conn, entity_id: int, etype: str) -> None:
    votes_json = conn.execute(select(entities.c.type_votes).where(entities.c.id == entity_id)).scalar()
    votes = Counter(json.loads(votes_json or "{}"))
    votes[etype] += 1
    conn.execute(update(entities).where(entities.c.id == entity_id).values(
        type_votes=json.dumps(votes), type=votes.most_common(1)[0][0]))


def _save_one(conn, ex: Extraction) -> None:
    doc = ex.document
    english = doc.language in (None, "en")
    _save_document(conn, doc, "extracted" if english else "not-english")
    if not english:
        return
    seen = doc.published or date.today().isoformat()
    ids: dict[str, int] = {}
    for ent in ex.entities:
        entity_id = _entity_id(conn, ent.name, ent.type, ids)
        _vote_type(conn, entity_id, ent.type)
        for alias in ent.aliases:
            conn.execute(insert(aliases).values(key=fold(alias), alias=alias, entity_id=entity_id)
                         .on_conflict_do_nothing())
        if ent.maker:
            conn.execute(update(entities).where(entities.c.id == entity_id)
                         .values(maker_id=_entity_id(conn, ent.maker, "ORG", ids)))
    for name, count in ex.mention_counts.items():
        conn.execute(insert(mentions).values(
            entity_id=_entity_id(conn, name, None, ids), document_id=doc.id, count=count
        ).on_conflict_do_nothing())
    for kind, subject, object_, attributes, item in _facts_of(ex):
        ev = item.evidence
        if ev is None:
            continue
        _save_fact(conn, kind, subject, object_, attributes, item, seen, ids)


def _facts_of(ex: Extraction):
    """(kind, subject, object, attributes, item) for every fact-like item of an extraction."""
    for r in ex.relations:
        yield r.type, r.head, r.tail, {"object": r.object, "via": r.via}, r
    for m in ex.money:
        yield "money", m.entity, None, {"kind": m.kind, "amount": m.amount,
                                        "currency": m.currency, "time": m.time}, m
    for c in ex.clauses:
        yield "clause", c.holder, c.counterparty, {
            "action": c.action, "object": c.object, "trigger": c.trigger,
            "decider": c.decider}, c
    for q in ex.quotes:
        yield "quote", q.speaker, q.about, {"text": q.text, "event": q.event}, q


def _save_fact(conn, kind, subject, object_, attributes, item, seen: str, ids: dict) -> None:
    ev = item.evidence
    modality = getattr(item, "modality", None) or ev.modality
    time = getattr(item, "time", None) or ev.time
    key = fact_key(kind, subject, object_, attributes)
    row = conn.execute(select(facts.c.id, facts.c.first_seen, facts.c.last_seen)
                       .where(facts.c.key == key)).first()
    if row is None:
        fact_id = conn.execute(insert(facts).values(
            key=key, kind=kind,
            subject_id=_entity_id(conn, subject, None, ids) if subject else None,
            object_id=_entity_id(conn, object_, None, ids) if object_ else None,
            attributes=json.dumps(attributes, ensure_ascii=False), modality=modality, time=time,
            first_seen=seen, last_seen=seen)).inserted_primary_key[0]
    else:
        fact_id, first, last = row
        values = {"first_seen": min(first or seen, seen), "last_seen": max(last or seen, seen)}
        if seen >= (last or seen):  # the newest report decides the current modality
            values["modality"] = modality
        conn.execute(update(facts).where(facts.c.id == fact_id).values(**values))
    conn.execute(insert(evidence).values(
        fact_id=fact_id, document_id=ev.document_id, start=ev.start, end=ev.end,
        sentence=ev.sentence, rule=ev.rule, confidence=ev.confidence, modality=modality, time=time,
    ).on_conflict_do_nothing())
