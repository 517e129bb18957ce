"""Where a watch's changes go: an Atom feed file, and signed webhook POSTs.

The Atom file is rewritten from the store on every run (the newest ATOM_ENTRIES changes), so it
is the same after a restart. Webhook POSTs carry the change as JSON with
`X-Tieline-Signature: sha256=<hex HMAC-SHA256 of the body with the watch's secret>`; a failed
POST is retried with backoff, and a change still undelivered stays pending in the store for the
next run.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from xml.etree import ElementTree as ET

import httpx

from ..store.base import Store, StoredChange, WatchRecord

ATOM = "http://www.w3.org/2005/Atom"
ATOM_ENTRIES = 200
SIGNATURE_HEADER = "X-Tieline-Signature"


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def write_atom(path: str | Path, watch: WatchRecord, changes: list[StoredChange]) -> None:
    """An Atom 1.0 feed of a watch's changes, newest first, written atomically."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", f"tieline watch {watch.name}: {watch.entity}")
    _text(feed, "id", f"urn:tieline:watch:{watch.name}")
    _text(feed, "updated", _stamp(changes[0].detected_at if changes else None))
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "tieline")
    _text(feed, "generator", "tieline")
    for stored in changes:
        body = json.loads(stored.body)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "title", body["summary"])
        _text(entry, "id", f"urn:tieline:change:{stored.change_id}")
        _text(entry, "updated", _stamp(stored.detected_at))
        if stored.date:
            _text(entry, "published", _stamp(stored.date))
        evidence = body.get("evidence") or {}
        if evidence.get("url"):
            ET.SubElement(entry, f"{{{ATOM}}}link", href=evidence["url"], rel="alternate")
        ET.SubElement(entry, f"{{{ATOM}}}category", term=body["change"])
        _text(entry, "summary", _described(body))
        _text(entry, "content", json.dumps(body, ensure_ascii=False)).set("type", "text")
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    ET.ElementTree(feed).write(partial, encoding="utf-8", xml_declaration=True)
    os.replace(partial, target)  # a reader never sees half a file


def _described(body: dict) -> str:
    evidence = body.get("evidence") or {}
    where = ", ".join(x for x in (evidence.get("title"), evidence.get("published"),
                                  evidence.get("url") or evidence.get("source")) if x)
    sentence = f"“{evidence['sentence']}”" if evidence.get("sentence") else ""
    return " ".join(x for x in (body["summary"] + ".", sentence, f"({where})" if where else "")
                    if x)


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = value
    return element


def _stamp(value: str | None) -> str:
    """An RFC 3339 time for Atom from a stored date or timestamp (now when there is none)."""
    if not value:
        return datetime.now(timezone.utc).isoformat(timespec="seconds")
    if len(value) == 10:  # YYYY-MM-DD
        return f"{value}T00:00:00+00:00"
    return value


def deliver(store: Store, watch: WatchRecord, client: httpx.Client, *, attempts: int = 3,
            backoff_s: float = 1.0, on_message: Callable[[str], None] = lambda m: None) -> int:
    """POST every pending change of a watch to its webhook, oldest first; returns how many got
    through. A change that fails `attempts` times stays pending for the next run."""
    if not watch.webhook:
        return 0
    sent = 0
    for stored in store.watch_changes(watch.id, undelivered=True):
        error = _post(client, watch, stored.body.encode(), attempts, backoff_s)
        store.mark_delivery(watch.id, stored.change_id, error)
        if error:
            on_message(f"webhook {watch.webhook}: change {stored.change_id} not delivered "
                       f"({error}) after {attempts} attempts; kept for the next run")
            break  # the receiver is down: keep the order, try the rest next run
        sent += 1
    return sent


def _post(client: httpx.Client, watch: WatchRecord, body: bytes, attempts: int,
          backoff_s: float) -> str | None:
    """POST once per attempt, waiting backoff_s, 2*backoff_s ... between; None on success."""
    headers = {"Content-Type": "application/json", "User-Agent": "tieline-watch/0.1"}
    if watch.secret:
        headers[SIGNATURE_HEADER] = signature(body, watch.secret)
    error = None
    for attempt in range(attempts):
        if attempt:
            time.sleep(backoff_s * 2 ** (attempt - 1))
        try:
            response = client.post(watch.webhook, content=body, headers=headers, timeout=10.0)
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            continue
        if response.is_success:
            return None
        error = f"HTTP {response.status_code}"
    return error
