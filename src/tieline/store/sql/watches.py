"""SQL for watches: the saved watches, the changes reported for each, and polled feeds' state.

Plain select/insert/update/delete (no dialect-specific upserts), so the same verbs run on any
backend SQLAlchemy speaks.
"""
from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update

from ..base import FeedState, StoredChange, WatchRecord
from .schema import feed_state, watch_changes, watches
from .writes import now

_WATCH = (watches.c.id, watches.c.name, watches.c.entity, watches.c.kinds,
          watches.c.min_confidence, watches.c.webhook, watches.c.secret, watches.c.atom,
          watches.c.created_at)
_CHANGE = (watch_changes.c.change_id, watch_changes.c.date, watch_changes.c.body,
           watch_changes.c.detected_at, watch_changes.c.delivered_at, watch_changes.c.attempts,
           watch_changes.c.last_error)
_FEED = (feed_state.c.url, feed_state.c.etag, feed_state.c.last_modified, feed_state.c.failures,
         feed_state.c.retry_after, feed_state.c.last_error, feed_state.c.checked_at)


def _watch(row) -> WatchRecord:
    kinds = tuple(row.kinds.split(",")) if row.kinds else None
    return WatchRecord(row.name, row.entity, kinds, row.min_confidence, row.webhook, row.secret,
                       row.atom, row.id, row.created_at)


def add_watch(conn, watch: WatchRecord) -> WatchRecord:
    values = dict(name=watch.name, entity=watch.entity,
                  kinds=",".join(watch.kinds) if watch.kinds else None,
                  min_confidence=watch.min_confidence, webhook=watch.webhook,
                  secret=watch.secret, atom=watch.atom, created_at=now())
    conn.execute(insert(watches).values(**values))
    return find_watch(conn, watch.name)


def find_watch(conn, name: str) -> WatchRecord | None:
    row = conn.execute(select(*_WATCH).where(watches.c.name == name)).first()
    return _watch(row) if row else None


def all_watches(conn) -> list[WatchRecord]:
    return [_watch(row) for row in conn.execute(select(*_WATCH).order_by(watches.c.name))]


def remove_watch(conn, name: str) -> bool:
    found = find_watch(conn, name)
    if found is None:
        return False
    conn.execute(delete(watch_changes).where(watch_changes.c.watch_id == found.id))
    conn.execute(delete(watches).where(watches.c.id == found.id))
    return True


def record_changes(conn, watch_id: int, changes: list[tuple[str, str | None, str]]) -> list[str]:
    """Keep (change id, date, JSON body) rows not recorded before; returns the new ids."""
    ids = [change_id for change_id, _, _ in changes]
    known = {cid for (cid,) in conn.execute(
        select(watch_changes.c.change_id).where(watch_changes.c.watch_id == watch_id,
                                                watch_changes.c.change_id.in_(ids)))}
    added = []
    for change_id, date, body in changes:
        if change_id in known or change_id in added:
            continue
        conn.execute(insert(watch_changes).values(
            watch_id=watch_id, change_id=change_id, date=date, body=body, detected_at=now(),
            attempts=0))
        added.append(change_id)
    return added


def changes(conn, watch_id: int, *, undelivered: bool = False,
            limit: int | None = None) -> list[StoredChange]:
    """A watch's changes, newest detected first (undelivered: oldest first, to send in order)."""
    query = select(*_CHANGE).where(watch_changes.c.watch_id == watch_id)
    if undelivered:
        query = query.where(watch_changes.c.delivered_at.is_(None)).order_by(watch_changes.c.id)
    else:
        query = query.order_by(watch_changes.c.id.desc())
    if limit:
        query = query.limit(limit)
    return [StoredChange(*row) for row in conn.execute(query)]


def mark_delivery(conn, watch_id: int, change_id: str, error: str | None) -> None:
    """One more delivery attempt: delivered when `error` is None, else the error kept."""
    conn.execute(update(watch_changes).where(watch_changes.c.watch_id == watch_id,
                                             watch_changes.c.change_id == change_id)
                 .values(attempts=watch_changes.c.attempts + 1, last_error=error,
                         delivered_at=None if error else now()))


def find_feed_state(conn, url: str) -> FeedState | None:
    row = conn.execute(select(*_FEED).where(feed_state.c.url == url)).first()
    return FeedState(*row) if row else None


def save_feed_state(conn, state: FeedState) -> None:
    values = dict(etag=state.etag, last_modified=state.last_modified, failures=state.failures,
                  retry_after=state.retry_after, last_error=state.last_error,
                  checked_at=state.checked_at or now())
    exists = conn.execute(select(func.count()).select_from(feed_state)
                          .where(feed_state.c.url == state.url)).scalar()
    if exists:
        conn.execute(update(feed_state).where(feed_state.c.url == state.url).values(**values))
    else:
        conn.execute(insert(feed_state).values(url=state.url, **values))
