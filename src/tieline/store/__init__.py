"""The store: facts, evidence and documents behind one interface (base.Store).

Two backends share the verbs (sqlstore.py): SQLite (sqlite.py; `Store`, the default, a file)
and PostgreSQL (postgres.py; a postgresql:// URL). `open_store` picks one from `--db`.
All SQL lives in this package, under sql/:
the schema and its migrations, reads.py and writes.py; the query layer only calls the
interface's verbs.
"""
from ..errors import StoreError
from .base import DocumentRecord, EntityCount, EntityRecord, FactFilter
from .base import Store as StoreInterface
from .sql import migrations
from .postgres import PostgresStore, is_url
from .sqlite import SQLiteStore
from .sqlstore import SQLStore

Store = SQLiteStore


def open_store(url_or_path, *, read_only: bool = False, create: bool = False) -> SQLStore:
    """The store at a path (SQLite) or a postgresql:// URL: an existing one, read-only for
    commands that only read, else migrated for writing; `create` makes it when absent."""
    if is_url(url_or_path):
        return PostgresStore(url_or_path, create=create, read_only=read_only)
    return SQLiteStore(url_or_path, create=create, read_only=read_only)


__all__ = ["DocumentRecord", "EntityCount", "EntityRecord", "FactFilter", "PostgresStore",
           "SQLStore", "SQLiteStore", "is_url",
           "Store", "StoreError", "StoreInterface", "migrations", "open_store"]
