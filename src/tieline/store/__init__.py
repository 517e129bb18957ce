"""The store: facts, evidence and documents behind one interface (base.Store).

`Store` is the default backend, SQLite (sqlite.py). All SQL lives in this package, under sql/:
the schema and its migrations, reads.py and writes.py; the query layer only calls the
interface's verbs.
"""
from ..errors import StoreError
from .base import DocumentRecord, EntityCount, EntityRecord, FactFilter
from .base import Store as StoreInterface
from .sql import migrations
from .sqlite import SQLiteStore

Store = SQLiteStore


def open_store(path, *, read_only: bool = False) -> SQLiteStore:
    """An existing store: read-only for commands that only read, else migrated for writing."""
    return SQLiteStore(path, create=False, read_only=read_only)


__all__ = ["DocumentRecord", "EntityCount", "EntityRecord", "FactFilter", "SQLiteStore",
           "Store", "StoreError", "StoreInterface", "migrations", "open_store"]
