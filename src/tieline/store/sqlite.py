"""The SQLite backend of the Store interface: open (and migrate) a file, read and write it.

A writer opens the file read-write, migrates it and writes each batch of extractions in one
transaction, so an interrupted ingest keeps every batch committed before it. A reader opens it
read-only (`mode=ro`): no journal switch, no migration write, so a database in a read-only
directory or on read-only media can still be queried.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import create_engine, event, select
from sqlalchemy.exc import DatabaseError, OperationalError

from ..errors import StoreError
from ..model import Evidence, Extraction, Fact
from .sql import migrations, reads, settle, watches, writes
from .base import (DocumentRecord, EntityCount, EntityRecord, FactFilter, FeedState,
                   StoredChange, WatchRecord)
from .sql.schema import document_signatures, documents

BUSY_TIMEOUT_S = 30


class SQLiteStore:
    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only and not create
        self._local = threading.local()  # per thread: the connection read verbs share
        _check_path(self.path, create)
        try:
            if self.read_only:
                self.engine = self._read_only_engine()
                _check_version(self)
            else:
                self.engine = self._engine(f"sqlite:///{self.path}")
                migrations.upgrade(self.engine)
        except OperationalError as exc:
            raise StoreError(_explain(self.path, exc)) from exc
        except DatabaseError as exc:
            raise StoreError(f"{self.path} is corrupt or not a tieline database: {exc.orig}") from exc

    def _engine(self, url: str, **kwargs):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_connect_read_only if self.read_only else _on_connect)
        event.listen(engine, "begin", _on_begin)
        return engine

    def _read_only_engine(self):
        uri = self.path.resolve().as_uri()

        def connect(flags: str):
            return lambda: sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=BUSY_TIMEOUT_S,
                                           check_same_thread=False)
        engine = self._engine("sqlite://", creator=connect("mode=ro"))
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            return engine
        except OperationalError as exc:
            if "unable to open" not in str(exc.orig):
                raise
            # A WAL file in a directory we cannot write: SQLite cannot make its shared-memory
            # index there, and nobody can be writing it either, so read it as immutable.
            engine.dispose()
            return self._engine("sqlite://", creator=connect("immutable=1"))

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        self.engine.dispose()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def connect(self) -> Iterator:
        """A read connection (for this backend's own tests and tools; queries use the verbs)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(_explain(self.path, exc)) from exc

    @contextmanager
    def _write(self):
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        try:
            with self.engine.connect().execution_options(immediate=True) as conn:
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise StoreError(_explain(self.path, exc)) from exc

    # -- writing ---------------------------------------------------------------------------

    def save(self, batch: Iterable[Extraction],
             sources: Iterable[tuple[str, str, str | None, str]] = (),
             signatures: Iterable[tuple[str, str, bytes]] = (),
             bands: Iterable[tuple[str, int, str]] = ()) -> None:
        """Write a batch of extractions (and their documents) in one transaction, with the
        extra (document id, source, url, match) rows of duplicates that point at them, the
        (document id, words key, MinHash) signatures of the new documents and their
        (document id, band, bucket) rows of the near-duplicate band index."""
        with self._write() as conn:
            for ex in batch:
                writes.save_extraction(conn, ex)
            for doc_id, source, url, match in sources:
                writes.add_source(conn, doc_id, source, url, match)
            for doc_id, key, blob in signatures:
                writes.add_signature(conn, doc_id, key, blob)
            writes.add_bands(conn, list(bands))

    def release_stale_keys(self, names: set[str], canonical: Callable[[str], str]) -> None:
        """Before a batch is saved under `names`: alias rows still pointing at an entity a name
        no longer resolves to are handed over or dropped (see sql/settle.py)."""
        with self._write() as conn:
            settle.release_stale_keys(conn, names, canonical)

    def settle(self, canonical: Callable[[str], str]) -> int:
        """Rename and merge stored entities onto their final canonical names (end of a run);
        returns how many entities changed."""
        with self._write() as conn:
            return settle.settle(conn, canonical)

    def has_document(self, doc_id: str) -> bool:
        with self.connect() as conn:
            return conn.execute(select(documents.c.id)
                                .where(documents.c.id == doc_id)).first() is not None

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

    # -- the near-duplicate index (readers/dedup.py) -----------------------------------------

    def document_by_words_key(self, key: str) -> str | None:
        """The stored document whose text has these words (an exact copy), if any."""
        return self._read(reads.document_by_words_key, key)

    def near_candidates(self, buckets: list[tuple[int, str]]) -> set[str]:
        """Stored documents sharing a (band, bucket) with a signature."""
        return self._read(reads.near_candidates, buckets)

    def signatures_of(self, ids: Iterable[str]) -> dict[str, bytes]:
        return self._read(reads.signatures_of, list(ids))

    def unbanded_signatures(self, limit: int) -> list[tuple[str, bytes]]:
        """Up to `limit` stored (id, MinHash) signatures not in the band index yet (stores
        written before it existed), to be banded by the next ingest."""
        return self._read(reads.unbanded_signatures, limit)

    # -- reading ---------------------------------------------------------------------------

    def _read(self, function, *args, **kwargs):
        """Run one read verb on this thread's connection, kept open between verbs (a query
        calls several); each verb is its own read transaction, so it sees every commit."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self.engine.connect()
        try:
            return function(conn, *args, **kwargs)
        except OperationalError as exc:
            raise StoreError(_explain(self.path, exc)) from exc
        finally:
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

    def makers(self) -> list[tuple[str, str, str]]:
        return self._read(reads.makers)

    def facts(self, where: FactFilter) -> list[Fact]:
        return self._read(reads.read_facts, where)

    def evidence(self, fact_ids: Iterable[int]) -> dict[int, list[Evidence]]:
        return self._read(reads.read_evidence, list(fact_ids))

    def fact_ids_around(self, entity_id: int, depth: int) -> list[int]:
        return self._read(reads.fact_ids_around, entity_id, depth)

    def documents(self, ids: Iterable[str]) -> list[DocumentRecord]:
        return self._read(reads.read_documents, list(ids))

    def document_text(self, doc_id: str) -> tuple[DocumentRecord, str] | None:
        return self._read(reads.document_text, doc_id)

    def evidence_marks(self, doc_id: str) -> list[tuple[int, int, int]]:
        return self._read(reads.evidence_marks, doc_id)

    def document_list(self, *, limit: int, offset: int = 0) -> list[tuple]:
        return self._read(reads.document_list, limit=limit, offset=offset)

    def dependency_facts(self, kinds: Iterable[str], as_of: str | None = None) -> list[Fact]:
        return self._read(reads.dependency_facts, list(kinds), as_of)

    # -- watches -------------------------------------------------------------------------

    def add_watch(self, watch: WatchRecord) -> WatchRecord:
        with self._write() as conn:
            return watches.add_watch(conn, watch)

    def watch(self, name: str) -> WatchRecord | None:
        return self._read(watches.find_watch, name)

    def watches(self) -> list[WatchRecord]:
        return self._read(watches.all_watches)

    def remove_watch(self, name: str) -> bool:
        with self._write() as conn:
            return watches.remove_watch(conn, name)

    def record_changes(self, watch_id: int,
                       changes: list[tuple[str, str | None, str]]) -> list[str]:
        """Keep the changes not recorded for the watch before; returns the ids of the new."""
        with self._write() as conn:
            return watches.record_changes(conn, watch_id, changes)

    def watch_changes(self, watch_id: int, *, undelivered: bool = False,
                      limit: int | None = None) -> list[StoredChange]:
        return self._read(watches.changes, watch_id, undelivered=undelivered, limit=limit)

    def mark_delivery(self, watch_id: int, change_id: str, error: str | None) -> None:
        with self._write() as conn:
            watches.mark_delivery(conn, watch_id, change_id, error)

    def feed_state(self, url: str) -> FeedState | None:
        return self._read(watches.find_feed_state, url)

    def save_feed_state(self, state: FeedState) -> None:
        with self._write() as conn:
            watches.save_feed_state(conn, state)

    def stats(self) -> dict:
        with self.connect() as conn:
            out = reads.stats(conn)
            out["schema_version"] = migrations.stored_version(conn)
        return out


def _check_path(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file; give a file path "
                         f"such as {path / 'tieline.db'}")
    if not path.parent.is_dir():
        what = "cannot create" if create else "no database at"
        problem = "is a file, not a directory" if path.parent.exists() else "does not exist"
        raise StoreError(f"{what} {path}: the directory {path.parent} {problem}")
    if not path.exists():
        if not create:
            raise StoreError(f"no database at {path}; run `tieline ingest` first")
        return
    if path.stat().st_size and not _is_sqlite(path):
        raise StoreError(f"{path} is not a SQLite database (corrupt or another kind of file)")


def _check_version(store: SQLiteStore) -> None:
    """A reader needs the current schema. An older file is upgraded when it can be written;
    when it cannot, say so rather than fail half-way."""
    with store.engine.connect() as conn:
        version = migrations.stored_version(conn)
        missing = migrations.pending(conn)
    if version > migrations.LATEST:
        raise StoreError(f"{store.path} has schema version {version}, newer than this tieline "
                         f"knows ({migrations.LATEST}); upgrade tieline to read it")
    if not missing:
        return
    try:
        SQLiteStore(store.path).close()
    except StoreError as exc:
        raise StoreError(f"{store.path} has schema version {version} and this tieline needs "
                         f"{migrations.LATEST}, but it cannot be upgraded here ({exc}); open it "
                         "once where it can be written, e.g. with `tieline ingest`") from None


def _on_connect(dbapi_conn, _record) -> None:
    # We issue BEGIN ourselves (see _on_begin) so DDL and writes are truly transactional.
    _on_connect_read_only(dbapi_conn, _record)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
    except sqlite3.OperationalError:
        pass  # read-only media: stay in the default journal mode
    cursor.close()


def _on_connect_read_only(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None
    dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")


def _on_begin(conn) -> None:
    # Writers take the lock at BEGIN: a second writer waits (busy timeout) instead of failing
    # half-way through its transaction.
    immediate = conn.get_execution_options().get("immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from None


def _explain(path: Path, exc: OperationalError) -> str:
    message = str(exc.orig)
    if "locked" in message or "busy" in message:
        return (f"{path} is locked by another process (waited {BUSY_TIMEOUT_S}s); "
                "try again when it has finished")
    if "readonly" in message or "unable to open" in message:
        return f"cannot write {path}: {message}"
    return f"{path}: {message}"
