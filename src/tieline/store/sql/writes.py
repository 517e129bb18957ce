"""SQL that writes a batch of Extractions (documents, entities, mentions, Facts) in one
connection, a few statements per table for the whole batch.

The rules applied here (fact identity, type votes, newest report decides the modality) come
from tieline.facts; this module only says how they are kept in tables, in either dialect.
A batch is first played in memory in the order a row-by-row writer would take (documents,
then per extraction its entities, makers, mentions and facts), against the rows it reads in
bulk, so the store ends exactly as if each row had been written in turn; then every table gets
one executemany INSERT or UPDATE (writes_plan.py holds the play).

Concurrent writers (PostgreSQL) stay safe: documents, names, facts and evidence are inserted
with `ON CONFLICT DO NOTHING`, and a document, entity or fact another writer added meanwhile is
read back (`FOR UPDATE`) and this batch's reports merged into it, as row by row.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterable

from sqlalchemy import bindparam, select, update

from ...facts import validity
from ...model import Document, Extraction
from .dialect import insert
from .schema import (aliases, document_bands, document_signatures, document_sources, documents,
                     entities, events, evidence, facts, mentions, posts)

CHUNK = 500  # values per IN (...) list, well under SQLite's bound-parameter limit


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Statements:
    """The statements of the write path, built once per dialect (building a SQLAlchemy
    statement costs far more than running it)."""

    def __init__(self, conn) -> None:
        def upsert(table):
            return insert(conn, table).on_conflict_do_nothing()

        self.document = upsert(documents).returning(documents.c.id)
        self.source = upsert(document_sources)
        self.signature = upsert(document_signatures)
        self.band = upsert(document_bands)
        self.post, self.event = posts.insert(), events.insert()
        self.alias = upsert(aliases)
        self.mention = upsert(mentions)
        self.entity = upsert(entities).returning(entities.c.name)
        self.fact = upsert(facts).returning(facts.c.key)
        self.evidence = upsert(evidence)
        keys, ids = bindparam("keys", expanding=True), bindparam("ids", expanding=True)
        self.aliases_of = select(aliases.c.key, aliases.c.entity_id).where(aliases.c.key.in_(keys))
        self.entities_named = select(entities.c.name, entities.c.id).where(
            entities.c.name.in_(keys))
        self.votes_of = (select(entities.c.id, entities.c.type_votes)
                         .where(entities.c.id.in_(ids)).order_by(entities.c.id).with_for_update())
        self.facts_keyed = (select(facts.c.key, facts.c.id, facts.c.first_seen, facts.c.last_seen,
                                   facts.c.modality)
                            .where(facts.c.key.in_(keys)).order_by(facts.c.id).with_for_update())
        self.set_votes = update(entities).where(entities.c.id == bindparam("eid")).values(
            type=bindparam("etype"), type_votes=bindparam("votes"))
        self.set_maker = update(entities).where(entities.c.id == bindparam("eid")).values(
            maker_id=bindparam("maker"))
        self.set_seen = update(facts).where(facts.c.id == bindparam("fid")).values(
            first_seen=bindparam("first"), last_seen=bindparam("last"),
            modality=bindparam("mod"))
        self.set_validity = update(facts).where(facts.c.id == bindparam("fid")).values(
            valid_from=bindparam("vfrom"), valid_to=bindparam("vto"), status=bindparam("st"))


_BUILT: dict[str, Statements] = {}


def statements(conn) -> Statements:
    """The write statements of the connection's dialect (built on first use)."""
    built = _BUILT.get(conn.dialect.name)
    if built is None:
        built = _BUILT[conn.dialect.name] = Statements(conn)
    return built


def select_in(conn, statement, name: str, values: Iterable) -> list:
    """Rows of `statement` for every value, in IN (...) lists of at most CHUNK."""
    ordered = sorted(set(values))
    return [row for start in range(0, len(ordered), CHUNK)
            for row in conn.execute(statement, {name: ordered[start:start + CHUNK]}).all()]


