"""Versioned schema migrations, recorded in `schema_migrations`, each in its own transaction.

Append new steps to MIGRATIONS; never edit a step that has shipped. Steps are applied by
number and each one that is missing is applied, so a gap in the numbers (a step developed on
another branch) is filled when it arrives: a step must not depend on a higher-numbered one.
Portable SQL only (TEXT/INTEGER types, no SQLite-only syntax): the PostgreSQL backend runs the
same steps.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Connection, text

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "initial schema", [
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY, title TEXT, published TEXT, published_from TEXT, url TEXT,
            author TEXT, site TEXT, language TEXT, source TEXT NOT NULL, text TEXT NOT NULL,
            meta TEXT, status TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
        "CREATE INDEX documents_published ON documents (published)",
        """CREATE TABLE document_sources (
            document_id TEXT NOT NULL REFERENCES documents(id), source TEXT NOT NULL, url TEXT,
            "match" TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (document_id, source))""",
        """CREATE TABLE entities (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
            type_votes TEXT NOT NULL, maker_id INTEGER REFERENCES entities(id))""",
        """CREATE TABLE aliases (
            "key" TEXT PRIMARY KEY, alias TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id))""",
        "CREATE INDEX aliases_entity ON aliases (entity_id)",
        """CREATE TABLE mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            document_id TEXT NOT NULL REFERENCES documents(id), count INTEGER NOT NULL,
            PRIMARY KEY (entity_id, document_id))""",
        """CREATE TABLE facts (
            id INTEGER PRIMARY KEY, "key" TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
            subject_id INTEGER REFERENCES entities(id), object_id INTEGER REFERENCES entities(id),
            attributes TEXT NOT NULL, modality TEXT NOT NULL, time TEXT,
            first_seen TEXT, last_seen TEXT)""",
        "CREATE INDEX facts_subject ON facts (subject_id, kind)",
        "CREATE INDEX facts_object ON facts (object_id, kind)",
        """CREATE TABLE evidence (
            id INTEGER PRIMARY KEY, fact_id INTEGER NOT NULL REFERENCES facts(id),
            document_id TEXT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL,
            confidence REAL NOT NULL, modality TEXT NOT NULL, time TEXT,
            UNIQUE (fact_id, document_id, start, "end"))""",
        "CREATE INDEX evidence_document ON evidence (document_id)",
        """CREATE TABLE posts (
            id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
            author TEXT, handle TEXT, date TEXT, text TEXT NOT NULL)""",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
            date TEXT, headline TEXT NOT NULL)""",
    ]),
    (2, "index facts by kind", [
        # the dependency graph loads all facts of a few kinds on every query
        "CREATE INDEX facts_kind ON facts (kind)",
    ]),
    (3, "near-duplicate signatures", [
        # kept so that a new ingest run seeds its deduplicator without re-reading every text
        """CREATE TABLE document_signatures (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            words_key TEXT NOT NULL, minhash BLOB NOT NULL)""",
    ]),
    (4, "validity periods", [
        # what each report says of when its tie holds (extract/validity.py) ...
        "ALTER TABLE evidence ADD COLUMN cue TEXT",
        "ALTER TABLE evidence ADD COLUMN valid_from TEXT",
        "ALTER TABLE evidence ADD COLUMN valid_to TEXT",
        # ... and each fact's validity judged from all its reports (tieline.facts.validity)
        "ALTER TABLE facts ADD COLUMN valid_from TEXT",
        "ALTER TABLE facts ADD COLUMN valid_to TEXT",
        "ALTER TABLE facts ADD COLUMN status TEXT",
    ]),
    (5, "watches", [
        # a saved watch: the entity followed, its filters and where changes go
        """CREATE TABLE watches (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, entity TEXT NOT NULL,
            kinds TEXT, min_confidence REAL, webhook TEXT, secret TEXT, atom TEXT,
            created_at TEXT NOT NULL)""",
        # every change reported for a watch (reported once, across restarts) and whether its
        # webhook POST got through yet
        """CREATE TABLE watch_changes (
            id INTEGER PRIMARY KEY, watch_id INTEGER NOT NULL REFERENCES watches(id),
            change_id TEXT NOT NULL, date TEXT, body TEXT NOT NULL, detected_at TEXT NOT NULL,
            delivered_at TEXT, attempts INTEGER NOT NULL, last_error TEXT,
            UNIQUE (watch_id, change_id))""",
        # conditional-GET and backoff state of each polled feed
        """CREATE TABLE feed_state (
            id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, etag TEXT, last_modified TEXT,
            failures INTEGER NOT NULL, retry_after TEXT, last_error TEXT, checked_at TEXT)""",
    ]),
    (6, "near-duplicate band index", [
        # the MinHash LSH index kept in the store, so a run holds no signature of a stored
        # document in memory and every Ray partition queries the same index
        """CREATE TABLE document_bands (
            band INTEGER NOT NULL, bucket TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            PRIMARY KEY (band, bucket, document_id))""",
        "CREATE INDEX document_signatures_words ON document_signatures (words_key)",
    ]),
]

LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    conn.execute(text(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"))
    return conn.execute(text("SELECT coalesce(max(version), 0) FROM schema_migrations")).scalar()


def applied_versions(conn: Connection) -> set[int]:
    return {v for (v,) in conn.execute(text("SELECT version FROM schema_migrations"))}


def pending(conn: Connection) -> list[int]:
    """Steps not applied to a file yet, read without writing anything."""
    if not stored_version(conn):
        return [number for number, _, _ in MIGRATIONS]
    done = applied_versions(conn)
    return [number for number, _, _ in MIGRATIONS if number not in done]


def stored_version(conn: Connection) -> int:
    """The schema version of a file, read without writing anything (0 for a new file)."""
    exists = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'schema_migrations'")).first()
    if not exists:
        return 0
    return conn.execute(text("SELECT coalesce(max(version), 0) FROM schema_migrations")).scalar()


def upgrade(engine) -> list[int]:
    """Apply every pending migration; returns the versions applied.

    Each step runs in a write transaction taken at BEGIN, and the version is read inside it,
    so two processes opening a new file at once apply each step exactly once.
    """
    applied = []
    with engine.connect() as conn:  # a plain read first: an up-to-date file needs no write lock
        current_version(conn)
        if not pending(conn):
            return applied
    for number, name, statements in MIGRATIONS:
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            current_version(conn)
            if number in applied_versions(conn):
                continue
            for statement in statements:
                conn.execute(text(statement))
            conn.execute(
                text("INSERT INTO schema_migrations VALUES (:v, :n, :t)"),
                {"v": number, "n": name, "t": datetime.now(timezone.utc).isoformat()})
        applied.append(number)
    return applied
