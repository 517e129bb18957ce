"""The near-duplicate detector's per-document lookup in the band index, with its statement
built once (per number of bands): building the OR of 32 band conditions in SQLAlchemy cost
about ten times running it, once per document read."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import and_, bindparam, or_, select

from .schema import document_bands


@lru_cache(maxsize=8)
def _statement(n: int):
    band, bucket = document_bands.c.band, document_bands.c.bucket
    return select(document_bands.c.document_id).where(or_(*(
        and_(band == bindparam(f"b{i}"), bucket == bindparam(f"k{i}")) for i in range(n))))


def near_candidates(conn, buckets: list[tuple[int, str]]) -> set[str]:
    """Stored documents sharing a (band, bucket) with a signature."""
    if not buckets:
        return set()
    values = {}
    for i, (band, bucket) in enumerate(buckets):
        values[f"b{i}"], values[f"k{i}"] = band, bucket
    return set(conn.execute(_statement(len(buckets)), values).scalars())