def save_batch(conn, batch: list[Extraction],
               sources: Iterable[tuple[str, str, str | None, str]] = (),
               signatures: Iterable[tuple[str, str, bytes]] = (),
               bands: Iterable[tuple[str, int, str]] = ()) -> None:
    """Write a batch: its documents (and extractions of the new English ones), then the extra
    source rows of duplicates, the new documents' signatures and band rows."""
    from .writes_plan import Plan  # the plan imports this module's statements
    st = statements(conn)
    new = _save_documents(conn, st, [ex.document for ex in batch])
    stamp = now()
    rows = [{"document_id": d, "source": s, "url": u, "match": m, "seen_at": stamp}
            for d, s, u, m in sources]
    if rows:
        conn.execute(st.source, rows)
    rows = [{"document_id": d, "words_key": k, "minhash": b} for d, k, b in signatures]
    if rows:
        conn.execute(st.signature, rows)
    add_bands(conn, list(bands))
    extracted = [ex for ex in batch if ex.document.id in new
                 and ex.document.language in (None, "en")]
    if extracted:
        Plan(conn, st, extracted).write()


def _save_documents(conn, st: Statements, docs: list[Document]) -> set[str]:
    """Store the documents not stored yet (with their posts and events) and every document's
    original source; returns the ids of those stored now."""
    stamp, first = now(), {}
    for doc in docs:
        first.setdefault(doc.id, doc)  # read twice in one batch: the first copy is stored
    if not first:
        return set()
    inserted = set(conn.execute(st.document, [_document_row(d, stamp)
                                              for d in first.values()]).scalars())
    conn.execute(st.source, [{"document_id": d.id, "source": d.source, "url": d.url,
                              "match": "original", "seen_at": stamp} for d in docs])
    new = [first[i] for i in first if i in inserted]
    post_rows = [{"document_id": d.id, "author": p.author, "handle": p.handle, "date": p.date,
                  "text": p.text} for d in new for p in d.posts]
    event_rows = [{"document_id": d.id, "date": e.date, "headline": e.headline}
                  for d in new for e in d.events]
    if post_rows:
        conn.execute(st.post, post_rows)
    if event_rows:
        conn.execute(st.event, event_rows)
    return inserted


def _document_row(doc: Document, stamp: str) -> dict:
    meta = dict(doc.meta)
    meta.update(sections=[vars(s) for s in doc.sections], takeaways=doc.takeaways)
    return {"id": doc.id, "title": doc.title, "published": doc.published,
            "published_from": doc.published_from, "url": doc.url, "author": doc.author,
            "site": doc.site, "language": doc.language, "source": doc.source, "text": doc.text,
            "meta": json.dumps(meta, ensure_ascii=False, default=str),
            "status": "extracted" if doc.language in (None, "en") else "not-english",
            "ingested_at": stamp}


def add_bands(conn, rows: list[tuple[str, int, str]]) -> None:
    if rows:
        conn.execute(statements(conn).band, [
            {"document_id": doc_id, "band": band, "bucket": bucket}
            for doc_id, band, bucket in rows])


def refresh_validity(conn, fact_id: int, kind: str) -> None:
    """Judge a fact's validity again from all its reports (tieline.facts.validity)."""
    refresh_validities(conn, {fact_id: kind})


def refresh_validities(conn, kinds: dict[int, str]) -> None:
    """refresh_validity for many facts ({fact id: kind}) with one read and one UPDATE."""
    from .reads import read_evidence  # reads imports nothing of writes; kept local
    if not kinds:
        return
    reports = read_evidence(conn, list(kinds))
    rows = []
    for fact_id, kind in sorted(kinds.items()):
        judged = validity(kind, reports.get(fact_id, []))
        rows.append({"fid": fact_id, "vfrom": judged.valid_from, "vto": judged.valid_to,
                     "st": judged.status})
    conn.execute(statements(conn).set_validity, rows)
