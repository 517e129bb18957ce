"""Polling sources: RSS/Atom feeds over HTTP (conditional GET, backoff) and local paths.

A feed is fetched with the validators its last good response gave (ETag, Last-Modified), so an
unchanged feed costs a 304. A failure (HTTP error, timeout, refused connection, a body that is
not a feed) becomes one message naming the feed; it never stops the other sources, and it keeps
the old validators so the next poll fetches the feed again. Consecutive failures back off
(doubling, up to MAX_BACKOFF_S) when polling in a loop.
"""
from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax import SAXException

import feedparser
import httpx

from ..store.base import FeedState, Store

TIMEOUT_S = 20.0
FIRST_BACKOFF_S = 60
MAX_BACKOFF_S = 6 * 3600
USER_AGENT = "tieline-watch/0.1 (+https://github.com/tieline)"


@dataclass
class Poll:
    """What polling one source gave: paths to ingest, or why there are none."""
    source: str
    status: str  # new | not-modified | failed | waiting | path
    paths: list[str]
    message: str | None = None


def is_url(source: str) -> bool:
    return bool(re.match(r"https?://", source, re.IGNORECASE))


def poll(source: str, store: Store, client: httpx.Client, folder: Path, *,
         honour_backoff: bool = False) -> Poll:
    """Poll a feed URL or a local path; a feed's body is saved under `folder` for ingest."""
    if not is_url(source):
        if not Path(source).exists():
            return Poll(source, "failed", [], f"{source}: no such file or directory")
        return Poll(source, "path", [source])
    state = store.feed_state(source) or FeedState(source)
    now = datetime.now(timezone.utc)
    if honour_backoff and state.retry_after and state.retry_after > now.isoformat():
        return Poll(source, "waiting", [], f"{source}: failed {state.failures} times in a row "
                    f"({state.last_error}); next try after {state.retry_after}")
    result, fresh = _fetch(source, state, client, folder)
    if result.status == "failed":
        fresh = _failed(state, result.message, now)
    store.save_feed_state(fresh)
    return result


def _fetch(url: str, state: FeedState, client: httpx.Client,
           folder: Path) -> tuple[Poll, FeedState]:
    headers = {"User-Agent": USER_AGENT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        response = client.get(url, headers=headers, follow_redirects=True)
    except httpx.TimeoutException:
        return Poll(url, "failed", [], f"{url}: timed out after {_seconds(client)}"), state
    except httpx.HTTPError as exc:
        return Poll(url, "failed", [], f"{url}: cannot fetch ({exc or type(exc).__name__})"), \
            state
    ok = replace(state, failures=0, retry_after=None, last_error=None, checked_at=None)
    if response.status_code == 304:
        return Poll(url, "not-modified", []), ok
    if response.status_code >= 400:
        return Poll(url, "failed", [], f"{url}: HTTP {response.status_code} "
                    f"{response.reason_phrase}".rstrip()), state
    problem = _not_a_feed(response.content)
    if problem:
        return Poll(url, "failed", [], f"{url}: {problem}"), state
    name = hashlib.sha256(url.encode()).hexdigest()[:12]
    path = folder / f"{_slug(url)}-{name}.xml"
    path.write_bytes(response.content)
    fresh = replace(ok, etag=response.headers.get("ETag"),
                    last_modified=response.headers.get("Last-Modified"))
    return Poll(url, "new", [str(path)]), fresh


def _seconds(client: httpx.Client) -> str:
    return f"{client.timeout.read or TIMEOUT_S:g}s"


def _not_a_feed(body: bytes) -> str | None:
    """Why a response body is not a usable feed, or None when it is one."""
    if not body.strip():
        return "empty response, not a feed"
    # A stream, never a string: feedparser fetches strings that look like URLs.
    parsed = feedparser.parse(io.BytesIO(body))
    broken = isinstance(parsed.get("bozo_exception"), SAXException)
    if (parsed.bozo and not parsed.entries) or broken:
        # a cut-off or broken body: nothing from it is trusted, the next poll fetches it again
        return f"malformed feed ({parsed.get('bozo_exception')}); nothing read from it"
    if not parsed.version and not parsed.entries:
        return "not an RSS or Atom feed"
    return None


def _failed(state: FeedState, message: str | None, now: datetime) -> FeedState:
    failures = state.failures + 1
    wait = min(FIRST_BACKOFF_S * 2 ** (failures - 1), MAX_BACKOFF_S)
    return replace(state, failures=failures, last_error=message,
                   retry_after=(now + timedelta(seconds=wait)).isoformat(timespec="seconds"),
                   checked_at=None)


def _slug(url: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", re.sub(r"^https?://", "", url)).strip("-")[:60]
