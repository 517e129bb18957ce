"""The store: facts, evidence and documents in SQLite (SQLAlchemy Core), idempotent upserts."""
from .db import Store, StoreError

__all__ = ["Store", "StoreError"]
