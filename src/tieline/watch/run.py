"""One watch run: poll the sources, ingest what is new, detect and report the changes.

Before the ingest every watch's entity is snapshot; after it, the snapshots are compared
(changes.detect), the changes are recorded in the store (a change already recorded is never
reported again, across restarts), printed through `on_change`, written to each watch's Atom
file and POSTed to its webhook (with the changes earlier runs could not deliver).
"""
from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import httpx

from ..errors import BadInput
from ..query.graph import DependencyGraph
from ..store.base import Store, WatchRecord
from .changes import CONCENTRATION_THRESHOLD, Change, detect, snapshot
from .outputs import ATOM_ENTRIES, deliver, write_atom
from .poll import Poll, poll

Message = Callable[[str], None]


@dataclass
class RunOptions:
    honour_backoff: bool = False  # skip a failing feed until its backoff has passed (loops)
    threshold: float = CONCENTRATION_THRESHOLD
    webhook_attempts: int = 3
    webhook_backoff_s: float = 1.0


@dataclass
class RunReport:
    polls: list[Poll] = field(default_factory=list)
    ingested: int = 0
    changes: list[Change] = field(default_factory=list)
    delivered: int = 0

    @property
    def failed_sources(self) -> list[str]:
        return [p.source for p in self.polls if p.status == "failed"]

    def line(self) -> str:
        waiting = sum(p.status == "waiting" for p in self.polls)
        return (f"{len(self.polls)} sources polled ({len(self.failed_sources)} failed"
                + (f", {waiting} backing off" if waiting else "")
                + f"), {self.ingested} new documents, {len(self.changes)} new changes, "
                f"{self.delivered} webhook deliveries")


def run_once(store: Store, sources: list[str], *, ingest_paths: Callable[[list[str]], int],
             client: httpx.Client, options: RunOptions | None = None,
             on_message: Message = lambda m: None,
             on_change: Callable[[Change], None] = lambda c: None) -> RunReport:
    """Poll `sources`, ingest the new documents (through `ingest_paths`, which returns how many
    it stored) and report every change they made to a watched entity."""
    options = options or RunOptions()
    watches = store.watches()
    if not watches:
        raise BadInput("no watches saved; add one first: tieline watch add NAME --entity X")
    report = RunReport()
    graph = DependencyGraph.load(store)
    before = {w.name: snapshot(store, w, graph) for w in watches}
    with tempfile.TemporaryDirectory(prefix="tieline-watch-") as folder:
        for source in sources:
            result = poll(source, store, client, Path(folder),
                          honour_backoff=options.honour_backoff)
            report.polls.append(result)
            if result.message:
                on_message(result.message)
        paths = [p for result in report.polls for p in result.paths]
        report.ingested = ingest_paths(paths) if paths else 0
        feeds = {p: r.source for r in report.polls if r.status == "new" for p in r.paths}
        graph = DependencyGraph.load(store)
        for watch in watches:
            found = [_from_feed(c, feeds) for c in
                     detect(before[watch.name], snapshot(store, watch, graph), watch,
                            threshold=options.threshold)]
            report.changes += _record(store, watch, found, on_change)
    for watch in watches:
        if watch.atom:
            write_atom(watch.atom, watch, store.watch_changes(watch.id, limit=ATOM_ENTRIES))
        report.delivered += deliver(store, watch, client, attempts=options.webhook_attempts,
                                    backoff_s=options.webhook_backoff_s, on_message=on_message)
    return report


def run_forever(every_s: int, run: Callable[[], RunReport], on_message: Message,
                sleep: Callable[[float], None] = time.sleep) -> None:
    """Run, wait `every_s`, run again, until interrupted."""
    while True:
        on_message(run().line())
        sleep(every_s)


def _record(store: Store, watch: WatchRecord, found: list[Change],
            on_change: Callable[[Change], None]) -> list[Change]:
    """Keep the changes not reported before and hand each new one to on_change."""
    bodies = [(c.id, c.date, json.dumps(c.as_dict(), ensure_ascii=False)) for c in found]
    fresh = set(store.record_changes(watch.id, bodies)) if bodies else set()
    new = [c for c in found if c.id in fresh]
    for change in new:
        on_change(change)
    return new


def _from_feed(change: Change, feeds: dict[str, str]) -> Change:
    """A feed entry's evidence names the feed URL and entry, not the temporary file read."""
    evidence = change.evidence
    if evidence and evidence.get("source"):
        path, _, entry = evidence["source"].partition("#")
        if path in feeds:
            evidence["source"] = f"{feeds[path]}#{entry}" if entry else feeds[path]
    return change
