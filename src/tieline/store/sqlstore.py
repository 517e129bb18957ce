"""The Store verbs both SQL backends share: every read and write goes through sql/, and a
backend (sqlite.py, postgres.py) only says how it connects, begins a write and names errors.

Writes run in one transaction each; a backend whose writers can deadlock (PostgreSQL) has the
whole transaction retried. Reads share one connection per thread, each verb its own read
transaction, so a query that calls several verbs sees every commit before it.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from ..errors import StoreError
from ..model import Evidence, Extraction, Fact
from .base import (Around, DocumentRecord, EntityCount, EntityRecord, FactFilter, FeedState,
                   StoredChange, WatchRecord)
from .sql import around, bounded, dependencies, migrations, reads, settle, watches, writes
from .sql.schema import document_signatures, documents

RETRIES = 5  # attempts of a write transaction that lost a deadlock or serialization race


class SQLStore:
    """Shared verbs; a subclass sets engine, name and read_only and the hooks below."""
    engine = None
    name = ""
    read_only = False

    def __init__(self) -> None:
        self._local = threading.local()  # per thread: the connection read verbs share

    # -- hooks a backend overrides -----------------------------------------------------------
    def _explain(self, exc: DBAPIError) -> str:
        return f"{self.name}: {exc.orig}"

    def _retryable(self, exc: DBAPIError) -> bool:
        return False

    def _begin_write(self):
        """A connection whose transaction holds what a writer needs at BEGIN."""
        return self.engine.connect()

    def _read_connection(self):
        """The connection read verbs share (see _read)."""
        return self.engine.connect()

    def _global_lock(self, conn) -> None:
        """Held by steps that must not run twice at once (settling); SQLite's writer lock
        covers it already."""

    # -- connections -------------------------------------------------------------------------
    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def connect(self) -> Iterator:
        """A read connection (for the backends' own tests and tools; queries use the verbs)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(self._explain(exc)) from exc

    def _transact(self, function: Callable, *args):
        """Run function(conn, *args) in one write transaction, retried when it lost a race."""
        if self.read_only:
            raise StoreError(f"{self.name} is open read-only")
        for attempt in range(RETRIES):
            try:
                with self._begin_write() as conn, conn.begin():
                    return function(conn, *args)
            except DBAPIError as exc:
                if self._retryable(exc) and attempt < RETRIES - 1:
                    continue
                if isinstance(exc, OperationalError) or self._retryable(exc):
                    raise StoreError(self._explain(exc)) from exc
                raise

    # -- writing ---------------------------------------------------------------------------
    def save(self, batch: Iterable[Extraction],
             sources: Iterable[tuple[str, str, str | None, str]] = (),
             signatures: Iterable[tuple[str, str, bytes]] = (),
             bands: Iterable[tuple[str, int, str]] = ()) -> None:
        """Write a batch of extractions (and their documents) in one transaction, with the
        extra (document id, source, url, match) rows of duplicates that point at them, the
        (document id, words key, MinHash) signatures of the new documents and their
        (document id, band, bucket) rows of the near-duplicate band index."""
        batch, sources, signatures = list(batch), list(sources), list(signatures)
        bands = list(bands)

        self._transact(writes.save_batch, batch, sources, signatures, bands)

    def release_stale_keys(self, names: set[str], canonical: Callable[[str], str]) -> None:
        """Before a batch is saved under `names`: alias rows still pointing at an entity a name
        no longer resolves to are handed over or dropped (see sql/settle.py)."""
        def release(conn):
            self._global_lock(conn)
            settle.release_stale_keys(conn, names, canonical)
        self._transact(release)

    def settle(self, canonical: Callable[[str], str]) -> int:
        """Rename and merge stored entities onto their final canonical names (end of a run);
        returns how many entities changed."""
        def run(conn):
            self._global_lock(conn)
            return settle.settle(conn, canonical)
        return self._transact(run)

    def has_document(self, doc_id: str) -> bool:
        return self._read(lambda conn: conn.execute(
            select(documents.c.id).where(documents.c.id == doc_id)).first() is not None)

    def document_signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, words key, MinHash) of stored documents, for seeding near-duplicate detection."""
        with self.connect() as conn:
            for doc_id, key, blob in conn.execute(select(document_signatures)):
                yield doc_id, key, bytes(blob)

    def unsigned_document_texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of stored documents that have no signature yet."""
        with self.connect() as conn:
            yield from conn.execute(
                select(documents.c.id, documents.c.text).where(~documents.c.id.in_(
                    select(document_signatures.c.document_id))))

    # -- the near-duplicate index (readers/dedup.py) -----------------------------------------
    def document_by_words_key(self, key: str) -> str | None:
        """The stored document whose text has these words (an exact copy), if any."""
        return self._read(reads.document_by_words_key, key)

    def near_candidates(self, buckets: list[tuple[int, str]]) -> set[str]:
        """Stored documents sharing a (band, bucket) with a signature."""
        return self._read(reads.near_candidates, buckets)

    def signatures_of(self, ids: Iterable[str]) -> dict[str, bytes]:
        return {i: bytes(b) for i, b in self._read(reads.signatures_of, list(ids)).items()}

    def unbanded_signatures(self, limit: int) -> list[tuple[str, bytes]]:
        """Up to `limit` stored (id, MinHash) signatures not in the band index yet (stores
        written before it existed), to be banded by the next ingest."""
        return [(i, bytes(b)) for i, b in self._read(reads.unbanded_signatures, limit)]

    # -- reading ---------------------------------------------------------------------------
    def _read(self, function, *args, **kwargs):
        """Run one read verb on this thread's connection, kept open between verbs (a query
        calls several); each verb is its own read transaction, so it sees every commit."""
        conn = getattr(self._local, "conn", None)
        try:
            if conn is None:
                conn = self._local.conn = self._read_connection()
            return function(conn, *args, **kwargs)
        except OperationalError as exc:
            raise StoreError(self._explain(exc)) from exc
        finally:
            if conn is not None:
                conn.rollback()

    def resolver_seed(self) -> list[tuple[str, list[str], dict[str, int], int]]:
        return self._read(reads.resolver_seed)

    def entity(self, name: str) -> EntityRecord | None:
        return self._read(reads.entity, name)

    def entities_by_key(self, names: Iterable[str]) -> dict[str, EntityRecord]:
        return self._read(reads.entities_by_key, list(names))

    def entities_by_id(self, ids: Iterable[int]) -> dict[int, EntityRecord]:
        return self._read(reads.entities_by_id, list(ids))

    def suggest(self, name: str, n: int = 3) -> list[str]:
        return self._read(reads.suggest, name, n)

    def aliases(self, entity_id: int) -> list[str]:
        return self.entity_aliases([entity_id]).get(entity_id, [])

    def entity_aliases(self, entity_ids: Iterable[int]) -> dict[int, list[str]]:
        return self._read(reads.entity_aliases, list(entity_ids))

    def entities(self, *, type_: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[EntityCount]:
        return self._read(reads.entity_counts, type_=type_, limit=limit, offset=offset)

    def makers(self, entity_ids: Iterable[int] | None = None) -> list[tuple[str, str, str]]:
        return self._read(reads.makers, None if entity_ids is None else list(entity_ids))

    def facts(self, where: FactFilter) -> list[Fact]:
        return self._read(reads.read_facts, where)

    def count_facts(self, where: FactFilter) -> int:
        """How many facts the filter selects, judged in SQL (not `until` or `as_of`)."""
        return self._read(bounded.count_facts, where)

    def kind_counts(self, where: FactFilter, cap: int) -> dict[str, int]:
        """Facts the filter selects per kind, each count stopped at `cap`."""
        return self._read(bounded.kind_counts, where, cap)

    def evidence(self, fact_ids: Iterable[int]) -> dict[int, list[Evidence]]:
        return self._read(reads.read_evidence, list(fact_ids))

    def facts_below_floor(self, where: FactFilter, floor: float,
                          window: int) -> tuple[list[int], list[tuple[int, int]]]:
        """Ids of the facts below `floor` among the newest `window` the filter selects on each
        side, and per side (rows read, of which below): see bounded.below_floor."""
        return self._read(bounded.below_floor, where, floor, window)

    def fact_ids_around(self, entity_id: int, depth: int, *, per_node: int | None = None,
                        budget: int | None = None) -> Around:
        """Facts within `depth` hops; with `per_node` (and `budget`) a bounded read that says
        what it left out (sql/around.py)."""
        return self._read(around.fact_ids_around, entity_id, depth, per_node, budget)

    def documents(self, ids: Iterable[str]) -> list[DocumentRecord]:
        return self._read(reads.read_documents, list(ids))

    def document_text(self, doc_id: str) -> tuple[DocumentRecord, str] | None:
        return self._read(reads.document_text, doc_id)

    def evidence_marks(self, doc_id: str) -> list[tuple[int, int, int]]:
        return self._read(reads.evidence_marks, doc_id)

    def document_list(self, *, limit: int, offset: int = 0) -> list[tuple]:
        return self._read(reads.document_list, limit=limit, offset=offset)

    def dependency_facts(self, kinds: Iterable[str], as_of: str | None = None, *,
                         subject_ids: Iterable[int] | None = None,
                         object_ids: Iterable[int] | None = None,
                         per_node: int | None = None,
                         object_kinds: Iterable[str] | None = None) -> list[Fact]:
        """Facts of some kinds with both ends named (as known on `as_of`); all of them, or a
        bounded read of those with a subject in `subject_ids` or an object in `object_ids`
        (of `object_kinds` there, when given; at most the `per_node` newest of each such
        entity and side)."""
        return self._read(dependencies.dependency_facts, list(kinds), as_of, subject_ids,
                          object_ids, per_node, object_kinds)

    def dependency_hop(self, kinds: Iterable[str], object_kinds: Iterable[str],
                       node_ids: Iterable[int], per_node: int,
                       as_of: str | None = None) -> tuple[list[Fact], list[tuple[str, str, str]]]:
        """dependency_facts of some nodes (subject_ids and object_ids both `node_ids`, at most
        `per_node` each) and their makers(), in one round trip (a graph read's hop)."""
        return self._read(dependencies.dependency_hop, list(kinds), list(object_kinds),
                          list(node_ids), per_node, as_of)

    # -- watches -------------------------------------------------------------------------
    def add_watch(self, watch: WatchRecord) -> WatchRecord:
        return self._transact(watches.add_watch, watch)

    def watch(self, name: str) -> WatchRecord | None:
        return self._read(watches.find_watch, name)

    def watches(self) -> list[WatchRecord]:
        return self._read(watches.all_watches)

    def remove_watch(self, name: str) -> bool:
        return self._transact(watches.remove_watch, name)

    def record_changes(self, watch_id: int,
                       changes: list[tuple[str, str | None, str]]) -> list[str]:
        """Keep the changes not recorded for the watch before; returns the ids of the new."""
        return self._transact(watches.record_changes, watch_id, changes)

    def watch_changes(self, watch_id: int, *, undelivered: bool = False,
                      limit: int | None = None) -> list[StoredChange]:
        return self._read(watches.changes, watch_id, undelivered=undelivered, limit=limit)

    def mark_delivery(self, watch_id: int, change_id: str, error: str | None) -> None:
        self._transact(watches.mark_delivery, watch_id, change_id, error)

    def feed_state(self, url: str) -> FeedState | None:
        return self._read(watches.find_feed_state, url)

    def save_feed_state(self, state: FeedState) -> None:
        self._transact(watches.save_feed_state, state)

    def stats(self) -> dict:
        def read(conn):
            out = reads.stats(conn)
            out["schema_version"] = migrations.stored_version(conn)
            return out
        return self._read(read)
