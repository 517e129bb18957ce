"""The SQLite backend of the Store interface: open (and migrate) a file; the verbs are shared
with PostgreSQL (sqlstore.py).

A writer opens the file read-write, migrates it and writes each batch of extractions in one
transaction, so an interrupted ingest keeps every batch committed before it. A reader opens it
read-only (`mode=ro`): no journal switch, no migration write, so a database in a read-only
directory or on read-only media can still be queried.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from ..errors import StoreError
from .sql import migrations
from .sqlstore import SQLStore

BUSY_TIMEOUT_S = 30
READ_MMAP_BYTES = 1 << 30  # at most this much of a file is memory-mapped by a reader


class SQLiteStore(SQLStore):
    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False):
        super().__init__()
        self.path = Path(path)
        self.name = str(self.path)
        self.read_only = read_only and not create
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
        event.listen(engine, "connect", _on_connect_reader if self.read_only else _on_connect)
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

    def _begin_write(self):
        # BEGIN IMMEDIATE (see _on_begin): a second writer waits here, not half-way through
        return self.engine.connect().execution_options(immediate=True)

    def _explain(self, exc: DBAPIError) -> str:
        return _explain(self.path, exc)


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


def _on_connect_reader(dbapi_conn, _record) -> None:
    _on_connect_read_only(dbapi_conn, _record)
    # a reader maps the file instead of copying each page it reads through a system call:
    # answers on a large store read a few hundred scattered pages each
    dbapi_conn.execute(f"PRAGMA mmap_size={READ_MMAP_BYTES}")


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
