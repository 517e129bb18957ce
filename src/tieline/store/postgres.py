"""The PostgreSQL backend of the Store interface: `--db postgresql://user@host/db`.

The verbs are those of SQLite (sqlstore.py), over the same tables and migrations (translated
for PostgreSQL, see sql/migrations.py). What differs: many writers may write at once (rows are
upserted, a transaction that loses a deadlock is retried), the steps that rewrite the store as
a whole (migrations, settling entities) take a PostgreSQL advisory lock, and a reader's
connections are read-only sessions.
"""
from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from ..errors import StoreError
from .sql import migrations
from .sqlstore import SQLStore

SETTLE_LOCK = 0x7469656D  # advisory lock key of the whole-store steps (settling, stale keys)
SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_url(value) -> bool:
    return isinstance(value, str) and value.startswith(SCHEMES)


def engine_url(url: str):
    """The SQLAlchemy URL (psycopg 3 driver) of a postgresql:// or postgres:// address."""
    for scheme in SCHEMES:
        if url.startswith(scheme):
            url = "postgresql+psycopg://" + url[len(scheme):]
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url} is not a PostgreSQL URL: {exc}") from None


class PostgresStore(SQLStore):
    def __init__(self, url: str, *, create: bool = True, read_only: bool = False):
        super().__init__()
        self.url = engine_url(url)
        self.name = self.url.set(drivername="postgresql").render_as_string(hide_password=True)
        self.read_only = read_only and not create
        options = {"connect_args": {"options": "-c default_transaction_read_only=on"}} \
            if self.read_only else {}
        self.engine = create_engine(self.url, pool_size=2, **options)
        try:
            with self.engine.connect() as conn:
                version = migrations.stored_version(conn)
                missing = migrations.pending(conn)
            if version == 0 and not create:
                raise StoreError(f"{self.name} holds no tieline store; run `tieline ingest "
                                 f"--db {self.name}` first")
            if version > migrations.LATEST:
                raise StoreError(f"{self.name} has schema version {version}, newer than this "
                                 f"tieline knows ({migrations.LATEST}); upgrade tieline")
            if missing:  # every step not applied yet, gaps included (see migrations.py)
                self._upgrade()
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(self._explain(exc)) from exc
        except StoreError:
            self.engine.dispose()
            raise

    def _upgrade(self) -> None:
        engine = create_engine(self.url) if self.read_only else self.engine
        migrations.upgrade(engine)
        if engine is not self.engine:
            engine.dispose()

    def _explain(self, exc: DBAPIError) -> str:
        message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if "connect" in message or "connection" in message:
            return f"cannot connect to {self.name}: {message}"
        if "read-only transaction" in message:
            return f"{self.name} is open read-only"
        return f"{self.name}: {message}"

    def _retryable(self, exc: DBAPIError) -> bool:
        # deadlock_detected, serialization_failure: the transaction can simply run again
        return getattr(exc.orig, "sqlstate", None) in ("40P01", "40001")

    def _read_connection(self):
        # each statement its own transaction: no BEGIN and ROLLBACK round trips around every
        # read (READ COMMITTED gives each statement its own snapshot in a transaction anyway)
        return self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")

    def _global_lock(self, conn) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SETTLE_LOCK})

    def reset_identities(self) -> None:
        """After rows were written with their own ids (`tieline copy`): identity columns go on
        from the largest id."""
        with self.engine.begin() as conn:
            for table in ("entities", "facts", "evidence", "posts", "events", "watches",
                          "watch_changes", "feed_state"):
                conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"))
