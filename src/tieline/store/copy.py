"""Copy a whole store into an empty one, SQLite to PostgreSQL or back (`tieline copy`).

Every table is copied in batches, ids kept, parents before children (foreign keys hold at
every step); an entity's maker is set once every entity is there. The destination ends with
the source's schema version and, in PostgreSQL, identity columns that go on after the
copied ids.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import Column, Integer, MetaData, Table, Text, bindparam, delete, func, select
from sqlalchemy import update

from ..errors import StoreError
from .sql.schema import entities, metadata
from .sqlstore import SQLStore

BATCH = 5000
schema_migrations = Table(  # kept by migrations.py; declared here to copy it like the rest
    "schema_migrations", MetaData(), Column("version", Integer, primary_key=True),
    Column("name", Text), Column("applied_at", Text))
TABLES = [*metadata.sorted_tables, schema_migrations]


def row_counts(store: SQLStore) -> dict[str, int]:
    with store.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in TABLES}


def copy_store(source: SQLStore, dest: SQLStore,
               on_rows: Callable[[str, int], None] = lambda table, n: None) -> dict[str, int]:
    """Copy every row of `source` into the empty store `dest`; returns rows per table."""
    counts = row_counts(dest)
    if any(n for name, n in counts.items() if name != "schema_migrations"):
        raise StoreError(f"{dest.name} already holds a store; copy into an empty one")
    copied: dict[str, int] = {}
    with source.connect() as reader:
        with dest.engine.begin() as writer:
            writer.execute(delete(schema_migrations))  # replaced by the source's history
        for table in TABLES:
            copied[table.name] = _copy_table(reader, dest, table, on_rows)
        makers = select(entities.c.id, entities.c.maker_id).where(
            entities.c.maker_id.is_not(None)).order_by(entities.c.id)
        set_maker = update(entities).where(entities.c.id == bindparam("eid")) \
            .values(maker_id=bindparam("mid"))
        for part in reader.execution_options(stream_results=True).execute(makers) \
                .partitions(BATCH):
            with dest.engine.begin() as writer:
                writer.execute(set_maker, [{"eid": i, "mid": m} for i, m in part])
    if hasattr(dest, "reset_identities"):
        dest.reset_identities()
    return copied


def _copy_table(reader, dest: SQLStore, table: Table, on_rows) -> int:
    columns = [c.name for c in table.columns]
    query = select(table).order_by(*table.primary_key.columns)
    total = 0
    for part in reader.execution_options(stream_results=True).execute(query).partitions(BATCH):
        rows = [dict(zip(columns, row)) for row in part]
        if table is entities:
            rows = [{**row, "maker_id": None} for row in rows]  # set once all are there
        with dest.engine.begin() as writer:
            writer.execute(table.insert(), rows)
        total += len(rows)
        on_rows(table.name, len(rows))
    return total
