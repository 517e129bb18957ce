"""What differs between the two SQL dialects the store speaks: SQLite and PostgreSQL.

Everything else in sql/ is written once, in SQLAlchemy Core; this module holds the few
choices a dialect decides: which INSERT builds `ON CONFLICT` upserts, and how a JSON column
is kept (text in SQLite, JSONB in PostgreSQL; Python code always sees the JSON text).
"""
from __future__ import annotations

import json

from sqlalchemy import Text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.types import TypeDecorator


def insert(conn, table):
    """An INSERT with `.on_conflict_do_nothing()`/`.on_conflict_do_update()` for the
    connection's dialect."""
    module = postgresql if conn.dialect.name == "postgresql" else sqlite
    return module.insert(table)


def is_postgres(conn) -> bool:
    return conn.dialect.name == "postgresql"


class JSONText(TypeDecorator):
    """A JSON document kept as text in SQLite and as JSONB in PostgreSQL. Callers write and
    read JSON text either way (PostgreSQL hands it back in its own key order and spacing)."""
    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.JSONB())
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value, dialect):
        if dialect.name == "postgresql" and isinstance(value, str):
            return json.loads(value)  # JSONB's own processor encodes it again
        return value

    def process_result_value(self, value, dialect):
        if dialect.name == "postgresql" and value is not None and not isinstance(value, str):
            return json.dumps(value, ensure_ascii=False)
        return value
